import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";

/**
 * Round forty (label40): the staff confirm card kept chat in its figure labels — 「一共 12场进校园」 (a total adverb, the
 * event named after its count), 「走访 3个乡镇搞」 (a spoken light verb stuck to the noun), 「满意的左右 六成」 (an
 * estimate word). Labels name what was counted, as a table row reads: the event's name, then its count.
 */
const labels = (text: string) => findFigures(text).map((f) => cardFigure(f.figure));

describe("card labels without chat fillers", () => {
  it.each([
    // A total or estimate adverb with a spoken light verb, an event named after its measure word.
    ["全年总共整了六场义诊进社区", "义诊进社区 6场"],
    ["大约弄了三期电商直播培训", "电商直播培训 3期"],
    ["今年一共搞了九趟送技术下乡", "送技术下乡 9次"],
    // A written light verb of holding the event stays before its name.
    ["今年组织了两轮消防演练", "组织消防演练 2轮"],
    // A spoken light verb is the next step's verb, not part of the noun counted.
    // Round forty-one: cleaned where it is made, the noun reads clean to the card's written label too (跑了 → 走访).
    ["上个月跑了4个合作社搞摸底", "走访 4个合作社"],
    // An estimate word belongs to the number.
    ["回访的农户里满意的上下七成", "回访的农户里满意的 七成"],
    // 在 before a place alone: the place is what the label names.
    ["上半年在青石镇120亩地里试种了新品种", "青石镇 120亩"],
  ])("「%s」 → %s", (text, want) => {
    expect(labels(text)).toContain(want);
  });

  it.each([
    // 共有 says something, 干部 is a noun: kept.
    ["全镇共有专业合作社27家", "全镇共有专业合作社 27家"],
    ["请了3个村干部讲课", "请了 3个村干部讲课"],
    // A label that names more than the place keeps its 在.
    ["在柳河乡推广大棚蔬菜新品种50亩", "在柳河乡推广大棚蔬菜新品种 50亩"],
  ])("unchanged: 「%s」 → %s", (text, want) => {
    expect(labels(text)).toContain(want);
  });
});

describe("对接 inside the noun an event measure counts", () => {
  // 对 as a co-verb ends a counted noun (3家企业对…); 对接 is part of the event's name (供需对接会、银企对接活动).
  it.each([
    ["上个月搞了两场供需对接会", "举办供需对接会 2场"],
    ["全年组织了四次银企对接活动", "组织银企对接活动 4次"],
    ["帮5家企业对接了省农科院", "帮助5家企业对接省农科院"],
  ])("「%s」 → %s", (text, want) => {
    expect(labels(text)).toContain(want);
  });
});
