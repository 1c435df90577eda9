import type { ClauseKind } from "./clause-kind.js";

/**
 * A step ahead whose object is named by what is wrong with it (docs/extraction.md, 第二十二轮):
 * 「月底前把冲坏的十二处道路抢通」「漏报的几户这礼拜补录上」「下午去东升村看看大棚受灾情况」 — the
 * problem word only says which roads, which households, what to look at; the piece is the plan.
 * Read by taking the problem's attribute away (…的 before the object, or what 情况 is the situation
 * of): when what is left reads as a plan, the piece is one. 「受灾情况严重」「缺的是人手」 keep a problem
 * of their own when the attribute is gone, and stay problems.
 */
export function problemOnlyInAttribute(t: string, reread: (s: string) => ClauseKind | undefined): boolean {
  for (const m of t.matchAll(/的(?=[\u4e00-\u9fff\d])|(?<=[\u4e00-\u9fff])情况/g)) {
    const end = m[0] === "的" ? m.index + 1 : m.index;
    // The attribute names an object counted or pointed at (…的十二处道路、…的那几个、把…的), or the
    // situation looked into (看看…情况、摸一摸…情况); 「走老远的路」 is no such object.
    const after = t.slice(m.index + m[0].length);
    const object =
      m[0] === "的"
        ? /^(?:那|这|几|[\d一二两三四五六七八九十])/.test(after)
        : /(?:看|查|了解|摸|问)[^，。；]{0,8}$/.test(t.slice(0, m.index));
    if (!object) continue;
    for (let len = 1; len <= 5 && end - len - (m[0] === "的" ? 1 : 0) >= 0; len++) {
      const start = end - len - (m[0] === "的" ? 1 : 0);
      // The attribute never swallows the step's own frame: 把、去、看看、time words stay.
      if (/[把将给去到看，。；]/.test(t.slice(start, end))) break;
      const left = t.slice(0, start) + t.slice(end);
      if (left.replace(/[^\u4e00-\u9fff]/g, "").length < 4) continue;
      if (reread(left) === "plan") return true;
    }
  }
  return false;
}

/** What goes wrong by one's own hand: 弄丢了、搞错了、耽误了 (no remedy of the problem it names). */
const MISHAP = /丢|坏|错|漏|砸|误|乱|断|塌|倒|跑|死|烂|不/;

/**
 * Work done on things named by what is wrong with them (docs/extraction.md, 第二十三轮):
 * 「上礼拜把3个嘎查的矛盾纠纷都调处了」 — the problem word in the object of 把 only says which things;
 * the verb with its 了 at the end, read alone, is work done. 「把材料弄丢了」 and what others did
 * (有些老人嫌吵，自己把电池抠了) are what went wrong, and stay problems.
 */
export function doneOnProblemObject(t: string, reread: (s: string) => ClauseKind | undefined): boolean {
  const m = /把[^，。；把]{1,14}?(?:都|全|全部|统统)?([\u4e00-\u9fff]{1,2}(?:掉|完|好|干净|到位)?了)$/.exec(
    t,
  );
  const verb = m?.[1];
  if (!m || !verb || MISHAP.test(verb.replace(/了.*$/, ""))) return false;
  // The office does it: no one else named before 把 (有些老人嫌吵，自己把电池抠了 is what they did).
  const by = t.slice(0, m.index);
  if (by.length > 6 || /自己|他们|她们|人家|有人|老人|群众|村民|农户|家长|学生|老板|企业/.test(by))
    return false;
  return reread(verb) === "done" && reread(`把它${verb}`) === "done";
}

/**
 * A step ahead on things named by what is wrong with them, held by 把: 「元旦前把3个村冻坏的管子全整利索」 —
 * with the object of 把 said as 它, the piece reads as a plan, so the problem words only say which
 * things (the twin of `doneOnProblemObject`); so it does when the piece opens with 把 after a plan piece
 * (等水退了把西岸的缺口填上). A verb of mishap (把材料弄丢) stays a problem.
 */
/** A time from now, all that stands before 把: 这礼拜、本周、这两天、明天、下个月、月底前. */
const SOON_HEAD =
  /^(?:(?:这|本)个?(?:礼拜|周|星期)(?:内|之内)?|这两天|明[天儿]|下个?(?:礼拜|周|星期|月)|(?:月底|年底|节前|年前)(?:前|之前)?)\s?$/;

export function planOnProblemObject(
  t: string,
  reread: (s: string) => ClauseKind | undefined,
  afterPlan = false,
): boolean {
  const at = t.lastIndexOf("把");
  if (at < 0 || /了|已/.test(t.slice(at))) return false;
  for (let len = 1; len <= 4 && at + 2 + len <= t.length; len++) {
    const verb = t.slice(t.length - len);
    if (!/^[\u4e00-\u9fff]+$/.test(verb) || MISHAP.test(verb)) continue;
    // After a plan piece (等水退了，|把…填上), a step with no sign of its own carries the plan on.
    const k = reread(`${t.slice(0, at)}把它${verb}`);
    if (k === "plan" || (afterPlan && k === undefined && at === 0)) return true;
    // 「这礼拜把受灾清单报给县里」: only a time from now before 把, the verb reading as nothing alone.
    if (k === undefined && SOON_HEAD.test(t.slice(0, at))) return true;
  }
  return false;
}
