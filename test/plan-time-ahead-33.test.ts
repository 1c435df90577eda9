import { describe, expect, it } from "vitest";
import { offlineParts as parts } from "./helpers/offline-parts.js";

/**
 * A plan said with a time ahead and a count (「下月到5个乡镇开展流动科普大篷车巡展」 said in December) is a plan: in the
 * offline draft it goes to 三、工作计划 (next month is next year when said in December), never into the work of
 * 一、 — round thirty-two's leftover (the count made it read as work done). Reports in other words than the trial's.
 */

describe("a plan with a time ahead and a count (round thirty-three)", () => {
  it.each([
    [
      "popsci",
      "chen-kp",
      "本月工作：\n1.科普讲座进社区4场，听众310人\n下步打算：\n下个月到6个村巡回放映科普电影",
      "6个村",
    ],
    [
      "envoy",
      "sun-tp",
      "一、工作情况\n1、组织特派员下乡服务15次\n二、下一步\n下月对接3家合作社开展技术培训",
      "3家合作社",
    ],
    ["party", "xu-dj", "组织党员学习2次。接下来发展2名预备党员", "2名预备党员"],
  ])("%s: the plan in the plan part, not in the work", async (section, author, text, plan) => {
    const d = await parts(section, author, "2026-12-10", text);
    expect(d.work).not.toContain(plan);
    expect(d.plan).toContain(plan);
  });
});
