import type { Section } from "../domain/org.js";
import { edgeless, NOT_CORE } from "./intent-lexicon.js";
import { mentions } from "./section-denied.js";
import { sectionAnswer } from "./section-answer.js";

/**
 * While the bot asks which section a draft is (or the card of someone reporting for several waits), a
 * reply that says what the draft is about and where it goes: 「这个主要是帮企业搞高企认定的 算平台那边吧」
 * 「这条写的是引进的两个博士 肯定是人才这边噻」「那是支部学习 作风建设那头的撒」「係專利轉化嘅嘢 放知識產權嗰度啦」
 * 「原来想着是党建 后来一想还是算综合」. A colleague hears the section: the other clauses point at the draft
 * (这个、这条、那是、就是、上面那条) or describe it (…的、…的事、…嘛), they do not report new work.
 * Nothing is read when the reply brings work of its own — a digit, a time or 另外/还有/对了/又 (「对了 下午还陪专家
 * 去了趟农科所」 stays a new report, as the README says) — or asks something of the draft (改、删、数据).
 */

type Sections = ReadonlyArray<Pick<Section, "id" | "name" | "aliases"> & { keywords?: readonly string[] }>;

/** New work said beside: another time, 另外/还有/对了/又/也, a place gone to. */
const NEW_WORK =
  /另外|还有|对了|又|顺便|今天|今日|今儿|今早|今朝|上午|下午|中午|晚上|昨天|昨日|昨儿|前天|明天|这(?:个)?(?:礼拜|星期|周|月)|本周|本月|刚刚?(?:去|到|开|搞|办)|还(?:去|帮|陪|组织|开|搞|办)|也(?:去|帮|陪|组织|开|搞|办)/;
/** The draft itself asked about or changed, not its section. */
const ABOUT_DRAFT =
  /改|核|错|不对|删|撤|数据|数字|人数|问问|补充|不报|不要|第[一二两三四五六七八九十]+[条个项]|[一二两三四五六七八九十]号/;
/** A clause that points at the draft (这个、这条、那是、上面那条、就是、主要是) or gives a reason (毕竟、本来就). */
const POINTS =
  /^(?:额|呃|嗯|哦|噢|诶|啊)?(?:我觉得|我看|俺觉着|俺觉得|觉得|感觉|应该|肯定|其实)?(?:这(?:个|条|是|块|一条)?|那(?:个|条|是|一条)?|上面(?:那|这)?(?:条|个)?|上一条|刚(?:才|刚)?(?:那|这)(?:条|个)|前面(?:那|这)?(?:条|个)?|就是|主要(?:是|就是)?|无非是|本来就(?:是)?|毕竟|因为|反正|系|呢(?:个|条)|佢)/;
/** A clause that describes the draft (…的、…的事、…的活、…嘛、…嘅嘢), with its particles. */
const DESCRIBES =
  /(?:的|的事|的事儿|的事情|的活|的活儿|的工作|的内容|嘅|嘅嘢|的嘢|嘢|嘛|噻|撒|咯|嘞)(?:啊|呀|哈|吧|嘛|撒|噻|咯|啦|嘞|哦|呢)*$/;
/** A section word put forward: said after 算/放/归/是…, or followed by 那块/那边/那头/口/科/的. */
const PUT_BEFORE = /(?:算|放|归|是|系|属于|记|划|挪|搁|填|报)(?:到|在|进|给|成|为|去)?[^，,。\s]{0,2}$/;
const PLACE_AFTER =
  /^(?:那|这|嗰|呢)?(?:块|一块|边|头|摊子?|里头?|度|口|科|条线|方面)|^(?:的|嘅)(?:活|事|嘢)?/;
/** A choice taken back: 原来想着是党建、本来以为是人才、开始说的高企. */
const TAKEN_BACK = /^(?:原来|本来|起先|起初|开始|一开始|刚才|之前|先前)(?:想着?|以为|觉得|说|寻思|琢磨)/;
/** A share granted, not the choice: 沾点、也有关、虽然. */
const CONCEDED = /沾|也有|有点|有关|相关|涉及|带点|挂钩|^(?:虽然|虽说|尽管|就算)/;
/** The draft's topic said with 跟/和…有关: 跟转化有关、和人才引进相关的、同专利挂钩嘅 — nothing conceded before it. */
const ABOUT =
  /^(?:主要|就是|都)?(?:跟|和|与|同|跟着)[^也点沾]{1,8}(?:有关|相关|挂钩|有关系)(?:的|嘅|系)?(?:事|活|嘢)?$/;
