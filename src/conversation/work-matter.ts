import { countingAsked } from "./counting-asked.js";
import { NOT_CORE } from "./intent-lexicon.js";
import { FIGURE, FILLER_LEAD, MATTER, QUESTION, REPORTED, WORK_VERB } from "./work-lexicon.js";

/**
 * A matter of one's own work named, with nothing said done and nothing asked of the bot — what a
 * careful colleague answers with one short question, never stores and never answers as chat
 * (docs/understanding.md, 「问一句，还是回一句」). Three readings, by meaning rather than by phrase:
 *
 * - **pending**: the thing is still being done or waited for, or promised for later — a form, a
 *   draft, material or data (「材料下午发你哈」「那个表我回头补上」「数据还在等乡里报上来」), or the bare
 *   state of some work (「差不多了」「快好了 就差收个尾」「在弄了」);
 * - **asked**: a question about a matter of business the bot neither keeps nor decides — when money
 *   or a result arrives (「补贴啥时候发啊」), whether a form is right (「这个表格式对不对啊」), what to do
 *   about a matter (「特派员补贴那块咋弄」);
 * - **name**: a task named and nothing said of it (「防汛物资清点」「科技特派员年度考核」).
 *
 * Talk put off (「那个项目的事回头再说」「晚点再报」) is no matter handed over: small talk, as the corpus
 * labels it. Pure: on the intent text's `norm`.
 */
export type WorkMatter = "pending" | "asked" | "name";

/** Money or a decision that comes from elsewhere (补贴、奖补、资金、批复、结果). */
const FROM_ELSEWHERE = /补贴|补助|奖补|奖励|资金|经费|款项?|钱|批复|指标|结果|名额/;

/** When something will be given or sent on: 回头、明天、下午、晚点、周五前、过两天、马上. */
const LATER =
  /回头|明天|明儿|明早|明朝|后天|今晚|晚上|中午|下午|上午|稍后|等下|晚点|晚些|迟点|待会|等会|一会|马上|立马|过两天|过几天|改天|下周|下礼拜|下星期|月底|周[一二三四五六日天]|礼拜[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}[号日]/;
/** Given, sent, handed in, made ready: the promise about the thing. */
const HANDED = /(?:给|发|交|补|送|传|报)(?:给)?(?:你|您|上|上来|上去|过去|过来)?|(?:弄|改|整|做|搞|写)好/;
/** Already handed over (报给了县财政局、发过了、交完了): done, not promised. */
const HANDED_DONE =
  /已(?!经?在)|(?:给|发|交|补|送|传|报|弄|改|整|做|搞|写)(?:给)?(?:[你您]|[\u4e00-\u9fff]{1,6})?(?:了|过|完)(?!吗)/;
/** Said done: 已提交、完成了、办结. */
const SAID_DONE = /已(?!经?在)|完成|办结|完毕/;
/** Talk put off, not a thing: 再说、细说、再聊 (unless it waits on others: 等企业回过来再说). */
const TALK_LATER = /再说|细说|再聊|聊聊?|再讲|再汇报|再(?:跟|和|同|给)(?:你|您)(?:说|讲|聊|汇报)/;

/** Still being done: 还在改、正在弄、在汇总. */
const UNDER_WAY = /(?:还在|正在|在)(?:弄|改|写|整|做|搞|赶|汇总|统计|核|算|填|对)/;
/** Not yet handed over or done: 还没交上来、一直没给我、迟迟没批、还没动. */
const NOT_YET =
  /(?:还|一直|都|迟迟|至今)(?:没|未|没有)(?:交|报|给|发|回|批|动|弄|好|完|齐|汇总|统计|到|下来|上来)/;
/** Waiting on others: 在等乡里报上来、等企业那边回过来、还在等财政局批、仲等紧数据. */
const WAITING =
  /(?:还在|在|正在|仲)?等(?:紧|着)?(?!我)[\u4e00-\u9fff]{0,12}?(?:报上来|报上去|报起来|回过来|回复|回话|反馈|批|审|签字|盖章|核|拨|下来|上来|回来|到位|到账|齐|数据|材料)/;
