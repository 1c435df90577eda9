import type { Found } from "./leader-part.js";
import { WORK_NOUN } from "./work-lexicon.js";

/**
 * 定稿 said by a leader (leader-request.ts finds the rest of the review's requests): as assent it is
 * 定稿, which checks before finalising; asked as a question (能定稿了吗) it is 待核实; said knowing what
 * the check listed and setting it aside (那几个待核实的先不管了 定稿) it is 仍要定稿. Round fifty-two: 定 of the draft taken as
 * it is (就拿这一稿定、按这版定了).
 */
const APPROVE =
  /定稿|(?:(?:仍然|仍要|照样|坚持)定(?:了|吧|下来|下去)?|定下去)(?=[。！!～~\s]*$)|(?<![搞弄确决约规制认肯稳预锁选审鉴核敲])定了|(?:直接|就|马上)?定(?:吧|嘛|噻|撒|呗|咯)(?=[。！!～~\s]*$)|(?:直接|马上)定(?=[。！!～~\s]*$)|(?<=(?:这|那)一?(?:版|稿子?|份)就)定(?=[。！!～~\s]*$)|(?<=(?:拿|按|用|照)(?:这|那)一?(?:版|稿子?|份))定(?:了|吧|咧|哩)?(?=[。！!～~\s]*$)|(?<=^|[，,\s就])定(?:它|佢|这个|这一?[版稿份])(?:了|吧|咯|啦)?(?=[。！!～~\s]*$)|(?<=^|[，,\s]|[这那]一?(?:稿子?|版|份))先定(?=[，,。！!～~\s]|$)|(?<=[，,\s])定(?=[。！!～~\s]*$)|定吧|(?:就|按|照)+(?:这么|这样)定|定下来|(?<!被)通过(?:了|吧|啦)?$|(?:稿|版|稿子|这个|总结)(?:就|可以|算|能)?过了?(?:吧|啦)?$/;
const NEGATED = /不|别|先别|暂不|还没|没法|甭/;
/** What may stand before 定了、通过 when they pass the draft: the draft, fillers, assent. */
const APPROVE_LEAD =
  /^(?:(?:那就|那|就|还是|好|行|嗯|ok|可以|能|都|全|全部|这样|就这样|这个|这版|这一版|这稿子|这稿|这|稿子|就算|算|初稿|草稿|总结|全文|我看了?|(?:按|照)着?(?:这个|这一?|现在|目前)?(?:版本|版|稿子?|样子?|这样)?)(?:了|吧|啊)?[，,\s]*)+/;
const ASSENT_WORDS =
  /没(?:得|有)?(?:啥|什么|啥子)?(?:大|多大|太大)?(?:问题|毛病|意见)|(?:不用|别|甭|不必)管(?:那些|这些|那几[个处条]|这几[个处条]|它们?|他们?)?|不错|不管(?:怎么|咋|怎|如何)(?:样|说|讲)?|不管了?|无所谓|不(?:用|再|需要)?(?:改|动)了|没(?:啥|什么|有)(?:别的|其他的?)?(?:要|可|好|需要|再)?(?:改|修改|补充|说|调整)的?了?/g;
/**
 * Said knowing what the check listed: only explicit insistence skips its hold — or the findings owned as known
 * (「那几个待核实的我晓得 还是定了吧」「有问题我知道 唔理佢 直接定咗佢」: a concession, then 定). 照常 (as usual) insists on
 * nothing; 不管 before a question word (不管咋说、不管怎么样) is "whatever", a hedge, not the findings set aside.
 * The check not waited for (「待核实的那几处等不及了 先定」「核实的顾不上了 定稿吧」「核实的事往后放 定稿先」「莫等了 定稿」「没核实的先搁那儿 直接定稿」: no time
 * to wait, or put off, or set aside there) sets them aside too.
 */
