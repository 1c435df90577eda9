import { intentText } from "./intent-lexicon.js";
import type { Intent } from "./intent-types.js";

/**
 * 「今个上午到双墩镇给企业讲了加计扣除 这个要不要报啊」「昨个帮三家企业弄了高企申报材料 这个算不算」「下午陪市里专家
 * 看了草莓基地 这个要报不」: work told, then whether *it* is to be reported asked of it (这个/这条/这些 …). What is
 * answered is the work: read without the question, it is a report (its card shows what was read, and 确认 is still
 * needed) or, where it does not read as one, the report-or-not question — never a question the bot cannot answer
 * (「这个问题我答不了」). The rules questions (出差那几天的事要不要报、加班算不算) point at no work told: not this.
 */
const POINTER = "(?:那|那么)?(?:这个?|这条|这些|这种|这事儿?|这块|那个)(?:也|还|都)?";
const WHETHER =
  "(?:是不是)?(?:要不要|用不用|需不需要|能不能|可不可以|得不得|要|需要|用|得|能|可以)(?:填|上)?报(?:一下|上去|上来)?";
const COUNTS = "算不算(?:工作|要报的|数|填报|成绩)?|算(?:工作|要报的|填报)(?=吗|么|不|没)";
const CLOSE = "(?:不|吗|么|嘛|啊|呀|哦|撒|没|呢|哈|咯|嘞|啵|伐)*[?？]*$";
/** The question closing the message, its pointer at the work before it. */
const ASKED_OF_IT = new RegExp(`[，,。；;\\s]*${POINTER}(?:${WHETHER}|${COUNTS})${CLOSE}`, "u");
/** Work told as done before it: 了、过、完 — not a plan nor a habit. */
const DONE = /了|过|完/u;
/** Too little before the question to be work. */
const MIN_CHARS = 6;

/**
 * The message read as the work told before 「这个要不要报」 (by `read`, the rules after the commands): a report stays
 * one; anything else is asked about (要记为工作填报吗？) — undefined where the message is no such question.
 */
export function reportAskedOfWork(
  norm: string,
  read: (norm: string, core: string) => Intent,
): Intent | undefined {
  const m = ASKED_OF_IT.exec(norm);
  if (!m || m.index === 0) return undefined;
  const rest = norm.slice(0, m.index).trim();
  if ([...rest].length < MIN_CHARS || !DONE.test(rest)) return undefined;
  const work = read(rest, intentText(rest).core);
  return work.kind === "report" || work.kind === "unclear" ? work : { kind: "unclear" };
}
