import { countedNoun } from "../domain/figure-noun-after.js";
import { findFigures } from "../domain/figure-scan.js";
import { foldWidth, toSimplified } from "../domain/normalize.js";
import { answerRuns, type Part } from "./guided-answers.js";
import { STEPS } from "./guided-steps.js";

/**
 * The question of a guided step, said with what earlier answers already gave for it: 「今天走访企业6家，
 * 问题是企业融资难，下周准备组织银企对接会」 to 1/4 makes 2/4 「还有别的数据吗？（已记下：6家、12条…）」 and
 * 3/4 and 4/4 likewise — each question still asked (the steps stay), never as if nothing had been said.
 * `workParts`: the work answer sorted (guided.ts), passed in to keep one reading of it.
 */
export function stepQuestion(
  step: number,
  answers: Readonly<Record<string, string | undefined>>,
  workParts: (work: string, day?: string) => { problems: string[]; plans: string[] },
  day?: string,
): string {
  const q = STEPS[step];
  if (!q) return "";
  const s = (x: string | undefined) => toSimplified(foldWidth(x ?? "")).trim();
  const earlier = STEPS.slice(0, step).map((p) => p.key);
  let had: string[] = [];
  if (q.key === "figures") {
    const work = s(answers.work);
    // 「两个小学」, not 「两个」: the noun a measure word counts is shown with it (round fifty-two console trial).
    had = findFigures(work).map((f) => {
      const raw = work.slice(f.start, f.end);
      return raw + (countedNoun(raw, work.slice(f.end)) ?? "");
    });
  } else if (q.key === "problems" || q.key === "plans") {
    const work = workParts(s(answers.work), day);
    had = [...(q.key === "problems" ? work.problems : work.plans)];
    for (const key of earlier.filter((k) => k !== "work"))
      for (const run of answerRuns(s(answers[key]), key as Part, day))
        if (run.part === q.key) had.push(run.clauses.join("，"));
  }
  if (had.length === 0) return q.ask;
  const list = [...new Set(had)].join("、");
  const shown = [...list].length > 40 ? `${[...list].slice(0, 40).join("")}…` : list;
  return `${AGAIN[q.key as keyof typeof AGAIN]}（已记下：${shown}；没有别的请回复「无」）`;
}

const AGAIN = {
  figures: "2/4 还有别的关键数据吗？",
  problems: "3/4 还有别的问题或困难吗？",
  plans: "4/4 下一步还有别的打算吗？",
} as const;
