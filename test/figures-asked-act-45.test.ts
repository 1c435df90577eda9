import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead's console trial, round forty-five: 李明 reported 「今年帮企业申报高企9家，通过认定6家」 and 周建国 asked
 * 「高企今年认定了几家」. The answer was 「帮企业申报高企 9家」 only — the verb of the question (认定) was dropped as a
 * light word, and 通过认定 6家 scored low because its own words do not repeat 高企. The act asked picks the count:
 * when some figures' own words say it, those are the answer.
 */
const apps = appPerTest();

async function material() {
  const t = await apps.open({ now: "2026-11-03T10:00:00+08:00" });
  await t.say("li-rd", "今年帮企业申报高企9家，通过认定6家");
  await t.say("li-rd", "确认");
  await t.say("he-gq", "科技型中小企业入库23家，备案众创空间2个");
  await t.say("he-gq", "确认");
  return t;
}

describe("the act asked picks the count", () => {
  it.each([
    ["高企今年认定了几家", "6家", "9家"],
    ["今年高企申报了多少家", "9家", "6家"],
    ["高企認定了幾家", "6家", "9家"],
    ["科技型中小企业入库了几家", "23家", "2个"],
  ])("「%s」 answers %s, not %s", async (say, yes, no) => {
    const t = await material();
    const text = await t.sayText("zhou-ju", say);
    expect(text).toContain(yes);
    expect(text).not.toContain(no);
  });

  it("with no act asked, both counts of the thing are listed", async () => {
    const t = await material();
    const text = await t.sayText("zhou-ju", "高企今年几家");
    expect(text).toContain("9家");
    expect(text).toContain("6家");
  });

  it("an act no figure says leaves the answer as it was", async () => {
    const t = await material();
    const text = await t.sayText("zhou-ju", "高企今年验收了几家");
    expect(text).toContain("9家");
  });
});
