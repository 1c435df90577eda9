import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 何婷 (two sections) edited #1 while its section was still to choose: the preview said 「回复「确认」「行」会保存
 * 修改并确认这条，计入总结」, and 确认 then answered 「这条还没有选科室…确认前不计入总结」 — the preview promised
 * what did not happen. It now says the edit is saved and the section asked first — found in console trials.
 */
const { open } = appPerTest();

describe("an edit preview of an update whose section is still to choose", () => {
  it("says 确认 saves the edit and asks the section, and does so", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    const asked = await t.sayText("he-gq", "本周走访企业6家，收集技术需求11条");
    expect(asked).toContain("属于哪个科室");
    const preview = await t.sayText("he-gq", "第一条改成走访企业8家");
    expect(preview).toContain("修改预览");
    expect(preview).not.toContain("确认这条，计入总结");
    expect(preview).toContain("再请您选科室");
    const after = await t.sayText("he-gq", "确认");
    expect(after).toContain("已保存修改");
    expect(after).toContain("属于哪个科室");
    const [u] = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(u?.status).toBe("draft");
    expect(u?.originalText).toContain("8家");
  });

  it("an update with its section known still promises to confirm it", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.say("li-rd", "审核项目结题材料7份");
    const preview = await t.sayText("li-rd", "修改 1 审核项目结题材料9份");
    expect(preview).toContain("会保存修改并确认这条，计入总结");
  });
});
