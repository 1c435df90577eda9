import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty-one (lead, console trial): 「明年想搞个直播培训」 was answered 「只有…几个字，我看不出做了什么」 — it says
 * what is ahead, not something done. Still nothing stored unasked; the line says it reads as a plan, and 记为填报 files it so.
 */
const { open } = appPerTest();

describe("a short plan is told as a plan", () => {
  it.each(["明年想搞个直播培训", "下一步准备建个服务站", "明年打算搞科普大集"])("「%s」", async (said) => {
    const app = await open({ now: "2026-12-07T10:00:00+08:00" });
    const reply = await app.sayText("sun-tp", said);
    expect(reply).toContain("还没做的事");
    expect(reply).not.toContain("看不出做了什么");
    expect(await app.app.services.store.listUpdates({ author: "sun-tp" })).toHaveLength(0);
    const filed = await app.sayText("sun-tp", "记为填报");
    expect(filed).toContain("下一步计划");
  });

  it("a short name of something is still asked what was done", async () => {
    const app = await open({ now: "2026-12-07T10:00:00+08:00" });
    expect(await app.sayText("sun-tp", "科技特派员")).not.toContain("还没做的事");
  });
});