/** The bare state of some work, said alone: 差不多了、快好了、就差收尾、在弄了、马上好. */
const BARE_STATE =
  /^(?:(?:我|这边|那边|都)?(?:也)?(?:弄得?|搞得?|做得?|写得?)?(?:差不多了|差不离了|快了|快好了|快完了|马上就好了?|差一点点?就(?:弄|搞|做|写)?好了?|快弄完了|快搞完了|快写完了|马上好了?|就差(?:收个?尾|最后一点|一点)|收尾了|在弄了?|在弄呢|正在弄|还在弄|在搞了|在整了)(?:[了啊呀哈吧嘛呢哦啦]|在弄了?)*)+$/;
/** Addressed to someone else by name or title (领导，材料我放您桌上了): not to the bot. */
const TO_SOMEONE = /^(?:领导|主任|局长|科长|老师|[\u4e00-\u9fff]{1,2}(?:主任|局长|科长|姐|哥))[，,\s]/;

/** When money or a result comes: 啥时候发、什么时候到、几时下来. */
const WHEN_COMES =
  /(?:什么时候|啥时候|啥时|几时|哪天|多久)(?:能|才|会|可以)?(?:发|到|下来|批|拨|出|兑现|公布|到位|到账|下达|返|返还|审)/;
/** Whether a thing is right, or what to do about a matter: 对不对、行不行、咋弄、怎么办. */
const RIGHT_OR_HOW =
  /(?:格式)?(?:对不对|对吗|对不|行不行|行吗|可以吗|可不可以|合不合格|合格吗|有没有问题|有问题吗|(?:咋|怎么)(?:弄|搞|整|办)|咋办|怎么办)(?:[啊呀哈吧嘛呢哦啦]|[?？])*$/;
/** A fact of the business asked: 标准是多少、多少钱、口径咋算. */
const FACT_ASKED = /(?:是多少|多少钱|有多少|标准|口径|(?:咋|怎么)算|怎么计算)(?:[啊呀哈吧嘛呢哦啦]|[?？])*$/;
/** Asking a colleague (谁、帮我看看、你们那个): not the bot. */
const TO_COLLEAGUE = /谁|帮我|帮忙|你们|大家|给我看看/;
/** The bot's own objects (填报、总结、草稿、记录、科室): how-to questions about them are 帮助. */
const BOTS_OWN =
  /填报|报的|总结|草稿|记录|科室|机器人|助手|系统|改|删|撤|恢复|找回|确认|提交|(?:写|填|报|发|录)(?:错|重|漏|多)/;

/** A task named as a noun phrase closed by the verb of its kind (物资清点、年度考核、隐患排查). */
const TASK_HEAD =
  /(?:清点|盘点|考核|考评|验收|排查|申报|检查|自查|抽查|评审|评估|评比|评选|调研|督查|督导|普查|统计|汇总|整改|巡查|巡察|摸排|核查|复核|复审|年检|年审|认定|测评|备案|招标|采购|演练|培训|座谈|走访|慰问|宣讲|对接|签约|报送|录入|归档|换届|审计|迎检|接待|整理|复查|送审|结题|立项|汇编|编印|征集|遴选|登记)$/;
/** A verb of work opening the phrase (开展安全检查、组织专家评审): a verb and its object, no name. */
const VERB_FIRST = new RegExp(`^(?:${WORK_VERB.source})`);
/** Words that make the phrase a sentence (a pronoun, an aspect, a particle, a modal): no bare name. */
const SENTENCE_WORD = /[我你他她这那了过着吗呢吧啊呀哦嘛哈要没不在已完]|正在|已经|准备|打算|今天|明天|昨天/;

