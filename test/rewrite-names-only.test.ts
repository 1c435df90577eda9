import { describe, expect, it } from "vitest";
import type { DraftPart } from "../src/drafting/draft-model.js";
import { handWrittenPart } from "../src/drafting/edit-part.js";

/**
 * 「改写 计划 <text>」 replaces what the reviewer wrote, and only that: the numbered items, unless a
 * line is plainly the 总体思路 (「2027年，我局将…」「总体思路：…」), the closing (「…作出新的更大贡献」) or
 * a section's leading year total (「全年共…」). Own phrasings, as a reviewer types them in Feishu.
 */
const OUTLINE =
  "2027年，我局将在县委、县政府的坚强领导下，围绕文物保护、旅游市场等重点工作，推动各项工作提质增效。";
const CLOSING =
  "2027年，我局将以更加务实的作风、更加有力的举措，狠抓各项工作落实，为经济社会高质量发展作出新的更大贡献。";
const plan: DraftPart = {
  key: "plan",
  kind: "plan",
  heading: "",
  paragraphs: [OUTLINE],
  items: [
    { title: "持续抓好文物保护", text: "完成2处文物保护单位修缮。", sourceIds: ["u1"] },
    { title: "着力推进旅游市场", text: "接待游客突破200万人次。", sourceIds: ["u2"] },
  ],
  closing: CLOSING,
  status: "draft",
  origin: "offline",
  unverified: [],
  setAside: [],
  sourceIds: ["u1", "u2"],
  inputHash: "",
};
const section: DraftPart = {
  ...plan,
  key: "section:culture",
  kind: "section",
  sectionId: "culture",
  sectionName: "公共文化服务",
  heading: "强服务，惠民生，公共文化服务持续提升",
  paragraphs: ["全年共开展送文化下乡活动126场，惠及群众5.6万人次。"],
  items: [{ title: "", text: "元宵灯会在人民广场举办，2万余人参加。", sourceIds: ["u3"] }],
  closing: undefined,
};

describe("改写 replaces only what it names", () => {
  it.each([
    ["numbered lines", "1.完成2处省保单位修缮\n2.旅游接待突破200万人次"],
    ["one line, no number", "推进全域旅游示范区创建"],
    ["lines with 、 numbers and a blank line", "一、文物保护：完成修缮2处\n\n二、旅游：办好文旅消费季"],
  ])("plan items only (%s): the 总体思路 and the closing stay", (_name, text) => {
    const next = handWrittenPart(plan, text);
    expect(next.paragraphs).toEqual([OUTLINE]);
    expect(next.closing).toBe(CLOSING);
    expect(next.items.length).toBeGreaterThan(0);
    expect(next.items.map((i) => i.text).join("")).not.toContain("我局将在");
  });

  it.each([
    [
      "2027年，我局将坚持文旅融合发展，突出项目带动。\n1.完成2处省保单位修缮",
      "2027年，我局将坚持文旅融合发展，突出项目带动。",
    ],
    ["总体思路：坚持保护第一、合理利用\n完成2处省保单位修缮", "2027年，我局将坚持保护第一、合理利用。"],
    [
      "明年，我局将聚焦文旅融合，抓项目、强服务。\n推进全域旅游",
      "2027年，我局将聚焦文旅融合，抓项目、强服务。",
    ],
  ])("a line that is the 总体思路 replaces it: %s", (text, outline) => {
    const next = handWrittenPart(plan, text);
    expect(next.paragraphs).toEqual([outline]);
    expect(next.items).toHaveLength(1);
    expect(next.closing).toBe(CLOSING);
  });

  it("a closing line written last replaces the closing", () => {
    const next = handWrittenPart(
      plan,
      "完成2处省保单位修缮\n我们将以更加饱满的热情，为建设文旅强县作出新的更大贡献",
    );
    expect(next.paragraphs).toEqual([OUTLINE]);
    expect(next.items).toHaveLength(1);
    expect(next.closing).toBe("我们将以更加饱满的热情，为建设文旅强县作出新的更大贡献。");
  });

  it("a section keeps its leading year total unless the text gives one", () => {
    const kept = handWrittenPart(section, "举办元宵灯会，2万余人参加\n图书馆新增图书1.5万册");
    expect(kept.paragraphs).toEqual(section.paragraphs);
    expect(kept.items).toHaveLength(2);
    const given = handWrittenPart(section, "全年共开展送文化下乡活动130场\n举办元宵灯会，2万余人参加");
    expect(given.paragraphs).toEqual(["全年共开展送文化下乡活动130场。"]);
    expect(given.items).toHaveLength(1);
  });

  it("a placeholder part keeps no placeholder line", () => {
    const empty = handWrittenPart(
      {
        ...plan,
        origin: "placeholder",
        paragraphs: ["（暂无填报的工作计划，请补充）"],
        items: [],
        closing: undefined,
      },
      "完成2处省保单位修缮",
    );
    expect(empty.paragraphs).toEqual([]);
    const none = handWrittenPart(
      { ...section, origin: "placeholder", paragraphs: ["（本部分暂无填报材料，请补充）"], items: [] },
      "举办元宵灯会",
    );
    expect(none.paragraphs).toEqual([]);
  });

  it("the opening and the problems are replaced whole, as before", () => {
    const opening = handWrittenPart(
      { ...plan, key: "opening", kind: "opening", items: [], closing: undefined },
      "新的开头",
    );
    expect(opening.paragraphs).toEqual(["新的开头"]);
    const problems = handWrittenPart(
      { ...plan, key: "problems", kind: "problems", paragraphs: [], closing: undefined },
      "执法车辆不足",
    );
    expect(problems.items.map((i) => i.text)).toEqual(["执法车辆不足"]);
  });
});
