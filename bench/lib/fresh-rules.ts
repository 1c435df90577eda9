/**
 * The extraction rules as they were at an older commit, for scoring a batch with the rules that
 * had not yet seen it (docs/extraction.md). Read-only on git: src/domain is unpacked with
 * `git archive` into .fresh-rules/<commit>/ and removed by `removeFreshRules`; an old extract.ts is
 * given the `guess` hook today's has (off unless passed).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Blind batch → the commit whose rules had not yet seen it (its first-sight score). */
export const FIRST_SIGHT: [string, string][] = [
  ["13-", "5f658f9"],
  ["15-", "cc2fd4e"],
  ["16-", "501205c"],
  ["17-", "2d6090e"],
  ["18-", "15deca9"],
  ["19-", "14df159"],
  ["20-", "4a34358"],
  ["22-", "bc3d91e"],
];

const ROOT = join(import.meta.dirname, "..", "..");
const DIR = join(ROOT, ".fresh-rules");

/** Give an old extract.ts the same `guess` hook as today's (off unless passed). */
function addHook(src: string): string {
  const rule = (arg: string) =>
    `    else {\n      const rule = own ?? (out.length === 0 ? leadKind(pieces, i, ${arg}) : undefined);\n` +
    `      const guessed = rule === undefined || rule === "done" ? guess?.(core, out[out.length - 1]?.kind ?? before, rule) : undefined;\n` +
    "      kind = guessed ?? rule ?? prev;\n    }";
  const steps: [string, string][] = src.includes("leadKind(pieces, i, when)")
    ? [
        [
          "    else kind = own ?? (out.length === 0 ? leadKind(pieces, i, when) : undefined) ?? prev;",
          rule("when"),
        ],
        ["  when: ExtractOptions,\n)", "  when: ExtractOptions,\n  before?: ClauseKind,\n)"],
        [
          "    const own = pieceKind(",
          "    const guess = (when as { guess?: Guess }).guess;\n    const own = pieceKind(",
        ],
        [
          "clausesOfSentence(clause, mode, opts))",
          "clausesOfSentence(clause, mode, opts, clauses[clauses.length - 1]?.kind))",
        ],
      ]
    : [
        [
          "    else kind = own ?? (out.length === 0 ? leadKind(pieces, i, today) : undefined) ?? prev;",
          rule("today"),
        ],
        ["  today?: string,\n)", "  today?: string,\n  guess?: Guess,\n  before?: ClauseKind,\n)"],
        [
          "clausesOfSentence(clause, mode, opts.today))",
          "clausesOfSentence(clause, mode, opts.today, (opts as { guess?: Guess }).guess, clauses[clauses.length - 1]?.kind))",
        ],
      ];
  let out = `type Guess = (p: string, prev: ClauseKind | undefined, own: ClauseKind | undefined) => ClauseKind | undefined;\n${src}`;
  for (const [from, to] of steps) {
    if (!out.includes(from)) throw new Error(`old extract.ts does not have: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

/** extractUpdate as it was at `commit`. */
export async function freshRules(commit: string): Promise<typeof import("../../src/domain/extract.js")> {
  const dir = join(DIR, commit);
  mkdirSync(dir, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${commit} src/domain | tar -x -C "${dir}"`], { cwd: ROOT });
  const file = join(dir, "src/domain/extract.ts");
  const src = readFileSync(file, "utf8");
  // Since round three extract.ts has the hook itself.
  if (!src.includes("when.guess?.(")) writeFileSync(file, addHook(src));
  return (await import(file)) as typeof import("../../src/domain/extract.js");
}

export function removeFreshRules(): void {
  rmSync(DIR, { recursive: true, force: true });
}
