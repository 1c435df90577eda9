import type { Intent, IntentContext } from "./intent-types.js";
import { sectionAnswer } from "./section-answer.js";
import { sectionMoveSaid } from "./section-move-said.js";
import { sectionByWork } from "./section-by-work.js";
import { updateNamedByWords } from "./section-move-named.js";
import { edgeless, intentText, MARKED_NUM, numberOf } from "./intent-lexicon.js";

/**
 * 「刚那条放错科室了 应该是高企的」「这条不是项目的 改到高企那边」: the section of an update said to
 * be wrong and the right one named — 科室 with that section (the engine files the draft there, or
 * says honestly that the roster decides), never a 修改 of the update's text. Only when the section
 * named is one the person reports for. Round fifty-two: the wrong one said as not to be put there (「这个不要放转化 放人才那边」).
 */
const SAID_WRONG =
  /(?:放|归|分|挂)错(?:了|啦|喽|咯|咧|哒)?(?:科室|地方|地儿|位置|口子|口|栏|那块)?|(?:选|弄|搞|填)错(?:了|啦|喽|咯)?(?:科室|地方|地儿)|科室(?:放|选|弄|搞|分|填)?错(?:了|啦|喽|咯)|科室(?:不对|整岔了|弄岔了)|换(?:个|一下|下)?科室|不是[\u4e00-\u9fff]{2,8}?(?:的|那块|那边)|不属于[\u4e00-\u9fff]{2,8}|(?:不要|别|莫|甭|不)(?:放|归|挂|算)(?:在|到|进)?[\u4e00-\u9fff]{2,8}?(?=$|[\s，,]|那块|那边|里)/;
/** 「搞错了」「弄错咯」「哎呀错了」: a clause saying only that something went wrong. */
const MISTAKE =
  /^(?:哎呀?|唉|诶)?(?:(?:搞|弄|选|放|填|整)?错(?:了|啦|喽|咯|哒)?|不对(?:不对|劲)?(?:了|啊|呀|哦)?)$/;
