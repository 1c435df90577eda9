import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writtenAmounts } from "../src/drafting/written-amounts.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * card42: 「科技特派员今年下去了六十来趟」 showed 「下乡 六十来趟」 on the card while 「三百来人次」 beside it showed 300余人次:
 * 来 as "about" was written 余 only before the measures the rule listed, and 趟 was not one. Trips, rounds, lessons,
 * trees, sums, vehicles, sheets, kinds now are; 一来回 (a round trip) is no rough count. 「十五六家」 stays in words:
 * two neighbouring numbers said for "about" are written in characters (GB/T 15835).
 */
describe("来 as about, before the measures added", () => {
  it.each([
    ["农技员下乡了六十来趟", "农技员下乡了六十余趟"],
    ["防汛演练搞了十来轮", "防汛演练搞了十余轮"],
    ["上了二十来堂课", "上了二十余堂课"],
    ["补种了百来棵核桃树", "补种了百余棵核桃树"],
    ["贴息贷款放了十来笔", "贴息贷款放了十余笔"],
    ["科普大篷车出动二十来辆次", "科普大篷车出动二十余辆次"],
    ["挂图发了五十来张", "挂图发了五十余张"],
    ["引进新品种十来种", "引进新品种十余种"],
  ])("%s", (said, written) => {
    expect(writtenAmounts(said)).toBe(written);
  });

  it.each([["来回跑了一来回"], ["十五六家合作社"], ["带回来三种"], ["来了两趟"]])("%s stays", (said) => {
    expect(writtenAmounts(said)).toBe(said);
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ now: "2026-11-20T10:00:00+08:00" });
});
afterAll(async () => {
  await t.app.close();
  cleanTmpDirs();
});

describe("on the card", () => {
  it("六十来趟 is shown as the draft writes it, like 三百来人次 beside it", async () => {
    const replies = await t.say("孙磊", "特派员今年下去了六十来趟，培训农民三百来人次");
    const shown = replies.flatMap((r) => r.card?.blocks ?? []).join("\n");
    expect(shown).toContain("60余次");
    expect(shown).toContain("300余人次");
    // The item keeps the words as said; the figure's line is as drafted.
    expect(shown).not.toMatch(/\*\*数据\*\*[\s\S]*六十来趟/u);
  });
});

/**
 * Round forty-six (lead): 「给合作社讲了两回无人机飞防 来了八十几号人」 showed 「参加人数 八十几号人」 on the card while an edit
 * to 「九十来人」 showed 90余人: 号人, spoken for 人, stopped the rough word from being written. It is 人 now, before the
 * rough word is written; a day (12号人到齐) and 号人员/号人民 stay.
 */
describe("号人 as 人", () => {
  it.each([
    ["来了八十几号人", "来了八十余人"],
    ["参会的三百来号人", "参会的三百余人"],
    ["到了三十多号人", "到了三十多人"],
    ["围了几十号人", "围了数十人"],
    ["去了八十号人", "去了八十人"],
    ["來了80多号人", "來了80多人"],
    ["两百来号人听课", "两百余人听课"],
  ])("%s", (said, written) => {
    expect(writtenAmounts(said)).toBe(written);
  });

  it.each([["12号人到齐了"], ["3号人员到位"], ["二十来号人民代表"]])("%s stays", (said) => {
    expect(writtenAmounts(said)).toBe(said);
  });
});

describe("an event's name before its count after a verb of holding or teaching (round forty-six)", () => {
  it.each([
    ["联合县妇联办了一期农村妇女电商直播培训，学员46名", "联合县妇联举办农村妇女电商直播培训 1期"],
    ["给合作社讲了两回无人机飞防 来了八十几号人", "为合作社讲解无人机飞防 2次"],
    ["组织了两次专家下乡", "组织专家下乡 2次"],
  ])("%s → %s", async (said, row) => {
    const replies = await t.say("陈静", said);
    expect(replies.flatMap((r) => r.card?.blocks ?? []).join("\n")).toContain(row);
  });

  it("a count of people or things keeps its place", async () => {
    const replies = await t.say("陈静", "科普大篷车进校园5场，覆盖学生2300余人，新建科普e站3个");
    const text = replies.flatMap((r) => r.card?.blocks ?? []).join("\n");
    expect(text).toContain("科普大篷车进校园 5场");
    expect(text).toContain("覆盖学生 2300余人");
  });
});
