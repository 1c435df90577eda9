import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";

/**
 * Trial36, class 2: 「组织12名专家服务团队成员下乡」 showed 「组织 12名」 on the card — the counted thing lost, because
 * the run after 名 (专家服务团队成员下乡) was too long to take whole, and round thirty-five's fix took only bodies
 * (企业、学校…) heading such a run. A count of people (名、位) whose run opens with who they are and then says what they
 * did counts those people: the longest run of people words (专家、科技特派员、党员志愿者), never the verb after them.
 * A run that is people words throughout (村民代表、学生家长、大学生村官) is taken whole, as before.
 */
const label = (text: string) => findFigures(text).map((f) => cardFigure(f.figure));

describe("a card label keeps the people a count of 名/位 counts", () => {
  it.each([
    ["组织12名专家服务团队成员下乡，给大棚户解决技术问题30多个", "组织 12名专家"],
    ["选派8名科技特派员深入贫困村开展技术服务", "选派 8名科技特派员"],
    ["组织30名党员志愿者清理河道垃圾", "组织 30名党员志愿者"],
    ["抽调5名技术骨干组成服务队", "抽调 5名技术骨干"],
    ["带领12名学生参观科技馆", "带领 12名学生"],
    ["组织15名科技人员下乡", "组织 15名科技人员"],
  ])("「%s」 → %s", (text, want) => {
    expect(label(text)).toContain(want);
  });

  it.each([
    ["新招录2名大学生村官", "新招录 2名大学生村官"],
    ["发展党员3名", "发展党员 3名"],
    ["协助2家企业申请发明专利", "协助 2家企业"],
    ["78名科技特派员结对帮扶78个村", "结对帮扶 78个村"],
  ])("unchanged: 「%s」 → %s", (text, want) => {
    expect(label(text)).toContain(want);
  });
});
