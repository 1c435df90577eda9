import { normalizeText } from "../domain/normalize.js";
import { type Org, type Person, sectionName } from "../domain/org.js";
import { sectionScores } from "../domain/section-hints.js";
import type { Update } from "../domain/update.js";
import { cardReply, understoodBlocks, updateButton, updateSubject } from "./render-update.js";

/**
 * 「高企申报今年过了9家」 from 孙磊, whose one section is 科技特派员: the report plainly names another section's work
 * and nothing of his own. It is not filed under his section unasked: the card asks in one line whether it goes to
 * that section: the card is filed under his own section as a draft, says in one line what it looks like, and has a button
 * to move it (elsewhereCard); the section's name typed, or 「我这边」, answers too (intent-context.ts).
 *
 * Someone with two sections is asked which of them already: the section the text names is offered last in that list
 * (「科普这块 11月搞了科普大篷车进校园…」 from 赵丽, who reports for 成果转化 and 人才). Never asked of a leader or the
 * office (办公室 and 综合 report for the whole bureau). "Plainly": the other section is named by its name, an alias or a
 * long keyword (高新技术企业, 科技活动周), or by two of its keywords, ahead of any other section; the person's own
 * section is not named at all (their own work, or mixed, is filed as before).
 */
const WHOLE_BUREAU = /办公室|综合/;

/** A keyword this long names the work by itself (高新技术企业、技术合同、主题党日); shorter ones are common words. */
const LONG_KEYWORD = 4;

/**
 * Words for how work is done, which every section does (培训 farmers is 特派员's work, 宣传 of a policy is anyone's): they
 * name no section by themselves, whichever section lists them as an alias or keyword.
 */
const HOW_DONE = new Set([
  "培训",
  "宣传",
  "学习",
  "项目",
  "平台",
  "政策",
  "资料",
  "专家",
  "引进",
  "综合",
  "会务",
  "经费",
  "成果",
]);

export function sectionElsewhere(org: Org, person: Person, text: string): string | undefined {
  if (person.role !== "staff" || person.sections.length === 0) return undefined;
  const own = org.sections.filter((s) => person.sections.includes(s.id));
  if (own.length === 0 || own.some((o) => [o.name, ...o.aliases].some((w) => WHOLE_BUREAU.test(w))))
    return undefined;
  const t = normalizeText(text);
  const scores = sectionScores(t, org);
  if (scores.length === 0 || scores.some((s) => person.sections.includes(s.id))) return undefined;
  const [best, next] = scores;
  const named = (id: string) => {
    const s = org.sections.find((x) => x.id === id)!;
    const keywords = s.keywords.filter((k) => t.includes(k) && !HOW_DONE.has(k));
    return (
      [s.name, ...s.aliases].some((w) => w.length >= 2 && !HOW_DONE.has(w) && t.includes(w)) ||
      keywords.some((k) => [...k].length >= LONG_KEYWORD) ||
      keywords.length >= 2
    );
  };
  // Two other sections alike (高企 and 专利 in one line): unclear which, so nothing is asked.
  if (!best || (next && (next.score >= best.score || named(next.id)))) return undefined;
  return named(best.id) ? best.id : undefined;
}

/**
 * The confirm card, filed under the person's own section as a draft (nothing is counted before 确认), with one line asking
 * and a button to move it: 确认 keeps it with them; 「记到…」, the section's name or 「2」 (the button's place) moves it.
 */
export function elsewhereCard(org: Org, u: Update, other: string) {
  const ownName = sectionName(org, u.section);
  const otherName = sectionName(org, other);
  return cardReply({
    title: `请确认填报内容（#${u.seq}）`,
    template: "orange",
    blocks: [
      ...understoodBlocks(org, u),
      `看内容像是「${otherName}」的工作，我先记在您这边（${ownName}），还没有确认：要记到「${otherName}」，请点「记到${otherName}」或回复科室名；就记在您这边，点「确认」。`,
    ],
    buttons: [
      updateButton(u, "确认", "primary"),
      { label: `记到${otherName}`, command: `科室 ${otherName}`, subject: updateSubject(u) },
      updateButton(u, "修改"),
      updateButton(u, "撤回", "danger"),
    ],
    note: "确认后才会计入总结；识别有误可点「修改」重新发送。",
  });
}