/** 「不对 这个要放人才那边」: after a clause saying it went wrong, 这个/那个 is the update just sent too (lead53, b106-d14). */
const THIS_ONE = /^(?:这|那)个(?=要|得|应该|应当|该|是|算|归|放)/;
/** 「刚才那条」「这条」「刚报的」: the update just sent, named at the head of a clause. */
const THE_UPDATE =
  /^(?:刚才?|刚刚|前面)?(?:我)?(?:那|这)条(?:的|是)?|^上一条(?:的|是)?|^刚(?:才|刚)?(?:报|发)的(?:那条|是)?|^(?:第[一二两三四五六七八九十\d]{1,3}(?:条|个)|#?\d{1,3}号|[一二两三四五六七八九十]{1,3}号|#\d{1,3})(?:那条|那个)?(?:的)?(?=是|算|归|应该|应当|该|(?:搬|挪|转|移|调|划)到)/;
/** 「应该归人才那个口」「放综合里」「算平台那边的吧」「该算研发那块」「是特派员那边的营生」 (晋 营生, round fifty-four): the section said to be right. */
const RIGHT_ONE =
  /^(?:那|这|它)?(?:个)?(?:应该|应当|应|该|要|得)?(?:是|算|归到?|放到?|放在|改到|改成|换到|换成|挪到|搬到|转到|调到|移到|划到|划归)(?:到|在)?\s*([\u4e00-\u9fff]{2,12}?)(?:那个口|那一?块|那一?摊|那边|这边|这块|那个|口|科|条线)?(?:的|里|里面|里头)?(?:活儿?|事儿?|工作|营生)?(?:吧|啊|哈|嘛|呀|啦)*$/;
/** Once the section is said to be wrong, a clause naming a section alone (「知产那块的」) is the right one. */
const NAMED_ALONE =
  /^(?:那|这|它)?(?:个)?(?:是|算)?([\u4e00-\u9fff]{2,12}?)(?:那个口|那一?块|那一?摊|那边|这边|这块|口|科|条线)(?:的|里)?(?:活儿?|事儿?|工作|营生)?(?:吧|啊|哈|嘛|呀|啦)*$/;

/** 第一条是成果转化的、2号算人才那边: an update by its number, and the section it is. */
const NUMBERED_IS =
  /^(?:第([一二两三四五六七八九十\d]{1,3})(?:条|个)|#?(\d{1,3})号|#(\d{1,3}))(?:那条|那个)?(?:的)?(?:应该)?(?:是|算|归|放)(.+)$/;

/**
 * 「第一条是成果转化的 第二条是人才的」: each clause an update by its number and its section — every
 * one moved (「1 成果转化 2 人才」), not only the last; undefined unless there are two or more.
 */
function eachNumbered(clauses: readonly string[], ctx: IntentContext): string | undefined {
  if (clauses.length < 2) return undefined;
  const pairs: string[] = [];
  for (const clause of clauses) {
    const m = NUMBERED_IS.exec(clause);
    const n = m ? numberOf(m[1] ?? m[2] ?? m[3]) : undefined;
    const named = m ? edgeless(intentText(m[4]!).core) : "";
    const id = n === undefined ? undefined : sectionAnswer(named, ctx.sections);
    const s = ctx.sections.find((x) => x.id === id);
    if (!s) return undefined;
    pairs.push(`${n} ${s.aliases[0] ?? s.name}`);
  }
  return pairs.join(" ");
}

/**
 * 「刚那条放错科室了 应该是高企的」「刚才那条应该归人才那个口」「那条归党建口哈」: the section of the
 * update said to be wrong (or the update moved to one), the right one named by name, alias or
 * abbreviation; passed as said when that is a name or alias, else as the section's short name.
 */
export function sectionMoveRequest(text: string, ctx: IntentContext): Intent | undefined {
  const own = ownSectionMove(text, ctx);
  if (own || !ctx.rosterSections) return own;
  // 「第一条其实是高企的 帮我挪过去」 from someone who does not report for 高企: the same move read against the roster's
  // other sections is still 科室 — which answers that the roster decides, never a 修改 asking for new text.
  const others = ctx.rosterSections.filter((s) => !ctx.sections.some((m) => m.id === s.id));
  if (others.length === 0 || ctx.awaiting === "section") return undefined;
  return ownSectionMove(text, { ...ctx, sections: others });
}

function ownSectionMove(text: string, ctx: IntentContext): Intent | undefined {
  // 「是管企业认定那块的」: a section named by the work it does is that section (section-by-work.ts).
  // 「这个是科普那块的哦」 to a card: 这个 is the card's draft, as 这条 is (not with nothing shown: a thing talked of).
  const norm = sectionByWork(
    ctx.awaiting === "confirm" ? text.replace(/^这个(?=是|算|归|应该|应当|该)/, "这条") : text,
    ctx.sections,
  );
  const wrong = SAID_WRONG.test(norm);
  const split = norm.split(/[，,。；;！!\s]+/).filter((c) => c !== "");
  // 「不对 这个要放人才那边」: 这个 after the mistake said is 这条.
  const clauses = MISTAKE.test(split[0] ?? "")
    ? split.map((c, i) => (i > 0 ? c.replace(THIS_ONE, "这条") : c))
    : split;
  // 「不对劲 冷库那条得归高企科」: the update named by words of its own before 那条/这条 is that update (section-move-named.ts).
  const byWords = clauses.map((c) => updateNamedByWords(c, ctx));
  const namedSeq = byWords.find((n) => n !== undefined)?.seq;
  byWords.forEach((n, i) => {
    if (n) clauses[i] = n.clause;
  });
  const several = eachNumbered(clauses, ctx);
  if (several) return { kind: "command", command: "科室", text: `科室 ${several}` };
  // 「搞错咗 呢条应该系人才嗰边嘅」: the update may be pointed at after a clause saying it went wrong.
  // Said any other way (「第3条是项目上的事 帮我挪过克」「那条是项目滴 不是高企滴」): section-move-said.ts.
  const said = sectionMoveSaid(norm, ctx);
  if (said) return said;
  if (
    !wrong &&
    !THE_UPDATE.test(clauses[0] ?? "") &&
    !(MISTAKE.test(clauses[0] ?? "") && clauses.slice(1).some((c) => THE_UPDATE.test(c)))
  )
    return undefined;
  for (const clause of [...clauses].reverse()) {
    if (/^不是/.test(clause)) continue;
    const core = edgeless(intentText(clause.replace(THE_UPDATE, "")).core);
    const named = RIGHT_ONE.exec(core)?.[1] ?? (wrong ? NAMED_ALONE.exec(core)?.[1] : undefined);
    const id = named ? sectionAnswer(named, ctx.sections) : undefined;
    if (!named || !id) continue;
    const s = ctx.sections.find((x) => x.id === id);
    const said = s && (s.name === named || s.aliases.includes(named)) ? named : (s?.aliases[0] ?? s?.name);
    // 「5号那条科室弄错了 应该算高企」: the update named by its number goes with the section.
    const nums = new Set([...norm.matchAll(MARKED_NUM)].map((m) => numberOf(m[1] ?? m[2])));
    // 「搞错咗 呢条应该系人才嗰边嘅」 just after a card was confirmed, nothing asked: 这条 is the update just
    // reported — that one is moved, not the person's sections changed.
    const pointed = clauses.some((c) => THE_UPDATE.test(c)) && ctx.awaiting === "nothing";
    const seq = nums.size === 1 ? [...nums][0] : (namedSeq ?? (pointed ? ctx.latestSeq : undefined));
    return {
      kind: "command",
      command: "科室",
      text: `科室 ${seq === undefined ? "" : `${seq} `}${said ?? named}`,
    };
  }
  return undefined;
}
