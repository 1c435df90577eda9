import { describe, expect, it } from "vitest";
import { getState } from "../src/conversation/state.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「确认」「提交吧」「就这些 确认」 to the guided mode's last, optional question (4/4 下一步打算): the person is done —
 * nothing more to add, the questions end and the draft card is shown (still waiting for its own 确认, nothing
 * confirmed by it). Found in round 31's console trial: 「确认」 was told 「当前没有待确认的内容」 and 4/4 asked again.
 */
const { open } = appPerTest();

async function atLast() {
  const t = await open();
  await t.say("li-rd", "填报");
  await t.say("li-rd", "今天去石板村走访农户");
  await t.say("li-rd", "走访12户");
  const q = await t.sayText("li-rd", "没有");
  expect(q).toContain("4/4");
  return t;
}

describe("a confirm word to the last guided question ends the questions", () => {
  it.each([
    "确认",
    "确认吧",
    "提交",
    "就这些 确认",
    "好了 提交吧",
    "确认一下",
  ])("「%s」 shows the draft card; it is not confirmed by it", async (said) => {
    const t = await atLast();
    const text = await t.sayText("li-rd", said);
    expect(text).not.toContain("4/4");
    expect(text).toContain("请确认填报内容");
    const ups = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(ups).toHaveLength(1);
    expect(ups[0]?.status).toBe("draft");
    expect(ups[0]?.normalizedText).not.toContain("确认");
    expect(ups[0]?.normalizedText).not.toContain("提交");
    expect((await getState(t.app.services.store, "li-rd")).mode).toBe("confirm");
    await t.say("li-rd", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.status).toBe("confirmed");
  });
});
