import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findFigures } from "../src/domain/figures.js";
import { arabicFigures } from "../src/drafting/polish-prose.js";
import { parseCsv } from "../src/import/parse-csv.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A year the drafter has never seen (a 县卫生健康局, 29 colloquial messages), run the way a new
 * user runs it: `cli import` into an empty data dir, then `cli draft` with no model key. The
 * offline draft.md must read as a first draft.
 */
useTmpDirs();
const root = path.resolve(import.meta.dirname, "..");
const fixture = path.join(root, "test/fixtures/health-year");

function cli(args: string[], env: Record<string, string>): string {
  return execFileSync("npx", ["tsx", "src/cli.ts", ...args], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      OPENAI_API_KEY: "",
      LOG_LEVEL: "silent",
      TMPDIR: makeTmpDir("zongjie-tsx-"),
    },
    encoding: "utf8",
    stdio: "pipe",
  });
}

describe("offline draft of a fresh year (县卫生健康局)", () => {
  it("reads as a first draft: no chat, no 了-forms, no relative years, every figure, opening and closing", () => {
    const dir = makeTmpDir("zongjie-fresh-");
    const env = { DATA_DIR: path.join(dir, "data"), ORG_FILE: path.join(fixture, "org.json") };
    expect(cli(["import", path.join(fixture, "updates.csv")], env)).toContain("已导入 29 条");
    cli(["draft", "--period", "2026", "--out", path.join(dir, "out")], env);
    const md = readFileSync(path.join(dir, "out", "draft.md"), "utf8");
    const [work = "", rest = ""] = md.split("## 二、存在的问题");
    const [problems = "", plan = ""] = rest.split("## 三、");
    const items = work.split("\n").filter((l) => /^\d+\./u.test(l));
    expect(items.length).toBeGreaterThan(15);

    expect(md).toContain("（离线草稿）");
    expect(md).not.toMatch(/报一下|好消息|各位领导|前面说的|搞完|搞起来|开完|这块|哈[。，]|[😀👍😊🎉！!]/u);
    // No spoken 了 after a verb inside the numbered items, no 今年/明年/去年 anywhere.
    for (const l of items) expect(l).not.toMatch(/(?:组织|开展|抽查|整改|下降|启动|认证|查)了/u);
    for (const l of items) expect(l).not.toMatch(/了[。；，]/u);
    expect(md).not.toMatch(/今年|明年|去年/u);
    expect(md).not.toMatch(/都超额|都在\d|现在全县/u);
    // Finished work reads verb first.
    expect(md).toContain("开展乡村医生培训，培训村医310人次");
    // Problems and plans stay out of the work part; each reported problem is under 二、.
    expect(work).not.toMatch(/问题就是|人手紧|青黄不接|再把|力争|明年|打算/u);
    expect(problems).toContain("机关人手紧");
    expect(problems).toContain("村医年龄偏大");
    expect(plan).toContain("胸痛、卒中两个中心");

    // Every figure staff reported is in the draft, as written or (Chinese numerals) in Arabic digits; a rough 多 may be
    // written 余 where its passage already writes 余 (round thirty-six, written-amounts.ts oneRoughWord).
    const rows = parseCsv(readFileSync(path.join(fixture, "updates.csv"), "utf8"));
    const reported = rows.slice(1).flatMap((r) => findFigures(r.cells[3] ?? "").map((f) => f.figure.raw));
    expect(reported.length).toBeGreaterThan(40);
    const missing = reported.filter(
      (raw) =>
        !md.includes(raw) &&
        !md.includes(arabicFigures(raw)) &&
        !md.includes(arabicFigures(raw).replace(/(?<=\d)多/u, "余")),
    );
    expect(missing).toEqual([]);

    // The opening holds figures, each said once, and no target is told as done.
    const opening = md.split("\n").find((l) => l.startsWith("2026年，我局在")) ?? "";
    const said = findFigures(opening).map((f) => f.figure.raw);
    expect(said.length).toBeGreaterThanOrEqual(3);
    expect(new Set(said).size).toBe(said.length);
    expect(opening).not.toMatch(/任务是|力争/u);
    // The 思路 paragraph has its verb; the plan closes.
    expect(plan).toContain("2027年，我局将坚持预防为主、防治结合。");
    expect(plan).toMatch(/2027年，我局将以更加务实的作风/u);
    // Two CLI processes (import, draft), each starting tsx: on a loaded 2-core machine that alone takes
    // 25–30 s, so the hang guard is wider than the default 30 s (no speed is asserted here).
  }, 90_000);
});
