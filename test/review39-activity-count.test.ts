import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Review39 of round thirty-eight's drafting rewrites: a rewrite may make chat read as a document, never change what
 * it says.
 */
describe("an activity counted with no verb before it is reordered only where the count opens the clause", () => {
  it.each([
    // 共、累计 before the count: reordering put 共 before the slogan (共科普进校园活动12场).
    ["全年共12场科普进校园", "共科普进校园"],
    ["累计20多次送科技下乡", "累计送科技下乡"],
  ])("「%s」 never says 「%s」", (text, garbled) => {
    expect(cleanChat(text, "2026-10-02")).not.toContain(garbled);
  });

  it.each([
    ["今年工作很多，4场科普进校园，覆盖学生1200多名", "科普进校园活动4场"],
    ["全年4场科普进校园", "全年科普进校园活动4场"],
  ])("「%s」, its count opening the clause, is still reordered: 「%s」", (text, want) => {
    expect(cleanChat(text, "2026-10-02")).toContain(want);
  });
});
