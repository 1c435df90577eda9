import { withoutReportAside } from "./report-aside.js";
import { labelWithoutFillers } from "./figure-label-filler.js";
import { z } from "zod";
import { figuresAtCut } from "./figure-clause-end.js";
import { figureKey, findStatedFigures } from "./figures.js";
import { normalizeText } from "./normalize.js";
import type { Org } from "./org.js";
import type { Clause, Extraction, Figure, FigureKind } from "./update.js";
import { AND_ALSO } from "./and-also.js";

/**
 * The one shape both extractors answer in — the rules (extract.ts) and the model
 * (drafting/extract-with-model.ts) — and the one grounding both pass through before anything
 * is shown or stored: a clause list, each clause with its kind and figures, plus section hints.
 */
export const ExtractedFigureSchema = z.object({
  /** As written in the message: 「1.2万余份」. */
  raw: z.string().min(1),
  value: z.number().finite(),
  unit: z.string().default(""),
  /** The phrase that says what it counts. */
  context: z.string().default(""),
  approx: z.boolean().default(false),
  /** The noun it counts, right after it in the message (「3个 村」); kept only when the message says so. */
  counted: z.string().optional(),
});

export const ClauseKindSchema = z.enum(["done", "problem", "plan"]);

export const ExtractedClauseSchema = z.object({
  text: z.string().trim().min(1),
  kind: ClauseKindSchema,
  figures: z.array(ExtractedFigureSchema).default([]),
});

export const ClauseExtractionSchema = z.object({
  clauses: z.array(ExtractedClauseSchema),
  sectionHints: z.array(z.string()).default([]),
});

export type ClauseExtraction = z.infer<typeof ClauseExtractionSchema>;

const FIGURE_KIND: Record<Clause["kind"], FigureKind> = {
  done: "achieved",
  problem: "problem",
  plan: "target",
};

/** What grounding removed, for the log and the tests. */
export interface GroundingReport {
  droppedFigures: string[];
  droppedHints: string[];
  /** Clauses whose words are mostly not in the message (a model's invention or summary). */
  droppedClauses: string[];
  /** Figures the clause states that the extractor did not list, read from the clause. */
  addedFigures: string[];
}

/** Share of a clause's character pairs that occur in the message (punctuation and spaces ignored). */
function coverage(clause: string, pairs: Set<string>): number {
  const t = clause.replace(/[\s\p{P}]/gu, "");
  if (t.length < 2) return pairs.has(t) ? 1 : 0;
  let hit = 0;
  for (let i = 0; i + 1 < t.length; i++) if (pairs.has(t.slice(i, i + 2))) hit++;
  return hit / (t.length - 1);
}

/**
 * Keep only what the message grounds. A figure stays when its raw text occurs in the message and
 * the message itself states that value with that unit (1.2万余份 = 12000份); anything else —
 * invented, mis-scaled, a date read as a count — is dropped. The figure's kind is always its
 * clause's kind, whatever the extractor said; a missing label is read from the message.
 * A clause must be the message's own words (at least 60 % of its character pairs occur in it):
 * an invented or summarised sentence is dropped with its figures. Section hints must name known
 * sections.
 */
