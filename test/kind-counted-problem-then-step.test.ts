import { describe, expect, it } from "vitest";
import { kindsAndFigures } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from f7-fig32: in a voice run-on, a counted part that is a problem (有两个…超标)
 * typed straight into a step ahead (这礼拜再去复检) was read whole as the plan, so the problem was lost; the
 * part is cut where the step's own sign begins when the head is a whole problem and the rest a whole plan.
 * Sentences written for this test, not corpus lines.
 */
const read = (text: string) => kindsAndFigures(text, "2026-12-04");

describe("a counted problem typed into the step ahead", () => {
  it("is cut into the problem and the plan", () => {
    expect(read("水样送检了20份 合格18份有两份细菌超标这礼拜再去采")).toEqual({
      kinds: ["done", "problem", "plan"],
      figures: ["20份:achieved", "18份:achieved", "两份:problem"],
    });
  });
  it("a plan with its own deadline stays one plan", () => {
    expect(read("明年打算再建冷库两个年底前完成").kinds).toEqual(["plan"]);
  });
});
