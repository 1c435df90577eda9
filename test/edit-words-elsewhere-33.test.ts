import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「第二条写错了 专家服务团是2次」 after one message was split by section into #2 and #3: the words of the
 * correction (专家服务团) are only in #3, so the number may count the split drafts, not the updates — the bot asks
 * which one in one line, a button each, and changes (and confirms) nothing. A button clicked on that question is
 * the choice made: it is never asked again. Found in round thirty-two's console trial (赵丽); phrasings here are others.
 */
const { open } = appPerTest();
const AT = "2026-12-03T15:10:00+08:00";
const all = (rs: Reply[]) =>
  rs.map((r) => [r.text, ...(r.card?.blocks ?? []), r.card?.title ?? ""].join("\n")).join("\n");

async function splitTwo(who: string, first: string, both: string) {
  const t = await open({ now: AT });
  await t.say(who, first);
  await t.say(who, "确认");
  const split = all(await t.say(who, both));
  expect(split).toMatch(/分成了 2 条草稿/);
  return t;
}

describe("a correction naming words only another update holds (round thirty-three)", () => {
  it("第二条写错了 + words only in #3, on the split list: asks, confirms nothing", async () => {
    const t = await splitTwo(
      "zhao-zh",
      "今天签了3份技术合同 成交额80万",
      "帮企业登记技术合同2份，成交额45万。组织人才专家服务团进企业服务3次，对接人才需求12条。",
    );
    const rs = await t.say("zhao-zh", "第二条写错了 专家服务团是2次");
    const text = all(rs);
    expect(text).not.toMatch(/已确认保存/);
    expect(text).toMatch(/#3/);
    expect(text).toMatch(/没有做任何改动/);
    const mine = await t.app.services.store.listUpdates({ author: "zhao-zh" });
    expect(mine.filter((u) => u.status === "confirmed").map((u) => u.seq)).toEqual([1]);
    expect(mine.every((u) => !u.originalText.includes("2次"))).toBe(true);
    // The button for #3 is the choice: an edit preview of #3, never asked again.
    const b = rs.flatMap((r) => r.card?.buttons ?? []).find((x) => /#3/.test(x.label));
    expect(b).toBeDefined();
    const picked = all(await t.say("zhao-zh", b!.command, { fromButton: true, subject: b!.subject }));
    expect(picked).toMatch(/修改预览（#3）/);
    expect(picked).toMatch(/2次/);
  });

  it("the #2 button clicked is the choice too: not asked again", async () => {
    const t = await splitTwo(
      "zhao-zh",
      "今天签了3份技术合同 成交额80万",
      "帮企业登记技术合同2份，成交额45万。组织人才专家服务团进企业服务3次，对接人才需求12条。",
    );
    await t.say("zhao-zh", "全部确认");
    const rs = await t.say("zhao-zh", "2号那条 人才需求应该是15条");
    const b = rs.flatMap((r) => r.card?.buttons ?? []).find((x) => /#2/.test(x.label));
    expect(b).toBeDefined();
    const picked = all(await t.say("zhao-zh", b!.command, { fromButton: true, subject: b!.subject }));
    expect(picked).not.toMatch(/是哪一条|改哪一条/);
    expect(picked).toMatch(/#2/);
  });

  it("after all are confirmed, 第2条的 + words only in #3: asks which", async () => {
    const t = await splitTwo(
      "zhao-zh",
      "今天签了3份技术合同 成交额80万",
      "帮企业登记技术合同2份，成交额45万。组织人才专家服务团进企业服务3次，对接人才需求12条。",
    );
    await t.say("zhao-zh", "全部确认");
    const text = all(await t.say("zhao-zh", "第2条的人才需求数不对 应该是15条"));
    expect(text).toMatch(/#3/);
    expect(text).toMatch(/没有做任何改动/);
    expect(text).not.toMatch(/修改预览（#2）/);
  });

  it("words that are in the update named: no question, the preview of that one", async () => {
    const t = await splitTwo(
      "zhao-zh",
      "今天签了3份技术合同 成交额80万",
      "帮企业登记技术合同2份，成交额45万。组织人才专家服务团进企业服务3次，对接人才需求12条。",
    );
    await t.say("zhao-zh", "全部确认");
    const text = all(await t.say("zhao-zh", "第3条写错了 专家服务团是2次"));
    expect(text).toMatch(/修改预览（#3）/);
  });

  it("words in neither: the number is taken as said", async () => {
    const t = await open({ now: AT });
    await t.say("li-rd", "走访了4家规上企业 宣讲研发费用加计扣除");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "组织12家企业申报市级研发项目");
    await t.say("li-rd", "确认");
    const text = all(await t.say("li-rd", "第1条写错了 应该是5家"));
    expect(text).toMatch(/修改预览（#1）/);
  });
});
