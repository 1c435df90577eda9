import { afterEach, describe, expect, it } from "vitest";
import { saysNone } from "../src/conversation/says-none.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * 「没啥问题」「还行」 answering 「遇到了什么问题或困难？」 say there is none: nothing is stored as a
 * problem, and the question moves on (it was small talk before, and the bot asked again).
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  cleanTmpDirs();
});

describe("saying there is nothing to add", () => {
  it.each([
    "无",
    "没啥问题",
    "暂时没有困难",
    "目前还没有计划",
    "没有大的问题",
    "一切顺利",
    "还行吧",
    "没问题",
    "都没有",
  ])("「%s」 says none", (s) => expect(saysNone(s)).toBe(true));
  it.each(["没有经费", "人手不够", "缺少专业人员", "没有场地开展活动"])("「%s」 is an answer", (s) =>
    expect(saysNone(s)).toBe(false));

  it("in the guided questions, 「没问题」 skips the problems question and stores no problem", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "我要填报");
    await t.say("li-rd", "组织研发费用加计扣除培训1场，来了30多家企业");
    await t.say("li-rd", "参训财务人员45人");
    expect(await t.sayText("li-rd", "没问题")).toContain("4/4");
    await t.say("li-rd", "没啥打算");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.problems).toEqual([]);
    expect(u?.plans).toEqual([]);
  });
});

describe("every answer of the guided questions is kept where it belongs", () => {
  it.each([
    // c12: the answer to question 1 was lost, and the figures answer became item 1 with its label.
    [
      "sun-tp",
      [
        "就是下乡跑了几趟吧",
        "也没啥具体数字 大概去了十来个村",
        "问题嘛 车不够 专家也少",
        "明年多跑跑 争取每个村都去到",
      ],
    ],
    ["chen-kp", ["嗯 主要是去学校搞了下科普宣讲吧", "三所学校 学生四百来人", "没", "下学期接着搞"]],
    ["li-rd", ["帮企业弄研发费用归集的事 还有跑了下统计口径培训", "企业9家", "企业财务不太懂政策", "无"]],
  ])("%s: the work answer is the first item, the figures answer no labelled item", async (who, answers) => {
    t = await makeTestApp({ now: "2026-12-01T10:00:00+08:00" });
    await t.say(who, "填报");
    for (const a of answers) await t.say(who, a);
    const [u] = await t.app.services.store.listUpdates({ author: who });
    const items = u?.items.map((i) => i.text) ?? [];
    expect(items.join("|")).toContain(answers[0]!.replace(/^嗯 /, "").slice(0, 6));
    expect(items.join("|")).not.toContain("主要数据");
    expect(u?.problems.join("|") ?? "").not.toContain(answers[0]!.slice(0, 6));
  });
});
