import type { DraftItem } from "./draft-model.js";
import { sharesRun } from "./share-words.js";
import { BREAKDOWN } from "../domain/breakdown-words.js";

/**
 * Whether a plan text answers a reported problem (moved out of offline-plan.ts in round twelve):
 * by the thing the problem says is short or wrong, else by a shared content word.
 */

/** Content words (no frame words or figures), for matching a problem with a plan item. */
function content(text: string): string {
  return text.replace(
    /[\d.,%×]+|部分|存在|问题|不足|不够|不高|偏低|较弱|薄弱|缺乏|有待|加强|提升|提高|持续|进一步|推进|开展|力争|计划|做好|抓好|我局|的|了|和|与|及/gu,
    "|",
  );
}

/** Two-character words too common to tie a plan to a problem. */
const COMMON = /工作|建设|开展|乡镇|全县|基层|部分|能力|机制|体系|企业|农村|群众|服务|管理|发展/gu;

/**
 * Two texts share a content word of two characters or more: a plan line the model covered, or a
 * problem the problems part still states. Too loose to pair a problem with its measure (see addresses).
 */
export function answers(planText: string, problem: string): boolean {
  return sharesRun(content(problem).replace(COMMON, "|"), content(planText).replace(COMMON, "|"), 2);
}

/**
 * What a problem says is short or wrong (the words right before 不足/短缺/老化/难/弱…, or after
 * 缺乏/缺少/只有): 「执法车辆不足」 → 车辆, 「景区停车难」 → 停车, 「文物保护专业人员短缺」 → 人员. A quality
 * word (意愿、积极性、能力) is not the thing: the two characters before it are (「企业研发投入意愿不强」 → 投入).
 */
const DEFICIT =
  /不足|短缺|紧缺|紧张|欠缺|缺口|老化|老龄化|断层|青黄不接|不够|不高|不强|不愿意?|不完善|不到位|不规范|不健全|不平衡|薄弱|较弱|偏弱|弱|滞后|偏[低少小慢]|较[低少小慢]|[太过][少小低慢]|单一|流失|难(?!度)|难度[较很]?大|有待|跟不上/gu;
const DEFICIT_BEFORE = /(?:缺乏|缺少|缺|没有|只有|仅有|仅)(?=[\u4e00-\u9fff\d])/gu;
const QUALITY =
  /(?:意愿|积极性|主动性|能力|水平|意识|力度|程度|质量|效率|效果|数量|规模|面积|力量|作用|条件|机制)$/u;

/** A rate at the end of what is short (入住率、利用率、覆盖率、到位率). */
const RATE = /[\u4e00-\u9fff]{1,2}率$/u;
/** A topic's tag before the comma (人才公寓方面、科普场馆这块). */
const TOPIC_TAG = /(?:方面|那边|这边|那块|这块)$/u;

function heads(problem: string): string[] {
  const t = problem.replace(/[\d.]+[\u4e00-\u9fff]?|[^\u4e00-\u9fff]/gu, "|");
  const out: string[] = [];
  for (const m of t.matchAll(DEFICIT)) {
    let before = t
      .slice(0, m.index)
      .replace(/(?:的|都|很|太|较|比较|严重|明显|普遍|还|仍|有些|有点|存在|有)+$/u, "");
    while (QUALITY.test(before)) before = before.replace(QUALITY, "");
    // Trial39b: 「人才公寓方面，入住率不高」 — a rate (入住率、使用率、覆盖率) is how the thing named before it fares, and the
    // thing stands before the topic's 方面 and the comma: the head is 公寓, answered by 「完善人才公寓配套」.
    if (RATE.test(before)) before = before.replace(RATE, "").replace(/\|+$/u, "").replace(TOPIC_TAG, "");
    const head = before.slice(-2);
    if (/^[\u4e00-\u9fff]{2}$/u.test(head)) out.push(head);
  }
  for (const m of t.matchAll(DEFICIT_BEFORE)) {
    const after = t.slice((m.index ?? 0) + m[0].length).replace(/^[|]*(?:名|个|家|处)?/u, "");
    const head = /^[\u4e00-\u9fff]{2,}/u.exec(after)?.[0];
    if (head) out.push(head.slice(-2));
  }
  return [...new Set(out)];
}

/**
 * A plan text addresses a problem when it acts on the very thing the problem says is short or wrong
 * (its head words, see heads): 「配备执法车辆2台」 addresses 「执法车辆不足」, 「规范执法程序」 only shares
 * the word 执法 with it. A problem with no such words falls back to a shared content word.
 */
