/**
 * Clause-kind misses on the open blind writers' report files, today and at first sight
 * (docs/extraction.md, 第二十轮): for every open file written by a writer who never read the rules,
 * the misses of today's rules and of the rules at the commit that added the file (before anyone
 * tuned on it, unpacked with `git archive` like bench/lib/fresh-rules.ts). Sealed files and 14-
 * (never examined) are not in the list and are refused.
 *
 *   npx tsx tools/kind-misses.ts            # every open writer file, misses grouped by file
 *   npx tsx tools/kind-misses.ts --counts   # only the counts per file and per kind turn
 *   npx tsx tools/kind-misses.ts --own e4-,e5-   # today's misses on open self-written files (no first sight)
 *
 * Each miss prints: file, when (now / first), gold kind → read kind, whether the rules cut the
 * clause elsewhere (split: the predicted clause that matched is not the labelled clause), the labelled
 * clause and its message. The structural class is a reader's judgement, written in the docs.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractUpdate } from "../src/domain/extract.js";
import { normalizeText } from "../src/domain/normalize.js";
import { parseOrg } from "../src/domain/org.js";
import { loadReports, type ReportCase } from "../test/corpus/load-reports.js";
import { bigrams, overlap } from "../test/corpus/score-extraction.js";

/** Open blind writers' files → the commit that added them (their rules had not seen them). */
export const OPEN_WRITERS: [string, string][] = [
  ["13-", "afc852d"],
  ["20-", "355e75d"],
  ["22-", "c284623"],
  ["27-", "4fa507b"],
  ["28-", "98629bb"],
  ["33-", "2c69b3e"],
  ["35-", "2f6ad86"],
  ["38-", "2a9754b"],
  ["44-", "9dd6279"],
  ["50-", "a64b3d2"],
  ["56-", "5598b0f"],
  ["62-", "2b1d68f"],
  ["65-", "af92d50"],
  ["71-", "2ecebd2"],
  ["77-", "a305b32"],
  ["83-", "54dd6f0"],
  ["89-", "a2266eb"],
  ["93-", "8cec5a7"],
  ["97-", "a08545a"],
  // Round twenty-one's blind49 report file, scored untouched at that round's start; opened in round twenty-two.
  ["b0-", "204cced"],
  // Round twenty-two's blind53 report file, scored untouched at that round's start; opened in round twenty-three.
  ["b4-", "cd14ed2"],
  // Round twenty-three's blind57 report file, scored untouched at that round's start; opened in round twenty-four.
  ["b8-", "804dd18"],
  // Round twenty-four's blind60 report file, scored untouched at that round's start; opened in round twenty-five.
  ["d1-", "fc56007"],
  // Round twenty-five's blind61/blind62 report files, scored untouched at that round's start; opened in round twenty-six.
  ["d2-", "9855afc"],
  ["d3-", "9855afc"],
  // Round twenty-nine's blind68 report file, scored untouched at that round's start; opened in round thirty-one.
  ["g1-", "6303032"],
  // Round thirty-one's blind70 report file, scored untouched at that round's base; opened in round thirty-two.
  ["g3-", "0bb6ef7"],
  // Round thirty-two's blind71 report file, scored untouched at that round's base; opened in round thirty-three.
  ["g4-", "8ab3f59"],
  // Round thirty-three's blind73 report file, scored untouched at that round's base; opened in round thirty-four.
  ["g6-", "6758a5c"],
  // Round thirty-four's blind75 report file, scored untouched at that round's base; opened in round thirty-five.
  ["g8-", "38254c1"],
  // Round thirty-five's blind77 report file, scored untouched at that round's base; opened later that round.
  ["h0-", "be43987"],
  // Round thirty-five's blind78 report file, scored untouched at that round's base; opened in round thirty-six.
  ["h1-", "be43987"],
  // Round thirty-six's blind79 report file, scored untouched at that round's base; opened later that round.
  ["h2-", "3492feed"],
  // Round thirty-six's blind80 report file, scored untouched at that round's base; opened in round thirty-seven.
  ["h3-", "3492feed"],
  // Round thirty-seven's blind82 report file, scored untouched at that round's base; opened later that round.
  ["h5-", "dadc1f83"],
  // Round thirty-seven's blind81 report file, scored untouched at that round's base; opened in round thirty-eight.
  ["h4-", "dadc1f83"],
  // Round thirty-eight's blind83 report file, scored untouched at that round's base; opened later that round.
  ["h6-", "143419a4"],
  // Round thirty-eight's blind84 report file, scored untouched at 95b06af1; opened in round thirty-nine.
  ["h7-", "95b06af1"],
  // Round thirty-nine's blind86 report file, written sealed at 97c4ee4b; opened later that round.
  ["h9-", "97c4ee4b"],
  // Round thirty-nine's blind85 report file, written sealed at 97c4ee4b; opened in round forty.
  ["h8-", "97c4ee4b"],
  // Round forty's blind87 report file, written sealed at 8210b3bc; opened later that round.
  ["i0-", "8210b3bc"],
  // Round forty's blind88 report file, written sealed at 8210b3bc; opened in round forty-one.
  ["i1-", "8210b3bc"],
  // Round forty-one's blind90 report file, written sealed at 931ea123; opened in round forty-two.
  ["i3-", "931ea123"],
  // Round forty-two's blind91 report file, written sealed at f7bb9b69; opened in round forty-three.
  ["i4-", "f7bb9b69"],
  // Round forty-one's blind89 report file, written sealed at 931ea123; opened in round forty-three (one line was seen).
  ["i2-", "931ea123"],
  // Written sealed in round forty-three at 8de683cf (on 598217ff), opened in round forty-four.
  ["i7-", "8de683cf"],
  // Written sealed in round forty-four at 1491f068 (on e9f20e3f), opened in round forty-five.
  ["i8-", "1491f068"],
  // Written sealed in round forty-five at 19dbcca8 (on 69ddfd25), opened in round forty-six.
  ["j1-", "19dbcca8"],
  // Written sealed in round forty-six at 01d43a07 (on 617fbb04), opened in round forty-seven.
  ["j3-", "01d43a07"],
  // Written sealed in round forty-seven at f0dfe583 (on c54f9651), opened in round forty-eight.
  ["j4-", "f0dfe583"],
  // Written sealed in round forty-seven at 3b827431 (on c54f9651), opened in round forty-nine.
  ["j5-", "3b827431"],
  // Written sealed in round forty-eight at b865222a (on 3bfbf58b), opened in round fifty.
  ["j6-", "b865222a"],
  // Written sealed in round forty-eight at b865222a (on 3bfbf58b), opened in round fifty-one.
  ["j7-", "b865222a"],
  // Written sealed in round forty-nine at 025a87ef (on 2fc6221c), opened in round fifty-two.
  ["j8-", "025a87ef"],
  // Written sealed in round forty-nine at 025a87ef (on 2fc6221c), opened in round fifty-three.
  ["j9-", "025a87ef"],
  // Written sealed in round fifty at 0c367fa8 (on 0f9e459d), opened in round fifty-four.
  ["k0-", "0c367fa8"],
  // Written sealed in round fifty at 0c367fa8 (on 0f9e459d), opened in round fifty-five.
  ["k1-", "0c367fa8"],
  // Written sealed in round fifty-one at 8236042e (on 564a2ad5), opened in round fifty-six.
  ["k2-", "8236042e"],
];
const SEALED = /^(14|21|29|36|51|52|57|58|63|64|69|70|75|76|81|82|87|88|95|96|b1|b2|b3|b5|b6|b7|b9|d0|d4|d5|d6|d7|g0|g2|g5|g7|g9|i5|i6|i9|j0|j2|k3|k4|k5|k6|k7|k8|k9)-/;

