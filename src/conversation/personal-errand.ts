import { placeCuts } from "./place-cuts.js";
import { reportsWork } from "./message-clauses.js";

/**
 * 「昨天去医院做了个检查」「中午去驿站取了个快递」「下午去学校接伢」「今天去派出所办了个身份证」「带我妈去县医院做了个全面检查」:
 * one's own private errand — a check-up, a parcel, a child fetched, a card or licence of one's own — told in passing.
 * It is no work, though 检查 and 办 sound like work: answered, never stored. Only when the message goes somewhere
 * (去、到、克、上), the errand is done (了) and closes its clause: 「去县医院检查了消防设施」 names what was checked (the work) and
 * 「帮群众办了身份证」 is done for others (帮), so both stay with the rules. One's family taken to a doctor
 * (陪我老豆去咗两次县医院) is the errand with nothing after the place.
 */

/** What may stand before the going: time words, 我, adverbs, and whom one took along (带我妈、陪老人). */
const LEAD =
  /^(?:(?:今天|今儿个?|今早|昨天|昨儿个?|前天|上午|下午|中午|晚上|早上|一早|刚才|刚刚|刚|才|周末|(?:上个?)?(?:礼拜|星期|周)[一二三四五六天日]|我|俺|额|又|也|还|专门|抽空|请假|请了假)[，,\s]*)*(?:(?:带|陪|陪着|领|送)(?:我|俺)?(?<kin>妈|爸|爹|娘|老妈|老爸|老豆|老母|阿爸|阿妈|老爷子|老太太|老人|老婆|爱人|媳妇|老公|孩子|小孩|娃|伢|儿子|女儿|家里人|婆婆|公公|奶奶|爷爷|外婆|丈母娘)(?:一起|一块)?)?/;

/** Going somewhere (the place, 1–8 characters, follows). */
const GOING = /^(?:去了?(?:[一两二三四几]+(?:次|趟|回))?|到了?|克|上|跑了?[一两二三几]?趟|跑到|在)/;

/** Places where one is looked at: a 检查 there is one's own. */
const MEDICAL = /(?:医院|诊所|卫生院|体检中心|医务室|门诊|社区医院|中医院|人民医院)$/;

/** Things of one's own, done at any place: a parcel, a child, a card or licence. */
const OWN_THING =
  /^(?:(?:取|拿|寄)了?个?(?:快递|包裹|件)|接(?:了)?(?:伢|娃|孩子|小孩|儿子|女儿|崽)|送(?:了)?(?:伢|娃|孩子|小孩|儿子|女儿|崽)(?:上学)?|(?:办|补|换|领|拿|取)了?(?:个|张)?(?:新的?)?(?:身份证|驾驶证|驾照|户口本?|护照|港澳通行证|通行证|社保卡|医保卡|银行卡|结婚证|出生证|居住证)(?:换证|补办)?|(?:驾驶证|驾照)换证|剪了?个?头|理了?个?发)/;

/** Things done to oneself at a medical place: a check-up, a visit, a jab. */
const LOOKED_AT =
  /^(?:做了?个?|做了一?个|查了?个?|拍了?个?|抽了?个?)?(?:全面|身体|常规)?(?:[\u4e00-\u9fff]{0,3}?(?:检查|复查)|体检|B超|CT|核磁|胃镜|肠镜|心电图|血|片子)|^(?:体检|复查|看病|看了病|看了个病|打了?针|挂了?水|拿了?(?:点)?药|开了?(?:点)?药|输了?液)/i;

/** Trailing particles and a closing 了/去了. */
const CLOSE = /^(?:了|去了|回来了|回来)?(?:的|哈|啊|呀|哦|嘛|咯|啦|了)*$/;

/** What other clauses may say beside the errand: how it went (排了一上午队、累死了), no work and no figure of work. */
const WORK_BESIDE =
  /\d|(?:[一二两三四五六七八九十几]+(?:个|家|场|次|人|份|户|村))|完成|开展|组织|召开|宣传|讲座|培训|走访|调研|对接|督导/;

