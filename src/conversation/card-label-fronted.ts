/**
 * card43: a label said with its object first, then who did it, then the verb (双创大赛我们组织了 一场, 科普讲座我局举办
 * 3场, 创新券我局发放 20张): on the card the figure's line read as a sentence cut in two, the pronoun left between the
 * thing and the verb. Written as a table row names it — the verb, then the thing (组织双创大赛 1场, 举办科普讲座 3场,
 * 发放创新券 20张). When the verb repeats the thing's last word (安全生产检查我们检查 9家企业), the thing alone.
 * Only the card's display: the stored label stays as said.
 */

import { PERSON_NOUN } from "../domain/figure-person-noun.js";

/** Who did it, said between the thing and the verb: we, our bureau (我局 is clean-chat's writing of 我们). */
const WE = "(?:我们局|我们科|我们|咱们|俺们|我局|我科|局里|科里)";
/** The verb after it: up to six characters (申报获批), maybe 新 before it, maybe 了 after it. */
const FRONTED = new RegExp(`^([\\u4e00-\\u9fff]{2,12}?)${WE}((?:新)?[\\u4e00-\\u9fff]{1,6}?)了?$`, "u");
/** Verbs a thing put first is the object of (组织、举办、申报、发放、认定、建成…), as said or as written. */
const TAKES_OBJECT =
  /^(?:新)?(?:组织|举办|召开|开展|举行|承办|主办|申报|上报|发放|发|印制|认定|建成|建设|建|新建|引进|培育|推广|签订|签|评选|表彰|检查|查|走访|培训|争取|落实|完成|实施|制定|出台|修订|办|搞|弄|整|办理|受理|登记|组建|招引|帮扶|资助|备案)$/u;
/** An outcome after the verb (申报获批、申报通过、推荐入选). */
const OUTCOME = /(?:获批|通过|入选|立项|入库|验收)$/u;
/** Light verbs of chat, written as the draft writes them. */
const LIGHT: Record<string, string> = {
  办: "举办",
  搞: "开展",
  弄: "开展",
  整: "开展",
  发: "发放",
  建: "建成",
  签: "签订",
  查: "检查",
};

export function frontedObject(label: string): string {
  const people = PEOPLE_FIRST.exec(label);
  // draft45: 「专家培训了三百人」「老师培训了一百二十人」 — those who teach are the ones training, not the trained: as said.
  if (people && !(TEACHES.test(people[2] ?? "") && TRAINER.test(people[1] ?? "")))
    return `${people[2]}${people[1]}`;
  const m = FRONTED.exec(label);
  if (!m) return withoutWeBetween(label);
  const [, thing = "", said = ""] = m;
  const verb = said.replace(/^新/u, "");
  // 「科技特派员我局选派了」: people sent, brought in or trained are the verb's object — verb first, as the draft writes it
  // (drafting/fronted-work.ts PEOPLE_TAKEN).
  if (PEOPLE_TAKEN.test(verb) && PEOPLE.test(thing)) return `${verb}${thing}`;
  // 「宣传册我们印的」「学员我们的」: a 的 makes it a description, not a thing done.
  if (/的/u.test(said) || /的$/u.test(thing)) return label;
  // 「县里我们争取了」「专家我们请了」: a person or another body first is no thing done.
  if (OTHERS.test(thing)) return label;
  // 「省级科技项目我局申报获批」: a verb with its outcome — the pronoun alone goes (省级科技项目申报获批).
  // Any other verb (领导我们陪同了) may have the thing as its subject: left as said.
  if (!TAKES_OBJECT.test(verb))
    return OUTCOME.test(verb) && TAKES_OBJECT.test(verb.replace(OUTCOME, ""))
      ? `${thing}${said}`
      : withoutWeBetween(label);
  const written = `${said.startsWith("新") ? "新" : ""}${LIGHT[verb] ?? verb}`;
  // 「安全生产检查我们检查」: the verb is the thing's own last word — the thing says it.
  if (thing.endsWith(written.slice(-2))) return thing;
  return `${written}${thing}`;
}

/**
 * card44: verbs whose object is people (选派科技特派员、培训农民、培养入党积极分子), as fronted-work.ts has them; the people
 * said first with no pronoun between (科技特派员选派了、农民培训了、入党积极分子培养了) are written verb first too.
 */
const PEOPLE_TAKEN = /^(?:选派|引进|培训|培养|表彰|招聘|聘请|选聘|招录|评选)$/u;
const PEOPLE = new RegExp(`^${PERSON_NOUN}$`, "u");
/** Those whose work is teaching (专家、老师、讲师、教授), and the verbs they do rather than undergo. */
const TRAINER = /(?:专家|老师|教师|讲师|教授|导师|名师)$/u;
const TEACHES = /^(?:培训|培养)$/u;
const PEOPLE_FIRST = new RegExp(
  `^(${PERSON_NOUN})(选派|引进|培训|培养|表彰|招聘|聘请|选聘|招录|评选)了?$`,
  "u",
);

/** 「我局」 and the like between two runs of words, or ending the label (保密检查我局 2轮). */
const WE_BETWEEN = new RegExp(`^([\\u4e00-\\u9fff]{2,12}?)${WE}([\\u4e00-\\u9fff]*)$`, "u");
/** Someone else who may be the one acting (领导我们陪同了, 专家我们请了): never joined to the verb. */
const OTHERS = new RegExp(`(?:${PERSON_NOUN}|领导|上级|县里|市里|省里|部门|单位)$`, "u");

/**
 * card43 (first sight of a fresh set): any other verb after the pronoun (科普剧进社区我局演了、专利申请我局代理、
 * 研发费用补助我局兑现了): the thing is the topic the work is about, so the pronoun goes (科普剧进社区演、专利申请代理); a word
 * said twice where the two met is said once (知识产权执法检查检查商户 → 知识产权执法检查商户). Not after a person or another
 * body, who may be the one acting.
 */
function withoutWeBetween(label: string): string {
  const m = WE_BETWEEN.exec(label);
  if (!m) return label;
  const [, thing = "", rest = ""] = m;
  if (OTHERS.test(thing) || /的$/u.test(thing) || /的/u.test(rest)) return label;
  const tail = rest.replace(/了$/u, "");
  const joined = thing.slice(-2) === tail.slice(0, 2) ? `${thing}${tail.slice(2)}` : `${thing}${tail}`;
  return joined;
}
