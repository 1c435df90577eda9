import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Review39b. 「先别存」「先不存 我核一下」 put a draft off (card-hold.ts; dialog39 keeps it held through an edit). Said while
 * the bot asks which section the draft is for, the same words withdrew it: 「已撤回 #1，不会计入总结」 — 先 read as the
 * 就/也 of 「就不记了」. Not yet is no never: the draft stays a draft and the section is still asked. 「别存了」「不记了」
 * (no 先) still withdraw it, as the section question's drop rule was written for.
 */
const { open } = appPerTest();
const NOW = "2026-12-18T16:00:00+08:00";
// he-gq reports to more than one section, so a new draft is asked its section first.
const REPORT = "在东岭村办了蜜蜂养殖培训 来了26人";

describe("put off while the section is asked: kept, never withdrawn", () => {
  for (const said of ["先别存 人数我再核一下", "先不存 我核一下", "慢点存 我再问问"])
    it(`「${said}」 keeps #1 a draft`, async () => {
      const t = await open({ now: NOW });
      expect(await t.sayText("he-gq", REPORT)).toMatch(/属于哪个科室/);
      const reply = await t.sayText("he-gq", said);
      expect(reply).not.toMatch(/已撤回/);
      const [u] = await t.app.services.store.listUpdates({ author: "he-gq" });
      expect(u!.status).toBe("draft");
    });

  for (const said of ["别存了", "不记了"])
    it(`「${said}」 (no 先) still withdraws it`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("he-gq", REPORT);
      expect(await t.sayText("he-gq", said)).toMatch(/已撤回 #1/);
      const [u] = await t.app.services.store.listUpdates({ author: "he-gq" });
      expect(u!.status).toBe("withdrawn");
    });
});
