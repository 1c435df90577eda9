/**
 * Search the labelled corpus without ever printing a sealed line: the only way helpers may grep it.
 *
 *   npx tsx tools/open-corpus.ts 'PATTERN'            # intent lines and dialogue turns whose text matches
 *   npx tsx tools/open-corpus.ts 'PATTERN' --reports  # report-file lines that match
 *   npx tsx tools/open-corpus.ts 'PATTERN' --split=blind91
 *
 * PATTERN is a JavaScript regular expression (Unicode). A JSONL row is dropped before it is matched when its split is
 * sealed (SEALED_SPLITS in test/corpus/score-intents.ts) or its id carries a sealed batch's prefix (b92-…); a report
 * file is dropped when its name matches the sealed-file rule of tools/report-model-drift.ts (read from that file, so
 * the list is kept in one place). Nothing about sealed rows is printed, not even how many matched.
 * Round forty-three: in two rounds helpers grepped the corpus files directly three times and printed sealed lines.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { SEALED_SPLITS } from "../test/corpus/score-intents.js";

const repo = resolve(import.meta.dirname, "..");
const corpus = join(repo, "test", "corpus");
const args = process.argv.slice(2);
const pattern = args.find((a) => !a.startsWith("--"));
if (!pattern) {
  console.error("用法 / usage: npx tsx tools/open-corpus.ts 'PATTERN' [--reports] [--split=NAME]");
  process.exit(2);
}
const re = new RegExp(pattern, "u");
const onlySplit = args.find((a) => a.startsWith("--split="))?.slice(8);

const sealed = new Set<string>(SEALED_SPLITS);
/** bNN- ids of the sealed blind batches (blind92 → b92-). */
const sealedIds = [...sealed].map((s) => /^blind(\d+)$/u.exec(s)?.[1]).filter((n): n is string => n !== undefined);
const sealedId = (id: string) => sealedIds.some((n) => id.startsWith(`b${n}-`));

/** The sealed report-file rule, read from tools/report-model-drift.ts. */
function sealedFileRule(): RegExp {
  const source = readFileSync(join(repo, "tools", "report-model-drift.ts"), "utf8");
  const literal = /const SEALED_FILE =\s*\/(.+?)\/;/su.exec(source)?.[1];
  if (!literal) throw new Error("tools/report-model-drift.ts: SEALED_FILE not found — refusing to print report lines");
  return new RegExp(literal, "u");
}

interface Row {
  id?: string;
  split?: string;
  text?: string;
  turns?: Array<{ say?: string; text?: string }>;
}

function searchRows(): number {
  let shown = 0;
  for (const file of readdirSync(corpus).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of readFileSync(join(corpus, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      let row: Row;
      try {
        row = JSON.parse(line) as Row;
      } catch {
        continue;
      }
      const split = row.split ?? "";
      if (sealed.has(split) || sealedId(row.id ?? "")) continue;
      if (onlySplit && split !== onlySplit) continue;
      const texts = [row.text ?? "", ...(row.turns ?? []).map((t) => t.say ?? t.text ?? "")];
      if (!texts.some((t) => re.test(t))) continue;
      console.log(`${file} ${row.id ?? "?"} [${split}] ${line}`);
      shown++;
    }
  }
  return shown;
}

function searchReports(): number {
  const rule = sealedFileRule();
  const dir = join(corpus, "reports");
  let shown = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt") && !rule.test(f))) {
    const lines = readFileSync(join(dir, file), "utf8").split("\n");
    lines.forEach((line, i) => {
      if (!re.test(line)) return;
      console.log(`${file}:${i + 1} ${line}`);
      shown++;
    });
  }
  return shown;
}

const shown = args.includes("--reports") ? searchReports() : searchRows();
console.log(`${shown} 条（只查开放的批和报告文件）/ ${shown} open matches`);
