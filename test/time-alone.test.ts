import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { vagueMessage } from "../src/conversation/vague-message.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A time alone with nothing pending — 「下午的」「明天上午」「明朝上午」「礼拜四上半天」「后天上午哈」 — is asked about (what
 * then?), never stored and never answered as chat: it was 「收到，这条我没有记为填报」 as if nothing had been meant (dlg28,
 * i28c). While a question waits, a time may be its answer: not read here.
 */
describe("a time alone with nothing pending", () => {
  it.each([
    "下午的",
    "明天上午",
    "明朝上午",
    "明儿下午撒",
    "礼拜四上半天",
    "后天上午哈",
    "周五下午吧",
    "8号上午",
    "明早上",
    "今个后晌",
  ])("「%s」 is a time alone", (said) => {
    expect(vagueMessage(said, said.replace(/[吧哈撒]$/, ""))).toBe("time");
  });

  it.each(["晚上好", "早上好", "明天见", "下午再报", "下午去县里"])("「%s」 is not", (said) => {
    expect(vagueMessage(said, said)).not.toBe("time");
  });

  it("while a question waits, a time is not read as a time alone", () => {
    expect(vagueMessage("明天上午", "明天上午", false)).toBeUndefined();
  });

  const { open } = appPerTest();
  it("「明朝上午」 is asked about and nothing is stored", async () => {
    const t = await open({ now: "2026-12-04T16:00:00+08:00" });
    const reply = await t.sayText("陈静", "明朝上午");
    expect(reply).toContain("要做什么");
    expect(reply).toContain("没有保存");
    expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(0);
    // What follows is read afresh: a report is a report.
    await t.sayText("陈静", "下半天克社区发了科普资料800份");
    expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(1);
  });

  it("classifies it unclear, not small talk", () => {
    const got = classifyIntent("下半天的", {
      awaiting: "nothing",
      justAsked: false,
      pendingDrafts: 0,
      sections: [],
      commands: { entries: [] } as never,
    } as never);
    expect(got.kind).toBe("unclear");
  });
});
