import { readFileSync } from "node:fs";
import { parseOrg } from "../../src/domain/org.js";
import { normalizeText } from "../../src/domain/normalize.js";
import { draftOffline } from "../../src/drafting/draft-offline.js";
import { groupMaterial } from "../../src/drafting/gather-material.js";
import { arabicFigures } from "../../src/drafting/polish-prose.js";
import { importRows } from "../../src/import/import-updates.js";
import { memoryStore } from "../fixtures/drafting/memory-store.js";

/**
 * The offline drafter's prose on colloquial staff messages (test/fixtures/offline-prose*.jsonl):
 * each message is drafted alone (annual draft, said in October–November) and its checks are
 * counted: figures as reported, the problem in 二、 and not in the work line, the plan in 三、
 * (or, said as this year's follow-up, in neither the work line nor 三、), no run-on clauses in the
 * work line, spoken words gone.
 */
export interface ProseCase {
  id: string;
  section: string;
  date: string;
  text: string;
  figures: string[];
  problem?: string[];
  plan?: string[];
  nearTerm?: string[];
  work?: string[];
  spoken?: string[];
}

const org = parseOrg(JSON.parse(readFileSync("data/org.example.json", "utf8")));
const AUTHOR: Record<string, string> = {
  rd: "li-rd",
  transfer: "zhao-zh",
  popsci: "chen-kp",
  envoy: "sun-tp",
  hitech: "he-gq",
  talent: "zhao-zh",
  party: "xu-dj",
  office: "wang-ban",
};

export function readCases(file: string): ProseCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ProseCase);
}

export interface DraftTexts {
  work: string;
  problems: string;
  plan: string;
  all: string;
}

export async function draftOne(c: ProseCase): Promise<DraftTexts> {
  const store = memoryStore();
  const row = { row: 1, author: AUTHOR[c.section] as string, section: c.section, date: c.date, text: c.text };
  await importRows(store, org, [row], new Date("2026-12-01T00:00:00Z"));
  const parts = draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates)).parts;
  const textOf = (kinds: string[]) =>
    parts
      .filter((p) => kinds.includes(p.kind) && p.origin !== "placeholder")
      .map((p) => [...p.paragraphs, ...p.items.map((i) => `${i.title}。${i.text}`)].join("\n"))
      .join("\n");
  return {
    work: textOf(["section"]),
    problems: textOf(["problems"]),
    plan: parts
      .filter((p) => p.kind === "plan" && p.origin !== "placeholder")
      .flatMap((p) => p.items.map((i) => i.text))
      .join("\n"),
    all: textOf(["opening", "section", "problems", "plan"]),
  };
}

/** The failed checks of one case, as short Chinese-free labels; empty when all hold. */
export function failedChecks(c: ProseCase, d: DraftTexts): { total: number; failed: string[] } {
  const n = (s: string) => normalizeText(s);
  const has = (text: string, w: string) => text.includes(n(w)) || text.includes(arabicFigures(n(w)));
  const checks: Array<[string, boolean]> = [];
  // 「五十来号人|约50人」: any of the written forms.
  for (const f of c.figures) checks.push([`figure ${f}`, f.split("|").some((x) => has(d.all, x))]);
  // 「资料没交齐|资料未交齐」: a problem as said or in its written form (unfinished-written.ts), like the figures.
  for (const p of c.problem ?? []) {
    const forms = p.split("|");
    checks.push([`problem ${p} not in work`, !forms.some((x) => has(d.work, x))]);
    checks.push([`problem ${p} in 二`, forms.some((x) => has(d.problems, x))]);
  }
  for (const p of c.plan ?? []) {
    checks.push([`plan ${p} not in work`, !has(d.work, p)]);
    checks.push([`plan ${p} in 三`, has(d.plan, p)]);
  }
  for (const p of c.nearTerm ?? []) {
    checks.push([`near-term ${p} not in work`, !has(d.work, p)]);
    checks.push([`near-term ${p} not in 三`, !has(d.plan, p)]);
  }
  // Clauses run together with no stop (a dictation's pauses lost): 24 characters on end.
  checks.push(["no run-on in the work line", !/[^，,。；;：:、！？\n]{24,}/u.test(d.work)]);
  for (const w of c.work ?? []) checks.push([`work ${w}`, has(d.work, w)]);
  for (const w of c.spoken ?? []) checks.push([`spoken ${w} absent`, !d.all.includes(n(w))]);
  return { total: checks.length, failed: checks.filter(([, ok]) => !ok).map(([label]) => label) };
}