/** How the errand went, said beside it: a queue, a wait, tired, leaving early. */
const TALK_BESIDE =
  /排了|等了|走了会|早走了|请了假|累|困|饿|冻|疼|腿|半天|一上午|一下午|(?:整个|成个)(?:上午|下午|上昼|下昼|早上)|一整天|都没了|好久|人多|人好多|(?:可以|能|终于能)(?:冲凉|洗澡|洗热水澡|上网|睡个?好觉|睡觉|做饭)|舒服|暖和|不冻|放心|踏实|(?:没|未)(?:发现|查出)(?:什么|啥)?(?:大的?)?(?:问题|毛病)/;

const clauseText = (s: string) => s.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, "");

/** Whether `norm` is only a private errand of the sender's, told in passing. */
export function personalErrand(norm: string): boolean {
  if (/[?？吗]/.test(norm) || /帮|替|给[\u4e00-\u9fff]{1,4}(?:办|送|取)/.test(norm)) return false;
  // Done (了、刚…): an errand still to come (「下午去医院 不在」) is one's absence, offered as leave (README).
  if (!/了|刚|才从/.test(norm)) return false;
  const clauses = norm
    .split(/[，,。；;！!~～\s]+/)
    .map(clauseText)
    .filter(Boolean);
  const at = clauses.findIndex(errandClause);
  if (at < 0) return false;
  // 「…取了个快递 下午开了个座谈会」: another clause that did something (了) other than wait or tire is more than the errand.
  return clauses.every(
    (c, i) => i === at || (!WORK_BESIDE.test(c) && !reportsWork(c) && (!/了/.test(c) || TALK_BESIDE.test(c))),
  );
}

/** 「屋企热水器终于搞掂了」「家里的网总算修好了」: a thing at home put right — one's own household, no work. */
const HOME_FIXED =
  /^(?:屋企|家里|屋头|屋里|我家|俺家|家头|家里头)(?:的|嘅)?[\u4e00-\u9fff]{1,6}?(?:终于|总算|已经|也)?(?:修|弄|搞|整|装|换)(?:好|完|掂|定)(?:了|咗)?/;

/** 「身体检查做好了 没发现大的问题 放心了」「体检报告出来了」: one's own check-up done — no work, though 检查 sounds like it. */
const CHECKED_UP =
  /^(?:我|今天|昨天|前天|上午|下午|刚)*(?:的)?(?:身体检查|体检|年度体检|复查)(?:报告|结果)?(?:终于|已经|也|总算)?(?:做|弄|搞|查|出)(?:好|完|来)(?:了|咯|啦)?$/;

/**
 * 「屋下买了两箱」「屋里买了两箱」「家里称了十斤砂糖橘」「我家昨天买了三箱苹果」: something bought for one's own home, with
 * how much — a household purchase, no work (b95-061, i45a-019). The home must open the clause: 「局里买了两台无人机」 and
 * 「帮果农联系超市 一家买了两百箱」 stay with the rules.
 */
const HOME_BOUGHT =
  /^(?:屋企|家里|屋头|屋里|屋下|屋里厢|屋家|我家|俺家|阿拉屋里|家头|家里头)(?:今天|昨天|前天|今朝|昨日|昨晡日|刚刚?|才|又|也|上礼拜|周末)*(?:买|称|订|网购|囤|拿)了?(?:[一二两三四五六七八九十几半\d]+)(?:箱|斤|袋|盒|筐|件|只|条|包|提|桶|瓶|份|篓|兜|块)[\u4e00-\u9fff]{0,6}$/;

function errandClause(clause: string): boolean {
  if (HOME_FIXED.test(clause) || CHECKED_UP.test(clause) || HOME_BOUGHT.test(clause)) return true;
  const lead = LEAD.exec(clause);
  const rest = clause.slice(lead?.[0].length ?? 0);
  for (const { place, after } of placeCuts(rest, GOING, 8)) {
    const own = OWN_THING.exec(after) ?? (MEDICAL.test(place) ? LOOKED_AT.exec(after) : null);
    if (own && CLOSE.test(after.slice(own[0].length))) return true;
  }
  // 「陪我老豆去咗两次县医院」「带我妈去了趟医院」: one's family taken to a doctor is the errand itself.
  const head = lead?.groups?.kin ? GOING.exec(rest)?.[0] : undefined;
  const place = head
    ? /^(.{1,8}?)(?:了|去了|回来了|回来)?(?:的|哈|啊|呀|哦|嘛|咯|啦|了)*$/.exec(rest.slice(head.length))
    : null;
  return place !== null && MEDICAL.test(place[1]!);
}
