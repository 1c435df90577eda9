import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";

/**
 * Trial35, class 4: 「协助2家企业申请发明专利」 showed 「协助 2家」 on the card — the co-verb alone, because the run after
 * the measure word (企业申请发明专利) was too long to take as the noun and nothing was taken. A long run headed by a
 * body counted (企业、学校、社区…) and then what it did counts that body: the label is the whole phrase.
 */
const label = (text: string) => findFigures(text).map((f) => cardFigure(f.figure));

describe("a card label keeps what the number counts", () => {
  it.each([
    ["协助2家企业申请发明专利，，已受理", "协助 2家企业"],
    ["指导4所学校创建市级科普示范校", "指导 4所学校"],
    ["协助5个社区建设科普宣传栏", "协助 5个社区"],
    ["联合3个乡镇筹办科技下乡集市", "联合 3个乡镇"],
  ])("「%s」 → %s", (text, want) => {
    expect(label(text)).toContain(want);
  });

  it.each([
    ["帮助3家企业申报高新技术企业", "帮助 3家企业"],
    ["走访企业20家", "走访企业 20家"],
  ])("unchanged: 「%s」 → %s", (text, want) => {
    expect(label(text)).toContain(want);
  });
});
