import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead's console trial, round forty-four: 周建国 asked 「只要高企那块的数 别的科不用」 (查数 高企, intent44b) and got
 * 「今年「高企」报过这些数：何婷…高企新认定了 7家」 — the 复审通过 4家 何婷 reported in the same update was left out, because
 * the figures are kept only when their own words score close to the best match. A question that names only a section
 * (its name or short name, no unit asked) asks for that section's figures: all of them are listed. A count asked in a
 * unit (高企今年几家) is still answered with the figures in that unit that name it.
 */
const apps = appPerTest();

async function material() {
  const t = await apps.open({ now: "2026-11-03T10:00:00+08:00" });
  await t.say("he-gq", "高企今年新认定了7家，复审通过4家，科技型中小企业入库23家");
  await t.say("he-gq", "确认");
  await t.say("chen-kp", "科普进校园12场，覆盖学生6000余人");
  await t.say("chen-kp", "确认");
  return t;
}

describe("a section's figures asked", () => {
  it.each([
    "只要高企那块的数 别的科不用",
    "查数 高企",
  ])("「%s」 lists every figure of that section", async (say) => {
    const t = await material();
    const text = await t.sayText("zhou-ju", say);
    expect(text).toContain("7家");
    expect(text).toContain("4家");
    expect(text).toContain("23家");
    expect(text).not.toMatch(/12场|6000/u);
  });

  it("a count asked in a unit still lists only what names the thing", async () => {
    const t = await material();
    const text = await t.sayText("zhou-ju", "科普进校园今年搞了几场");
    expect(text).toContain("12场");
    expect(text).not.toMatch(/6000|7家/u);
  });
});
