import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * The confirmation card shows a figure as it will be stored and drafted (round thirty-three's leftover: the card said
 * 「80来人」 while the offline draft wrote 「80余人」): rough amounts in their written form, people in 名, numerals in
 * Arabic digits — the same words the draft will use. A figure said plainly in digits shows as it was said.
 */
const card = (text: string) => findStatedFigures(text).map(({ figure }) => cardFigure(figure));

describe("figures on the card as the draft writes them (round thirty-four)", () => {
  it.each([
    ["周四在二中开防溺水讲座 到场学生两百来人", "200余人"],
    ["给茶农讲了春茶管理 来了三十来个茶农", "30余名茶农"],
    ["组织特派员服务十几次", "10余次"],
    ["辅导企业申报项目，交上去15个出头", "15余个"],
    ["义诊群众1500人左右", "约1500人"],
  ])("%s → %s", (text, shown) => {
    expect(card(text).join("\n")).toContain(shown);
  });

  it("keeps a figure said in digits as it was said", () => {
    expect(card("召开座谈会3场，参会企业42家").join("\n")).toMatch(/3场[\s\S]*42家/);
  });
});
