/**
 * Harm suffered, told as what happened to a thing (round forty, fig40): a problem, not work done, though it ends in 了.
 *
 * - the passive with its agent (让/被/叫 + who + 给? + a verb of harm + 了): 「遗址让挖沙的给祸祸了」「玉米让冰雹砸了两百多亩」;
 * - a crop or a field hit by the weather, with how much (冻了三百多亩、淹了八十亩、旱死了两千多棵) or what share
 *   of it (花冻了一半、茶叶冻了三成);
 * - people hurt or taken ill (保洁员中暑了两个、工人摔伤了), and what is found fake (考勤是假的、报告是编的).
 *
 * Work on the harm said in the same piece (补种了、修好了、抢通了) is the remedy, and the piece is left to the other rules.
 */
const HARM_VERB = "(?:祸祸|祸害|糟蹋|糟践|砸|冲|刮|冻|淹|毁|啃|偷|挖|压|烧|踩|弄坏|破坏|损坏|拱|吃)";
/** Verbs that are harm whatever follows them. */
const HARM_ONLY = "(?:祸祸|祸害|糟蹋|糟践|砸|刮|冻|淹|毁|啃|偷|弄坏|破坏|损坏|拱)";
const RESULT = "(?:坏|掉|毁|死|倒|塌|跑)";
const PASSIVE_HARM = new RegExp(`被[^，。；\\s]{1,8}?给?${HARM_VERB}${RESULT}?了`);
/**
 * 让/叫 also make someone do a thing (「让搬迁户吃了定心丸」「让施工队挖了三条排水沟」, review40b): harm only with 给, a
 * verb of harm alone, a result (压坏了), or nothing after 了 but the clause's end or how much of a crop (吃了两百多棵).
 */
const LET_HARM = new RegExp(
  `(?:让|叫)[^，。；\\s]{1,8}?(?:(?:给${HARM_VERB}${RESULT}?|${HARM_ONLY}${RESULT}?|${HARM_VERB}${RESULT})了|${HARM_VERB}了(?=[，,。；;！!\\s]|$|(?:大概|差不多|将近|近|有)?[\\d一二两三四五六七八九十百千几]+[多余来]?(?:亩|棵|株|头|只|片|公顷)))`,
);
// 冷冻了、速冻了、缓冲了、晾晒了 are work on a thing, not the weather on it (review40b). Hail and wind strike and blow
// with a result (冰雹打掉了快一半、大风刮倒了两百多棵, fig42); 打掉了三个团伙 counts no crop and stays work.
const WEATHER_HARM =
  /(?:(?<![冷速解缓对晾])(?:冻|淹|旱|涝|晒|砸|冲)(?:死|坏|伤|毁|倒|没)?|(?:打|刮|吹)(?:掉|坏|烂|落|伤|倒|断))了(?:大概|差不多|将近|近|有)?(?:[\d一二两三四五六七八九十百千几]+[多余来]?(?:亩|棵|株|头|只|间|户|公顷)|[一快小大近将]{0,3}半|[一二两三四五六七八九]成(?:半|多)?|百分之[\d一二两三四五六七八九十]+)/;
const HURT = /(?:中暑|受伤|摔伤|烫伤|冻伤|病倒|晕倒|累倒)了/;
// 「查处造假的三家」「打假」: cracking down on fakes is work; only a thing said to be fake (是假的) is wrong.
const FAKE = /(?<![查打处治击])(?:是|都是|全是)(?:假的|编的|虚的|造假的)/;
const REMEDY =
  /补种|补栽|补植|改种|修好|修复|抢修|抢通|恢复|处置|赔|清理|扶正|排涝|送医|送到医院|救治|看望|慰问/;

export function sufferedHarm(t: string): boolean {
  if (REMEDY.test(t)) return false;
  // 「让施工队给修好了」: only verbs of harm; 「被评为…」 is no harm.
  return PASSIVE_HARM.test(t) || LET_HARM.test(t) || WEATHER_HARM.test(t) || HURT.test(t) || FAKE.test(t);
}
