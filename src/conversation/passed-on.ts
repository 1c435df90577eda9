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
/**
 * 「2026年度油茶低改台账.xlsx 你睇下」「紫菜养殖户名单.xlsx 侬看看」「高企复审材料清单.pdf 麻烦看看」: a file's name with only a
 * look asked of it (b95-016) — the file is not in the text and a year in its name is no figure of work: what the sender
 * wants is asked, never stored. A file's name with the work said beside it (「高企申报情况表.xlsx 今年报了二十六家」) is a report.
 */
const FILE_LOOK =
  /^[^\s，,。]{1,60}\.(?:xlsx?|docx?|pdf|pptx?|wps|et|csv|zip|rar|7z|txt|jpe?g|png)\s*[，,]?\s*(?:你|侬|您|麻烦|请|劳烦|帮我|帮忙)*\s*(?:睇|看|瞅|瞄|望|过目|查收|收|审|核)(?:一?下|一哈|哈|看|睇|瞅|一眼|收|一收)?(?:吧|哈|啊|呀|噻|嘛|伐|哦|啦|下)?[。.!！~～]*$/i;
/**
 * 「@孙磊 黄龙病那个数礼拜五前报上来」「@赵丽 合同那个扫描件发群里」: a colleague called by @ and told what to hand in — a word
 * to that colleague (a leader's instruction in a group), not to the bot: asked about, never run as 查看填报 nor stored.
 * The bot called (@总结助手、@机器人) is read as before.
 */
const TO_COLLEAGUE =
  /^[@＠](?!总结助手|机器人|助手|bot)[\u4e00-\u9fff]{2,4}\s+[^@＠]*?(?:(?:报|交|发|传|送|拿|递|整理|弄|补)(?:上来|过来|给我|到群里|群里|我|一下给我)|前(?:报|交|发|传|送)|(?:抓紧|尽快|赶紧|马上)(?:报|交|发|弄|整理|补))/;
/** A document's title and nothing more: 关于开展…调查的通知、县政府办公室关于…的通知、…实施方案. */
const TITLE_ONLY = /^[^，,。；;！!？?\s]{0,40}(?:通知|通报|意见|办法|方案|函|公告|简报|文件|细则)$/;

export function passedOn(norm: string): Intent | undefined {
  const t = norm.trim();
  if (CHAT_LOG.test(t) || FILE_LOOK.test(t) || TO_COLLEAGUE.test(t)) return { kind: "unclear" };
  const mark = NOTICE_MARK.exec(t);
  if (!mark) return undefined;
  const body = t.slice(mark[0].length).trim();
  return TITLE_ONLY.test(body) && !NOTICE_ASK.test(body) ? { kind: "unclear" } : undefined;
}
