import type { Intent, IntentContext } from "./intent-types.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * 「今天这个活动效果蛮好 老百姓都说好」「这次培训反响不错 大家都挺满意」 while a draft's card was just shown: a remark on
 * the work already on the card (这个/这次 points back at it; every clause is a verdict on how it went), no work of its
 * own — talk, never a second update (dlg22 i22c-016, s22-d10 were stored as one). A new update said while the card
 * shows carries its own work (「另外下午还去了新华村…」); one with a figure or a place done is read as before.
 */
const POINTS_BACK =
  /^(?:今天|刚才|刚刚|上午|下午|昨天|昨儿)?(?:的)?(?:这个|这次|这回|这场|那个|那场|这趟|这一次)(?:活动|会|讲座|培训|检查|事|活儿?)?/u;
/** How it went: 效果好、反响不错、都说好、挺成功、很满意. */
const VERDICT =
  /(?:搞|办|弄|开|讲|做|干|组织)得(?:好|不错|成功|精彩|细|漂亮|扎实|到位|热闹)|表扬|夸|受教育|有收获|效果|反响|评价|口碑|好评|都说好|(?:都|挺|蛮|很|真|特别|非常|相当|老)(?:好|不错|成功|热闹|顺利|满意|喜欢|欢迎|认可)|满意|受欢迎|都(?:爱|喜欢|夸|叫好|点赞|说好|说不错)/u;

export function remarkOnCard(norm: string, ctx: IntentContext): Intent | undefined {
  if (ctx.awaiting !== "confirm" || !ctx.justAsked || [...norm].length > 30) return undefined;
  if (/\d/.test(norm) || FIGURE.test(norm)) return undefined;
  const clauses = norm.split(/[，,。；;！!～~\s]+/u).filter((c) => c !== "");
  if (clauses.length === 0 || !POINTS_BACK.test(clauses[0]!)) return undefined;
  return clauses.every((c) => VERDICT.test(c)) ? { kind: "smalltalk", topic: "other" } : undefined;
}
