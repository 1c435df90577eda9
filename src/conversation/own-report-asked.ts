import { keptPointedAsked, LEAD, WHEN } from "./stored-asked.js";
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
const OWN_REPORTED = new RegExp(
  `^${LEAD}${WHEN}?(?:我|俺|额|自己)(?!们)(?:记得)?${WHEN}?(?:报|交|填)(?:的|过|了|上去的|[^，,。\\s]{1,8}?(?:那条|那个|那次|那场|那回))`,
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

/** 我的填报, when the text asks a figure of one's own update or whether it was kept; undefined otherwise. */
export function ownReportAsked(norm: string): Intent | undefined {
  const text = norm.trim();
  // 「刚才那条存上没」「剛剛那條存起沒得？」: whether an update just sent was kept (stored-asked.ts).
  if (keptPointedAsked(text)) return { kind: "command", command: "我的填报", text: "我的填报" };
  if ([...text].length > 40 || !OWN_REPORTED.test(text)) return undefined;
  const checked = CHECKED.test(text);
  if ((!FIGURE_ASKED.test(text) && !checked) || CHANGE.test(text)) return undefined;
  if (STATED.test(text.replace(CHOICE, "").replace(CHECKED, ""))) return undefined;
  return { kind: "command", command: "我的填报", text: "我的填报" };
}