const INSIST =
  /仍要|仍然|照样|坚持|强行|管(?:他|它|佢|她)|(?:不|别)理(?:会)?(?:它|佢|他)?们?(?![解想])|(?:核实|问题|毛病|标红|标黄|提示|那几|这几)[^，,。；;]{0,10}?(?:我|俺|额)(?:都|也)?(?:晓得|知道|清楚|明白|心里有数|有数)|(?:不用|别|甭|不必)管|不管(?!怎|咋|如何|啥|什么|哪|多少|几|是不是|有没有)了?|无所谓|(?:核实|×|叉|那几|这几)[^，,。；;\s]{0,8}?(?:不要紧|没关系|不碍事|(?:回头|以后|后面|过后|之后|改天|下来)再(?:说|弄|补|核|改)|先放(?:着|一放|那儿?|一边)?|先搁(?:着|那儿?|那里|一边|一搁)|搁(?:那儿|一边)|放(?:那儿|一边))|(?:核实|(?:没|冇|未)核(?:完|清|好|对)?的?|那几|这几)[^，,。；;\s]{0,8}?(?:等不(?:及|了|起)|来不及|顾不(?:上|得|过来)|不等了|没空等|往后(?:放|挪|搁|推)|放一放|缓一缓)|(?:^|[，,\s])(?:不|莫|别|甭|不用)(?:再)?等了(?=[，,\s]|$)/;
/** 几 of a question, not of 那几个/这几处 (the findings pointed at). */
const ASKED =
  /吗|(?<![这那怎什])么|[?？]|了没|没有$|行不行|能不能|可不可以|啥|什么|哪些|哪里|多少|(?<![那这好])几(?!遍|回|次|天)/;
/** 能…了不、可以…没有、能…吗: a question of whether it can be done now, closed by its particle. */
const CAN_ASK_TAIL = /(?<=(?:能|可以|可|行)[\u4e00-\u9fff]{0,8}?)(?:不|没|没有|吗|么|嘛)[?？。!！~～]*$/;
/** 能不能、可不可以: asking either way, no negation. */
const A_NOT_A = /能不能|可不可以|行不行|要不要|能否/g;
/** 县里催着要、领导等着用、上面催得紧: who presses for the draft, a clause closing what is said. */
const URGED =
  /[，,\s]+(?:县里|市里|省里|上面|上级|领导|局里|局长|办公室)?(?:在|都|一直)?(?:催着要|催着用|催得紧|催得急|催了|等着要|等着用|急着要|赶着要)(?:了|呢|啊|哦|嘞)*[。！!～~\s]*$/u;
/** 定稿前、定稿以后、定稿的: 定稿 named as a time or a thing, not asked for. */
const APPROVAL_NAMED = /定稿(?:前|之前|以前|后|之后|以后|时|的)/;

/** 定稿 said as assent; asked as a question it is 待核实; a part passed is 通过 that part. */
export function approval(text: string, period: string): Found | undefined {
  // 「能定稿了不」「这稿能通过了没」「能不能定稿」: whether it can be done, asked — the 不 and 没
  // of the question negate nothing; asked, it is answered with the check before 定稿.
  // 「这稿定得了不」「通过得了吗」: the potential 得了 asks whether it can, as 能…了不 does.
  // 「照定不误」: 定 as it stands, whatever was found (照样定) — its 不 negates nothing.
  // 「就定这一稿 县里催着要」 (round fifty-three): who presses for it, said last, is why — no part of the request.
  const said = text
    .replace(/(定稿?|通过)得了(?=[不吗么没])/, "能$1了")
    .replace(/照定不误/, "照样定")
    .replace(URGED, "");
  const tail = CAN_ASK_TAIL.exec(said);
  const norm = tail ? said.slice(0, tail.index) : said;
  const m = APPROVE.exec(norm);
  if (!m) return undefined;
  // 「科技馆消防设施年检通过」「培训方案定了」: 通过、定了 after what passed or was settled report
  // that; only after nothing, the draft or words of assent do they pass the draft.
  // 「科普读本终于定稿啦」「应急预案修订稿已定稿」: a thing of one's own finalised is work reported.
  if (/定稿/.test(norm) && ownThingFinalised(norm.slice(0, m.index))) return undefined;
  if (!/定稿/.test(norm)) {
    const before = (
      norm
        .slice(0, m.index)
        .split(/[，,。；;！!～~\s]/)
        .at(-1) ?? ""
    )
      .replace(ASSENT_WORDS, "")
      .replace(APPROVE_LEAD, "")
      // 「现在这稿能定了不」「今天先把稿定了」: the draft named, when, and whether it can, before 定了.
      .replace(
        /^(?:今天|现在|目前|马上|这就|先|就|直接)*(?:把|拿|按|用|照)?(?:这|那)?(?:一)?(?:稿子?|版|份|总结|初稿|草稿)?(?:先|就|直接)?(?:能|可以|可)?$/,
        "",
      );
    if (before !== "") return undefined;
  }
  const plain = norm.replace(ASSENT_WORDS, "");
  const eitherWay = A_NOT_A.test(plain);
  // 「就这样定稿 有啥不妥的后面再说」: only a 不 of the clause of 定稿 (先别定稿、还不能定) withholds it.
  const clauses = plain.split(/[，,。；;！!～~\s]+/).filter((c) => c !== "");
  const own = clauses.filter((c) => APPROVE.test(c));
  if ((own.length > 0 ? own : [plain]).some((c) => NEGATED.test(c.replace(A_NOT_A, "")))) return undefined;
  if (tail || eitherWay || askedOfApproval(plain)) return { command: "待核实", args: "" };
  if (APPROVAL_NAMED.test(norm)) return undefined;
  // 「仍然定稿」「不管了，定稿」 after the check: finalise knowing what it listed.
  if (INSIST.test(norm)) return { command: "仍要定稿", args: period };
  return { command: "定稿", args: period };
}

