import { describe, expect, it } from "vitest";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { workdayAsked } from "../src/conversation/workday-asked.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round thirty-eight (model38b): 歇 — the everyday northern and central word for a day off — asks of the calendar
 * as 放假、休息 do (「31号歇不歇啊」「元旦歇几天」), read by the rule (workday-asked.ts), not left to the learned
 * guess (a retrained command model had lost 「今年最后一天 31号 歇不歇啊」). Statements, breaks and a business's 歇业 ask nothing.
 */
const asked = (s: string) => {
  const { norm, core } = intentText(s);
  return workdayAsked(norm, core);
};

describe("歇 asked of a day is 上班吗", () => {
  it.each([
    ["这礼拜六歇不歇", "这礼拜六歇不歇"],
    ["后天能歇不", "后天能歇不"],
    ["下周日歇班吗", "下周日歇班吗"],
    ["12月31号 咱歇不歇啊", "12月31号 咱歇不歇啊"],
    ["国庆节歇几天啊", "国庆"],
    ["过年歇到几号", "春节"],
  ])("「%s」 asks of %s", (said, day) => {
    expect(asked(said)).toBe(day);
  });
  it.each([
    "我后天歇一天",
    "明天歇会儿再弄",
    "下周一那家饭馆歇业吗",
    "老张明天歇不歇",
  ])("「%s」 asks nothing of the calendar", (said) => {
    expect(asked(said)).toBeUndefined();
  });
});

const { open } = appPerTest();

describe("answered from the calendar", () => {
  it("「这周六歇不歇啊」 on Saturday 3 January 2026 is the 元旦 holiday, nothing stored", async () => {
    const t = await open({ now: "2026-01-02T10:00:00+08:00" });
    expect(await t.sayText("li-rd", "这周六歇不歇啊")).toContain("不上班");
    expect(await t.app.services.store.listUpdates()).toEqual([]);
  });
});
