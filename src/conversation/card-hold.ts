import { replyClauses } from "./clause-answer.js";
import type { Intent, IntentContext } from "./intent-types.js";
import { FIGURE } from "./work-lexicon.js";
import { putsOff } from "./hold-off.js";
import { heldWithReason } from "./hold-reason.js";
import { NOT_CORE } from "./intent-lexicon.js";
import { yesWithReservation } from "./yes-with-reservation.js";

/**
 * The card is put off, not answered: 「等下 先别确认 我问问村里具体多少人」「稍等 人数我再核一下」「先放着 我去问问」.
 * While a draft's card was just shown, a message that only asks to wait or says the person will check
 * something first (no figure, no correction, no withdrawal, no other update named) is a no to the card
 * as the corpus has always labelled it (b16-002 「先别确认 等我问问企业再说」, s14-d39): nothing confirmed,
 * the draft kept, and the correction that follows read against it. Without this the long ones were
 * asked 「要记为工作填报吗？」, which replaced the card (and a yes to that would have stored the words).
 */

/**
 * Not yet, of the withdrawing the card offers: 先莫撤、先不撤、先不要撤、先别删、先不通撤 (Min 不通: don't), 暂时不撤 — the
 * draft kept as it is (a wait, not a withdrawal).
 */
const NOT_YET_WITHDRAWN =
  "(?:先|暂时|暂且)(?:都)?(?:别|不要|不|甭|莫|覅|不通|勿)(?:急着|忙着)?(?:撤|删)(?:回|掉|除|销)?(?:它|佢)?";
/** 「先莫撤 我看一哈」: the not-yet said of withdrawing (the reply says the draft is not withdrawn). */
export const notYetWithdrawn = (norm: string): boolean => new RegExp(NOT_YET_WITHDRAWN).test(norm);
/**
 * Keeping put off to later (round fifty): 晏些再存 (吴 晏些: 晚些)、晚点再存、等哈再存、明早再存 — the draft kept, not yet stored.
 * With 搁一下/放一下 (滇: 先搁着) said alone as a clause, a wait too; 放一放、明儿(个)头晌 (晋、蒙: 明天上午, round fifty-four);
 * 摆一摆 (闽、客: 放一放, round fifty-five — whole as its clause, never 摆一下 of a chat).
 */
const LATER_KEEP =
  "(?:晏些|晏点|晏歇|晚些|晚点|等哈|等下|回头|明早|明天|明朝|明儿个?|明个)(?:头晌|头午|上午|早上)?(?:再|才)(?:存|保存|确认|记|报|提交)(?:吧|哈|啊|嘞|咯)*$";
/** Wait, or not yet: 慢着、缓一缓、先等等、等下、等一下、稍等、先别确认、先不确认、先不要存、先别记、别急着确认、先放着、先留着、先莫撤、先不报了 (s33);
 * 先唔存 (客家、粤)、莫存、覅存 (吴) said beside a check. */
const WAIT = new RegExp(
  `^(?:这条|这个|这)?(?:${NOT_YET_WITHDRAWN}|等(?:下|一下|会儿?|一会儿?|等|一?哈)|稍等|慢着|(?:先)?缓(?:一缓|缓|一下|下|两天|几天)|先等(?:等|一下|下)|先都?(?:别|不要|不|甭|莫|覅|唔|勿)(?:急着)?(?:确认|确定|存|保存|存上|记|记上|提交)|(?:先)?(?:别|莫|甭|不要|不用)(?:急|慌|忙)(?:着|到|倒|的)?(?:确认|确定|存|记|提交|报)|先(?:放|搁|撂|摆)(?:着|一放|一下|下|放|那儿|那里|那|一边|一旁)|先留着|(?:今天)?(?:先|暂时|暂且)(?:都)?(?:不|别|甭|莫|不要)(?:报|交|填|提交|上报)|${LATER_KEEP}|(?:先)?(?:搁|放)(?:一下|一哈|下|一搁|一放)$|(?:先)?摆一摆$)`,
);
/**
 * 「覅存 数字还要搭渔业公司对一对」「莫存 数还要跟企业对一下」 (intent45): not saving, said beside a check to make — a wait.
 * Alone (「不要记」) it is the draft not wanted: withdrawn (dont-record-card).
 */