/** 啥、什么、几 that ask only in the clause of 定稿 or in a clause closed as a question. */
const INDEFINITE = /啥|什么|几/;
/** A clause closed as a question: 吗、么、？, 了没, 不 or 没 at its end. */
const CLAUSE_ASKED = /(?:吗|(?<![这那怎什])么|[?？]|了没|没有?|不)[。！!～~]*$/;

/**
 * 「能定稿了吗」「定稿前还有啥要核的」: 定稿 asked about. Beside it, 啥、什么、几 in a clause of their own
 * are indefinite, asking nothing — 「就这样定了 有啥问题再说」「定稿吧 有什么问题我担着」「这稿我看了好几遍了
 * 定稿」「定稿吧 还要改啥 不改了」 pass the draft — unless that clause closes as a question.
 */
function askedOfApproval(plain: string): boolean {
  if (!ASKED.test(plain)) return false;
  const clauses = plain.split(/[，,。；;！!～~\s]+/).filter((c) => c !== "");
  return clauses.some((c) =>
    APPROVE.test(c) || CLAUSE_ASKED.test(c)
      ? ASKED.test(c)
      : ASKED.test(c.replace(new RegExp(INDEFINITE.source, "g"), "")),
  );
}

/** Said between the thing and 定稿: when and how it came (终于、已、昨天). */
const FINALISED_ADVERB =
  /(?:终于|总算|已经?|基本|也|都|正式|顺利|刚刚?|今天|昨天|前天|上周|这周|本周|上午|下午)+$/;
/** The summary draft itself named before 定稿 (年度总结、这版、稿子): the leaders' 定稿. */
const THE_DRAFT = /(?:总结|稿子|初稿|草稿|全文|这一?版|那一?版|这稿|那稿|版本)$/;
/** A document's last character (读本、宣传册、讲稿、预案、指南、细则、规程). */
const DOCUMENT_END = /[本册稿书案南则程纲]$/;

/**
 * What stands before 定稿 in its clause names a thing of the sender's own work (科普读本、考核方案、
 * 党课讲稿), not the summary draft nor words of assent (同意、这版可以): 定稿 reports that thing done.
 */
function ownThingFinalised(before: string): boolean {
  const rest = (before.split(/[，,。；;！!～~\s]/).at(-1) ?? "")
    .replace(FINALISED_ADVERB, "")
    .replace(ASSENT_WORDS, "")
    .replace(APPROVE_LEAD, "");
  if (rest === "" || THE_DRAFT.test(rest)) return false;
  return WORK_NOUN.test(rest) || DOCUMENT_END.test(rest);
}