export function workMatter(norm: string): WorkMatter | undefined {
  const core = norm.replace(NOT_CORE, "");
  const len = [...core].length;
  if (len === 0 || len > 30 || FIGURE.test(norm) || TO_SOMEONE.test(norm)) return undefined;
  // 「领导让我下礼拜一前把稿子交上去」「企业那边说证书下个月才下来」: someone else's word or errand is
  // read as such (work-content.ts, not-own-work.ts).
  if (REPORTED.test(norm.replace(FILLER_LEAD, ""))) return undefined;
  const matter = MATTER.test(norm);
  const money = FROM_ELSEWHERE.test(norm);
  // Asked: when money or a result comes, whether a thing is right, what to do about a matter.
  if ((money || matter) && (WHEN_COMES.test(norm) || FACT_ASKED.test(norm))) return "asked";
  if (countingAsked(norm)) return "asked";
  // 「项目申报材料几号截止」「双创大赛报名啥时候截止啊」: the deadline of a matter of business (not of reporting, which the
  // rules answer: staff-questions.ts) — the bot does not keep it.
  if (elsewhereDeadline(norm)) return "asked";
  if (
    (money || matter) &&
    RIGHT_OR_HOW.test(norm) &&
    !TO_COLLEAGUE.test(norm) &&
    !BOTS_OWN.test(norm) &&
    len <= 20
  )
    return "asked";
  // Pending: the thing still under way, waited for, or promised for later; or the bare state of work.
  // Not a question (下周一要交材料吗: the rules, answered), and no work of its own beside the thing
  // (材料已提交，等待评审结果; 方案定了，下周一印发: a report).
  if (QUESTION.test(norm)) return undefined;
  if (BARE_STATE.test(core)) return "pending";
  const workBeside = WORK_VERB.test(norm.replace(UNDER_WAY, "、"));
  // 「研发数据还没交上来」「等财政那边把钱拨下来再弄」: not handed over yet — pending, unless said done.
  if ((matter || money) && len <= 24 && (WAITING.test(norm) || NOT_YET.test(norm)) && !SAID_DONE.test(norm))
    return "pending";
  if (matter && len <= 24 && !workBeside) {
    if (TALK_LATER.test(norm)) return undefined;
    if (UNDER_WAY.test(norm) || /差不多|差不离|快好了|马上好|就差/.test(norm)) return "pending";
    if (LATER.test(norm) && HANDED.test(norm) && !HANDED_DONE.test(norm)) return "pending";
  }
  // Name: a task named and nothing said of it, in one phrase of 5–12 characters.
  if (
    len >= 5 &&
    len <= 12 &&
    core === norm.replace(/[。.!！~～]+$/, "") &&
    TASK_HEAD.test(core) &&
    !SENTENCE_WORD.test(core) &&
    !VERB_FIRST.test(core)
  )
    return "name";
  return undefined;
}

/** A deadline asked: 几号截止、啥时候截止、截到哪天、最晚什么时候交. */
const DEADLINE_ASKED =
  /(?:截止|截至|截到|截稿|期限|deadline)(?:日期|时间)?(?:是|到)?(?:几号|哪天|哪一天|什么时候|啥时候|几时|啥辰光|几点)|(?:几号|哪天|什么时候|啥时候|几时|啥辰光)(?:就)?(?:截止|截至|截稿|结束报名)|(?:最晚|最迟)(?:几号|哪天|什么时候|啥时候|几时)(?:要)?(?:交|报|截止)?/i;
/** The matter is another's: a project call, a contest, an application, a call for papers — not the summary's reports. */
const ELSEWHERE =
  /项目|申报|报名|评审|评价|征集|征文|评选|评比|推荐|大赛|比赛|竞赛|招标|投标|验收|补贴|资金|奖补|认定|备案|考试/;
/** Whether `norm` asks the deadline of a matter the bot does not keep (项目申报材料几号截止). */
export function elsewhereDeadline(norm: string): boolean {
  return DEADLINE_ASKED.test(norm) && ELSEWHERE.test(norm) && [...norm].length <= 30;
}
