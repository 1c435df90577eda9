import { PERSON_NOUN } from "./figure-person-noun.js";
import { CLAUSE_END, type ElidedCount, SENTENCE_END, startOf } from "./figure-people-elided.js";

/** The count as figure-people-elided.ts reads it: the text, where the count starts and ends, its unit. */
export type BareCount = ElidedCount;

/**
 * Bare 个 counts of people whose noun is far or not said (test/corpus/README.md, fig48: 个 counting people is 人
 * wherever the noun is):
 *
 * - signed up, signed on or taken (这几天报了三十来个、签了四十六个、录用了十二个), closing the clause, in a sentence that
 *   names people or a sign-up, hiring or training;
 * - the whole staff of a body (全局四十来个都去了、全科十一个都参加了), then a step only people take;
 * - people who do something, named by it with 的 (退役军人当村支书的有三十八个、党员里当过兵的有五个);
 * - what a drill had them do (五十一个三分钟内都下了楼、六十个全部撤出来了): only people go down the stairs or get out.
 */
const HEDGE = "(?:大概|大约|约|差不多|将近|近|有|得有|足足)?";

const CLOSES = /^(?:$|[，,。；;！!？?\s]|(?:但是?|可是|不过|就是|然后|另外)(?![的了]))/;
// 报了 as signing up, not 申报了/上报了/填报了 (a thing applied for or sent up: 人才培养基地申报了三个 counts bases, fig41).
const SIGNED = new RegExp(
  `(?:(?<![申上填汇呈通举预])报了名?|报名了|签了|签约了|录用了|录取了|聘了|聘用了|招了)${HEDGE}$`,
);
const PEOPLE_OR_HIRING = new RegExp(`${PERSON_NOUN}|报名|招聘|培训|就业|招工|录用|征兵|招录|面试|体检`);
const WHOLE_BODY = new RegExp(`全(?:局|科|股|所|队|站|院|办|室|中心|机关|单位)(?:一共|总共|共)?${HEDGE}$`);
const BODY_STEP = /^(?:都|全|全都|也|一起|基本)?(?:去了|来了|到了|参加了?|到场了?|报名了?|听了|上了)/;
// 「搬迁户在家门口上班的有六十几个」: households (搬迁户、农户) doing what only people do are people too;
// 「搞研发的就三个」「打工的只有五个」: or people named by their work alone (搞、干、做 + what, 上班、打工).
const WHO_DO = new RegExp(
  `(?:${PERSON_NOUN}|[\\u4e00-\\u9fff]{1,3}户)(?:里|中|当中|里头)?[\\u4e00-\\u9fff]{1,6}的(?:就有|只有|一共有?|共有?|有)${HEDGE}$|(?:(?:搞|干|做)(?![好完成了过得])[\\u4e00-\\u9fff]{1,3}|上班|打工|务工|种地|值班)的(?:就有|只有|才有?|就|一共有?|共有?|有)${HEDGE}$`,
);
// 「讲了四场课 听的一百来个」「来听的有五十多个」: those who listened, the audience of a talk, are people (fig50).
const AUDIENCE = new RegExp(
  `(?:来听|听课|听讲|听)的(?:人)?(?:就有|只有|才有?|就|一共有?|共有?|有)?${HEDGE}$`,
);
const DRILLED =
  /^(?:[\d一二两三四五六七八九十几]+(?:分钟|分|秒钟?)(?:内|之内|不到)?)?(?:就|都|全|全部|全都|已经|也)*(?:下了?楼|撤(?:出|离|到)|疏散|跑出|转移到)/;

export function peopleSignedOrNamed(c: BareCount): boolean {
  if (c.unit !== "个") return false;
  const after = c.t.slice(c.end);
  const lead = c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs);
  const sentence = c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs);
  if (SIGNED.test(lead) && CLOSES.test(after) && PEOPLE_OR_HIRING.test(sentence)) return true;
  if (WHOLE_BODY.test(lead) && BODY_STEP.test(after)) return true;
  if (WHO_DO.test(lead) && CLOSES.test(after)) return true;
  if (AUDIENCE.test(lead) && CLOSES.test(after)) return true;
  return DRILLED.test(after) && /演练|疏散|逃生|撤离|转移/.test(sentence);
}
