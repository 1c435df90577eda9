import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty-one (lead, console trial): with #1 「走访科技型中小企业5家」 and #2 「组织高企申报培训 来了30人」 pending,
 * 「第2条写错了 是走访了6家」 appended 「是走访了6家」 to #2 as an addition. A two-character word (走访) in the other update
 * with a count in the unit said (家), where the one named has neither, is asked about.
 */
const { open } = appPerTest();

describe("a correction whose words and unit are in another update", () => {
  it.each([
    ["走访科技型中小企业5家", "组织高企申报培训 来了30人", "第2条写错了 是走访了6家", "6家"],
    ["发放高企政策宣传册1200份", "高企申报培训来了45人", "第二条不对 发放了1500份", "1500份"],
  ])("「%s」「%s」 then 「%s」 asks which, and #1 takes it", async (one, two, said, fixed) => {
    const app = await open({ now: "2026-12-07T10:00:00+08:00" });
    await app.say("he-gq", one);
    await app.say("he-gq", two);
    const reply = await app.sayText("he-gq", said);
    expect(reply).toContain("改哪一条");
    expect(reply).not.toContain("作为补充");
    const picked = await app.sayText("he-gq", "1");
    expect(picked).toContain("修改预览（#1）");
    expect(picked).toContain(fixed);
  });

  it("the one named holding the unit is edited as before", async () => {
    const app = await open({ now: "2026-12-07T10:00:00+08:00" });
    await app.say("he-gq", "走访科技型中小企业5家");
    await app.say("he-gq", "走访规上企业8家");
    const reply = await app.sayText("he-gq", "第2条写错了 是走访了9家");
    expect(reply).toContain("修改预览（#2）");
    expect(reply).toContain("9家");
  });
});
