import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 「这条不要」 with no 了, then a pause and why it goes (sent twice, already reported by someone else), on the card just
 * shown: the draft withdrawn, as 「这条不要了 …」 was (blind79 b79-077's class, 白话 「呢条唔要 …重复咗」) — not a bare no
 * that asks what is wrong. 不要改、不要紧 are no withdrawal.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);
const onCard = { awaiting: "confirm", justAsked: true, pendingDrafts: 1 } as const;

describe("a card's draft not wanted, with the reason", () => {
  it.each([
    "这条不要 跟科长那条重复了",
    "这个不要，和老陈报的重了",
    "呢条唔要 同主任嗰条重复咗",
    "这条不要 昨天已经报重了",
  ])("「%s」 withdraws it", async (text) => {
    await t.say("li-rd", "今天走访了3家企业 了解研发投入情况");
    expect(heard("li-rd", text, onCard as never)).toMatch(/撤回/u);
  });

  it("不要改、不要紧 withdraw nothing", async () => {
    await t.say("li-rd", "今天走访了3家企业 了解研发投入情况");
    expect(heard("li-rd", "这条不要改 数字是对的", onCard as never)).not.toMatch(/撤回/u);
    expect(heard("li-rd", "不要紧 重复的地方我再看", onCard as never)).not.toMatch(/撤回/u);
  });
});
