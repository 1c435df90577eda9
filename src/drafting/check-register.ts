import { findFigures } from "../domain/figures.js";
import { type Piece, piecesOf } from "./check-gongwen.js";
import type { DraftPart } from "./draft-model.js";
import { arabicFigures, fixTypos, lacksObject, plainNumerals } from "./polish-prose.js";
import { gapsIn } from "../domain/mark-gaps.js";
import { notesToSelf } from "../domain/notes-to-self.js";
import { spokenFrameIn } from "./spoken-frames.js";
import { brokenRewrites } from "./broken-rewrite.js";

/**
 * The register check before 定稿: sentences of the draft that still read as staff chat — emoji,
 * chat topic tags (「…那边」), spoken fillers and words, figures in Chinese numerals beside Arabic
 * ones, the typos the drafter fixes (再/在, 的/得), and fragments (a clause of one or two
 * characters, a count with no object, doubled punctuation). It reads any draft, model-written
 * or offline, and changes nothing: each finding names the place, the sentence and what is wrong,
 * for the reviewer to put right (改写) before finalising.
 */
export interface RegisterFinding {
  place: string;
  /** The sentence, shortened. */
  sentence: string;
  /** What is wrong with it, one or more short reasons. */
  reasons: string[];
}

const EMOJI = /\p{Extended_Pictographic}|\[[\u4e00-\u9fff]{1,3}\]/u;
const TAG = /(?:那边|这边|这块|那块|这一块)(?=[，,：:。；;！？]|$)/u;
const FILLER =
  /(?:^|[，,。；;])(?:嗯+|呃|额额|然后呢?|那个|就是说|对了|话说)(?=[，,\u4e00-\u9fff])|[\u4e00-\u9fff](?:呢|吧|啊|呀|哈|嘛|啦|哦)(?=[，,。；;！？!?]|$)/u;
const SPOKEN =
  /挺|蛮(?!横)|咱|俺|啥|咋|搞(?!好)|弄|整了|老百姓|好多|还可以|没啥|差不多|大概|这季度|这个季度|这个月|这周|上礼拜|抓起来|干起来|给力|靠谱|贼|特别好|太少|太多|不太|号人/u;
/** Short clauses a document does write: 「全年，」「同时，」「一是」. */
const LEAD_WORD =
  /^(?:全年|上半年|下半年|同时|此外|其中|目前|另外|[一二三四五六七八九十]是|首先|其次|最后|下一步|下阶段|近期)$/u;
/** A place dictated as a clause of its own: 「在广场上；」. */
const BARE_PLACE = /(?:^|[，,；;])(在[\u4e00-\u9fff]{1,10}?(?:上|里))[；;]/u;
const DOUBLED = /[。；;，,、][。；;，,、]/u;

function reasonsFor(sentence: string): string[] {
  const out: string[] = [];
  if (EMOJI.test(sentence)) out.push("带表情符号");
  if (TAG.test(sentence)) out.push(`聊天里的话题标签「${TAG.exec(sentence)?.[0]}」`);
  // 「下半年，我局将在…」: a period heading its sentence is the document's own lead, no frame.
  const frame = spokenFrameIn(sentence);
  if (frame && !LEAD_WORD.test(frame)) out.push(`聊天的说法「${frame}」`);
  // The notes the card and the drafter set aside (domain/notes-to-self.ts): one lexicon, so the check
  // names exactly what the draft should not have kept.
  const note = notesToSelf(sentence)[0];
  if (note) out.push(`填报人自己备忘的话「${note}」`);
  const place = BARE_PLACE.exec(sentence)?.[1];
  if (place) out.push(`地点单独成句「${place}」`);
  const gap = gapsIn(sentence)[0];
  if (gap) out.push(`缺数的说法，应写作「${gap}」`);
  const broken = brokenRewrites(sentence);
  if (broken.length > 0) out.push(`改写不通「${broken.slice(0, 2).join("」「")}」`);
  const spoken = SPOKEN.exec(sentence)?.[0];
  if (spoken) out.push(`口语说法「${spoken}」`);
  else if (FILLER.test(sentence)) out.push("口语语气词");
  const mixed = findFigures(plainNumerals(sentence))
    .map((f) => sentence.slice(f.start, f.end))
    .filter((raw) => arabicFigures(raw) !== raw);
  if (mixed.length > 0)
    out.push(`数字用了汉字「${mixed.slice(0, 2).join("」「")}」，计数和金额应写阿拉伯数字`);
  if (fixTypos(sentence) !== sentence) out.push("疑似错别字（再/在、的/得）");
  const clauses = sentence.split(/[，,；;。！？!?]/u).map((c) => c.trim());
  const tiny = clauses.find(
    (c) =>
      c.length > 0 && c.replace(/[^\u4e00-\u9fff]/gu, "").length <= 2 && !/\d/u.test(c) && !LEAD_WORD.test(c),
  );
  if (tiny) out.push(`残句「${tiny}」`);
  // A count at the head of a sentence has nothing before it to say what it counts (「建3个。」).
  const head = sentence
    .split(/[；;]/u)
    .map((seg) => (seg.split(/[，,。！？!?]/u)[0] ?? "").trim())
    .find((c) => lacksObject(c));
  if (head) out.push(`「${head}」没有写明对象`);
  if (DOUBLED.test(sentence)) out.push(`标点重复「${DOUBLED.exec(sentence)?.[0]}」`);
  return out;
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 38)}…` : s);

/** Every sentence of the body that still reads as chat (see module comment), in document order. */
export function checkRegister(parts: readonly DraftPart[]): RegisterFinding[] {
  const out: RegisterFinding[] = [];
  const bodies: Piece[] = piecesOf(parts).filter((p) => !p.place.endsWith("标题"));
  for (const p of bodies) {
    // The 一是…二是 list of problems reads as one text; its sentences end at 。 and ；.
    for (const sentence of p.text.split(/(?<=[。！？!?])|(?<=；)(?=[一二三四五六七八九十]是)/u)) {
      const s = sentence.trim();
      if (!s || /^（[^）]*）$/u.test(s)) continue;
      const reasons = reasonsFor(s);
      if (reasons.length > 0) out.push({ place: p.place, sentence: short(s), reasons });
    }
  }
  return out;
}

/** 「〔待核实〕（二）第1条：「…」——口语说法「挺」；残句「下村」，请改为书面语」, at most `max` lines. */
export function registerLines(parts: readonly DraftPart[], max = 12): string[] {
  const found = checkRegister(parts);
  const lines = found
    .slice(0, max)
    .map((f) => `〔待核实〕${f.place}：「${f.sentence}」——${f.reasons.join("；")}，请改为书面语后再定稿`);
  if (found.length > max) lines.push(`〔待核实〕另有 ${found.length - max} 句口语或残句，见各部分`);
  return lines;
}
