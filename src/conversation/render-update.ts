import { pieceKind } from "../domain/clause-kind.js";
import { arabicFigures, arabicNumeral } from "../drafting/polish-prose.js";
import { countAfterLabel, writtenAmounts } from "../drafting/written-amounts.js";
import { measureTypos } from "../domain/measure-typo.js";
import { foldWidth, toSimplified } from "../domain/normalize.js";
import { gapsIn, withoutGaps } from "../domain/mark-gaps.js";
import { notesToSelf, withoutNotes } from "../domain/notes-to-self.js";
import { type Org, sectionName } from "../domain/org.js";
import { shownSection } from "./section-unchosen.js";
import { behalfLine, behalfMark } from "./behalf-mark.js";
import { labelAsWritten } from "./card-label-said.js";
import { eventCountLabel } from "./card-label-event.js";
import { dialectWritten } from "../drafting/dialect-written.js";
import { shortNamesWritten } from "../drafting/document-words.js";
import { behalfAwayDropped } from "../drafting/behalf-away.js";
import { cameLabel } from "./card-label-came.js";
import { placeLabel } from "./card-label-place.js";
import { organisedLabel } from "./card-label-organised.js";
import { CO_VERB, labelWritten } from "./card-label-written.js";
import { peopleAfterVerb } from "./card-people-count.js";
import { countAsDrafted, estimateShown } from "./card-count-word.js";
import { ATTENDED_SHOWN, attendedLabel } from "./card-label-before.js";
import { figureTopics, labelWithTopic } from "./card-label-topic.js";
import { withoutDoneMark } from "./card-label-done.js";
import { frontedObject } from "./card-label-fronted.js";
import type { Figure, Update } from "../domain/update.js";
import { isTopicTag, tagSaidBy, tidyForCard, topicOf } from "./tidy-card-text.js";
import type { ButtonSubject, CardButton, CardModel, Reply } from "./types.js";

const MAX_LIST = 12;

/**
 * A figure as the draft will write it (「80来人」 → 80余人, 「六十来个」+果农 → 60余名果农, 「20个出头」 → 20余个): the card shows
 * what is stored and drafted, not the words it was said in (trial33 left the card at 80来人 while the draft wrote 80余人).
 */
function writtenRaw(raw: string, counted: string): string {
  const both = arabicFigures(writtenAmounts(`${raw}${counted}`));
  if (counted && both.endsWith(counted)) return both.slice(0, both.length - counted.length);
  const written = arabicFigures(writtenAmounts(raw));
  // draft52: a bare count in words with no measure (到场观众有八千多) is written in digits by the draft all the same.
  const bare = /^([零〇一二两三四五六七八九十百千万亿]+)([多余几])?$/u.exec(written);
  const n = bare && /[十百千万亿]/u.test(bare[1] ?? "") ? arabicNumeral(bare[1] ?? "") : undefined;
  return n === undefined ? written : `${n}${bare?.[2] === "几" ? "余" : (bare?.[2] ?? "")}`;
}

/**
 * A figure's line on the card: as the draft will write it (see writtenRaw), its label too (发了资料 → 发放资料,
 * card-label-written.ts, round thirty-eight); `date`, the update's day, for a label that says when.
 */
