import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「确认哪一条？」 with #1 and #2 listed, answered 「第二条不要了」: #1 is confirmed (the answer leaves it), and
 * the reply also says what became of #2 — still a draft, not counted, how to withdraw it. It used to say
 * only 「已确认保存（#1…）」, and #2 stayed listed 【待确认】 with no word (console trial, round 31).
 * Nothing is withdrawn unasked (which-draft-answer.ts).
 */
const { open } = appPerTest();

async function twoDrafts() {
  const t = await open();
  await t.say("li-rd", "今天上午去城关镇走访企业6家，收集需求12条");
  await t.say("li-rd", "下午组织了科技政策宣讲会，来了80人");
  const asked = await t.sayText("li-rd", "确认");
  expect(asked).toContain("确认哪一条");
  return t;
}

describe("a listed draft left out of the answer to 「确认哪一条？」", () => {
  it.each([
    ["第二条不要了", 1, 2],
    ["2号不要", 1, 2],
    ["第一个先放着", 2, 1],
    ["1号先别确认", 2, 1],
    ["就1号吧 2号我还得改改", 1, 2],
    ["2吧，1我再看看", 2, 1],
  ])("「%s」: #%i confirmed, and the reply says #%i is still a draft", async (said, kept, left) => {
    const t = await twoDrafts();
    const replies = await t.say("li-rd", said);
    const text = replies.map((r) => r.text).join("\n");
    const ups = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(ups.find((u) => u.seq === kept)?.status).toBe("confirmed");
    expect(ups.find((u) => u.seq === left)?.status).toBe("draft");
    expect(text).toContain(`#${kept}`);
    expect(text).toMatch(new RegExp(`#${left}[^\\n]*草稿`));
    const buttons = replies.flatMap((r) => r.card?.buttons ?? []);
    expect(buttons.some((b) => b.command === `撤回 ${left}`)).toBe(true);
  });
});
