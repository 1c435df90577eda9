import type { Intent } from "./intent-types.js";

/**
 * 「礼拜天克崇礼滑雪不」「周末一起去钓鱼不」「晚上一块吃火锅去不」「下班了去泡温泉吗」: a colleague asked out for leisure on
 * some day — talk between people, whatever day it names (never 上班吗 on it, never the learned guess's command: the
 * day and the 不 closing it looked like a workday asked, blind85 round forty). Read on the core, after the dialect
 * folds (克 → 去). A trip of work asked (去县里开会不、去村里看看大棚不) names no leisure and is left as it was. Pure.
 */

/** When: a day or a part of one, or none. */
const WHEN =
  "(?:今天|明天|后天|大后天|周末|这周末|礼拜[六天日]|星期[六天日]|周[六日末]|下班(?:了|后)?|晚上|中午|下午|今晚|明晚|过两天|改天|有空)?";
/** What is done for pleasure, and the meal or drink had together. */
const LEISURE =
  "(?:滑雪|滑冰|溜冰|钓鱼|爬山|登山|逛街|逛逛|逛公园|唱歌|唱K|打球|打篮球|打羽毛球|打乒乓球|打台球|打牌|看电影|泡温泉|泡澡|搓澡|撸串|吃(?:饭|火锅|烧烤|串|肉|羊肉|手把肉|莜面|饺子|宵夜|夜宵|一顿)|喝(?:酒|两杯|一杯|茶|咖啡)|遛弯|散步|跑步|健身|游泳|玩|耍)";
/** Closing the asking: 不、吗、去不、不去、呗、咋样. */
const ASKED = "(?:去)?(?:不|吗|么|没|不去|呗|咋样|怎么样|行不|中不)(?:[啊呀呢嘛哈哦]*)$";

const OUTING = new RegExp(
  `^(?:咱|咱们|咱俩|我们|你|您)?${WHEN}(?:咱|咱们|咱俩|我们|你)?(?:一起|一块儿?)?(?:去|到)?[\\u4e00-\\u9fff]{0,4}?${LEISURE}${ASKED}`,
);

export function outingAsked(core: string): Intent | undefined {
  if ([...core].length > 18 || /\d/.test(core)) return undefined;
  return OUTING.test(core) ? { kind: "smalltalk", topic: "other" } : undefined;
}