export function cardFigure(f: Figure, date?: string, said?: string): string {
  // draft56: the topic is named as the draft names it (高企 → 高新技术企业, 科小 → 科技型中小企业, document-words.ts).
  const topic = said && shortNamesWritten(said);
  // 「报上去 20余个」: what was sent up is 上报 (交上去 报送) on the card, as the draft writes it (round thirty-five).
  // 「学生有 500多人」「还发了科普读物 300册」: chat at the label's edges goes (card-label-said.ts, round thirty-six).
  // 「又在石板村培训一场 30人」「来了 40多户」: the event where it was held, households who came 参加户数 (draft50).
  // draft56: 「她走访 6家乳扇加工企业」: a pronoun opening the label is who did it, not what is counted.
  const context = eventCountLabel(
    labelAsWritten(
      f.context
        .replace(/^(?:她|他|佢)(?![们人])/u, "")
        .replace(/(?:报|递)上去了?/gu, "上报")
        .replace(/(?:交|送)上去了?/gu, "报送"),
    ),
    f.raw,
  );
  const drafted = countAsDrafted(writtenRaw(f.raw, f.counted ?? ""));
  // Chat fillers (一共、大概、左右、在…) are off the label where it is made (domain/figure-label-filler.ts, round forty-one).
  // 「双创大赛我们组织了」: the thing put first, the pronoun between it and the verb — verb first (card-label-fronted.ts).
  // 「指导茶农修剪了」: a 了 the cleaning left is off the row (card-label-done.ts).
  // 「技术合同这块，登记了十八份」: a label that is only a verb takes the item's topic (登记技术合同, card-label-topic.ts);
  // not when a noun said after the count is the verb's object (新建了三个示范点).
  const label = withoutDoneMark(frontedObject(labelWritten(context, f.raw, f.counted ?? "", drafted, date)));
  // draft54: 「特派员在 5个村」 with what was done there after it: 开展果树修剪培训的村 5个 (card-label-place.ts).
  const place = placeLabel(label, f.counted, topic) ?? organisedLabel(label, topic, f.counted);
  // 「果树修剪培训来了 90多个农户」: who took part — 果树修剪培训参加农户 90多个 (card-label-came.ts).
  const came = place ?? cameLabel(label, f.counted);
  if (came) return dialectWritten(describeFigure({ ...f, context: came, raw: drafted, counted: "" }));
  // draft52: 「报名 3000多人」 of the event said in the clause before: 半程马拉松报名 3000多人 (card-label-before.ts).
  const written =
    topic && !f.counted && ATTENDED_SHOWN.test(label)
      ? attendedLabel(label, topic)
      : labelWithTopic(label, f.counted ? undefined : topic);
  // 「大概六百人」 stored as an estimate shows as one (约600人, card-count-word.ts, card44).
  // 「选派科技特派员 12个」: people after their noun are counted as the draft counts them (12人, written-amounts.ts).
  const raw = estimateShown(countAfterLabel(written, drafted), f.approx);
  // 「引进 3个硕士」: people after a verb of bringing them in, as the draft writes them — 引进硕士 3人 (card-people-count.ts).
  const people = peopleAfterVerb(written, raw, f.counted);
  if (people) return describeFigure({ ...f, context: people.label, raw: people.raw, counted: "" });
  // 「喇叭坏哒」「冇得」: 湘西南 words as the draft writes them (dialect-written.ts, draft50).
  return dialectWritten(describeFigure({ ...f, context: written, raw }));
}

/** A count of events (场、次、期、轮、趟、堂). */
const EVENT_MEASURE = /[场次期轮趟堂]$/u;
/** A verb of holding an event, as written: kept before the event's name. */
const HELD_ONLY = /^(?:举办|开展|组织|召开|进行|举行)$/u;
/**
 * Round forty-six (lead): the same verbs, and those of teaching, ending a longer label (联合县妇联举办、为合作社讲解): the
 * event's name follows the verb and the count ends the row — 「联合县妇联举办农村妇女电商直播培训 1期」, not 「…举办 1期农村…」.
 */
const HELD_AT_END = /(?:举办|开展|组织|召开|举行|讲解|讲授|宣讲|开设)$/u;
/** A label that is only a place (柳河乡、县城): the place heads the event's name (县城科技活动周 2场). */
const PLACE_ONLY = /^[\u4e00-\u9fff]{1,6}[乡镇村]$|^[\u4e00-\u9fff]{0,4}(?:县城|街道|社区)$/u;

/** A figure with the phrase that says what it counts, its number as said. */
export function describeFigure(f: Figure): string {
  const context = tidyForCard(f.context).replace(/[，,。；;：:\s]+$/, "");
  const counted = f.counted ?? "";
  const kind = f.kind === "target" ? "（目标）" : f.kind === "problem" ? "（问题）" : "";
  // 「12场进校园」 said with nothing or only a verb of holding before it: the event's name, then its count, as a table
  // row reads (进校园 12场, 组织消防演练 2轮; round forty, label40).
  if (
    counted.length >= 2 &&
    EVENT_MEASURE.test(f.raw) &&
    (context === "" || HELD_ONLY.test(context) || PLACE_ONLY.test(context) || HELD_AT_END.test(context))
  )
    return `${context}${counted} ${f.raw}${kind}`;
  // 「5所学校安装了净水设备」: a context read after the figure already starts with what it counts.
  // A label that names a count itself (专家座谈会参加人数) was read before the figure: never merged.
  if (counted && context.startsWith(counted) && !/(?:人数|次数|个数|数量|总数)$/.test(context))
    return `${f.raw}${context}${kind}`;
  // 「帮企业算了研发费用加计扣除」 with 两家 counting 企业: the count said where it stands, after the co-verb.
  // 帮助 as written (card-label-written.ts) is the same co-verb: 帮助2家企业对接….
  const coVerb = counted ? (CO_VERB.exec(context)?.[0] ?? "") : "";
  if (coVerb && context.startsWith(counted, coVerb.length))
    return `${coVerb}${f.raw}${context.slice(coVerb.length)}${kind}`;
  return `${context ? `${context} ` : ""}${f.raw}${counted}${kind}`.trim();
}

