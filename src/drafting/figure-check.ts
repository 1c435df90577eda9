import type { DraftPart, DraftVersion } from "./draft-model.js";
import { partLabel } from "./resolve-part.js";
import type { SourceLabel } from "./review-view.js";

/**
 * Trial39b: 「把人才那段的数字核一下」「数据再核对一遍」「这部分数字对不对」 — a reviewer asking to check a passage's figures
 * asks a question, not for an edit. The offline drafter changed nothing and answered that it can only remove, move,
 * digitise or replace words, which is true and no help. What it can honestly give: each figure of the passage with
 * the report it was copied from, so the reviewer checks it against the people who said it.
 */
const ASKED =
  /(?:数字|数据)(?:都|再|全部)?(?:核对|核实|核查|核|查一下|查查|查一遍|对一下|对一对|对一遍|校对|校核)|数(?:都|再)?核(?:一下|一遍|对|实)|(?:核|核对|核实|核查|校对)(?:一下|一遍)?(?:里面的|里的|中的|的)?(?:数字|数据)|(?:数字|数据)(?:对不对|准不准|有没有错|有没有问题)/u;

/** Whether a clause asks to check figures (and asks nothing else of the text). */
export function figuresAsked(said: string): boolean {
  return ASKED.test(said) && !/去掉|删|改成|换成|阿拉伯/u.test(said);
}

/** Whether a clause asks only to check figures (数字核一下、稿子里的数据再核对一遍), nothing else of the text. */
export function onlyFiguresAsked(said: string): boolean {
  const rest = said
    .replace(ASKED, "")
    .replace(/^(?:把|帮我把)?(?:稿子|草稿|初稿|总结|全文)?(?:里面?|里头|中)?的?/u, "")
    .replace(/[\s，,。！!？?]|吧|哈|啊|一下|一遍|都|再/gu, "");
  return figuresAsked(said) && rest === "";
}

const FIGURE =
  /\d[\d.]*(?:万|亿)?(?:余|多|来)?(?:[\u4e00-\u9fff]{1,2}(?=[，,。；;、）)]|$)|[\u4e00-\u9fff%])?/gu;
/**
 * A year (2026年 of the opening and closing formulas, 2027年度), a month or a day of the month (12月上旬, 5日) is a date, not
 * a figure: nobody reported the formulas' years, so they read as 「原文不是这个写法」 and were counted as written otherwise.
 */
const DATE = /^(?:(?:19|20)\d{2}年|\d{1,2}(?:月|日|号)$)/u;
const figuresOf = (text: string): string[] =>
  [...text.matchAll(FIGURE)].map((m) => m[0]).filter((f) => !DATE.test(f));

/** The distinct figures of a text, each beside the reports' own form where that differs. */
function shownFigures(figures: string[], sourceIds: readonly string[], label?: SourceLabel): string[] {
  const reported = sourceIds.map((id) => label?.textOf?.(id)).filter((t): t is string => t !== undefined);
  return [...new Set(figures)].map((f) => (reported.length > 0 ? asReported(f, reported) : f));
}

/** Each item (and paragraph) of the parts with figures, with where it was reported; `keep` picks the items. */
function figureLines(
  v: DraftVersion,
  parts: DraftPart[],
  label?: SourceLabel,
  keep: (text: string) => boolean = () => true,
): string[] {
  const lines: string[] = [];
  for (const p of parts) {
    p.items.forEach((i, n) => {
      if (!keep(`${i.title}${i.text}`)) return;
      const figures = figuresOf(`${i.title}${i.text}`);
      if (figures.length === 0) return;
      const from = label && i.sourceIds.length > 0 ? `（${i.sourceIds.map(label).join("、")}）` : "";
      lines.push(
        `${partLabel(v, p)}第${n + 1}条 ${shownFigures(figures, i.sourceIds, label).join("、")}${from}`,
      );
    });
    for (const t of [...p.paragraphs, ...(p.closing !== undefined ? [p.closing] : [])]) {
      if (!keep(t)) continue;
      const figures = figuresOf(t);
      if (figures.length > 0)
        lines.push(`${partLabel(v, p)}段落 ${shownFigures(figures, p.sourceIds, label).join("、")}`);
    }
  }
  return lines;
}

