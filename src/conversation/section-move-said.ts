import type { Intent, IntentContext } from "./intent-types.js";
import { MARKED_NUM, numberOf } from "./intent-lexicon.js";

/**
 * An update moved to another section, said the way people say it in any dialect: an update pointed at (刚那条、
 * 将将那条、头先那个、嗰条、第3条、2号), a section of the person's named, and either a move (挪过克、归到…那头、挂到…底下、
 * 转过去), a contrast (「是项目滴 不是高企滴」「唔系高企嘅 系项目嘅」), a mistake owned (报错科室了、我点错了) or a
 * plain 「…是/算/其实是 X 的（活）」. The section said not to be it (不是/唔系/不系 X, 填到 X 去了) is never taken;
 * when two are left, the one said last is. Read only when the message carries no figure: 「刚那条是项目的 改成9家」 is a
 * correction. Word lists of particles are kept short on purpose: the structure (pointer + section + relation) decides.
 */
const TIME = "(?:刚刚|刚才|刚将|将将|将才|才将|头先|头前|先头|前头|刚|才)";
const POINTER = new RegExp(
  `^(?:哎呀?|唉|诶|对了|嗯|那个)?(?:${TIME}(?:我)?(?:报|发|填|交)?(?:的)?(?:那|这|嗰|呢|个)一?(?:条|條|个|個|项|項)|(?:我)?(?:刚|刚才)?(?:报|发)的那?(?:条|个)?|(?:那|这|嗰|呢)一?(?:条|條)|上一?(?:条|條|个)|第[一二两三四五六七八九十\\d]{1,3}(?:条|條|个)|#?\\d{1,3}号)`,
);
/** A section said not to be the one: 不是 X、唔系 X、不该放 X、不属于 X. */
const DENIED = /(?:不是|不系|唔系|毋是|冇是|不算|不该放?在?|不属于|不归|并非|非)$/;
/** Where it was put by mistake: 填到 X 去了、报到 X 里了、放 X 里咧. */
const PUT_BEFORE = /(?:填|报|放|选|分|挂|弄|搞|整)(?:到|在|进|成)?$/;
const PUT_AFTER = /^(?:里头?|里面|底下|那边|那头)?(?:去|克|起)?(?:了|咧|喽|咯|啦|哒|嘞)/;
/** A relation that says where it belongs or that it moves. */
const RELATION =
  /挪|搬|转(?:过|到|去|一下)|移到|调到|划到|划归|挂到|归到|归|换到|换成|改到|改成|放到|放在|算到|算|属于|是|系|其实|应该|应当|该/;
const MISTAKE = /(?:放|报|填|点|选|搞|弄|分|归|挂)错|错了|整岔|弄岔|不对/;

/** What follows a section spoken of: 那块、那头、口、科、的活、上的事, a particle, or the end. */
const SECTION_TAIL =
  /^(?:那|这|口|科|条线|底下|头上|里|上的|的活|的事|的工作|嘅|滴|哩|的?(?:$|[\s，。！？,.!?\p{Extended_Pictographic}]))/u;
/** A tail only a section takes: after a name said longer (「作风建设那块」), the section is meant. */
const STRONG_TAIL = /^[\u4e00-\u9fff]{1,2}(?:那一?块|那边|那头|那摊|口|条线|的活|上的事)/;
/** What stands before a section spoken of: a relation or a denial (是、系、算、归、属于、到、放、改成), or a clause's start. */
const LEAD = /(?:是|系|算|归|属于|到|成|放|挂|在|于)$|(?:^|[\s，。！？,.!?、\p{Extended_Pictographic}])$/u;

interface Mention {
  id: string;
  word: string;
  at: number;
  denied: boolean;
}

export function sectionMoveSaid(norm: string, ctx: IntentContext): Intent | undefined {
  const text = norm.trim();
  const pointer = POINTER.exec(text);
  if (!pointer) return undefined;
  const rest = text.slice(pointer[0].length);
  // The pointer's own number (第3条) is no figure; any other digit is (「改成9家」).
  if (
    /[0-9０-９]/.test(rest) ||
    /[一二两三四五六七八九十百千万]+(?:家|个|人|场|次|件|项|户|元|万|份)/.test(rest)
  )
    return undefined;
  if (rest.length > 40) return undefined;
  const mentions = mentionsIn(text, ctx, pointer[0].length).filter((m) => m.at >= pointer[0].length);
  if (mentions.length === 0) return undefined;
  const kept = mentions.filter((m) => !m.denied);
  const ids = [...new Set(kept.map((m) => m.id))];
  if (ids.length === 0) return undefined;
  const contrast = mentions.some((m) => m.denied);
  if (!contrast && !RELATION.test(rest) && !MISTAKE.test(rest)) return undefined;
  const right = kept[kept.length - 1] as Mention;
  const s = ctx.sections.find((x) => x.id === right.id);
  if (!s) return undefined;
  const nums = new Set([...text.matchAll(MARKED_NUM)].map((m) => numberOf(m[1] ?? m[2])));
  const seq = nums.size === 1 ? [...nums][0] : ctx.awaiting === "nothing" ? ctx.latestSeq : undefined;
  const said =
    s.name === right.word || s.aliases.includes(right.word) ? right.word : (s.aliases[0] ?? s.name);
  return { kind: "command", command: "科室", text: `科室 ${seq === undefined ? "" : `${seq} `}${said}` };
}

/** Each place a section of the person's is named (name, short name, or a two-character piece of one name only). */
function mentionsIn(text: string, ctx: IntentContext, pointerEnd: number): Mention[] {
  const words: Array<{ id: string; word: string; piece?: boolean }> = [];
  for (const s of ctx.sections)
    for (const w of [s.name, ...s.aliases]) if ([...w].length >= 2) words.push({ id: s.id, word: w });
  // 「转化那块」「知产」: a two-character piece of a name that names one section only.
  for (const s of ctx.sections) {
    const chars = [...s.name];
    for (let i = 0; i + 2 <= chars.length; i++) {
      const piece = chars.slice(i, i + 2).join("");
      const owners = ctx.sections.filter((x) => [x.name, ...x.aliases].some((w) => w.includes(piece)));
      if (owners.length === 1 && !/[与和及的]/.test(piece))
        words.push({ id: s.id, word: piece, piece: true });
    }
  }
  words.sort((a, b) => b.word.length - a.word.length);
  const taken: boolean[] = [];
  const out: Mention[] = [];
  for (const { id, word, piece } of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (taken.slice(at, at + word.length).some(Boolean)) continue;
      // A piece of a name is a section only where a section is spoken of (转化那块、转化的活), not inside a word.
      // 「人才公寓」「发明专利」「高企认定的」 are things, not sections: a section is spoken of after a relation or at a
      // clause's start, and before a section's tail.
      const next = text.slice(at + word.length);
      if (!SECTION_TAIL.test(next) && (piece || !STRONG_TAIL.test(next))) continue;
      if (at !== pointerEnd && !LEAD.test(text.slice(0, at))) continue;
      for (let i = at; i < at + word.length; i++) taken[i] = true;
      const before = text.slice(Math.max(0, at - 4), at);
      const after = text.slice(at + word.length, at + word.length + 6);
      const denied = DENIED.test(before) || (PUT_BEFORE.test(before) && PUT_AFTER.test(after));
      out.push({ id, word, at, denied });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