export function groundExtraction(
  text: string,
  ex: ClauseExtraction,
  org: Org,
): { clauses: Clause[]; sectionHints: string[]; report: GroundingReport } {
  const found = findStatedFigures(text);
  const byKey = new Map<string, Figure[]>();
  for (const f of found) {
    const k = figureKey(f.figure);
    byKey.set(k, [...(byKey.get(k) ?? []), f.figure]);
  }
  const report: GroundingReport = {
    droppedFigures: [],
    droppedHints: [],
    droppedClauses: [],
    addedFigures: [],
  };
  const flat = text.replace(/[\s\p{P}]/gu, "");
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < flat.length; i++) pairs.add(flat.slice(i, i + 2));
  const clauses: Clause[] = [];
  for (const c of ex.clauses) {
    // Copied or lightly trimmed clauses pass; a sentence the message does not contain does not.
    if (coverage(normalizeText(c.text), pairs) < 0.6) {
      report.droppedClauses.push(c.text);
      report.droppedFigures.push(...c.figures.map((f) => f.raw));
      continue;
    }
    // A number ending the clause, read as if a comma followed it (figure-clause-end.ts), is stated too.
    const cutKey = new Map<string, Figure[]>();
    // A voice run's clause carries the commas of its turns: its end is found by its last piece.
    const own = normalizeText(c.text).trim();
    const tail = text.includes(own) ? own : (own.split(/[，,。；;\s]/).pop() ?? "");
    const at = tail.length >= 2 ? text.indexOf(tail) : -1;
    for (const f of at >= 0 ? figuresAtCut(text, at + tail.length, found) : [])
      cutKey.set(figureKey(f.figure), [f.figure]);
    const figures: Figure[] = [];
    for (const f of c.figures) {
      // A model may copy the raw text before normalisation (1.8億元, ２家): compare normalised.
      const raw = normalizeText(f.raw);
      // 「…来了八十多个农户然后…」 in a voice run: the message read unpunctuated counts 个 where the clause,
      // cut at the turn, counts people (农户) — the same words, so stated.
      const asPeople = () =>
        f.unit === "人" && f.counted
          ? found.filter((s) => s.figure.raw === raw && s.figure.value === f.value && s.figure.unit === "个")
          : [];
      // And the other way: 「培训村医340个 合格302个 还有38个没过 大多数…」 cut at its turns, the clause read alone
      // has lost the people counted before it; the message read whole counts them.
      const ofPeople = () =>
        f.unit === "个" && !f.counted
          ? found.filter((s) => s.figure.raw === raw && s.figure.value === f.value && s.figure.unit === "人")
          : [];
      const stated = text.includes(raw)
        ? (byKey.get(figureKey(f)) ??
          cutKey.get(figureKey(f)) ??
          [...asPeople(), ...ofPeople()].map((s) => s.figure))
        : undefined;
      const match = stated?.find((s) => raw.includes(s.raw) || s.raw.includes(raw));
      if (!match) {
        report.droppedFigures.push(f.raw);
        continue;
      }
      // The model's own label loses its chat fillers as the scanner's does (figure-label-filler.ts).
      figures.push(
        labelWithoutFillers({
          raw,
          value: f.value,
          unit: f.unit === "个" && match.unit === "人" ? "人" : f.unit,
          context: f.context.trim() || match.context,
          // The extractor's own reading of what is counted, read in its clause, comes first: a voice
          // run's 「两个地方然后培训」 is 地方 once the clause ends at the turn.
          // A clause that ends right after the figure (a voice run cut at 「…一万二千份|第二个是…」)
          // says it counts nothing more; the message's reading across the cut is not taken.
          ...(f.counted && text.includes(raw + f.counted)
            ? { counted: f.counted }
            : match.counted && !endsAfter(normalizeText(c.text), raw)
              ? { counted: match.counted }
              : {}),
          approx: f.approx || match.approx,
          kind: FIGURE_KIND[c.kind],
        }),
      );
    }
    // A figure the clause states but the extractor left out (or mis-read and lost above) is
    // read from the clause itself, so no stated figure goes missing.
    const have = new Set(figures.map(figureKey));
    for (const f of findStatedFigures(normalizeText(c.text))) {
      const key = figureKey(f.figure);
      if (have.has(key) || !(byKey.has(key) || cutKey.has(key)) || !text.includes(f.figure.raw)) continue;
      have.add(key);
      report.addedFigures.push(f.figure.raw);
      figures.push({ ...f.figure, kind: FIGURE_KIND[c.kind] });
    }
    clauses.push({ text: withoutOpener(c.text.trim()), kind: c.kind, figures });
  }
  const known = new Set(org.sections.map((s) => s.id));
  const sectionHints = ex.sectionHints.filter((h) => {
    if (known.has(h)) return true;
    report.droppedHints.push(h);
    return false;
  });
  return { clauses, sectionHints, report };
}

const TO_LIST: Record<Clause["kind"], "items" | "problems" | "plans"> = {
  done: "items",
  problem: "problems",
  plan: "plans",
};

/** Items, figures, problems and plans as the store keeps them, from a list of clauses. */
export function fromClauses(normalizedText: string, clauses: Clause[]): Omit<Extraction, "sectionHints"> {
  return {
    normalizedText,
    clauses,
    items: clauses
      .filter((c) => TO_LIST[c.kind] === "items")
      .map((c) => ({ text: c.text, figures: c.figures })),
    figures: clauses.flatMap((c) => c.figures),
    problems: clauses.filter((c) => TO_LIST[c.kind] === "problems").map((c) => c.text),
    plans: clauses.filter((c) => TO_LIST[c.kind] === "plans").map((c) => c.text),
  };
}

/** Validate an extractor's answer, ground it in the message and turn it into an Extraction. */
export function checkedExtraction(
  normalizedText: string,
  answer: unknown,
  org: Org,
): { extraction: Extraction; report: GroundingReport } {
  const parsed = ClauseExtractionSchema.parse(answer);
  const g = groundExtraction(normalizedText, parsed, org);
  return {
    extraction: { ...fromClauses(normalizedText, g.clauses), sectionHints: g.sectionHints },
    report: g.report,
  };
}

