import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import type { DraftPart } from "../src/drafting/draft-model.js";
import { handWrittenPart } from "../src/drafting/edit-part.js";

/**
 * Trial40b, on the console, two things a 公文 writer would not pass:
 * - 「带领党员赴邻县红旗渠考察学习一次，参加20多人」「开展活动8次，参加200余人」: the head count after 参加 in a clause of its
 *   own is the spoken order (a leftover of trial39); written, 20多人参加, as the drafter writes 来了60多人;
 * - 「改写 计划 1.围绕…突破50家。2.加强支部规范化建设。」: numbered items typed on one line became one item with 「2.」 inside.
 */
const date = "2026-12-05";
describe("a head count said after 参加 in its own clause", () => {
  it.each([
    ["组织党员赴外县参观学习一次，参加30多人", "，30多人参加"],
    ["开展防灾演练2次，参与了约400人次", "，约400人次参与"],
    ["举办插花培训一期，参加学员太少了，参加18人", "，18人参加"],
    ["送医下乡义诊3场，参与群众600余人", "，群众600余人参与"],
  ])("「%s」 → …%s", (said, want) => {
    const out = cleanChat(said, date);
    expect(out).toContain(want);
    expect(out).not.toMatch(/，参(?:加|与)了?(?:约|群众)?[\d]/u);
  });

  it.each([
    "参加培训的企业30家",
    "开展讲座5场，参加人员400多人",
    "参加比赛获奖3人",
  ])("「%s」 says more and stays", (said) => {
    expect(cleanChat(said, date)).not.toMatch(/人参加$/u);
  });
});

const plan: DraftPart = {
  key: "plan",
  kind: "plan",
  heading: "",
  paragraphs: ["2027年，我局将围绕重点工作，推动各项工作提质增效。"],
  items: [{ title: "", text: "在2个园区再办几场辅导。", sourceIds: ["u1"] }],
  closing: undefined,
  status: "draft",
  origin: "offline",
  unverified: [],
  setAside: [],
  sourceIds: ["u1"],
  inputHash: "",
};

describe("numbered items typed on one line", () => {
  it.each([
    "1.在2个园区举办申报辅导，力争总数突破50家。2.加强支部规范化建设。3.完善科普场馆设施。",
    "1、在2个园区举办申报辅导，力争总数突破50家；2、加强支部规范化建设；3、完善科普场馆设施。",
    "（1）在2个园区举办申报辅导，力争总数突破50家。（2）加强支部规范化建设。（3）完善科普场馆设施。",
  ])("「%s」 is three items", (text) => {
    const next = handWrittenPart(plan, text);
    expect(next.items.map((i) => `${i.title}${i.text}`)).toEqual([
      expect.stringMatching(/^在2个园区举办申报辅导，力争总数突破50家[。；]?$/u),
      expect.stringMatching(/^加强支部规范化建设[。；]?$/u),
      expect.stringMatching(/^完善科普场馆设施。?$/u),
    ]);
  });

  it.each([
    "1.研发投入增长2.5%。新增企业3家。",
    "1.完成第2、3季度的检查。5.另行安排。",
  ])("numbers that are text stay in one item: 「%s」", (text) => {
    expect(handWrittenPart(plan, text).items).toHaveLength(1);
  });
});
