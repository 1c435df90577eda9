import { SETBACK } from "../domain/setback.js";

/**
 * Problem and plan words the offline drafter's first lists (offline-plan.ts) did not have, found on
 * colloquial staff messages (round twelve, draft12): what is incomplete (资料不全、清单不齐), broken
 * (两台坏了), crowded or full (场地太挤、快满了), hard going (处理起来费劲、田间培训不好搞), a rate
 * that is low (转化率低) or nothing at all (研发投入为零). A clause with one of these is a problem
 * even with a figure in it (「有两家资料不全」 counts the problem, it reports no work), and so is a
 * count said as 「only」 after one (「网评员队伍有点弱 就3个人」). Falling short of a standard or a condition (不达标、
 * 不符合条件、不满足要求; round thirty-six) too: 「2家研发中心场地不达标」 was put back among the work.
 */
const TROUBLE_SAID =
  /不达标|未达标|不符合(?:条件|要求|标准|规定)|不满足(?:条件|要求)|不全|不齐|不完整|不健全|坏了|损坏|(?:太|很|较|比较|有点)?挤|费劲|难度较大|为零|是零|不好(?:搞|做|办|弄|开展|组织)|不便开展|(?:转化|利用|使用|覆盖|参与|知晓|到位|兑现)率(?:很|较|偏|比较|太)?低|快满|已满|满了|太慢|偏慢|较慢|不好找|难以招到|脱岗|(?<![减缩至不多])(?:很|较|太|偏)?少(?=[，,。；;\s]|$)|不多(?=[，,。；;\s]|$)|(?<![\u4e00-\u9fff])(?:就|才)(?=[\d一二两三四五六七八九十]+(?:个|名|人|家|台|件))/u;

/** Trouble, setbacks included (退回来要补、被驳回: domain/setback.ts). */
export const TROUBLE = new RegExp(`${TROUBLE_SAID.source}|${SETBACK.source}`, "u");

/**
 * A clause that says what will be done later (以后每年都要办、下一步提前踩点), typed in the same breath
 * as the problem it answers: it is a plan, not part of the problem.
 */
export const LATER = /^(?:以后|今后|往后|下一步|下回|下次|明年|来年|下步)/u;
