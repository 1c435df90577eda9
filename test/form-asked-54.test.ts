import { describe, expect, it } from "vitest";
import { rulesAnswer } from "../src/conversation/staff-questions.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead54's console trial: 「下周三之前要交的那个表 是不是你们收」 was read as work still being done (「听起来这件事还在办」) and
 * offered 记为填报. A form or paper asked about — whether the bot collects it, whom it goes to — is answered: work updates come
 * here, other forms do not (staff-questions.ts). Said flat (「考核表已经交给办公室了」) it is no question.
 */
describe("a form asked about (staff-questions.ts)", () => {
  it.each([
    "下周三之前要交的那个表 是不是你们收",
    "年底考核表交给谁啊",
    "那个统计表是交给你还是交给办公室",
    "科技统计报表在哪交？",
    "台账要交给谁嘛",
    "年終考核表交給誰啊",
  ])("「%s」 is answered", (said) => {
    expect(rulesAnswer(said, undefined)).toContain("别的表格、报表、考核材料我不收");
  });

  it.each([
    // Which form is meant cannot be told (i40a/i40b, said-in-bashang-40): left to the unclear reply.
    "这表交给谁",
    "这份材料报给谁",
    "考核表已经交给办公室了",
    "统计报表填了120家企业",
    "是不是每周都要报",
  ])("「%s」 is not this answer", (said) => {
    expect(rulesAnswer(said, undefined) ?? "").not.toContain("别的表格");
  });
});

const { open } = appPerTest();

it("in a conversation, beside a card: answered, nothing stored, the card still waits", async () => {
  const t = await open({ now: "2026-12-07T10:00:00+08:00" });
  await t.say("he-gq", "上周去了三个乡镇搞专利宣传，发了260份资料");
  await t.say("he-gq", "科室 高新技术企业与创新平台");
  const got = await t.sayText("he-gq", "下周三之前要交的那个表 是不是你们收");
  expect(got).toContain("交给谁请问办公室");
  expect(got).not.toContain("记为填报");
  expect((await t.app.services.store.listUpdates({ author: "he-gq" })).map((u) => u.status)).toEqual([
    "draft",
  ]);
  expect(await t.sayText("he-gq", "确认")).toContain("已确认");
});
