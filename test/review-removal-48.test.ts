import { describe, expect, it } from "vitest";
import { DraftVersionSchema } from "../src/drafting/draft-model.js";
import { applySteps, readInstruction } from "../src/drafting/offline-instruction.js";

/**
 * draft48: when a leader's removal takes a sentence out of the body, the opening must not keep quoting its figure; only the
 * opening's clauses that name the same words and carry no figure of their own go, and the reply says exactly what went.
 */
const opening = (p: string, status = "draft") => ({
  key: "opening",
  kind: "opening",
  origin: "offline",
  heading: "",
  status,
  items: [],
  paragraphs: [p],
});
const version = (open: ReturnType<typeof opening>) =>
  DraftVersionSchema.parse({
    version: 2,
    createdAt: "2026-12-05T00:00:00Z",
    createdBy: "zhou-ju",
    note: "生成",
    title: "宣溪县农业农村局2026年工作总结",
    offline: true,
    parts: [
      open,
      {
        key: "section:xm",
        kind: "section",
        sectionId: "xm",
        sectionName: "畜牧兽医",
        heading: "抓改良，强防疫",
        origin: "offline",
        items: [
          { title: "", text: "在3个乡镇开展牦牛改良配种1200余头，科普画廊新建4处。", sourceIds: ["u1"] },
          { title: "", text: "狂犬疫苗接种3000余只。", sourceIds: ["u2"] },
        ],
      },
    ],
  });
const para =
  "2026年，我局统筹推进各项工作。全年，科普画廊新建4处，牦牛改良配种1200余头，狂犬疫苗接种3000余只。现将2026年工作总结如下：";
const run = (said: string, open = opening(para)) => {
  const v = version(open);
  return applySteps(v, v.parts, readInstruction(said, v, v.parts[1]));
};

describe("the opening follows a sentence the leader took out", () => {
  it.each(["科普画廊不要了", "把科普画廊那句删掉", "拿掉科普画廊"])("「%s」", (said) => {
    const out = run(said);
    expect(out.parts[1]?.items.map((i) => i.text).join("")).not.toContain("科普画廊");
    expect(out.parts[0]?.paragraphs[0]).toBe(
      "2026年，我局统筹推进各项工作。全年，牦牛改良配种1200余头，狂犬疫苗接种3000余只。现将2026年工作总结如下：",
    );
    expect(out.done.join("")).toContain("开头引的同一数字也一并去掉：「科普画廊新建4处」");
  });

  it("an opening quoting the same words with a figure of its own keeps it, and the reply names it", () => {
    const out = run("科普画廊不要了", opening("全年，全县科普画廊累计达到26处。"));
    expect(out.parts[0]?.paragraphs[0]).toBe("全年，全县科普画廊累计达到26处。");
    expect(out.done.join("")).toContain("开头也写了「科普画廊」，这次没有改动");
    expect(out.done.join("")).not.toContain("一并去掉");
  });

  it("a word taken out of its clause (the clause stays) leaves the opening as it was", () => {
    const out = run("去掉牦牛");
    expect(out.parts[1]?.items[0]?.text).toContain("在3个乡镇开展改良配种1200余头");
    expect(out.parts[0]?.paragraphs[0]).toBe(para);
  });

  it("a locked opening is not touched, and is named", () => {
    const out = run("科普画廊不要了", opening(para, "locked"));
    expect(out.parts[0]?.paragraphs[0]).toBe(para);
    expect(out.done.join("")).toContain("开头也写了「科普画廊」，这次没有改动");
  });

  it("an opening left with only its time word drops it", () => {
    const out = run(
      "科普画廊不要了",
      opening("2026年，我局统筹推进各项工作。全年，科普画廊新建4处。现将总结如下："),
    );
    expect(out.parts[0]?.paragraphs[0]).toBe("2026年，我局统筹推进各项工作。现将总结如下：");
  });
});
