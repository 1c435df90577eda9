import type { DraftPart, DraftVersion } from "./draft-model.js";
import { arabicFigures } from "./polish-prose.js";
import { figureQueried } from "../conversation/figure-question.js";
import { figureAnswer } from "./figure-source.js";
import { mannerAsked, WHY_NOT_SHORTENED } from "./manner-instruction.js";
import { figureCheckAnswer, figuresAsked } from "./figure-check.js";
import { partLabel, resolvePart } from "./resolve-part.js";
import type { SourceLabel } from "./review-view.js";
import {
  BARE_VERB_FIGURE,
  clauseWent,
  joinKept,
  predicateKept,
  removedWhat,
  predicateLeft,
  withoutClausesNaming,
  clausesNaming,
  digitsOf,
} from "./removal-reach.js";
import { bodyOf, followOpening, mapTexts } from "./part-texts.js";
import { removalAsked, wholePartGone } from "./removal-reading.js";
import { type AddStep, addedSentence, addStep, withSentence } from "./offline-add.js";
import { type DropItemStep, dropItem, dropItemStep } from "./item-drop.js";

/**
 * What a deterministic drafter can honestly do with a reviewer's words (退回意见, 重写 …意见) — a
 * small fixed set, each a plain edit of the text that adds no word or figure of its own:
 * - 「去掉“当天”」「不要写好消息」「把刚字删掉」: the phrase goes (its clause with it when the clause
 *   is nothing else);
 * - 「突出成果转化」「把科普的放前面」: items naming it move to the front of their part;
 * - 「数字用阿拉伯数字」: counts and amounts written in Chinese numerals become digits;
 * - 「把“高企”改成“高新技术企业”」: one wording for another — never a figure (that is the
 *   material's, changed by its author with 修改 or by the reviewer with 改写).
 * Everything else (压缩, 写得更有文采, 补充材料…) is said plainly as not done, with what to do
 * instead; nothing is claimed that did not change the text.
 */
export type Step =
  /** `clause`: every clause naming the phrase goes (「硕士那句删掉」「科普画廊不要了」, removal-reach.ts). */
  | { kind: "remove"; phrase: string; said: string; clause?: boolean }
  | { kind: "promote"; phrase: string; said: string }
  | { kind: "arabic"; said: string }
  | { kind: "replace"; from: string; to: string; said: string }
  | { kind: "cannot"; said: string; why: string }
  /** 「展板30元是什么鬼」: a figure of the draft questioned — where it stands and where it came from. */
  | { kind: "figure"; figure: string; said: string }
  /** 「数字核一下」: every figure of the part and where it came from (figure-check.ts); nothing changes. */
  | { kind: "figures"; said: string }
  /** 「加一句经费保障不足」: the reviewer's own sentence put at the end of the part (offline-add.ts). */
  | AddStep
  /** 「删掉第2条」: the part's item of that number goes whole (item-drop.ts). */
  | DropItemStep;

/** The steps of one instruction, each with the part it is about (undefined: the whole draft). */
export interface ScopedStep {
  step: Step;
  part?: DraftPart;
}

