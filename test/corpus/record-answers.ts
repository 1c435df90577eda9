/**
 * Writes test/corpus/recorded-extract.json: the answers the fake OpenAI server gives for the
 * corpus messages on the model path (bench and tests). No real model can be called here, so the
 * answers are simulated from the labels, with the mistakes real models make written in on a fixed
 * schedule: an invented figure, a figure mis-scaled (1.2万 read as 1.2), a clause given the wrong
 * kind (a target written up as done), a paraphrased clause, and broken JSON twice (so the rules
 * stand in). What the model path measures is therefore the real client, schema, repair round,
 * grounding and fallback on these answers — not the quality of any model.
 *
 *   npx tsx test/corpus/record-answers.ts
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadReports, type ReportCase } from "./load-reports.js";

export type Recorded = { json: unknown } | { broken: string };

const FLIP = { done: "plan", plan: "done", problem: "done" } as const;

export function simulateAnswer(c: ReportCase, i: number): Recorded {
  if (i % 13 === 7) return { broken: `好的，以下是提取结果：{clauses: [${c.clauses[0]?.text ?? ""}` };
  const figures = [...c.figures];
  const clauses = c.clauses.map((k, j) => {
    const text = k.text.replace(/[，,。；;\s]+$/, "");
    const own = figures.filter((f) => text.includes(f.raw));
    for (const f of own) figures.splice(figures.indexOf(f), 1);
    return {
      text: i % 19 === 2 && j === 0 && text.length > 8 ? text.slice(2) : text,
      kind: i % 17 === 9 && j === c.clauses.length - 1 ? FLIP[k.kind] : k.kind,
      figures: own.map((f) => ({
        raw: f.raw,
        value: f.value,
        unit: f.unit,
        context: "",
        approx: /[余多近约]/.test(f.raw),
      })),
    };
  });
  const all = clauses.flatMap((k) => k.figures);
  if (i % 7 === 3 && all[0]) {
    // Invented: a figure the message never states.
    clauses[0]?.figures.push({
      ...all[0],
      raw: `${all[0].value + 7}${all[0].unit}`,
      value: all[0].value + 7,
    });
  }
  const big = all.find((f) => /万/.test(f.raw));
  if (i % 11 === 5 && big) big.value = big.value / 10000; // 1.2万 read as 1.2
  return { json: { clauses, sectionHints: [] } };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out: Record<string, Recorded> = {};
  loadReports().forEach((c, i) => {
    out[c.id] = simulateAnswer(c, i);
  });
  const file = join(dirname(fileURLToPath(import.meta.url)), "recorded-extract.json");
  // One message a line, so a change to the corpus shows as a small diff.
  const lines = Object.entries(out).map(([id, a]) => `${JSON.stringify(id)}: ${JSON.stringify(a)}`);
  writeFileSync(file, `{\n${lines.join(",\n")}\n}\n`);
  console.log(`${Object.keys(out).length} answers → ${file}`);
}
