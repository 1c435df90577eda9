import { NOTICE_ASK, NOTICE_MARK } from "./intent-lexicon.js";
import type { Intent } from "./intent-types.js";

/**
 * 「【聊天记录】办公室群：周五前各科室交年度述职PPT」「转发 市科技局：关于开展2026年度科技统计调查的通知」
 * 「转发：县政府办公室关于做好元旦春节期间值班工作的通知」: something passed on from elsewhere with nothing said of it —
 * another chat's lines pasted, or a notice's title alone. Neither work done nor a request to the bot: what the
 * sender wants is asked (unclear), never stored, never run as the command its words name (各科室交… is no 进度).
 * A notice that asks others to act (转发：…的通知，请各科室…) stays a notice (classify-intent.ts), and a passage of
 * the bureau's own work with its count stays that work (not-own-work.ts forwardsOwnWork).
 */
const CHAT_LOG =
  /^(?:【\s*(?:聊天记录|群聊记录|群消息|群聊)\s*】|\[\s*(?:聊天记录|群聊记录)\s*\]|(?:聊天记录|群聊记录)\s*[:：])/;
/** A document's title and nothing more: 关于开展…调查的通知、县政府办公室关于…的通知、…实施方案. */
const TITLE_ONLY = /^[^，,。；;！!？?\s]{0,40}(?:通知|通报|意见|办法|方案|函|公告|简报|文件|细则)$/;

export function passedOn(norm: string): Intent | undefined {
  const t = norm.trim();
  if (CHAT_LOG.test(t)) return { kind: "unclear" };
  const mark = NOTICE_MARK.exec(t);
  if (!mark) return undefined;
  const body = t.slice(mark[0].length).trim();
  return TITLE_ONLY.test(body) && !NOTICE_ASK.test(body) ? { kind: "unclear" } : undefined;
}