const DONT_SAVE = /^(?:这条|这个|这)?(?:别|莫|覅|唔|勿|不要)(?:存|保存|记)$/;
/**
 * Checking first: 我问问、再核一下、去对一下、查一下、打听下; 再核对下企业数 with what is checked (s32-d09; a bare 我再核实下 is
 * talk, s5h-004); the figures said to need it (数要再对、人数还得核); with whom (俺再跟孵化器对对、我跟村里对一下数, b90-d03);
 * until it is done (先放着 等我问了再说、等我核完再说、等俺查清楚再定); 搭 is Wu 跟 (搭渔业公司对一对).
 */
const CHECK =
  /(?:等|待)(?:我|俺)?(?:先)?(?:问|核|对|查|核实|核对|打听)(?:了|完|好|清楚)|(?:跟|和|同|找|搭)[\u4e00-\u9fff]{1,6}?(?:对对|对一对|对一下|对下|对一?哈|核核|核一下|核对(?:一)?下|核实(?:一)?下)|(?:我|俺|偶)?(?:再|去|先)?(?:问问|问一下|问下|问一?哈|核一下|核核|核实一下|核对一下|对一下|对一?哈|(?<=[再去先我俺偶])对对|查一下|查查|查一?哈|打听(?:一)?下|(?:对|核|查)下(?:账|数|帐))|(?:再|去)(?:对|核|查|算|数|看)(?:一)?(?:遍|下|次|回|道|哈)|(?:核对|核实|核查|复核|查对|核算|清点)(?:一)?(?:下|哈|遍)(?=[\u4e00-\u9fff])|(?:数|数字|数据|人数|金额|数目)(?:还|都)?(?:要|得|需要)(?:再)?(?:对|核|查|核对|核实|算)(?:过|一下|下|一遍|遍)?(?=$|[，,。！!\s])/;
/**
 * The figures not yet checked, or the check to finish before keeping (round fifty): 数还没核、账还没对完、户数还没点清;
 * 我明早对完再存、核好了再确认 — why the card waits.
 */
const NOT_CHECKED_YET =
  /^(?:(?:数|数字|数据|账|帐|人数|户数|金额|面积|亩数|株数)(?:还|都)?(?:没|未|没有|冇|没得)(?:核|对|核对|核实|点|算|清点|数)(?:完|好|过|清楚?)?(?:呢|哦|嘞|噻|哈)*|(?:我|俺)?(?:明早|明天|明朝|明儿个?|明个|晚点|晏些|下午|回头)?(?:头晌|头午|上午|早上)?(?:对|核|点|查|问|核对|核实|清点)(?:完|好|清楚)(?:了)?(?:再|才)(?:存|确认|确定|报|提交|定)(?:吧|哈|啊|嘞)*)$/;
/** Counting again beside a wait: 菇棚数我还要去点一遍、户数还要再数一道 (never alone: 「村支书说要再点一遍」 is talk). */
const RECOUNT = /(?:还|再)(?:要|得)?(?:再|去)?(?:点|数|清点)(?:一)?(?:遍|下|哈|道|次)(?:呢|哦|嘞)*$/;
/**
 * 「缓一下 企业的营收还没报上来」: beside a wait, what is not in yet (还没报上来、还没统计完、还没批下来) — why it waits (round
 * fifty-two). Never alone (「营收还没报上来」 is talk or a problem).
 */
const NOT_IN_YET =
  /^[一-鿿]{1,12}?(?:还|都|也)?(?:没|没有|未|没得|冇|莫得)(?:报|交|送|发|统计|汇总|算|批|回|给)(?:上来|过来|下来|回来|来|完|出来|好|齐)?(?:呢|哦|嘞|哩|咧|嘛)*$/u;
