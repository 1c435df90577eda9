import type { Intent } from "./intent-types.js";

/**
 * 「上回我报的入户走访是几户来着」「我报的那个培训 人数写的多少」「我昨天报的那条 企业是写的5家还是6家」
 * 「我记得报过一条帮扶的 写了几户我不记得了」: what one wrote in one's own update, asked — 我的填报 (the list
 * shows the update and its figures), never a report (nothing is said done), a 修改 (nothing is said wrong) nor 查数
 * (the whole unit's material).
 *
 * The shape: 我 (a time word may stand before or after it, 记得 after it) + 报/交/填 + 的/过/了 or the thing and
 * 那条/那个/那次, then a figure asked (几、多少、是A还是B、写的啥). Not: a figure said wrong or to be changed
 * (写错了 应该是36户), a figure stated beside (又补了12户), one's reports counted (几条: 我的填报 already).
 */
const TIME =
  "(?:上回|上次|之前|以前|前几天|前两天|前天|昨天|昨儿个?|今天|今早|早上|上午|下午|刚才|刚刚|剛才|剛剛|上礼拜|上个礼拜|上周|上星期|这周|这礼拜|这个礼拜|这个月|本月|上个月|月初|年初|上半年)";
const LEAD = "(?:欸|诶|哎|唉|哦|噢|嗯|那个|对了|话说)?[，,\\s]*";
const OWN_REPORTED = new RegExp(
  `^${LEAD}${TIME}?(?:我|俺|额|自己)(?!们)(?:记得)?${TIME}?(?:报|交|填)(?:的|过|了|上去的|[^，,。\\s]{1,8}?(?:那条|那个|那次|那场|那回))`,
  "u",
);
/** A figure asked: 几户、多少人、几多、写的啥、是A还是B. Not 几条 (the updates counted), 几号/几点 (a date). */
const NUM = "(?:\\d[\\d.]*|[两二三四五六七八九十百千万]+)";
const FIGURE_ASKED = new RegExp(
  `(?<![这那好哪])几(?![条号点天])|多少(?!条)|(?:写|填)(?:的|了)(?:是)?(?:啥|什么)|${NUM}[\\u4e00-\\u9fff]?还是${NUM}`,
  "u",
);
/** A figure checked back (是写的8家吧？、写的是30户对吧): asked, the figure only recalled. */
const CHECKED = new RegExp(
  `(?:是|写的|写了|填的)(?:写的|填的|是)?${NUM}[\\u4e00-\\u9fff]?(?:吧|吗|么|嘛|对吧|是吧|没错吧|对不对)[?？]*$`,
  "u",
);
/** Said wrong or to change: a correction (correction-request.ts), not a question. */
const CHANGE = /错|改|应该|不对|重新|撤|删|更正|补(?:了|咗)/;
/** A figure stated outside a choice (又走访了12户): told, not asked. */
const STATED = new RegExp(`${NUM}(?:[家户人个件场次期份]|人次)(?!还是)`, "u");
const CHOICE = new RegExp(`${NUM}[\\u4e00-\\u9fff]?还是${NUM}[\\u4e00-\\u9fff]?`, "gu");

/**
 * 「刚才那条存上没」「剛剛那條存起沒得？」「我上午发的那个记下了没有」「那条报上去了冇」: whether an update just sent was
 * kept — the list answers it (我的填报). An update pointed at (那条/那个/发的/报的), a verb of keeping, then the question.
 * Not: 「那条先莫存」「刚才那条不用存了」 (said, not asked), 「存上没」 alone (no update pointed at).
 */
const KEPT_ASKED = new RegExp(
  `^${LEAD}(?:${TIME}|我|俺|额|刚|剛)*(?:(?:发|报|填|交)(?:的|过的)?)?(?:那|这)(?:一)?[条個个](?:填报)?[，,\\s]*(?:存|记|錄|录|收|报|交)(?:上去|进去|下来|上|起|下|好|到|进)?(?:了|咧|咗|哒)?(?:没有|没得|沒得|没|沒|冇|未|吗|嗎|么|莫得)(?:啊|呀|哦|嘛)?[?？]*$`,
  "u",
);

/** 我的填报, when the text asks a figure of one's own update or whether it was kept; undefined otherwise. */
export function ownReportAsked(norm: string): Intent | undefined {
  const text = norm.trim();
  if (KEPT_ASKED.test(text)) return { kind: "command", command: "我的填报", text: "我的填报" };
  if ([...text].length > 40 || !OWN_REPORTED.test(text)) return undefined;
  const checked = CHECKED.test(text);
  if ((!FIGURE_ASKED.test(text) && !checked) || CHANGE.test(text)) return undefined;
  if (STATED.test(text.replace(CHOICE, "").replace(CHECKED, ""))) return undefined;
  return { kind: "command", command: "我的填报", text: "我的填报" };
}
