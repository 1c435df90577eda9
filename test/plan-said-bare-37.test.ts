import { describe, expect, it } from "vitest";
import { planSentence } from "../src/drafting/offline-plan.js";
import { withSubject } from "../src/drafting/plan-subject.js";

/**
 * Trial37, found on the console: 「跑了20来家规上企业，有两家材料不全 明年再报」 put 「1.持续抓好科技项目与研发投入。报。」
 * into the leader's plan (the lead and 再 gone, a bare verb left), and 「下一步打算开春前把滴灌装上」 stayed 「开春前把滴灌装上」.
 * Two classes of a plan said in chat:
 * - a bare verb (报、交、补…) after a part counted with 有 and what it lacks (有两家材料不全、有3家企业手续不全): the plan is for
 *   that part, named by its lack and by what the message counted in that measure (推动材料不全的2家规上企业申报) — as
 *   「剩下3家…再报」 already was (推动其余3家申报);
 * - 把 + the thing + a spoken verb with its result (装上、修好、弄好、补齐): 完成 + the thing + the written verb.
 */
const at = "2026-12-05";

describe("a bare plan verb after a counted part with a lack", () => {
  it.each([
    [
      "明年再报",
      "帮企业搞研发费用加计扣除政策宣讲，跑了20来家规上企业，有两家材料不全 明年再报",
      "推动材料不全的2家规上企业申报",
    ],
    ["明年再申报", "帮5个村申报省级示范村，有3个村手续不全，明年再申报", "推动手续不全的3个村申报"],
    ["明年再报", "走访了15家企业，有3家资质不达标，明年再报", "推动资质不达标的3家企业申报"],
  ])("「%s」 in 「%s」 → 「%s」", (plan, said, want) => {
    expect(planSentence(plan, at, said)).toBe(want);
  });

  it("「剩下3家…再报」 still says 其余, and a bare verb with nothing counted is left for the check to flag", () => {
    expect(withSubject("再报", "申报高企5家 剩下3家材料不全 明年再报")).toBe("推动其余3家申报");
    expect(withSubject("报", "今年的材料都交了")).toBe("报");
  });
});

describe("把 + the thing + a spoken verb with its result", () => {
  it.each([
    ["下一步打算开春前把滴灌装上", "开春前完成滴灌安装"],
    ["年底前把村里的路灯换好", "年底前完成村里的路灯更换"],
    ["3月底前把监测设备修好", "3月底前完成监测设备维修"],
  ])("「%s」 → 「%s」", (plan, want) => {
    expect(planSentence(plan, at)).toBe(want);
  });

  it("「把」 with a verb of its own keeps it", () => {
    expect(planSentence("明年把科普e站扩到10个", at)).toContain("科普e站");
    expect(planSentence("明年把科普e站扩到10个", at)).not.toContain("完成");
  });
});