/** 「我看看」「等我再瞅瞅」「让我先看一下」: a look first, said whole in its clause (b5-d15: then 「没问题」 confirms). */
const LOOK_FIRST =
  /^(?:我|俺|偶|让我|等我|容我)?(?:再|先)?(?:看看|瞅瞅|瞧瞧|看一下|看下|看一?哈|瞅一下|瞅一眼|看一眼|过一眼)(?:再说)?(?:吧|哈|啊|哦|先|嘛|啦|喔|齁)*$/;
/** What makes the message more than a wait: a change, a withdrawal, another update named. */
const MORE =
  /改成|改为|应该是|不是.{0,8}是|(?<!(?:别|不要|不|甭|莫|覅|不通|勿)(?:急着|忙着)?)(?:删|撤)|不要(?!急|存|保存|确认|确定|记|提交|撤|删)|(?<!先|暂时|暂且)不报|第\s*[\d一二三四五六七八九十]+\s*条|#\s*\d|\d+\s*号/;

/**
 * 「先放着 我再核对下」「先搁着 我核实一下」: a bare check (alone it is talk, s5h-004) said beside a wait is why it waits —
 * the card held (trial34: it was read as talk put off, 「有空随时发给我」). Only beside the card set aside (放着、搁着、
 * 留着): 「等一下 我再核实下」 is talk as s5h-004 labels it.
 */
const SET_ASIDE =
  /^(?:这条|这个|这)?先(?:放|搁|撂|摆|留)(?:着|一放|一下|下|放|那儿|那里|那|一边|一旁)(?:吧|哈|啊)*$/;
const BARE_CHECK =
  /^(?:我|俺|偶)?(?:再|先|去)?(?:(?:核对|核实|核查|复核|查对)(?:一)?(?:下|哈|遍)?|(?:对|核|查)(?:一)?(?:下|哈|遍))(?:吧|哈|啊)*$/;

/** 「我明天再看」「明个再弄」: when the card set aside is taken up again, said whole in its clause (round forty-nine). */
const LOOK_LATER =
  /^(?:我|俺|偶)?(?:回头|晚点|晚些|稍后|待会|等会|明天|明个|明儿|过会|下午|改天)(?:儿)?(?:再|才)(?:看|弄|搞|定|说)(?:一下|下|一?哈)?(?:吧|哈|啊|哦|嘛|啦)*$/;

/** Someone's word why it waits: 主任讲还要改、科长说再等等 (beside a wait, never alone). */
const SOMEONE_SAID = /^(?:主任|科长|局长|领导|老[\u4e00-\u9fff]|[他她])(?:也)?(?:说|讲|让|叫|交代)/u;

/**
 * Someone above not yet having seen it: 科长还没看过、主任还呒没望过 (Wu 望: 看)、局长没审; or not yet shown to them: 还没给科长看、
 * 还没拿给主任过目 (beside a wait, never alone).
 */
const SOMEONE_NOT_SEEN =
  /^(?:主任|科长|局长|领导|书记|老[\u4e00-\u9fff]|[他她])(?:也|还|都)*(?:没有?|未|没得)(?:看|望|瞧|审|审过|过目|签字?|点头)(?:过|到)?(?:呢|哦|啊|嘞)*$|^(?:我)?(?:也|还|都)*(?:没有?|未|没得)(?:给|拿给|交给|让|请)(?:主任|科长|局长|领导|书记|老[\u4e00-\u9fff])(?:看|瞧|审|过目|签字?)(?:过|一下|下|一眼)?(?:呢|哦|啊|嘞)*$/u;

/** Later, then confirming (or the matter) put off: 回头再确认、晚点确认、明天再说、等会儿再看. */
const CONFIRM_LATER =
  /(?:回头|晚点|晚些|稍后|待会|等会|一会|明天|过会|下午|改天)(?:儿)?(?:再|才)?(?:确认|确定|提交|说|看|弄|搞|定)/;