function bullet(lines: string[], numbered = true): string {
  const shown = lines.slice(0, MAX_LIST).map((l, i) => (numbered ? `${i + 1}. ${l}` : `· ${l}`));
  if (lines.length > MAX_LIST) shown.push(`……另有 ${lines.length - MAX_LIST} 条`);
  return shown.join("\n");
}

type Understood = Pick<Update, "section" | "items" | "figures" | "problems" | "plans"> &
  Partial<Pick<Update, "seq" | "normalizedText" | "originalText" | "date" | "reportedFor">>;

/**
 * Figures the author does not have yet (「研发投入数据统计局还没出」「若干家」), as the draft will write
 * them (domain/mark-gaps.ts): 「研发投入×元」. A problem or plan sentence that only says such a figure
 * is still to come is work with a gap — shown under 工作事项, never as a problem or a plan — so the
 * card and the leaders' draft tell the author the same thing.
 */
function sortGaps(u: Understood): {
  items: string[];
  problems: string[];
  plans: string[];
  gaps: string[];
  notes: string[];
} {
  const texts = [u.normalizedText ?? "", ...u.items.map((i) => i.text), ...u.problems, ...u.plans];
  const gaps: string[] = [];
  for (const g of texts.flatMap((t) => gapsIn(t)))
    if (!gaps.some((h) => h.endsWith(g) || g.endsWith(h))) gaps.push(g);
  // Notes to self (「具体名称待核」) are shown apart, as 备注, and never as work, a problem or a plan.
  const notes: string[] = [];
  for (const n of texts.flatMap((t) => notesToSelf(t)))
    if (!notes.some((h) => h.endsWith(n) || n.endsWith(h))) notes.push(n);
  const items = u.items
    .map((i) => (notes.length > 0 ? withoutNoteHead(i.text, notes) : i.text))
    .filter((t) => t);
  if (gaps.length === 0 && notes.length === 0)
    return { items, problems: u.problems, plans: u.plans, gaps, notes };
  const keep = (list: string[], kind: "problem" | "plan") =>
    list.flatMap((t) => {
      const rest = withoutGaps(t);
      // 「回头补」 on its own says only that the figure above comes later: 待补 says it.
      if (rest === "" && gapsIn(t).length > 0) items.push(withoutNotes(t));
      if (rest === "" || rest === t || pieceKind(rest) === kind) return rest === "" ? [] : [rest];
      // 「专利授权量暂时不清楚，申请量是146件」: beside the gap, work with its figure — not a problem.
      items.push(t);
      return [];
    });
  return { problems: keep(u.problems, "problem"), plans: keep(u.plans, "plan"), items, gaps, notes };
}

/**
 * An item without the notes in it, and without a note's head the clause split left at its end
 * (「…参会企业二十家，具体多少我」 when the note is 「具体多少我明天再核对下」).
 */
function withoutNoteHead(item: string, notes: string[]): string {
  const t = withoutNotes(item);
  for (const n of notes)
    for (let len = Math.min(n.length - 1, 8); len >= 2; len--) {
      const head = n.slice(0, len);
      if (t.endsWith(`，${head}`) || t.endsWith(`,${head}`) || t.endsWith(` ${head}`))
        return t.slice(0, t.length - len - 1);
    }
  return t;
}

/**
 * 「农民田间学校这块」 read as an item of its own before 「举办了5期…」: a topic the section does not say heads the item
 * after it (card42), so the card does not show 「举办了5期」 alone.
 */
function withTopicsJoined(items: readonly string[], said: (tag: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const topic = topicOf(items[i]!);
    const next = items[i + 1];
    if (topic !== undefined && !said(topic) && next !== undefined && !isTopicTag(next)) {
      out.push(`${items[i]!.replace(/[，,。：:\s]+$/u, "")}，${next}`);
      i += 1;
    } else out.push(items[i]!);
  }
  return out;
}

