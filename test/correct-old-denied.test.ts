import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A new value followed by 不是 and the old one (「上周五的那个培训 实际来了85人 不是80」) is a correction:
 * offered as an edit of the earlier update that holds the old figure (preview 80人 → 85人), whatever
 * was said or shown since; with nothing holding it, nothing is stored and the bot asks in one line.
 * Inside a longer report 「不是80」 is never a figure of its own. Found in console trials: it became a
 * new update with a figure 「不是 80」.
 */
useTmpDirs();

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp({ now: "2026-12-03T10:00:00+08:00" });
});
afterEach(async () => {
  await t.app.close();
});

const who = "sun-tp";
const texts = async () =>
  (await t.app.services.store.listUpdates({ author: who }))
    .sort((a, b) => a.seq - b.seq)
    .map((u) => `${u.seq}:${u.status}:${u.normalizedText}`);
const all = (replies: Reply[]) =>
  replies.map((r) => [r.text, r.card?.blocks?.join("\n") ?? ""].join("\n")).join("\n");

describe("new value 不是 old value, said of an earlier update", () => {
  const cases: Array<[string, string, string, string]> = [
    // [earlier report, correction, figure after, figure before]
    ["上周五组织了特派员业务培训，来了80人", "上周五的那个培训 实际来了85人 不是80", "来了85人", "来了80人"],
    ["组织科普讲座2场，发放资料1000份", "科普那次资料实际发了1200份，不是1000份", "资料1200份", "资料1000份"],
    [
      "到石桥镇开展果树修剪技术指导，服务农户46户",
      "石桥镇那回服务的农户是52户 不是46户哈",
      "农户52户",
      "农户46户",
    ],
    [
      "十一月举办电商直播培训班一期，学员三十人",
      "直播培训学员实际有三十六人，不是三十",
      "学员三十六人",
      "学员三十人",
    ],
  ];
  for (const [report, said, after, before] of cases)
    it(`「${said}」 previews #1 with ${before} → ${after}; nothing new is stored`, async () => {
      await t.say(who, report);
      await t.say(who, "确认");
      // A day later, another draft's card shown: the old figure still names #1.
      t.setNow("2026-12-04T09:00:00+08:00");
      await t.say(who, "今天走访企业6家");
      const preview = all(await t.say(who, said));
      expect(preview).toMatch(/您说的(?:应该)?是 #1/);
      expect(preview).toContain("修改预览（#1）");
      expect(preview).toContain(after);
      expect(preview).not.toContain("不是");
      expect((await texts()).length).toBe(2);
      expect(await t.sayText(who, "确认 1")).toMatch(/已保存修改/);
      const [first] = await texts();
      expect(first).toContain(after);
      expect(first).not.toContain(before);
    });

  it("with no update holding the old figure, nothing is stored and the bot asks in one line", async () => {
    await t.say(who, "组织科普讲座2场，发放资料1000份");
    await t.say(who, "确认");
    const replies = await t.say(who, "那个讲座来了两百三十人 不是两百");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/没有找到写着「两百」的.*没有做任何改动/);
    expect(replies[0]!.text).not.toContain("\n");
    expect(await texts()).toEqual(["1:confirmed:组织科普讲座2场，发放资料1000份"]);
  });
});

describe("with work of its own told, the message is a report", () => {
  it("「刚去合作社那边对了一下账 今年入社的是41户 不是39户」 is a new draft, 41户 its only figure", async () => {
    const replies = await t.say(who, "刚去合作社那边对了一下账 今年入社的是41户 不是39户");
    expect(all(replies)).toContain("请确认填报内容");
    const [u] = await t.app.services.store.listUpdates({ author: who });
    expect(u?.figures.map((f) => f.raw)).toEqual(["41户"]);
  });
});

describe("inside a longer report, 「不是80」 is no figure", () => {
  const org = parseOrg({
    unit: "示例县",
    sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
    people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
  });
  const figs = (text: string) => extractUpdate(text, org, { today: "2026-12-03" }).figures.map((f) => f.raw);
  it("the new value stands, the denied one goes", () => {
    expect(figs("上周五组织了特派员业务培训，实际来了85人，不是80，大家反响很好")).toEqual(["85人"]);
    expect(figs("发放资料1200份 不是1000份，群众都说好")).toEqual(["1200份"]);
    expect(figs("今天去了柳河乡，走访农户32户不是30户，下周继续")).toEqual(["32户"]);
  });
  it("a number taken back (啊不是，…) or denied before (不是…，是…) reads as before", () => {
    expect(figs("走了七个乡镇，啊不是，八个乡镇")).toEqual(["八个"]);
    expect(figs("资金不是两百万，是三百万")).toEqual(["三百万"]);
  });
});
