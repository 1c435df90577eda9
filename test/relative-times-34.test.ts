import { describe, expect, it } from "vitest";
import { offlineParts as parts } from "./helpers/offline-parts.js";
import { absoluteDates } from "../src/drafting/absolute-dates.js";

/**
 * Relative times in the material become absolute in the offline draft, counted from the day the update was sent and
 * written as the document's year reads them: 「下个月」 said in December is 1月 of the plan's year (a 2027 plan does
 * not say 下月), said in June it is 7月; 「下季度」 in the fourth quarter is the first quarter. Round thirty-three's
 * leftover (the plan kept 「下月到5个乡镇…」). Reports in other words than the trial's.
 */

describe("relative times said in the material, absolute in the draft (round thirty-four)", () => {
  it.each([
    ["popsci", "chen-kp", "2026-12-10", "讲座进社区4场。下个月准备在3所中学开展科普进校园", "1月", "3所中学"],
    ["envoy", "sun-tp", "2026-12-03", "下月组织特派员对接2家合作社", "1月", "2家合作社"],
    ["party", "xu-dj", "2026-11-20", "下季度发展2名预备党员", "第一季度", "2名预备党员"],
  ])("%s (%s): %s", async (section, author, date, text, when, what) => {
    const d = await parts(section, author, date, `${text}`);
    expect(d.plan).toContain(what);
    expect(d.plan).toContain(when);
    expect(d.plan).not.toMatch(/下个?月|下个?季度/);
  });

  it.each([
    ["下个月组织3家企业申报研发项目", "2026-06-12", "7月组织"],
    ["下季度召开成果对接会", "2026-05-08", "第三季度召开"],
    ["明天到柳河乡调研", "2026-12-31", "1月1日到柳河乡"],
  ])("%s said on %s → %s", (text, date, written) => {
    expect(absoluteDates(text, date)).toContain(written);
  });
});
