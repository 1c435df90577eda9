import { colleagueTripAsked } from "./colleague-trip-asked.js";
import type { SmallTalkTopic } from "./intent-lexicon.js";
import { othersAway } from "./others-doings.js";
import { othersTrip } from "./others-trip.js";
import { personalErrand } from "./personal-errand.js";

/** 「辛苦了 早点休息」「你也早点歇着哈」「注意休息」: rest wished to someone, said whole. */
export const REST_WISH =
  /^(?:辛苦(?:了|啦)?|谢谢|好的|晚安|收到)?(?:你|您|大家)?(?:也)?(?:早点|早些|好好|注意|多)(?:回去|回家)?(?:休息|歇着|歇歇|歇会儿?|睡)(?:吧|哈|啊|哦|呀|啦|了)*$/;

/**
 * Things told in passing that are neither the sender's work nor the sender's leave, whatever their words:
 * someone else's day off or absence (「小刘昨天去县一中搞演练了，今天调休」: others-doings.ts) and one's own
 * private errand (「昨天去医院做了个检查」: personal-errand.ts), a colleague's trip ahead (「我们科小王下周去市里培训」:
 * others-trip.ts). Answered as talk, never stored, no leave offered.
 */
export function toldInPassing(norm: string, people?: readonly string[]): SmallTalkTopic | undefined {
  // 「我们科小王下周去市里培训」「局长后天去市里汇报」: a colleague's trip ahead (others-trip.ts).
  if (othersAway(norm) || othersTrip(norm, people)) return "others";
  // 「你们礼拜三去省厅是坐高铁还是开车」: a trip asked about among colleagues (colleague-trip-asked.ts).
  if (colleagueTripAsked(norm)) return "others";
  if (personalErrand(norm)) return "errand";
  return undefined;
}
