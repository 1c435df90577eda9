import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * card42: the confirmation card dropped every 「…这块，」「…那边，」 opening an item, on the ground that the section
 * shown says it. It does when the topic is the section's (研发这块 under 科技项目与研发投入, 人才这块, 我们这边); when
 * the topic names the work itself (农民田间学校这块、廉政教育这块、食用菌基地那边) the item left read 「举办了5期」 or
 * 「看了3回警示片」 with nothing of what. Such a topic now stays on the item. Sentences in our own words.
 */
let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ now: "2026-11-20T10:00:00+08:00" });
});
afterAll(async () => {
  await t.app.close();
  cleanTmpDirs();
});

async function itemsOf(who: string, text: string): Promise<string> {
  const replies = await t.say(who, text);
  const blocks = replies.flatMap((r) => r.card?.blocks ?? []);
  await t.say(who, "取消");
  return blocks.find((b) => b.includes("工作事项")) ?? "";
}

describe("a topic that names the work stays on the card's item", () => {
  it.each([
    ["李明", "农民田间学校这块，举办了5期，高企今年共报了12家", "农民田间学校这块，举办了5期"],
    ["徐芳", "廉政教育这块，看了3回警示片，写心得40篇", "廉政教育这块，看了3回警示片"],
    ["孙磊", "食用菌基地那边，搞了两期技术培训，来了80多户", "食用菌基地那边，搞了两期技术培训"],
    ["赵丽", "专利这块，今年受理了三十几件，转化了7项", "专利这块，今年受理了三十几件"],
    ["陈静", "青少年编程这块 办了4期冬令营", "青少年编程这块"],
    ["孙磊", "猕猴桃园那边呢，修剪培训搞了3场", "猕猴桃园那边，修剪培训搞了3场"],
    ["徐芳", "意识形态方面，开了2次专题会", "意识形态方面，开了2次专题会"],
    ["孙磊", "茶葉基地那邊，指導了12戶茶農", "基地那边"],
    ["李明", "规上企业研发统计这块，上门跑了２０家", "规上企业研发统计这块"],
  ])("%s：%s", async (who, text, shown) => {
    expect(await itemsOf(who, text)).toContain(shown);
  });
});

describe("a topic the section or the speaker says still goes", () => {
  it.each([
    ["李明", "研发这块，帮企业申报项目5个", "研发这块"],
    ["赵丽", "成果转化那边，这个月登记技术合同六项", "成果转化那边"],
    ["徐芳", "我们这边，主题党日搞了11次", "我们这边"],
    ["孙磊", "乡村振兴这块，帮村里引进了新品种6个", "乡村振兴这块"],
    ["陈静", "科普这块 发放了资料两百份", "科普这块"],
    ["徐芳", "党建方面，上了4次党课", "党建方面"],
    ["何婷", "咱这块，新认定高企6家", "咱这块"],
  ])("%s：%s", async (who, text, gone) => {
    const items = await itemsOf(who, text);
    expect(items).toContain("工作事项");
    expect(items).not.toContain(gone);
  });
});