/** The blocks that say what the bot understood from an update. */
/** `section`: the section as shown, when it is not simply the update's (科室待选 while still to be chosen). */
export function understoodBlocks(org: Org, u: Understood, section = sectionName(org, u.section)): string[] {
  const blocks = [`**科室**：${section}`];
  const sorted = sortGaps(u);
  const said = tagSaidBy(section);
  // draft56: a 代报's items without why the colleague is away, as the draft writes them (drafting/behalf-away.ts).
  const tidy = (t: string) => tidyForCard(u.reportedFor ? behalfAwayDropped(t) || t : t, said);
  const items = withTopicsJoined(sorted.items.map(tidy), said);
  const shown = items.some((i) => !isTopicTag(i)) ? items.filter((i) => !isTopicTag(i)) : items;
  if (shown.length > 0) blocks.push(`**工作事项**\n${bullet(shown)}`);
  const topicItems = u.reportedFor
    ? u.items.map((i) => ({ ...i, text: behalfAwayDropped(i.text) || i.text }))
    : u.items;
  const topics = figureTopics(topicItems, u.figures, u.plans);
  if (u.figures.length > 0)
    blocks.push(
      `**数据**（${u.figures.length} 个）\n${bullet(
        u.figures.map((f, i) => cardFigure(f, u.date, topics[i])),
        false,
      )}`,
    );
  if (sorted.gaps.length > 0) {
    const how = u.seq !== undefined ? `「修改 ${u.seq}」` : "「修改」";
    blocks.push(
      `**待补数字**（${sorted.gaps.length} 处：总结草稿里先写作「×」，有了数字请${how}补上）\n${bullet(sorted.gaps, false)}`,
    );
  }
  if (sorted.notes.length > 0)
    blocks.push(`**备注**（您给自己记的，不写进总结）\n${bullet(sorted.notes, false)}`);
  if (sorted.problems.length > 0) blocks.push(`**问题与困难**\n${bullet(sorted.problems.map(tidy))}`);
  if (sorted.plans.length > 0) blocks.push(`**下一步计划**\n${bullet(sorted.plans.map(tidy))}`);
  // 「发资料300分」: the 份 read for 分 said, so the author sees what was changed (domain/measure-typo.ts).
  const typos = u.originalText ? measureTypos(toSimplified(foldWidth(u.originalText))) : [];
  if (typos.length > 0)
    blocks.push(
      `**已按「份」读**：${typos.map((x) => `「${x.from}」按「${x.to}」`).join("、")}（不对请「修改」）`,
    );
  if (u.items.length === 0 && u.problems.length === 0 && u.plans.length === 0) {
    blocks.push("（没有识别出具体事项，将按原文保存）");
  }
  return blocks;
}

export function blocksToText(
  title: string,
  blocks: string[],
  buttons: CardButton[] = [],
  note?: string,
): string {
  const body = blocks.map((b) => b.replace(/\*\*/g, "")).join("\n");
  const hint = buttons.length > 0 ? `\n回复：${buttons.map((b) => `「${typedForm(b)}」`).join(" ")}` : "";
  return `【${title}】\n${body}${hint}${note ? `\n${note}` : ""}`;
}

/** What to type for a button: its command, unless that is internal (`/ref …`). */
export function typedForm(b: Pick<CardButton, "command" | "label" | "typed">): string {
  return b.typed ?? (b.command.startsWith("/") ? b.label : b.command);
}

export function cardReply(card: CardModel): Reply {
  return { text: blocksToText(card.title, card.blocks, card.buttons, card.note), card, textIsCardCopy: true };
}

/** The subject of a button acting on one update: only its author may click it. */
export function updateSubject(u: Pick<Update, "id" | "author">): ButtonSubject {
  return { kind: "update", id: u.id, owner: u.author };
}

/** A button on an update's card: `verb seq`, carrying the update as its subject. */
export function updateButton(
  u: Pick<Update, "id" | "author" | "seq">,
  verb: string,
  style?: CardButton["style"],
): CardButton {
  return { label: verb, command: `${verb} ${u.seq}`, subject: updateSubject(u), ...(style ? { style } : {}) };
}

/** The confirmation shown after a new update: what was understood, with 确认 / 修改 / 撤回. */
export function confirmCard(org: Org, u: Update, extraNote?: string): Reply {
  const buttons: CardButton[] = [
    updateButton(u, "确认", "primary"),
    updateButton(u, "修改"),
    updateButton(u, "撤回", "danger"),
  ];
  return cardReply({
    title: `请确认填报内容（#${u.seq}）`,
    template: "blue",
    blocks: [...(u.reportedFor ? [behalfLine(org, u)!] : []), ...understoodBlocks(org, u)],
    buttons,
    note: extraNote ?? "确认后才会计入总结；识别有误可点「修改」重新发送。",
  });
}

export function statusLabel(u: Update): string {
  if (u.noProgress) return "本周无进展";
  // A draft put off by the person (draft-hold.ts) is said so: it waits for their word, not only for a yes.
  if (u.status === "draft" && u.held === true) return "暂不保存";
  return { draft: "待确认", confirmed: "已确认", withdrawn: "已撤回" }[u.status];
}

export function oneLine(u: Update, org: Org, viewer?: string): string {
  const text = u.normalizedText.replace(/\s+/g, " ");
  const short = [...text].length > 40 ? `${[...text].slice(0, 40).join("")}…` : text;
  return `#${u.seq} ${u.date} ${shownSection(org, u)}【${statusLabel(u)}】${behalfMark(org, u, viewer)}${short}`;
}