export function addresses(planText: string, problem: string): boolean {
  const h = heads(problem);
  if (h.length === 0) return answers(planText, problem);
  return h.some(
    (w) => planText.includes(w) || (KIN.find((k) => k.includes(w)) ?? []).some((k) => planText.includes(k)),
  );
}

/**
 * The same kind of thing named another way (「经费紧张」 answered by 「争取县财政支持」, 「人手紧张」 by 「增加编制」): money,
 * hands, room. 投入 is no kin of money here: 「研发投入意愿不强」 is not answered by a budget.
 */
const KIN: readonly (readonly string[])[] = [
  ["经费", "资金", "财政", "预算", "费用", "专项", "补助", "配套"],
  ["人手", "人员", "人才", "人力", "编制", "力量", "队伍", "专干"],
  ["场地", "场所", "用房", "场馆", "阵地", "房屋"],
];

/**
 * Reported problems that no measure of their own work line addresses: 「推动材料不全的2家规上企业申报」 (项目) is no
 * measure for 「2家高企材料不全」 (高企) though it says the same trouble (trial37). Lines are told by the items' sources.
 */
export function unansweredInOwnLine(
  problems: readonly Pick<DraftItem, "text" | "sourceIds">[],
  measures: readonly Pick<DraftItem, "text" | "sourceIds">[],
  sectionOf: ReadonlyMap<string, string>,
): string[] {
  const lineOf = (ids: readonly string[]) => new Set(ids.map((id) => sectionOf.get(id)));
  return problems
    .filter((p) => {
      const lines = lineOf(p.sourceIds);
      const own = measures.filter((m) => [...lineOf(m.sourceIds)].some((x) => lines.has(x)));
      return (
        unansweredProblems(
          [p.text],
          own.map((m) => m.text),
        ).length > 0
      );
    })
    .map((p) => p.text);
}

/** Reported problems that no plan text addresses. */
export function unansweredProblems(problems: readonly string[], planTexts: readonly string[]): string[] {
  return problems.filter((p) => !planTexts.some((t) => addresses(t, p)));
}

/**
 * A measure said by the words that point back at the problem (其余、剩下、补齐、重新、接着、解决…, or 再 + a bare verb closing
 * it: 「明年再报」): 「还有两家材料不全 明年再报」「…没建成，明年接着建」. Without them a plan typed next to a problem may be
 * other work (「设备老化，明年还要办5场讲座」), and 「再新建示范基地两个」 is more of the work, not the problem taken up again.
 */
const POINTS_BACK =
  /再[\u4e00-\u9fff]{1,3}(?:吧|了)?$|其余|其他几|剩下|剩余|余下|这些|这几|那几|那些|补齐|补全|补上|补报|补交|补足|补办|补建|重新|接着|解决|整改|弥补|改进|想办法|想想办法/u;
/** Between a problem and the plan right after it: separators, and a word that starts a plan (打算、准备、下一步…). */
const BETWEEN = /^[\s，,。.；;、！!～~…]*(?:所以|因此|下一步|下步|打算|准备|计划)?[\s，,：:]*$/u;

/**
 * A plan said in the same message right after the problem and pointing back at it answers it, whatever its words
 * (trial in round thirty-six: 「还有两家材料不全 明年再报」 was flagged 「在计划中没有对应措施」 beside its own measure).
 */
export function answeredRightAfter(text: string, problem: string, plans: readonly string[]): boolean {
  const at = text.indexOf(problem);
  if (at < 0 || problem === "") return false;
  const after = text.slice(at + problem.length);
  return plans.some((plan) => {
    const i = plan === "" ? -1 : after.indexOf(plan);
    return (
      i >= 0 &&
      BETWEEN.test(after.slice(0, i)) &&
      (POINTS_BACK.test(plan) || (WORN.test(problem) && RENEWS.test(plan)))
    );
  });
}

/** A thing worn out or broken (老化、故障、坏了、趴窝…: breakdown-words.ts): renewing or repairing it right after answers it. */
const WORN = new RegExp(`老化|陈旧|破旧|破损|年久失修|${BREAKDOWN}`, "u");
const RENEWS = /更新|更换|换新|换掉|换一?[台辆套批个部]|维修|修缮|修复|检修|购置|新购|添置|采购/u;
