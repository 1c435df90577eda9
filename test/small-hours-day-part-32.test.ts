import { describe, expect, it } from "vitest";
import { pieceKind } from "../src/domain/clause-kind.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Sent in the small hours after a late evening, 上午/下午/晚上 are parts of the day just past: the work told is done,
 * never read as work ahead because that part of 「today」 has not begun (round thirty-two, console at 01:03:
 * 「上午去3家企业宣讲… 来了企业负责人12个」 became a plan with 「3家（目标）」). From five o'clock on, 「下午去…」 said
 * in the morning is still work ahead. Phrasings other than the trial's.
 */
const { open } = appPerTest();

describe("parts of the day said in the small hours", () => {
  const cases: Array<[string, string]> = [
    ["下午到城关镇给农户讲果树冬剪 来了40多户", "2026-12-05T00:40:00+08:00"],
    ["晚上加班审核高企申报材料5份", "2026-12-05T00:20:00+08:00"],
    ["上午陪市科技局检查组走访企业4家", "2026-12-05T02:15:00+08:00"],
  ];
  for (const [said, at] of cases)
    it(`「${said}」 at ${at.slice(11, 16)} is work done`, async () => {
      const t = await open({ now: at });
      const reply = await t.sayText("li-rd", said);
      expect(reply).toMatch(/请确认/);
      expect(reply).not.toMatch(/下一步计划|（目标）/);
    });

  it("from five o'clock a part of the day not yet begun is still ahead", () => {
    expect(pieceKind("下午去柳河乡开展科普宣传", "2026-12-05", "09:30")).toBe("plan");
    expect(pieceKind("下午去柳河乡开展科普宣传", "2026-12-05", "05:30")).toBe("plan");
    expect(pieceKind("下午去柳河乡开展科普宣传", "2026-12-05", "01:30")).not.toBe("plan");
  });
});
