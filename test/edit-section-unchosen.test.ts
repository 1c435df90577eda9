import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

const { open } = appPerTest();

// A person with two sections is asked which one before anything is filed; an edit made while the
// question waits must not show the bot's first guess as if it were the section chosen.
describe("an edit preview while the section is still to be chosen", () => {
  it("says the section is still to be chosen, then files it where the person says", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    const asked = await t.sayText("wang-ban", "机关食堂油烟管道清洗完成，更换灭火毯30块");
    expect(asked).toContain("属于哪个科室");
    const preview = await t.sayText("wang-ban", "不对 是35块");
    expect(preview).toContain("修改预览（#1）");
    expect(preview).toContain("科室待选");
    expect(preview).not.toMatch(/科室\**：\**(?:党建与作风建设|综合管理与安全生产)/);
    const saved = await t.sayText("wang-ban", "好");
    expect(saved).toContain("还没有选科室");
    await t.sayText("wang-ban", "综合管理与安全生产");
    const [u] = await t.app.services.store.listUpdates({ author: "wang-ban" });
    expect(u?.section).toBe("office");
    expect(u?.normalizedText).toContain("35块");
  });
});