const QUOTES = /[「」『』“”"'‘’《》〈〉]/gu;
/** Words around the phrase that only say it is a word: 这个词、这几个字、的说法、之类的. */
const PHRASE_NOISE =
  /^(?:这个|这种|那个|那种|这些|那些|里的|中的|里面的)|(?:这个词|这几个字|这个字|这句话?|这种说法|的说法|的字样|等字样|之类的(?:话|词|说法)?|这类(?:话|词|说法)|字|一词|的话|都|全部|全)$/u;
/** A figure in words or digits: a replacement may not bring one in or take one away. */
const FIGURE =
  /\d|[一二两三四五六七八九十百千万亿零〇壹贰叁肆伍陆柒捌玖拾佰仟]+(?:个|家|项|名|人|次|场|万|亿|元|%|件|所|户|亩)/u;

/** A way of writing to avoid, named: 口语、大白话、套话、空话、网络用语、方言. */
const REGISTER_NAMED =
  /^(?:请|再)?(?:不要|别|不|少|避免)(?:再)?(?:用|写|出现|带)?(?:太|那么|这么)?(?:口语|大白话|白话|土话|方言|网络用语|套话|空话|大话|官话)(?:化)?(?:的)?(?:说法|表述|词|话|句子)?(?:了|吧)?$/u;
const PROMOTE = /^(?:要|请|重点|更|再)?突出(?:一下)?(.+?)(?:的内容|方面|工作)?$/u;
const PROMOTE_AFTER =
  /^(?:请|再)?(?:把|将)?(.+?)(?:的内容|方面|那条|那几条|相关的)?(?:放|排|提|挪|调)(?:到|在)?(?:最)?前(?:面|边|头)?(?:去|来)?$/u;
const ARABIC = /阿拉伯数字/u;
const REPLACE =
  /^(?:请|再)?(?:把|将)?(.+?)(?:统一)?(?:改成|改为|换成|替换为|替换成|写成|写作|统一为|统一成)(.+)$/u;
/** Asking for what no one reported: 问题写得太少、请各科室补充、数据不全、内容单薄. */
const MORE_MATERIAL = /补充|补报|补齐|太少|不够|不全|单薄|空洞|缺少|没写|漏了|加上|增加|多写/u;
const SHORTEN = /压缩|精简|精炼|简练|写短|短[一些点]|简短|太长|篇幅|字数|啰嗦|冗长|删减/u;

/** A sentence-final particle or a 的 around the phrase (「别提展板了」「去掉当天的」): not part of it. */
const PARTICLES = /^的|(?:了|吧|啊|呀|哈|呢|嘛|啦|的)+$/u;

function phrase(s: string): string {
  let t = s.replace(QUOTES, "").trim();
  for (let i = 0; i < 3; i++) t = t.replace(PHRASE_NOISE, "").trim();
  return t;
}

/** The phrase as it may stand in the draft: as said, then without particles (展板了 → 展板). */
function phraseForms(p: string): string[] {
  let bare = p;
  for (let i = 0; i < 3; i++) bare = bare.replace(PARTICLES, "").trim();
  return bare && bare !== p ? [p, bare] : [p];
}

/** What a removal names (「科普画廊不要了」 → 科普画廊), for a leader's removal typed without 重写 (draft-removal-offer.ts). */
export const removalPhrase = (said: string): string | undefined => {
  const step = stepOf(said);
  return step?.kind === "remove" ? step.phrase : undefined;
};

/** One clause of the instruction as a step. */
function stepOf(clause: string): Step | undefined {
  const said = clause.trim();
  if (!/[\u4e00-\u9fff\w]/u.test(said)) return undefined;
  if (wholePartGone(said))
    return {
      kind: "cannot",
      said,
      why: "重写只改这一部分的文字，不能把整个部分从稿子里删掉；要删其中某句或某个说法，请写明「去掉…」，或用「改写」换成您的文字",
    };
  if (ARABIC.test(said)) return { kind: "arabic", said };
  const rep = REPLACE.exec(said);
  if (rep) {
    const from = phrase(rep[1] as string);
    const to = phrase(rep[2] as string);
    if (!from || !to) return { kind: "cannot", said, why: "没有看出要把哪几个字换成哪几个字" };
    if (FIGURE.test(from) || FIGURE.test(to))
      return {
        kind: "cannot",
        said,
        why: "草稿里的数字只来自填报材料，审核意见不能改数字：请填报人「修改」那条填报后重新生成，或用「改写」自己写这一部分",
      };
    return { kind: "replace", from, to, said };
  }
  // 「别用口语」「不要太口语化」「少用套话」: a way of writing named, not a phrase of the draft (round thirty-five: it was
  // answered 「（三）里没有「口语」这几个字」).
  if (REGISTER_NAMED.test(said))
    return {
      kind: "cannot",
      said,
      why: "离线草稿只按填报原文整理，不能整体改换文风；可以说「去掉…」「把…换成…」指明哪个说法，或用「改写」自己写这一部分",
    };
  // 「别写那么虚」「别写那么长」: how the text reads, not a phrase of it (manner-instruction.ts).
  const manner = mannerAsked(said);
  if (manner) return { kind: "cannot", said, why: manner.why };
  const drop = dropItemStep(said);
  if (drop) return drop;
  const rm = removalAsked(said);
  if (rm) {
    const p = phrase(rm.thing);
    return p ? { kind: "remove", phrase: p, said, ...(rm.clause ? { clause: true } : {}) } : undefined;
  }
  if (figuresAsked(said)) return { kind: "figures", said };
  const figure = figureQueried(said, phrase);
  if (figure) return { kind: "figure", figure, said };
  const pr = PROMOTE_AFTER.exec(said) ?? PROMOTE.exec(said);
  if (pr) {
    const p = phrase(pr[1] as string);
    if (p) return { kind: "promote", phrase: p, said };
  }
  const add = addStep(said);
  if (add) return add;
  if (MORE_MATERIAL.test(said))
    return {
      kind: "cannot",
      said,
      why: "草稿只写填报过的内容，不能补写材料里没有的事和数字；请相关科室补充填报并确认后，再「生成总结」",
    };
  if (SHORTEN.test(said))
    return {
      kind: "cannot",
      said,
      why: WHY_NOT_SHORTENED,
    };
  return {
    kind: "cannot",
    said,
    why: "离线草稿只按填报原文整理，只能做去掉某个说法、把某项工作放到前面、数字改用阿拉伯数字、换一个说法、加上您口述的一句这几种修改",
  };
}

/**
 * The steps an instruction asks for, each scoped to the part its clause names (「（三）不要写当天；
 * 计划突出成果转化」); a clause naming no part is about the part named before it, or with none,
 * about `part` (the part being rewritten), else the whole draft.
 */
export function readInstruction(text: string, v: DraftVersion, part?: DraftPart): ScopedStep[] {
  const out: ScopedStep[] = [];
  let scope = part;
  // A part named holds for the clauses after it up to the end of the sentence (「（三）不要写当天，
  // 压缩一下」); after 「；」「。」 a clause naming no part is about the whole draft again.
  for (const clause of text.split(/(?<=[；;。！!？?\n])|[，,]+/u)) {
    let rest = clause.replace(/[；;。！!？?\n]+$/u, "").trim();
    if (!part && rest) {
      const r = resolvePart(v, rest);
      if (r.part) {
        scope = r.part;
        rest = r.rest.replace(/^(?:部分|那部分|那块|这块|那段|这段|里|中)?(?:的)?/u, "").trim();
      }
    }
    const step = rest ? stepOf(rest) : undefined;
    if (step) out.push({ step, ...(scope ? { part: scope } : {}) });
    if (/[；;。！!？?\n]$/u.test(clause)) scope = part;
  }
  return out;
}

export interface Applied {
  parts: DraftPart[];
  /** What changed, in words: 「去掉「当天」：（三）1处」. */
  done: string[];
  /** What was asked and not done, with why: 「压缩一下」：离线草稿…. */
  notDone: string[];
}

/** Every text of a part, mapped (items' titles and texts, paragraphs, closing). */
const count = (text: string, s: string) => (s ? text.split(s).length - 1 : 0);

/** A text without `phrase`: a clause that is only the phrase goes with its comma. */
function removePhrase(text: string, p: string): string {
  const pieces = text.split(/([，；、])/u);
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = (pieces[i] ?? "").replace(new RegExp(escapeRe(p), "gu"), "");
    const sep = pieces[i + 1] ?? "";
    // 「展板30元」 without 展板 is a bare figure: the clause was about the phrase and goes whole.
    // draft47: so is one left a bare verb and figure (「科普画廊新建4处」 without 科普画廊: 新建4处).
    const bare = BARE_VERB_FIGURE.test(clause.replace(/[。\s]/gu, ""));
    if ((clause.replace(/[。\s]/gu, "") === "" || bare) && (pieces[i] ?? "").includes(p)) {
      // The clause was only the phrase: it goes; a final stop stays on the clause before.
      if (/。$/u.test(pieces[i] ?? "") && kept.length > 0) kept[kept.length - 1] = "。";
      continue;
    }
    kept.push(clause, sep);
  }
  return joinKept(kept);
}

