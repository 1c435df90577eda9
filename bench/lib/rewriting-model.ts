import type { RecordedRequest, Script } from "../../test/fakes/fake-openai.js";

/**
 * A capable but careless model for the draft-quality bench. It answers the project's own prompts
 * with well-formed JSON built from the material it was sent, and on the way:
 * - rewrites counting words the way models do (2项 → 2个项目, 3家企业 → 3个企业, 2个 → 两个,
 *   two listed firms → 两家企业): true figures in new clothes, which grounding must keep;
 * - invents claims nobody reported (「同比增长87.3%」 on every answer, a base count and an income
 *   figure, a growth target in the plan), which must not survive;
 * - leans on 「成效明显」;
 * - answers HTTP 503 to every third request (the retry succeeds).
 * It records every true figure it wrote and every invented claim, so the bench can count what
 * survived without guessing.
 */
export const INVENTED = [
  { claim: "同比增长87.3%", mark: "同比增长" },
  { claim: "新增高标准示范基地15个", mark: "高标准示范基地" },
  { claim: "带动群众增收2300万元", mark: "带动群众增收" },
  { claim: "力争农业总产值增长12%", mark: "农业总产值增长" },
];

export interface ModelLog {
  /** True figures as the model wrote them (each occurrence). */
  trueFigures: string[];
  /** Invented claims as written (each occurrence). */
  invented: string[];
  /** Every text the model wrote, for the baseline grounding. */
  texts: string[];
  requests: number;
  errors503: number;
}

const FIGURE =
  /(?<![\d.])(\d+(?:\.\d+)?)(万|亿)?(余|多)?(个百分点|人次|万亩|亩次|%|[项家个座户村名人次期篇件吨头只羽亩元份批架条处])/gu;

/** Material lines of the n-th <material> block: refs and text. */
function lines(user: string, block: number): Array<{ refs: string[]; text: string }> {
  const body =
    [...user.matchAll(/<material>\n([\s\S]*?)\n<\/material>/g)].map((m) => m[1] as string)[block] ?? "";
  return body
    .split("\n")
    .map((l) => /^\[([^\]]+)\]\s*(?:\d{4}-\d{2}-\d{2}\s+)?(.*)$/u.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ refs: (m[1] as string).split(","), text: m[2] as string }));
}

export function createRewritingModel(): { log: ModelLog; answer: (r: RecordedRequest) => Script } {
  const log: ModelLog = { trueFigures: [], invented: [], texts: [], requests: 0, errors503: 0 };

  const rewrite = (text: string): string => {
    const t = text
      .replace(/^(?:报一下|汇报一下|好消息)[^：:！!]{0,8}[：:！!]+/u, "")
      .replace(/[👍✅😀🎉～~]/gu, "")
      .replace(/(\d+)项/gu, "$1个项目")
      .replace(/(\d+)家(企业|合作社)/gu, "$1个$2")
      .replace(/(?<![\d.])2个/gu, "两个")
      .replace(/与[\u4e00-\u9fff]{2,16}有限公司和[\u4e00-\u9fff]{2,16}有限公司/gu, "与两家企业");
    if (/与两家企业/u.test(t)) log.trueFigures.push("两家企业");
    for (const m of t.matchAll(FIGURE)) log.trueFigures.push(m[0]);
    for (const m of t.matchAll(/两(个|座)[\u4e00-\u9fff]{0,2}/gu)) log.trueFigures.push(`两${m[1]}`);
    return t;
  };
  const invent = (i: number): string => {
    const c = INVENTED[i] as (typeof INVENTED)[number];
    log.invented.push(c.claim);
    return c.claim;
  };
  const write = (t: string) => {
    log.texts.push(t);
    return t;
  };

  const answer = (req: RecordedRequest): Script => {
    log.requests += 1;
    if (log.requests % 3 === 0) {
      log.errors503 += 1;
      return { kind: "status", status: 503, message: "upstream overloaded" };
    }
    const user = req.messages.find((m) => m.role === "user")?.content ?? "";
    if (user.includes("压缩成要点")) {
      return {
        kind: "json",
        body: { points: lines(user, 0).map((l) => ({ text: write(rewrite(l.text)), sources: l.refs })) },
      };
    }
    if (user.includes("中的第（")) {
      const items = lines(user, 0).map((l, i) => {
        let text = rewrite(l.text).replace(/[。；！!]+$/u, "");
        if (i === 0) text += `，${invent(0)}`;
        if (i % 2 === 1) text += "，成效明显";
        return { title: "工作扎实推进", text: write(`${text}。`), sources: l.refs };
      });
      items.push({
        title: "示范带动作用增强",
        text: write(`${invent(1)}，${invent(2)}。`),
        sources: [items[0]?.sources[0] ?? "U1"],
      });
      return { kind: "json", body: { heading: "抓落实，求实效，各项工作成效明显", items } };
    }
    if (user.includes("开头段")) {
      const heads = lines(user, 1)
        .slice(0, 4)
        .map((l) => rewrite(l.text));
      const opening = write(
        `2025年，我局在县委、县政府的坚强领导下，扎实推进各项工作，成效明显。全年${heads.join("，")}，${invent(0)}。现将2025年工作总结如下：`,
      );
      const problems = lines(user, 2).map((l) => ({
        text: write(l.text.replace(/^P\d+：/u, "")),
        sources: l.refs,
      }));
      const outline = lines(user, 3).map((l) => rewrite(l.text));
      const plan = lines(user, 4).map((l) => ({
        title: "持续推进重点工作",
        text: write(`${rewrite(l.text).replace(/[。；]+$/u, "")}。`),
        sources: l.refs,
        answers: [] as string[],
      }));
      plan.push({ title: "推动产业提质增效", text: write(`${invent(3)}。`), sources: ["U1"], answers: [] });
      return {
        kind: "json",
        body: {
          opening,
          problems,
          plan_outline: write(`2026年，我局将${outline.join("；") || "围绕年度目标任务扎实推进各项工作"}。`),
          plan,
          closing: "2026年，我局将以更加务实的作风推动各项工作落地见效。",
        },
      };
    }
    return { kind: "status", status: 400, message: "unexpected request" };
  };
  return { log, answer };
}
