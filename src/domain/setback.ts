/**
 * A setback said with a count (lead's console trial, round forty-four): 「还有两家材料退回来了要补」「有2件被驳回了」
 * 「3家的资料被退了回来」「其中两个被否了」「有3份要补材料」「1家资料需要补充」. It is a problem the staff member reports,
 * although its figure made the drafter read it as work: what was turned down or sent back to be completed.
 * Only said of the bureau's own applications — passive 被…, 退回来 (came back), or material still to be supplied; the
 * bureau's own acts (驳回申请2件、退回财政20万元、补发证书、要补的200户…发放到位) are work and stay so, and so is what a
 * check of the bureau's found of others (「4个乡镇被通报」 in 27-yunling: 通报、约谈、摘牌 are left out).
 */
export const SETBACK =
  /被(?:退回|退了?回来|驳回|否决?了?|拒)|(?<!被)退了?回来|(?:要|得|需要?|还得)补(?:充|正|交|齐|报)?(?:材料|资料)?(?=$|[，,。；;！!\s]|了|完善)|待补(?:充|正|交|齐)/u;