/**
 * Whether a text is about what the leader named: the words as said, or their two-character words
 * in order with a few characters between (「突出争取资金」 names 「争取上级资金680万元」).
 */
export function mentions(text: string, phrase: string): boolean {
  if (text.includes(phrase)) return true;
  if (!/^[\u4e00-\u9fff]{4,8}$/u.test(phrase) || phrase.length % 2 !== 0) return false;
  const words = phrase.match(/../gu) ?? [];
  return new RegExp(words.map(escapeRe).join("[\\u4e00-\\u9fff]{0,6}?"), "u").test(text);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * The steps applied to the parts they are about. Parts that are not `draft` (locked, approved)
 * and parts with no material are left as they are; so is a part written by hand (改写).
 */
export function applySteps(
  v: DraftVersion,
  parts: DraftPart[],
  steps: ScopedStep[],
  label?: SourceLabel,
): Applied {
  const done: string[] = [];
  const notDone: string[] = [];
  let out = parts;
  const editable = (p: DraftPart) =>
    p.status === "draft" && p.origin !== "placeholder" && p.origin !== "manual";
  const inScope = (s: ScopedStep) => (p: DraftPart) => (s.part ? p.key === s.part.key : true) && editable(p);
  const where = (hits: Array<[DraftPart, number]>) =>
    hits.map(([p, n]) => `${partLabel(v, p)}${n}处`).join("、");
  for (const s of steps) {
    const st = s.step;
    const scope = out.filter(inScope(s));
    if (st.kind === "cannot") {
      // Two clauses refused for the same reason are said once: 「写得太少」「请各科室补充」：….
      const same = notDone.findIndex((n) => n.endsWith(`」：${st.why}`));
      if (same >= 0) notDone[same] = notDone[same]?.replace(/」：/u, `」「${st.said}」：`) as string;
      else notDone.push(`「${st.said}」：${st.why}`);
      continue;
    }
    if (st.kind === "figures") {
      notDone.push(
        figureCheckAnswer(v, s.part ? out.filter((p) => p.key === s.part?.key) : out, st.said, label),
      );
      continue;
    }
    if (st.kind === "figure") {
      notDone.push(figureAnswer(v, s.part ? out.filter((p) => p.key === s.part?.key) : out, st, label));
      continue;
    }
    const named = s.part && out.find((p) => p.key === s.part?.key);
    if (named && !editable(named)) {
      notDone.push(`「${st.said}」：${partLabel(v, named)}${lockedWord(named)}，没有改动`);
      continue;
    }
    if (st.kind === "drop-item") {
      const r = dropItem(v, out, s.part, st);
      out = r.parts;
      (r.done ? done : notDone).push(r.done ?? r.notDone ?? "");
      continue;
    }
    if (st.kind === "add") {
      const next = named
        ? withSentence(named, st.words)
        : { why: "没有说加在哪一部分，请写明，如「重写 问题 加一句…」" };
      if ("why" in next) notDone.push(`「${st.said}」：${next.why}`);
      else {
        out = out.map((p) => (p.key === next.key ? next : p));
        done.push(
          `加上您的一句「${addedSentence(st.words)}」：${partLabel(v, next)}末尾（这是您的文字，不算填报材料）`,
        );
      }
      continue;
    }
    if (st.kind === "remove" || st.kind === "replace") {
      const said = st.kind === "remove" ? st.phrase : st.from;
      const hitsOf = (from: string) =>
        scope.map((p) => [p, count(bodyOf(p), from)] as [DraftPart, number]).filter(([, n]) => n > 0);
      // 「别提展板了」: the phrase as said, else without its particles.
      const forms = phraseForms(said);
      const from = forms.find((f) => hitsOf(f).length > 0) ?? (forms.at(-1) as string);
      const hits = hitsOf(from);
      if (hits.length === 0) {
        notDone.push(
          `「${st.said}」：${s.part ? partLabel(v, s.part) : "草稿"}里没有「${from}」这几个字，没有改动`,
        );
        continue;
      }
      // draft47: 「去掉较慢」 out of 「补贴发放较慢」 leaves a problem that says nothing is wrong — not done, said why.
      const left =
        st.kind === "remove" && !st.clause ? hits.flatMap(([p]) => predicateLeft(bodyOf(p), from)) : [];
      if (left[0] !== undefined) {
        notDone.push(`「${st.said}」：${predicateKept(from, left[0])}`);
        continue;
      }
      const f =
        st.kind === "remove"
          ? (t: string) => (st.clause ? withoutClausesNaming(t, from) : removePhrase(t, from))
          : (t: string) => t.split(from).join(st.to);
      const keys = new Set(hits.map(([p]) => p.key));
      const before = out;
      out = out.map((p) => (keys.has(p.key) ? mapTexts(p, f) : p));
      // draft47: a clause that went whole with the words (拿掉稻田养鱼 → 稻田养鱼推广3000余亩) is said so; the same words left in
      // a part not asked about (the opening quotes the year's figures) are named, not touched.
      const went = before.some((p, i) => clauseWent(bodyOf(p), bodyOf(out[i] as DraftPart), from));
      // draft48: the opening quoting a figure that went with its sentence drops the quote too (removal-reach.ts).
      const gone = new Set(hits.flatMap(([p]) => clausesNaming(bodyOf(p), from).flatMap(digitsOf)));
      const quoted =
        st.kind === "remove" && (st.clause || went) && s.part
          ? followOpening(out, keys, from, gone, editable)
          : undefined;
      if (quoted) out = quoted.parts;
      const elsewhere = s.part ? out.filter((p) => !keys.has(p.key) && count(bodyOf(p), from) > 0) : [];
      const also =
        (quoted ? `（开头引的同一数字也一并去掉：「${quoted.said}」）` : "") +
        (elsewhere.length > 0
          ? `（${elsewhere.map((p) => partLabel(v, p)).join("、")}也写了「${from}」，这次没有改动）`
          : "");
      done.push(
        st.kind === "remove"
          ? `去掉${removedWhat(from, st.clause, went)}：${where(hits)}${also}`
          : `把「${from}」改为「${st.to}」：${where(hits)}${also}`,
      );
      continue;
    }
    if (st.kind === "arabic") {
      const hits = scope
        .map((p) => {
          const after = mapTexts(p, arabicFigures);
          return [p, after, bodyOf(after) === bodyOf(p) ? 0 : 1] as const;
        })
        .filter(([, , n]) => n > 0);
      if (hits.length === 0) {
        notDone.push(`「${st.said}」：草稿里的计数和金额已经都是阿拉伯数字，没有改动`);
        continue;
      }
      const next = new Map(hits.map(([p, after]) => [p.key, after]));
      out = out.map((p) => next.get(p.key) ?? p);
      done.push(`汉字数字改为阿拉伯数字：${hits.map(([p]) => partLabel(v, p)).join("、")}`);
      continue;
    }
    // promote
    const moved: string[] = [];
    out = out.map((p) => {
      if (!scope.includes(p)) return p;
      const names = (i: DraftPart["items"][number]) => mentions(`${i.title}${i.text}`, st.phrase);
      const first = [...p.items.filter(names), ...p.items.filter((i) => !names(i))];
      const changed = first.some((i, n) => i !== p.items[n]);
      if (!changed) return p;
      moved.push(`${partLabel(v, p)}${p.items.filter(names).length}条`);
      return { ...p, items: first };
    });
    if (moved.length > 0) done.push(`写「${st.phrase}」的条目移到所在部分的最前面：${moved.join("、")}`);
    else {
      const there = scope.some((p) => p.items.some((i) => mentions(`${i.title}${i.text}`, st.phrase)));
      notDone.push(
        there
          ? `「${st.said}」：写「${st.phrase}」的条目已经在所在部分的最前面，没有改动`
          : `「${st.said}」：${s.part ? partLabel(v, s.part) : "草稿"}里没有写「${st.phrase}」的条目，离线草稿不能凭空补写；请相关科室填报，或用「改写」`,
      );
    }
  }
  return { parts: out, done, notDone };
}

function lockedWord(p: DraftPart): string {
  if (p.status === "locked") return "已锁定";
  if (p.status === "approved") return "已通过";
  if (p.origin === "manual") return "是您改写的文字";
  return "没有材料";
}

/** The keys of the parts a reviewer's words name (「（四）写得太散」 → section of （四）). */
export function partsNamed(comment: string, v: DraftVersion): Set<string> {
  return new Set(readInstruction(comment, v).flatMap((s) => (s.part ? [s.part.key] : [])));
}

/**
 * A 退回意见 followed on regeneration: with a model, the parts it is about are redrafted with the
 * comment as the reviewer's instruction (`instructionFor`, by part key; "document" for the opening,
 * problems and plan step); then the steps an offline drafter can apply are applied to every part
 * (a phrase removed is removed from the model's text too), and what could not be done is said.
 */
export function followComment(
  comment: string,
  prev: DraftVersion,
  withModel: boolean,
): {
  instructionFor: (key: string) => string;
  apply: (
    v: DraftVersion,
    parts: DraftPart[],
  ) => { parts: DraftPart[]; review: NonNullable<DraftVersion["review"]> };
} {
  const steps = readInstruction(comment, prev);
  const whole = steps.length === 0 || steps.some((s) => !s.part);
  const named = partsNamed(comment, prev);
  const docNamed = ["opening", "problems", "plan"].some((k) => named.has(k));
  const instructionFor = (key: string) =>
    withModel && (whole || named.has(key) || (key === "document" && docNamed)) ? comment : "";
  return {
    instructionFor,
    apply(v, parts) {
      // What the model was asked to do is its to do; only what it can be checked against stays a step.
      const asked = parts.filter((p) => p.origin === "llm" && p.instruction === comment);
      const mine = steps.filter(
        (s) => s.step.kind !== "cannot" || !asked.some((p) => !s.part || p.key === s.part.key),
      );
      const r = applySteps(v, parts, mine);
      const toModel =
        asked.length > 0
          ? [`把意见交给模型重写了${asked.map((p) => partLabel(v, p)).join("、")}（请核对）`]
          : [];
      return { parts: r.parts, review: { comment, done: [...toModel, ...r.done], notDone: r.notDone } };
    },
  };
}
