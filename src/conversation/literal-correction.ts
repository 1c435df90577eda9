import type { CorrectionPlan } from "./plan-correction.js";

/**
 * A correction of words rather than a figure: 「把“科普讲座”改成“科普报告会”」, 「是东坡村不是西坡村」,
 * 「不是西坡村 是东坡村」, 「我把东坡村写成西坡村了」. The wrong words must occur exactly once in the
 * update (else the new text is asked for, never a guess). Pure.
 */
export function literalChange(old: string, said: string): CorrectionPlan | undefined {
  const pair = replaced(said) ?? wrongRight(said);
  if (!pair) return undefined;
  const { from, to } = pair;
  if (from === to || old.indexOf(from) < 0 || old.indexOf(from) !== old.lastIndexOf(from)) return undefined;
  return { kind: "substitute", from, to, at: old.indexOf(from) };
}

/** 「A改成B」「把“A”换成“B”吧」: said at the end of the message. */
function replaced(said: string): { from: string; to: string } | undefined {
  const m =
    /(?:^|[\s，,的把将])[「“"]?([^\s，,「」“”"]{2,20}?)[」”"]?\s*(?:改成|改为|换成)\s*[「“"]?([^\s，,「」“”"]{1,30}?)[」”"]?(?:吧|了|啊|呀|哈|谢谢)*[。.！!]?$/.exec(
      said,
    );
  // 「把西坡村改成东坡村」 read from the message's start: the 把 is not part of the words.
  return m ? { from: (m[1] ?? "").replace(/^(?:把|将)(?=..)/, ""), to: m[2] ?? "" } : undefined;
}

/** Words of a name or a place, quoted or not: no spaces nor punctuation inside. */
const WORDS = '[「“"]?([^\\s，,。.！!？?、；;：:「」“”"]{2,20}?)[」”"]?';
/** Particles that close a spoken sentence (咧 关中, 嘞 西南, 哩 晋), dropped before reading the pair. */
const TRAILING = /[\s。.！!～~]+$|(?:了|啦|咧|嘞|哩|哈|啊|呀|嘛|哦|喔|噢|呢|吧|哇)+$/;
const SAID_RIGHT = new RegExp(`(?:^|[^不])是\\s*${WORDS}\\s*[，,、\\s]*(?:而)?不是\\s*${WORDS}$`);
const SAID_WRONG = new RegExp(`不是\\s*${WORDS}\\s*[，,、\\s]*(?:而|应该|应|其实|实际)?是\\s*${WORDS}$`);
const WRITTEN_AS = new RegExp(`${WORDS}\\s*(?:错|误)?(?:写|打|填|弄|记|录)成(?:了)?\\s*${WORDS}$`);
/** 「是东坨村不是西坨村 写岔了」: the slip owned after the words, its own clause (b45-d09). */
const SLIP_TAIL =
  /[\s，,。.]+(?:我|俺|额)?(?:写|打|搞|弄|记|填|输|敲)(?:错|岔|反|差|串)(?:了|啦|咯|喽|咧|嘞)?$/;
/** Who slipped, said before the right words of 「我把东坡村写成西坡村」 (all before 把 goes). */
const SLIPPED_BY = /^(?:.*(?:把|将)|我们|我|俺|额|咱|偶|阿拉)/;

/** 「是东坡村不是西坡村」「不是西坡村，是东坡村」「我把东坡村写成西坡村了」: the wrong words and the right ones. */
function wrongRight(said: string): { from: string; to: string } | undefined {
  // Emoji and marks after the words (「写成西坡村了😅」) close the sentence too.
  let s = said.replace(/[^\p{L}\p{N}]+$/u, "").replace(SLIP_TAIL, "");
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(TRAILING, "");
  }
  const right = SAID_RIGHT.exec(s);
  if (right) return { from: right[2] ?? "", to: right[1] ?? "" };
  const wrong = SAID_WRONG.exec(s);
  if (wrong) return { from: wrong[1] ?? "", to: wrong[2] ?? "" };
  const slip = WRITTEN_AS.exec(s);
  if (!slip) return undefined;
  const to = (slip[1] ?? "").replace(SLIPPED_BY, "");
  return to.length >= 2 ? { from: slip[2] ?? "", to } : undefined;
}