const repo = resolve(import.meta.dirname, "..");
const scratch = join(repo, ".kind-misses");

type Extract = (c: ReportCase) => { text: string; kind: string }[];

interface Miss {
  file: string;
  id: string;
  when: "now" | "first";
  turn: string;
  split: boolean;
  gold: string;
  got: string;
  text: string;
}

/** The same matching as test/corpus/score-extraction.ts, keeping the matched clause's text. */
function misses(cases: ReportCase[], extract: Extract, when: Miss["when"]): { n: number; out: Miss[] } {
  const out: Miss[] = [];
  let n = 0;
  for (const c of cases) {
    const predicted = extract(c).map((x) => ({ ...x, grams: bigrams(x.text) }));
    for (const gold of c.clauses) {
      n++;
      const g = bigrams(gold.text);
      let best: ((typeof predicted)[number] & { n: number }) | undefined;
      for (const x of predicted) {
        const k = overlap(g, x.grams);
        if (k > 0 && (!best || k > best.n)) best = { ...x, n: k };
      }
      if (best?.kind === gold.kind) continue;
      const same = (a: string) => normalizeText(a).replace(/[\s，,。；;：:！!？?、]/g, "");
      out.push({
        file: c.id.split(":")[0]!,
        id: c.id,
        when,
        turn: `${gold.kind}→${best?.kind ?? "dropped"}`,
        split: !!best && same(best.text) !== same(gold.text),
        gold: gold.text,
        got: best?.text ?? "",
        text: c.text.replace(/\n/g, "⏎"),
      });
    }
  }
  return { n, out };
}

