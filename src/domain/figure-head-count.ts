import { CLOSED_BY_ITSELF } from "./figure-parallel.js";
import { PERSON_NOUN } from "./figure-person-noun.js";

/** People said by what they do or did (住着、报名的、参保的、外出务工的、听讲的、旁听的、扫码关注的…), right before their count. */
export const PEOPLE_BY_WHAT_THEY_ARE =
  /(?:住了|住着|入住了?|住进了?|(?:一共|总共|现在|目前|现)住|(?:岁(?:以上|以下|以内|往上)的?|(?:报名|参加|参训|报到|到岗|在岗|应聘|参保|到会|与会|参会|到场|在场|上台|登台|参演|参练|劝返|劝回|劝离|疏散|拿到证|取得证|考取|考上|持证|(?<![未原本后以从将])来(?=[\u4e00-\u9fff]{1,6}的)|务工|打工|外出|返乡|就业|创业|上学|读书|留守|住院|就诊|看病|参赛)(?:[^，。；的]{0,10}的)?|(?:签约|扫码|关注(?!度)|达成(?:就业)?意向|领走|领取|领到|领了|登记|录取|录用|入职|咨询|借书|借阅|求职|应征|上访|献血|就餐|用餐|听课|听讲|听宣讲|听报告|旁听|(?:量|测|查)(?:血压|血糖|体温|视力))[^，。；的]{0,6}的)(?:(?:排|核|筛)?(?:查出来?|查到|核出来?)了?)?(?:就有|就|只有|仅有?|才|有)?)(?:近|约|大概|大约|差不多)?$/;

/** People named, who came, saw or took part, then their bare count (听的学生、来的家长、看的人、考证通过的). */
const HEAD_COUNT_AFTER_PEOPLE = new RegExp(
  `(?:(?:听|看|来|到|参加|参与|参训|报名)的${PERSON_NOUN}|(?:考证|考试|考核)(?:通过|合格)的?)(?:就有|就|只有|仅有?|才|有|一共|共|总共)?(?:近|约|大概|差不多)?$`,
);

/**
 * 「报名的有两百挂零」「拿到证的一百出头」「家政班培训了两百出头」: a round or approximate number with no
 * unit closing its clause, right after people said by what they did (…的有) or after 培训了、来了, is a
 * head count (人).
 */
export function bareHeadCount(t: string, cs: number, end: number, core: string, approx: boolean): boolean {
  // A voice run-on ends the clause with no comma, where the next one turns (…两百挂零然后…).
  // 「量血压测血糖的大概两百出头来的基本上都是老人家」: or by 出头、挂零, which close the number themselves.
  if (
    !/^(?:$|[，,。；;！!？?\s]|(?:但是?|可是|不过|就是|然后|另外)(?![的了]))/.test(t.slice(end)) &&
    !CLOSED_BY_ITSELF.test(t.slice(cs, end))
  )
    return false;
  // 「一千二」「两百五」: a round number said short (1200, 250) is as round as 一千二百.
  if (!approx && !/[十百千万]$|[百千万][一二两三四五六七八九]$/.test(core)) return false;
  let a = cs;
  while (a > 0 && !/[，,。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  const lead = t.slice(a, cs);
  // 「看的人大概一千二」: 大概、约 before the number make it rough as 多、来 after it do.
  const rough = approx || /(?:大概|大约|约|差不多|将近|近)$/.test(lead);
  // 「登记额到了3400万」: 到了 says a sum reached, so only 培训了、来了, and below a 万.
  // 「全县二百出头参加」: who took part, said straight after the count; 「体检今年弄了一万一千挂零」: a check of
  // people done, then how many (any size: a county's check runs to 万).
  if (rough && /^(?:参加|参训|参会|报名|到场|到会|听课|受训)/.test(t.slice(end))) return true;
  if (
    rough &&
    /(?:体检|查体|筛查|接种|义诊|随访|签约)[^，。；]{0,6}?(?:弄|做|查|搞|打|完成)了(?:大概|大约|约|差不多|将近|近|有)?$/.test(
      lead,
    )
  )
    return true;
  return (
    PEOPLE_BY_WHAT_THEY_ARE.test(lead) ||
    // 「听的学生二百多」「来的家长一百来」: a round count right after the people it counts.
    (rough && !/[万亿]/.test(core) && HEAD_COUNT_AFTER_PEOPLE.test(lead)) ||
    (/(?:培训了|轮训了|来了)(?:大概|大约|约|差不多|将近|近|有|得有)?$/.test(lead) && !/[万亿]/.test(core))
  );
}
