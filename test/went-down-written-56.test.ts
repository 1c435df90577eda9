import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Round 56 console trial: 「这礼拜下了3个乡镇 给合作社讲了嫁接技术 听的人有120来个」 was drafted 「下了3个乡镇，为合作社讲解嫁接技术，
 * 听的人有120余个」 — chat in the 公文. Going down to places is 深入; the crowd counted in 个 after 的人/群众 took part.
 */
describe("going down and the crowd, written", () => {
  it.each([
    [
      "这礼拜下了3个乡镇 给合作社讲了嫁接技术 听的人有120来个",
      "深入3个乡镇，为合作社讲解嫁接技术，120余人参加",
    ],
    ["下去了5个村", "深入5个村"],
    ["来的群众有两百多个", "200多名群众参加"],
    ["看的学生差不多有80个", "80名学生参加"],
  ])("「%s」 → 「%s」", (said, want) => expect(cleanChat(said, "2026-12-08")).toBe(want));

  it.each([
    ["放下了3个包袱", "3个包袱"],
    ["记下了5个问题", "5个问题"],
    ["听的人很多", "听的人很多"],
  ])("「%s」 keeps 「%s」", (said, kept) => expect(cleanChat(said, "2026-12-08")).toContain(kept));
});
