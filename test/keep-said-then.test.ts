import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Left by dlg24: 「那就存吧」 said alone to the one card was read as small talk and the draft stayed unconfirmed, though
 * 「存吧」 confirmed it. 那就/那你(就) before 存/记 only says "then": the keep is still said (as are 存着、记着).
 */
const { open } = appPerTest();
const NOW = "2026-12-03T16:00:00+08:00";

describe("keeping the card said after 那就", () => {
  for (const said of ["那就存吧", "那就记上", "那你存着吧", "那您就记上吧"])
    it(`「${said}」 confirms the one draft`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("chen-kp", "下午去实验小学搞了场防溺水宣讲 学生三百多");
      await t.sayText("chen-kp", said);
      expect((await t.app.services.store.findBySeq("chen-kp", 1))?.status).toBe("confirmed");
    });

  it("「那就记错了」 is no keep", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "下午去实验小学搞了场防溺水宣讲 学生三百多");
    await t.sayText("chen-kp", "那就记错了");
    expect((await t.app.services.store.findBySeq("chen-kp", 1))?.status).toBe("draft");
  });
});