/**
 * Leader41: the drafter writes a reported figure the 公文 way (带动农户120个 → 120人 or 120户, 50万 → 50万元, 两个 → 2个), so
 * 「都照填报原文抄录」 was not true. With the reports' own text at hand, a figure written otherwise is shown beside the report's
 * form: 「120人（原文「120个」）」; one whose number the report wrote in words says so. Nothing is changed either way.
 */
const WRITTEN_OTHERWISE = "（原文";
function asReported(figure: string, reported: readonly string[]): string {
  if (reported.some((t) => t.includes(figure))) return figure;
  const number = /^\d[\d.]*/.exec(figure)?.[0] ?? "";
  const at = new RegExp(
    `(?<![\\d.])${number.replace(".", "\\.")}(?!\\d)(?:万|亿)?(?:余|多|来)?[\\u4e00-\\u9fff%]?`,
    "u",
  );
  for (const t of reported) {
    const m = at.exec(t);
    if (m) return `${figure}${WRITTEN_OTHERWISE}「${m[0]}」）`;
  }
  return `${figure}（原文不是这个写法，可能是汉字数字）`;
}

/** What the figures listed are to the report: copied as written, or written otherwise (and which). */
function copiedOrNot(lines: readonly string[], checked: boolean): string {
  if (!checked) return "数值照填报原文整理（单位和写法可能按公文调整过），没有改动，请逐条对照";
  const differ = lines.join("；").split(WRITTEN_OTHERWISE).length - 1;
  if (differ === 0) return "都照填报原文抄录，没有改动，请逐条对照";
  return `有${differ}处写法和填报原文不同（括号里是填报原文的写法），这次没有改动，请逐条对照`;
}
const WHO_FIXES = "数字不对，请填报人「修改」那条填报后重新生成；写法不对，可以「改写」这一部分";

/** The figures of the parts, item by item, with where each was reported; nothing is changed. */
export function figureCheckAnswer(
  v: DraftVersion,
  parts: DraftPart[],
  said: string,
  label?: SourceLabel,
): string {
  const lines = figureLines(v, parts, label);
  const where = parts.length === 1 && parts[0] ? partLabel(v, parts[0]) : "草稿";
  if (lines.length === 0) return `「${said}」：${where}里没有数字，没有改动`;
  return `「${said}」：${where}里的数字${copiedOrNot(lines, label?.textOf !== undefined)}：${lines.join("；")}。${WHO_FIXES}`;
}

/**
 * Trial40b: 「高企那块的数字核一下」 named （五）高新技术企业与创新平台, which held no report — 李明 reported his 高企 work
 * under his own section, and the drafter put it in （一）. The check of an empty part looks for its subject (the
 * words of the section's name and its aliases) in the other sections' items and lists those figures with their
 * reports; where there are none, it says so. Nothing is changed.
 */
export function figuresElsewhere(
  v: DraftVersion,
  empty: DraftPart,
  said: string,
  sections: ReadonlyArray<{ name: string; aliases: readonly string[] }>,
  label?: SourceLabel,
): string {
  const section = sections.find((s) => s.name === empty.sectionName);
  const words = section
    ? [...section.name.split(/与|和|及|、/), ...section.aliases].filter((w) => [...w].length >= 2)
    : [];
  const others = v.parts.filter((p) => p.kind === "section" && p.key !== empty.key);
  const lines =
    words.length > 0 ? figureLines(v, others, label, (t) => words.some((w) => t.includes(w))) : [];
  const subject = section ? `「${section.name}」方面` : "这方面";
  if (lines.length === 0) return `草稿其他部分也没有${subject}的数字。`;
  return `「${said}」：草稿里${subject}的数字写在别的部分，${copiedOrNot(lines, label?.textOf !== undefined)}：${lines.join("；")}。${WHO_FIXES}。`;
}