/** A clause short enough to be a hedge, a particle or thanks beside the answer. */
const ASIDE_MAX = 6;
const DESCRIBE_MAX = 24;

export function sectionDescribed(norm: string, sections: Sections): string | undefined {
  if (sections.length < 2 || [...norm].length > 44 || /\d/.test(norm)) return undefined;
  if (NEW_WORK.test(norm) || ABOUT_DRAFT.test(norm.replace(/不用改|不对劲/g, ""))) return undefined;
  const clauses = norm
    .split(/[，,。；;！!？?～~\s]+/)
    .map((c) => c.replace(NOT_CORE, ""))
    .filter((c) => c !== "");
  if (clauses.length === 0 || clauses.length > 4) return undefined;
  const put = new Set<string>();
  const topic = new Set<string>();
  const dropped = new Set<string>();
  let pointed = false;
  for (const clause of clauses) {
    const describes = POINTS.test(clause) || DESCRIBES.test(clause);
    if (describes) pointed = true;
    // 「高新那块的」「人才科的活儿」: a short clause that is the section said (abbreviations too).
    const whole = [...clause].length <= 8 ? sectionAnswer(edgeless(clause), sections) : undefined;
    const ms = mentions(clause, sections);
    // 「跟转化有关」「和人才引进相关的」: what the draft is about, said alone (no 也/有点/虽然) — its topic (round fifty-six, b109-100).
    if (ABOUT.test(clause)) {
      pointed = true;
      for (const id of [...ms.map((m) => m.id), ...byKeyword(clause, sections)]) topic.add(id);
      continue;
    }
    if (TAKEN_BACK.test(clause) || CONCEDED.test(clause)) {
      for (const m of ms) dropped.add(m.id);
      if (whole) dropped.add(whole);
      continue;
    }
    if (whole) {
      put.add(whole);
      continue;
    }
    let putHere = false;
    for (const m of ms) {
      if (PUT_BEFORE.test(clause.slice(0, m.at)) || PLACE_AFTER.test(clause.slice(m.end))) {
        put.add(m.id);
        putHere = true;
      } else topic.add(m.id);
    }
    if (putHere) continue;
    // A clause with no section put: it must point at or describe the draft, or be a short aside.
    if (!describes && [...clause].length > ASIDE_MAX) return undefined;
    if ([...clause].length > DESCRIBE_MAX) return undefined;
    if (ms.length === 0 && describes) for (const id of byKeyword(clause, sections)) topic.add(id);
  }
  for (const id of dropped) put.delete(id);
  if (put.size === 1) return [...put][0];
  if (put.size > 1 || !pointed) return undefined;
  for (const id of dropped) topic.delete(id);
  return topic.size === 1 ? [...topic][0] : undefined;
}

/** The sections whose keywords a clause describing the draft holds (认定 → 高企, 加计扣除 → 研发). */
function byKeyword(clause: string, sections: Sections): string[] {
  return sections
    .filter((s) => (s.keywords ?? []).some((k) => k.length >= 2 && clause.includes(k)))
    .map((s) => s.id);
}

/** A bare no opening the reply: 诶 不对、不是不是、搞错了. */
const BARE_NO =
  /^(?:(?:诶|哎|哎呀|啊|呃|额|噢|哦)[，,\s]*)?(?:(?:这个|这条)?(?:科室|股室|分类)(?:也|就)?(?:给我)?)?(?:不对|不是|错了|搞错了|弄错了|选错了|放错了|归错了|分错了|填错了|放错科室了|放错地方了)(?:不对|不是)?(?:了|啊|呀|哈|哦|咧|哒)*[，,。！!\s]+/;

/**
 * 「诶 不对 算研发那边吧」 to the card of someone reporting for several sections: the no only says the
 * section shown is wrong — what follows it, when it names a section, is the answer. The words after
 * the no, or undefined when the reply does not open with a bare no.
 */
export function afterBareNo(norm: string): string | undefined {
  const rest = norm.replace(BARE_NO, "");
  return rest !== norm && rest.trim() !== "" ? rest : undefined;
}
