import type { Intent, IntentContext } from "./intent-types.js";
import { findRef, REF_COMMAND } from "./correction-request.js";
import { reportsWork } from "./message-clauses.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * A second message that adds to the first — 「补充一下 还现场发了技术资料60份」「刚才漏了 有2个项目进度
 * 滞后」「刚才那条补充一下：还发放了宣传单800份」 — is an addition to that update, not a new one and not
 * a correction of its figures: a supplement word (补充、补一句、加一句、漏了、漏说了、忘了说) leads, the
 * rest says more work. It goes to the draft on the card, to the update named (刚才那条、#2、科普那条),
 * or — right after one was reported — the latest; as 「修改」 would with the rest appended, so the
 * preview says what is added and nothing changes until it is confirmed.
 * 「少写了 再加一句 会上还定了明年的学习计划」「少写了一句 会上还表扬了3名优秀党员」 (the words missed, then the
 * words) are such an addition, said right after the card was confirmed as on it (b42, b48, dlg21).
 * 「还有 下午去社区发了科普挂图40套」 (还有、另外 with work of its own) is a new update, and 「数漏了 是8场」
 * (a count missed: the figure was wrong) a correction — neither is read here.
 */
const LEAD = /^(?:哦|噢|哎|诶|对了|还有|另外|那个)?[，,、\s]*/;
/**
 * The supplement word: whole phrases (补充一下、再补一句、加一句、漏说了、忘了说) anywhere, the bare 补充 or
 * 漏了 only with a break after it — 「补充材料已报送」「漏了两户没走访」 are work and a problem, said.
 */
const SUPPLEMENT =
  /^(?:再)?(?:(?:补充|补|加)(?:一下|一句|两句|个事|一点)|(?:刚才|刚刚)?(?:漏说了|漏报了|忘了说|忘记说了|忘了写|忘写了|漏了(?:一句|一条|一项|个事))|(?:补充|(?:刚才|刚刚)?漏了)(?=[：:，,。、\s])|(?:刚才|刚刚)?(?:少|漏|忘)(?:了)?(?:写|说)(?:了|咧|啦|嘞)?(?:一句|一条|一点|一项|几句|点)?(?:话|内容)?(?=[：:，,。、\s])(?:[：:，,。、\s]*(?:再|还)?(?:加|补|添)(?:上|一下|下)?(?:一句|一条|一点|几句|句)(?:话)?)?)[：:，,。、\s]*/;
/**
 * A new value for a figure: a correction (plan-correction.ts), never an addition — 「少写了，是4处」「少写了个0，是850万元」
 * (是 and a number) say what the figure should be.
 */
const NEW_VALUE =
  /应该是|改成|改为|不是.{1,12}是|写成|打成|是\s*[\d一二两三四五六七八九十百千万几]|^个?\s*[\d零]/;

/**
 * The words missed said after the words: 「嗯 参加的有25个党员 忘写了」「还发了明白纸50份 刚才漏写了」 — the same
 * addition with its lead at the end, in a clause of its own.
 */
const MISSED_AFTER =
  /[，,。、\s]+(?:刚才|刚刚)?(?:少|漏|忘)(?:了)?(?:写|说)(?:了|咧|啦|嘞|掉了)?(?:一句|这个|这句)?[。！!～~\s]*$/;
/** Openers that are no part of the words added: 嗯呢、对了、还有个事、另外. */
const OPENERS = /^(?:(?:嗯呢?|哦|噢|哎|诶|对了|对|是的?|还有个事|还有一个事|另外)[，,、\s]+)+/;
/**
 * A figure named as missed, then its value: 「学员人数漏写了 一共40人」「户数忘写了 是12户」 — the name and value added
 * (the draft has no such figure to correct; 是 here gives the value missed, not a new one for an old figure).
 */
const NAMED_MISSED =
  /^([\u4e00-\u9fff]{0,6}?(?:人数|户数|次数|场次|家数|个数|数量|金额|人次|总数))(?:也)?(?:少|漏|忘)了?(?:写|说|填)(?:了|咧|啦)?[，,、\s]+((?:一共|共|总共|是|有)?\s*(?:来了|到了|去了|参加了|有)?\s*[\d一二两三四五六七八九十百千]+.{0,6})$/;

export function supplementRequest(norm: string, ctx: IntentContext): Intent | undefined {
  if ([...norm].length > 60) return undefined;
  const after = MISSED_AFTER.exec(norm);
  if (after) {
    const before = norm.slice(0, after.index).replace(OPENERS, "");
    if (before !== "" && !NEW_VALUE.test(before)) return supplementRequest(`忘写了 ${before}`, ctx);
  }
  const named = NAMED_MISSED.exec(norm.replace(OPENERS, ""));
  if (named && (ctx.awaiting === "confirm" || (ctx.awaiting === "nothing" && ctx.justAsked)))
    return supplementRequest(`忘写了 ${named[1]}${named[2]!.replace(/^是\s*/, "")}`, ctx);
  const ref = findRef(norm);
  // The reference opens the message (刚才那条补充一下：…); one said later is part of the added text.
  const head = ref && ref.at <= 4 ? norm.slice(ref.at + ref.len) : norm;
  const lead = head.replace(LEAD, "");
  const m = SUPPLEMENT.exec(lead);
  if (!m || m[0] === "") return undefined;
  // 「忘写了一句 …」: the count of words missed (一句、几句) goes with the lead.
  const counted = /^(?:一句|几句|两句)(?:话)?[：:，,。、\s]*/.exec(lead.slice(m[0].length))?.[0] ?? "";
  const rest = lead.slice(m[0].length + counted.length).trim();
  if (rest === "" || NEW_VALUE.test(rest)) return undefined;
  // 「忘写了一句 会后还给每户发了明白纸」: words said to be missing (一句、再加一句) are added whatever they say.
  const words =
    /(?:少|漏|忘)了?(?:写|说).*句/.test(m[0] + counted) &&
    [...rest.replace(/[^\u4e00-\u9fff]/g, "")].length >= 4;
  if (!words && !reportsWork(rest) && !FIGURE.test(rest)) return undefined;
  const code =
    ref && ref.at <= 4
      ? ref.code
      : ctx.awaiting === "confirm"
        ? "shown"
        : ctx.awaiting === "nothing" && ctx.justAsked
          ? "recent"
          : undefined;
  if (!code) return undefined;
  return { kind: "command", command: "修改", text: `${REF_COMMAND} 补充 ${code} ${rest}` };
}