/**
 * A chat opener before a colon (汇报一下：、报一下本周情况：、简单说下：、好消息：、陈静报一下：, the
 * sender's own name before it; 那我先报一个：、再补一条：): not part of the item.
 */
const OPENER =
  /^(?:另外|还有|再|顺便|顺带|那)?(?:[\u4e00-\u9fff]{1,4}(?:这边|这里|这儿)|我们?(?:这边|科|站|股)?|[\u4e00-\u9fff]{2,3}(?<![申填上预举通呈简快日周月年季电回转])(?=(?:汇报|报告|报|说)(?:一下|下)[：:]))?(?:(?:报告|汇报)(?:领导|各位领导|局长|主任|科长)?(?=[：:，,\s])|报个(?:进度|情况|数|近况)|(?:今天|今儿个?|今日|这周|本周|这个?礼拜|这个?星期)?(?:简单|先|再)?(?:给大家|跟大家|和大家|跟你|给你|和你|向领导|向各位领导|给领导)?(?:汇报|报告|通报|同步|更新|说|讲|报|反映|提|补充)(?:一下|下)|(?:先|就)?(?:把|将)(?:(?:今年|全年|本周|这周|这个月|本月|上半年|下半年|近期|最近|这段时间|科里|站里|所里|局里|我们|这边|主要)的?)+(?:工作|情况|工作情况|进展)?的?(?:简单|大概|大致|先)?(?:说|讲|汇报|报|总结|捋)(?:一下|下)|(?:先|再|就)?(?:报|说|补|汇报)(?:一个|一条|一件|个|件)(?:事)?|(?:有个|一个|报个)?好消息|喜报|(?:有个|有一个|反映个|说个)问题(?:想|要)?(?:反映|说|汇报)?(?:一下|下)?)(?:[哈啊呀吧哦])?(?:[，,]?(?:本周|这周|上周|今天|今日|本月|这个月|近期|最近|今年)?的?(?:主要)?(?:工作|情况|进展|进度|工作情况|工作进展)?)(?:\s*[：:，,]\s*|\s+)(?=\S)/;

/**
 * Spoken fillers at the very start, each followed by a space or a pause mark (嗯 还有个事 …、
 * 对了，…、补充一下：…、晚上还有个事 …), or run together (对了还有个事，…): not part of the item. A filler run into
 * its content (另外3家) stays: the last filler needs its pause.
 */
const FILLER =
  "(?:嗯+|哦+|噢+|额|呃|啊|那个|对了|早(?:上好|安)?|(?:各位|大家|领导)(?:早|好)|另外|(?:早上|上午|中午|下午|晚上|今天|昨天|今晚|昨晚)?还有(?:个|一个|件)事(?:情|儿)?|还有(?:呢|啊|哈)?|(?:纠正|更正)(?:一下|下|上条|上一条|前面那?条|刚才那?条)|(?:我?再|另外|顺便|顺带)?(?:补充(?:一下|一点|一个|一句|两句|几句)?|(?:说|讲|提)(?:一下|一个|一句|两句|几句|个事|一件事)))";
const PAUSE = "[\\s，,。.、：:!！~～…]";
/** 还有就是… (and another thing: …) and 还有我们… (and also, and-also.ts) need no pause. */
const FILLERS = new RegExp(
  `^(?:${FILLER}${PAUSE}*)*(?:${FILLER}${PAUSE}+|还有就是${PAUSE}*|${AND_ALSO})(?=\\S)`,
);

/** Only spoken fillers (再补充一个、另外说一下、还有个事、对了): nothing to record. */
export function fillersOnly(text: string): boolean {
  return FILLERS_ONLY.test(text.trim());
}
const FILLERS_ONLY = new RegExp(`^(?:${FILLER}${PAUSE}*)+$`);
const FILLER_PIECE = new RegExp(`(?<=[，,、\\s])(?:${FILLER}${PAUSE}*)*${FILLER}[，,、\\s]+(?=\\S)`, "g");

/** `clause` without pieces that are only fillers inside it (「…企业，再补充一个，下个月…」). */
export function withoutFillerPieces(clause: string): string {
  return clause.replace(FILLER_PIECE, "");
}

/** The clause without leading fillers and chat opener (「嗯 汇报一下：」), so the stored item starts with its content. */
export function withoutOpener(text: string): string {
  return withoutReportAside(text.replace(FILLERS, "").replace(OPENER, ""));
}

/** Whether `raw` stands in `clause` only right before a clause break or the end. */
function endsAfter(clause: string, raw: string): boolean {
  for (let i = clause.indexOf(raw); i >= 0; i = clause.indexOf(raw, i + 1))
    if (!/^(?:[，,。；;！!\s]|$)/.test(clause.slice(i + raw.length))) return false;
  return clause.includes(raw);
}
