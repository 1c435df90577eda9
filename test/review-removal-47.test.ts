import { describe, expect, it } from "vitest";
import { DraftVersionSchema } from "../src/drafting/draft-model.js";
import { applySteps, readInstruction } from "../src/drafting/offline-instruction.js";

/**
 * draft47 (round forty-six's console trial and mine): a leader drops a sentence by what it is about — 「科普画廊不要了」
 * 「硕士那句删掉」「把稻田养鱼那条拿掉」 — and the sentence goes, not a word out of it; a word whose removal leaves a bare verb
 * and figure takes its clause; a word that is what a problem says (「去掉较慢」 in 「补贴发放较慢」) is not taken out, and
 * the reply says why and what to say instead. Lines where the old reading must hold are here too.
 */
const v = DraftVersionSchema.parse({
  version: 1,
  createdAt: "2026-12-05T00:00:00Z",
  createdBy: "zhou-ju",
  note: "生成",
  title: "示例县科学技术局2026年工作总结",
  offline: true,
  parts: [
    {
      key: "opening",
      kind: "opening",
      origin: "offline",
      heading: "",
      items: [],
      paragraphs: ["2026年，我局各项工作取得积极成效。全年，稻田养鱼推广3000余亩。"],
    },
    {
      key: "section:popsci",
      kind: "section",
      sectionId: "popsci",
      sectionName: "科普宣传与培训",
      heading: "重科普，强培训",
      origin: "offline",
      items: [
        { title: "", text: "引进硕士3人，科普画廊新建4处，稻田养鱼推广3000余亩。", sourceIds: ["u1"] },
        { title: "", text: "为合作社讲解无人机飞防2次。", sourceIds: ["u2"] },
      ],
    },
    {
      key: "problems",
      kind: "problems",
      origin: "offline",
      heading: "存在的问题",
      items: [{ title: "", text: "不少牛棚漏风，补贴发放较慢，基层人手偏少。", sourceIds: ["u1"] }],
    },
  ],
});
const run = (said: string, part = 1) => applySteps(v, v.parts, readInstruction(said, v, v.parts[part]));
const text = (out: ReturnType<typeof run>, part = 1) =>
  out.parts[part]?.items.map((i) => i.text).join("") ?? "";

describe("a sentence dropped by what it is about", () => {
  it.each([
    ["科普画廊不要了", "科普画廊新建4处", "引进硕士3人，稻田养鱼推广3000余亩。"],
    ["科普画廊不要了吧", "科普画廊", "稻田养鱼推广3000余亩"],
    ["硕士那句删掉", "引进", "科普画廊新建4处，稻田养鱼推广3000余亩。"],
    ["把稻田养鱼那条拿掉", "3000", "引进硕士3人，科普画廊新建4处。"],
    ["稻田养鱼不用写了", "3000", "科普画廊新建4处。"],
    ["拿掉科普画廊", "新建4处", "引进硕士3人，稻田养鱼推广3000余亩。"],
    ["把硕士去掉", "引进3人", "科普画廊新建4处"],
  ])("「%s」: no 「%s」 is left, 「%s」 stays", (said, gone, kept) => {
    const out = run(said);
    expect(out.notDone).toEqual([]);
    expect(text(out)).not.toContain(gone);
    expect(text(out)).toContain(kept);
    expect(out.done.join("")).toContain("去掉");
  });

  it("a sentence said of a thing that is not in the part is named as missing, nothing changes", () => {
    const out = run("博士那句删掉");
    expect(out.done).toEqual([]);
    expect(out.notDone.join("")).toContain("没有「博士」");
    expect(text(out)).toBe(text({ parts: v.parts, done: [], notDone: [] }));
  });

  // draft48: the opening no longer quotes a figure taken out of the body (it was named and left in draft47).
  it("a clause that went with the words is said as a sentence gone; the opening's quote of it goes too", () => {
    const out = run("拿掉稻田养鱼");
    expect(out.done.join("")).toContain(
      "去掉「稻田养鱼」及其所在的句子：（一）1处（开头引的同一数字也一并去掉：「稻田养鱼推广3000余亩」）",
    );
    expect(out.notDone).toEqual([]);
    expect(out.parts[0]?.paragraphs.join("")).toBe("2026年，我局各项工作取得积极成效。");
  });

  it("a word inside a clause still goes alone (去掉无人机)", () => {
    const out = run("去掉无人机");
    expect(text(out)).toContain("为合作社讲解飞防2次");
    expect(out.done.join("")).toContain("去掉「无人机」");
    expect(out.notDone).toEqual([]);
  });

  it.each([
    "整段不要了",
    "这段不要了",
    "整个删掉",
    "这部分都不要了",
  ])("「%s」 is still the whole part, refused", (said) => {
    const out = run(said);
    expect(out.done).toEqual([]);
    expect(out.notDone.join("")).toContain("不能把整个部分从稿子里删掉");
  });
});

describe("a word that is what a problem says is not taken out", () => {
  it.each([
    ["去掉较慢", "较慢", "补贴发放"],
    ["把偏少删掉", "偏少", "基层人手"],
  ])("「%s」: nothing changes, the reply names what would be left", (said, word, left) => {
    const out = run(said, 2);
    expect(out.done).toEqual([]);
    expect(text(out, 2)).toContain(word);
    const reply = out.notDone.join("");
    expect(reply).toContain(`只剩「${left}」`);
    expect(reply).toContain("没有改动");
  });

  it("the sentence itself can be dropped instead", () => {
    const out = run("补贴发放较慢那句删掉", 2);
    expect(text(out, 2)).toBe("不少牛棚漏风，基层人手偏少。");
  });

  it("a word that is no predicate goes as before (去掉不少)", () => {
    const out = run("去掉不少", 2);
    expect(text(out, 2)).toContain("牛棚漏风");
    expect(out.done.join("")).toContain("去掉「不少」");
  });
});
