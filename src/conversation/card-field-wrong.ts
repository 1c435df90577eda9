import { refCommand } from "./correction-request.js";
import type { Intent, IntentContext } from "./intent-types.js";

/**
 * 「金额唔啱 要改」「面积不对 要改下」「人数写错了 帮我改一下」 to the one card just shown: a part of the draft said
 * wrong and a change asked for (要改、得改、帮我改) — 修改 of the draft shown, its new text then asked for
 * (correct-update.ts, no value said), not a no that leaves the draft as it is. 「地点不对 我再改改」 (the sender will
 * change it) and a new value said (「不对 是45万」: correction-request.ts) are not this.
 */
const PART_WRONG_CHANGE =
  /^(?:这条|这个)?(?:的)?[\u4e00-\u9fff]{1,6}?(?:不对|错了|写错了|报错了|有误|有错|搞错了|弄错了)[，,\s]*(?:要|得|需要|帮我|麻烦|麻烦你|你帮我)(?:改|修改|更正)(?:一下|下|改)?(?:吧|啊|呀|哈|嘞|先)?$/;

/** 「要改 金额唔啱」「得改一下 人数不对」: the same said the other way round, the change asked for first (b78-d02, intent37). */
const CHANGE_PART_WRONG =
  /^(?:要|得|需要|帮我|麻烦|你帮我)(?:改|修改|更正)(?:一下|下|改)?(?:吧|啊|哈|嘞)?[，,\s]+(?:这条|这个)?(?:的)?[\u4e00-\u9fff]{1,6}?(?:不对|错了|写错了|报错了|有误|有错|搞错了|弄错了)(?:啊|呀|哈|嘞)?$/;

/**
 * 「学校名字不对 是泉溪镇中心小学」「地点写错了 应该是前岙村」: a part said wrong, then its right value a name (of a place,
 * a school, a firm: what closes it says so) — a change to the draft shown, as a figure said after 不对 is.
 */
const PART_WRONG_NAMED =
  /^(?:这条|这个)?(?:的)?[\u4e00-\u9fff]{1,6}?(?:不对|错了|写错了|报错了|有误|搞错了|弄错了)[，,\s]+(?:应该|应当|正确的)?是[\u4e00-\u9fff]{2,16}?(?:镇|乡|村|街道|社区|小学|中学|学校|幼儿园|公司|企业|厂|基地|合作社|医院|卫生院|园区|局|站|所|中心|馆|协会)(?:啊|呀|哈|嘞|哦)?$/;

export function partWrongOnCard(
  norm: string,
  ctx: IntentContext,
): Extract<Intent, { kind: "command" }> | undefined {
  const said = norm.trim();
  if (ctx.awaiting !== "confirm" || ctx.pendingDrafts !== 1 || /\d/.test(said)) return undefined;
  if (!PART_WRONG_CHANGE.test(said) && !CHANGE_PART_WRONG.test(said) && !PART_WRONG_NAMED.test(said))
    return undefined;
  return { kind: "command", command: "修改", text: refCommand({ action: "修改", ref: "shown", said }) };
}
