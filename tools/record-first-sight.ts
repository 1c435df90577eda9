/**
 * Record what the rules said about each blind batch at first sight — the classifier of the commit
 * where the batch was scored untouched, before anyone tuned on it — so the command guess can be
 * judged where it matters, on phrasing the rules had never seen (bench/first-sight-guess.ts):
 *
 *   npx tsx tools/record-first-sight.ts blind=80f3dcb blind5=5fa1b63 blind7=0691139 blind8=4fa507b blind9=7c1dfcf
 *   npx tsx tools/record-first-sight.ts b3z=2e74a19^ s5a=ac71e44^ …   (a family of check lines: the commit before the one that added and tuned on them)
 *
 * Each commit is checked out in a scratch git worktree (removed after), its own classifier is run
 * on today's lines of that batch — its rules alone: the learned command guess of a commit that has
 * one is passed as none (older commits ignore the argument), since the guess is what is judged — and the answers go to test/corpus/first-sight.jsonl. Sealed
 * batches are refused: their lines are never looked at one by one.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FIRST_SIGHT_FILE } from "../test/corpus/first-sight.js";
import { batchOf } from "../test/corpus/report-gate-loo.js";
import { loadIntentCorpus, SEALED_SPLITS } from "../test/corpus/score-intents.js";

const repo = resolve(import.meta.dirname, "..");
const corpus = loadIntentCorpus();
const out: string[] = [];
for (const arg of process.argv.slice(2)) {
  const [split, commit] = arg.split("=");
  if (!split || !commit) throw new Error(`expected split=commit, got ${arg}`);
  if (SEALED_SPLITS.has(split as never)) throw new Error(`${split} is sealed`);
  // A split (blind5) or, within tune, a family of check lines (b3z, s5a: batchOf).
  const lines = corpus.filter((c) => batchOf(c) === split);
  if (lines.length === 0) throw new Error(`no lines in ${split}`);
  const dir = mkdtempSync(join(tmpdir(), "zongjie-first-sight-"));
  const tree = join(dir, "tree");
  execFileSync("git", ["worktree", "add", "--detach", "--quiet", tree, commit], { cwd: repo });
  try {
    symlinkSync(join(repo, "node_modules"), join(tree, "node_modules"));
    // Old schemas know fewer splits: the lines go in as `tune`, labels are not read.
    const input = join(dir, "lines.jsonl");
    writeFileSync(input, lines.map((c) => JSON.stringify({ ...c, split: "tune" })).join("\n"));
    const runner = join(tree, "first-sight-runner.ts");
    writeFileSync(
      runner,
      `import { classifyCase, loadIntentCorpus } from "./test/corpus/score-intents.js";
import { makeTestApp } from "./test/helpers/test-app.js";
import { cleanTmpDirs } from "./test/helpers/tmp-dir.js";
const t = await makeTestApp();
try {
  for (const c of loadIntentCorpus(${JSON.stringify(input)}))
    console.log(JSON.stringify({ id: c.id, got: classifyCase(c, t.app.services.org, t.app.engine.commands, undefined, null) }));
} finally {
  await t.app.close();
  cleanTmpDirs();
}
`,
    );
    const printed = execFileSync("npx", ["tsx", runner], { cwd: tree, encoding: "utf8" });
    for (const l of printed.split("\n").filter((x) => x.startsWith("{"))) {
      const { id, got } = JSON.parse(l);
      out.push(JSON.stringify({ id, split, commit, got }));
    }
    console.log(`${split} at ${commit}: ${lines.length} lines`);
  } finally {
    execFileSync("git", ["worktree", "remove", "--force", tree], { cwd: repo });
    rmSync(dir, { recursive: true, force: true });
  }
}
const kept = readKept(new Set(process.argv.slice(2).map((a) => a.split("=")[0])));
writeFileSync(FIRST_SIGHT_FILE, `${[...kept, ...out].join("\n")}\n`);

/** Lines of batches not re-recorded this time. */
function readKept(redone: ReadonlySet<string | undefined>): string[] {
  try {
    return readFileSync(FIRST_SIGHT_FILE, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "" && !redone.has(JSON.parse(l).split));
  } catch {
    return [];
  }
}
