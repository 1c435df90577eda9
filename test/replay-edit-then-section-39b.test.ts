import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Review39b. dialog39's replay says a held draft's edit again as 「#N 已改好，仍是草稿」 and reads a held edit as "edited and
 * still a draft with its section chosen". A draft asked its section, edited (the edit saved, the section asked first),
 * then given its section is that too — but it was never held: the same Feishu message (the yes to the edit) delivered
 * again afterwards was answered as a held draft's edit. It is the edit saved, said as it was.
 */
const { open } = appPerTest();

describe("the yes to an unchosen draft's edit, delivered again after the section was chosen", () => {
  it("is answered as the edit saved, not as a held draft", async () => {
    const t = await open({ now: "2026-12-18T16:00:00+08:00" });
    // he-gq reports to two sections: the section is asked first.
    await t.sayText("he-gq", "在东岭村办了蜜蜂养殖培训 来了26人");
    t.setNow("2026-12-18T16:01:00+08:00");
    await t.sayText("he-gq", "人数不对 是29人");
    t.setNow("2026-12-18T16:02:00+08:00");
    expect(await t.sayText("he-gq", "对", { messageId: "om-yes-edit" })).toMatch(/已保存修改（#1）/);
    t.setNow("2026-12-18T16:03:00+08:00");
    await t.sayText("he-gq", "1");
    t.setNow("2026-12-18T16:04:00+08:00");
    const again = await t.sayText("he-gq", "对", { messageId: "om-yes-edit" });
    expect(again).toMatch(/已保存修改/);
    expect(again).not.toMatch(/仍是草稿（不计入总结）|已改好/);
    const [u] = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(u!.status).toBe("draft");
    expect(u!.history.map((h) => h.action)).toEqual(["created", "edited", "section-changed"]);
  });
});