async function oldRules(commit: string): Promise<Extract> {
  const dir = join(scratch, commit);
  mkdirSync(dir, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${commit} src/domain src/errors.ts | tar -x -C "${dir}"`], { cwd: repo });
  const ex = (await import(join(dir, "src/domain/extract.ts"))) as typeof import("../src/domain/extract.js");
  const org = (await import(join(dir, "src/domain/org.ts"))) as typeof import("../src/domain/org.js");
  const o = org.parseOrg(ORG);
  return (c) => ex.extractUpdate(c.text, o, { today: c.date, time: c.time }).clauses ?? [];
}

const ORG = {
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
};

async function main(): Promise<void> {
  const countsOnly = process.argv.includes("--counts");
  const all = loadReports();
  const org = parseOrg(ORG);
  const now: Extract = (c) => extractUpdate(c.text, org, { today: c.date, time: c.time }).clauses ?? [];
  const found: Miss[] = [];
  const own = process.argv[process.argv.indexOf("--own") + 1];
  if (process.argv.includes("--own") && own) {
    for (const prefix of own.split(",")) {
      if (SEALED.test(prefix)) throw new Error(`${prefix} is sealed`);
      const a = misses(all.filter((c) => c.id.startsWith(prefix)), now, "now");
      console.log(`${prefix} (${a.n} clauses): now ${((100 * (a.n - a.out.length)) / a.n).toFixed(1)} %`);
      for (const m of a.out) console.log(`${m.id} ${m.turn}${m.split ? " split" : ""}: ${m.gold}${m.split ? ` ‖ read: ${m.got}` : ""}\n    ${m.text}`);
    }
    return;
  }
  try {
    for (const [prefix, commit] of OPEN_WRITERS) {
      if (SEALED.test(prefix)) throw new Error(`${prefix} is sealed`);
      const cases = all.filter((c) => c.id.startsWith(prefix) && c.split === "blind");
      if (cases.length === 0) continue;
      const a = misses(cases, now, "now");
      const b = misses(cases, await oldRules(commit), "first");
      found.push(...a.out, ...b.out);
      const p = (m: number) => `${((100 * (a.n - m)) / a.n).toFixed(1)} %`;
      console.log(
        `${cases[0]!.id.split(":")[0]} (${a.n} clauses): first sight ${commit} ${p(b.out.length)}, now ${p(a.out.length)}`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const turns = new Map<string, Set<string>>();
  for (const m of found) {
    const k = `${m.turn}${m.split ? " (split)" : ""}`;
    turns.set(k, (turns.get(k) ?? new Set()).add(m.file));
  }
  console.log("\nkind turns (first sight or now) → in how many writers' files:");
  for (const [k, files] of [...turns].sort((x, y) => y[1].size - x[1].size)) console.log(`  ${k}: ${files.size}`);
  if (countsOnly) return;
  console.log("");
  for (const m of found)
    console.log(
      `${m.id} ${m.when} ${m.turn}${m.split ? " split" : ""}: ${m.gold}${m.split ? ` ‖ read: ${m.got}` : ""}\n    ${m.text}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
