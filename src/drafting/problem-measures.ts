import { sharesRun } from "./share-words.js";

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
  /不足|短缺|紧缺|欠缺|缺口|老化|老龄化|断层|青黄不接|不够|不高|不强|不愿意?|不完善|不到位|不规范|不健全|不平衡|薄弱|较弱|偏弱|弱|滞后|偏[低少小慢]|较[低少小慢]|[太过][少小低慢]|单一|流失|难(?!度)|难度[较很]?大|有待|跟不上/gu;
const DEFICIT_BEFORE = /(?:缺乏|缺少|缺|没有|只有|仅有|仅)(?=[\u4e00-\u9fff\d])/gu;
const QUALITY =
  /(?:意愿|积极性|主动性|能力|水平|意识|力度|程度|质量|效率|效果|数量|规模|面积|力量|作用|条件|机制)$/u;

function heads(problem: string): string[] {
  const t = problem.replace(/[\d.]+[\u4e00-\u9fff]?|[^\u4e00-\u9fff]/gu, "|");
  const out: string[] = [];
  for (const m of t.matchAll(DEFICIT)) {
    let before = t.slice(0, m.index).replace(/(?:的|都|很|太|较|比较|严重|明显|普遍|还|仍|有些|有点)+$/u, "");
    while (QUALITY.test(before)) before = before.replace(QUALITY, "");
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
  return h.some((w) => planText.includes(w));
}

/** Reported problems that no plan text addresses. */
export function unansweredProblems(problems: readonly string[], planTexts: readonly string[]): string[] {
  return problems.filter((p) => !planTexts.some((t) => addresses(t, p)));
}