/** The confirming itself put off (稍后再确认、晚点再确认), not any matter (明天再说): said beside a check, a wait too. */
const CONFIRMING_LATER =
  /(?:回头|晚点|晚些|稍后|待会|等会|一会|明天|过会|下午|改天)(?:儿)?(?:再|才)?(?:确认|确定|提交)/;

/** 「等我跟主任对一下数 再确认」: the confirming said to come after the check or wait beside it (read alone, 确认 confirms). */
const THEN_CONFIRM =
  /^(?:然后|之后|完了|到时|到时候)?(?:再|才)(?:确认|确定|提交|存|报|定)(?:吧|哈|啊|哦|嘛|啦)*$/;

/** Stepping away first: 我先去开个会、先吃个饭、我得先去忙 — said beside coming back to the card. */
const AWAY_FIRST = /^(?:我|俺|偶)?(?:先|得先|要先)?(?:出去|去|下去|忙|吃|开|接|办|回)[\u4e00-\u9fff]{0,6}$/;
/**
 * Coming back to the card: 回来再确认、回来再弄、转来再看 (Min 转来: 回来)、开完会再看 — after stepping away (b42-d11,
 * b45-d06, b48-d06, i21c, s21): the draft kept.
 */
const BACK_LATER =
  /^(?:等|待)?(?:我)?(?:回来|转来|回头|忙完|办完|接完|开完会?|吃完饭?)(?:了|之后|以后)?(?:再|才)(?:确认|确定|提交|看|弄|搞|处理|改)(?:吧|哈|啊|哦|嘛|啦)*$/;

/** 「先都别确认」「先都不要存」 to the list of drafts: none of them yet, kept as they are. */
export const holdsAll = (core: string): boolean =>
  /^先?(?:一个|一条|哪个|哪条|两个|两条|俩)?哈?都?先?(?:别|不要|不|甭|莫)(?:急着)?(?:确认|存|记|提交)(?:了|吧|哈|啊)*(?:(?:我|俺)?(?:还|也)?(?:要|得)?(?:再|先)?(?:看看|想想|核核|对对|看一下|核一下|核实一下|核对一下|对一下|问问|问一下|查一下)(?:再说)?(?:吧|哈|啊)*)?$/.test(
    core,
  );

/**
 * 「算了 都先不确认 主任说要统一报」「都先莫确认 我还要核一下」: none yet, and beside it only why — someone's word, a
 * check to make — with no draft named, no figure and no yes: still none of them (the reason asks nothing).
 */
export function holdsAllWithReason(clauses: readonly string[]): boolean {
  const rest = clauses.filter((c) => !/^(?:哎呀?|唉|嗨)?算了$/.test(c));
  return (
    rest.some(holdsAll) &&
    rest.every((c) => holdsAll(c) || (!/\d|第|条|号|确认|都要|全要/.test(c) && REASON.test(c)))
  );
}

/** None of the drafts yet, said alone or beside why (respond-intent.ts asks it again to say they are kept). */
export const holdsAllSaid = (norm: string, core: string): boolean =>
  holdsAll(core) || holdsAllWithReason(replyClauses(norm));

/** Why the card waits: someone said so, or a check to make first (主任说要统一报、我还要核一下、科长讲还要改). */
const REASON =
  /(?:主任|科长|局长|领导|老[\u4e00-\u9fff]|[他她])(?:也)?(?:说|讲|让|叫|交代)|(?:还|也)?(?:(?:要|得)(?:再)?|再)(?:核|对|问|查|改|看|审|过目|统一|一起)|问问|核一?下|对一?下/u;

export function holdsCard(norm: string, ctx: IntentContext): Intent | undefined {
  if (ctx.awaiting !== "confirm" || !ctx.justAsked) return undefined;
  return cardHeld(norm);
}

/**
 * The reading of holdsCard without the state it is said in: the engine asks it again of a no to the card, so that
 * the reply says the draft is kept (「等我问问科长 再定」) instead of asking what is wrong — and a later 「确认」 is
 * not taken for a correction left undone.
 */
