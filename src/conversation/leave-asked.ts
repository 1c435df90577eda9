import { rulesUnsure, type SecondReading } from "./rules-unsure.js";

/**
 * 「我请了几天假来着」「我啥时候请的假」「我请假了吗」「请假记上了没」「我的请假」: one asks about one's own leave
 * already set. The rules read such a message as an absence said in passing (the 请假 offer, asking which day) or
 * as nothing sure; it is 请假 with no dates, which lists the leave set. Someone else's leave (「小刘请假了吗」) and
 * a new request with its days (「我周五请假」) are left to the rules.
 */
const ASKS_OWN_LEAVE = [
  // 我的请假 / 我的假 / 我请的假呢 / 请假记录
  /^(?:我|俺|咱)(?:的|请的)(?:请假|假|假期)(?:记录|情况|安排)?(?:呢|吗|嘛|哩|咧)?[?？]*$/u,
  /^(?:我|俺|咱)?(?:的)?请假(?:记录|情况)(?:呢|吗|嘛)?[?？]*$/u,
  // 我请了几天假来着 / 我这次请了多少天假 / 我请了哪几天假
  /^(?:我|俺|咱)(?:这次|上次|之前|前面)?请(?:了|的)?(?:几天|多少天|哪几天|哪天|几号)(?:的)?假/u,
  // 我啥时候请的假 / 我是哪天请的假 / 我假请到几号
  /^(?:我|俺|咱)(?:是)?(?:啥|什么|哪|几)(?:时候|天|号)(?:请的|请了)假/u,
  /^(?:我|俺|咱)(?:的)?(?:请假|假)(?:请|休)?(?:到|是到|请到|截止到)(?:几号|哪天|什么时候|啥时候)/u,
  // 我请假了吗 / 我请过假没 / 我的请假记上了没 / 请假记上了没有
  /^(?:我|俺|咱)请(?:过|了)?假(?:了)?(?:吗|没|没有|不|么|冇)[?？]*$/u,
  /^(?:(?:我|俺|咱)(?:的)?)?(?:请假|假)(?:记上|登记上|登记|设上|设置好|设好|弄好|记好|录上)(?:了)?(?:吗|没|没有|不|么|冇)[?？]*$/u,
];

/** A day said (a new request, 「我周五请假」「12-07请假」): left to the rules. */
const DAY_SAID =
  /\d|[一二三四五六七八九十两]+(?:号|日|月)|周[一二三四五六日天]|星期|礼拜[一二三四五六日天]|明天|后天|下周|下礼拜/u;

export const ownLeaveAsked: SecondReading = (intent, norm) => {
  if (!rulesUnsure(intent)) return undefined;
  const text = norm.replace(/来着|呀|啊|哈|一下|[，,。！!\s]+/gu, "");
  if (DAY_SAID.test(text.replace(/几号|几天|哪天|多少天/gu, ""))) return undefined;
  if (!ASKS_OWN_LEAVE.some((re) => re.test(text))) return undefined;
  return { kind: "command", command: "请假", text: "请假" };
};