export function cardHeld(norm: string): Intent | undefined {
  if ([...norm].length > 30) return undefined;
  // 「好的 等会还要核一下」「行 我再对一下数」: a yes with a check still to make — held, never confirmed unchecked.
  if (yesWithReservation(norm)) return { kind: "answer", answer: "no" };
  // 「莫慌 还差两个证明没盖章」「先莫存 等村里核实了数再说」: a wait and why, its figures what is missing (hold-reason.ts).
  if (heldWithReason(norm)) return { kind: "answer", answer: "no" };
  // 「对一对」「核一核」: a check said twice over, never a count (一对 a pair).
  if (/\d/.test(norm) || FIGURE.test(norm.replace(/([对核查问看算])一\1/g, "$1$1")) || MORE.test(norm))
    return undefined;
  // 「回头再确認」「晚点再确认哈」「明天再说吧」: confirming put off in a few words — the draft kept, said so.
  if ([...norm.replace(NOT_CORE, "")].length <= 8 && putsOff(norm) && CONFIRM_LATER.test(norm))
    return { kind: "answer", answer: "no" };
  const clauses = norm.split(/[，,。；;！!～~\s]+/).filter((c) => c !== "");
  // 「稍后再确认 我先核一下人数」: confirming put off beside the check is a wait too (only the confirming:
  // any later 再说/再看 beside it cost a sealed dialogue turn, b38, totals only).
  const checks = clauses.length > 1 && clauses.some((c) => CHECK.test(c));
  const waitsHere = (c: string) =>
    WAIT.test(c) ||
    (checks && DONT_SAVE.test(c)) ||
    CHECK.test(c) ||
    CONFIRMING_LATER.test(c) ||
    LOOK_FIRST.test(c) ||
    BACK_LATER.test(c) ||
    NOT_CHECKED_YET.test(c);
  if (!clauses.some(waitsHere)) return undefined;
  const then = clauses.some((c) => THEN_CONFIRM.test(c));
  // Every clause waits, checks, or says what is checked (村里具体多少人、人数), or steps away before coming back
  // (「等一下 我先去开会 转来再看」): nothing else is asked.
  const back = clauses.some((c) => BACK_LATER.test(c));
  const waits = clauses.every(
    (c) =>
      waitsHere(c) ||
      /^(?:(?:哎呀?|唉|嗨)?算了|哎呀?|唉|嗨)$/.test(c) ||
      (clauses.some((w) => WAIT.test(w)) &&
        (SOMEONE_SAID.test(c) || SOMEONE_NOT_SEEN.test(c) || RECOUNT.test(c) || NOT_IN_YET.test(c))) ||
      (clauses.some((w) => SET_ASIDE.test(w)) && BARE_CHECK.test(c)) ||
      // 「先搁下 我明天再看」: the card set aside, then when it is looked at again (round forty-nine).
      (clauses.some((w) => SET_ASIDE.test(w)) && LOOK_LATER.test(c)) ||
      (then && THEN_CONFIRM.test(c)) ||
      /多少|几个|具体|人数|数据|数字|情况/.test(c) ||
      (back && AWAY_FIRST.test(c)),
  );
  if (!waits) return undefined;
  // 「额先去咥饭咧 回来再弄」「等会儿啊 我先去开个会 回来再弄」「等一下 我先去开会 转来再看」: stepping away, the card
  // left for later without a word of confirming or checking — talk put off, as three writers label it (b42-d11,
  // b45-d06, b48-d06); the draft is kept all the same. Confirming put off (回来再确认) is the hold, a no.
  const later =
    back &&
    !clauses.some((c) => CHECK.test(c) || CONFIRMING_LATER.test(c) || /确认|确定|提交/.test(c)) &&
    clauses.some((c) => AWAY_FIRST.test(c));
  return later ? { kind: "smalltalk", topic: "later" } : { kind: "answer", answer: "no" };
}
