import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_ORG } from "./helpers/test-app.js";
import { spawnScript } from "./helpers/spawn-script.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * What a person at the terminal sees: the CLI and the console print their Chinese output and
 * nothing else — the log goes to DATA_DIR/logs/zongjie.log, so no English log line repeats a
 * Chinese one and no log line lands in the middle of the console prompt (issue 9).
 */
useTmpDirs();

/** An ISO-timestamped log line (the logger's format). */
const LOG_LINE = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z (DEBUG|INFO|WARN|ERROR) /;

async function run(
  script: string,
  args: string[],
  dataDir: string,
  stdin = "",
): Promise<{ out: string; err: string }> {
  const r = spawnScript(script, args, {
    env: { DATA_DIR: dataDir, ORG_FILE: EXAMPLE_ORG, LOG_LEVEL: "debug" },
    stdin,
    killAfterMs: 30_000,
  });
  await r.exited;
  return { out: r.out(), err: r.err() };
}

/** Log lines shown on the terminal other than start-up warnings (which come before any output). */
const chatty = (s: string) => s.split("\n").filter((l) => LOG_LINE.test(l) && !/ WARN .*节假日/.test(l));

describe("terminal output", () => {
  it("`cli say` prints the reply only; the log (with its English lines) is in DATA_DIR/logs", async () => {
    const dataDir = makeTmpDir();
    const { out, err } = await run("src/cli.ts", ["say", "--as", "李明", "帮助"], dataDir);
    expect(out).toContain("李明您好");
    expect(chatty(out)).toEqual([]);
    expect(chatty(err)).toEqual([]);
    expect(`${out}${err}`).not.toContain("drafting: no OPENAI_API_KEY");
    const logFile = path.join(dataDir, "logs", "zongjie.log");
    expect(existsSync(logFile)).toBe(true);
    expect(readFileSync(logFile, "utf8")).toContain("drafting: no OPENAI_API_KEY");
  }, 40_000);

  it("the console (`npm start` without Feishu) keeps log lines out of the prompt and says where the log is", async () => {
    const dataDir = makeTmpDir();
    const { out, err } = await run(
      "src/main.ts",
      ["--as", "李明"],
      dataDir,
      "帮助\n举办科普讲座3场，参与群众420人次\n确认\n/quit\n",
    );
    expect(out).toContain("李明> ");
    expect(out).toContain("已确认保存");
    expect(out).toContain(`日志 / log: ${path.join(dataDir, "logs", "zongjie.log")}`);
    expect(chatty(out)).toEqual([]);
    expect(chatty(err)).toEqual([]);
    for (const line of out.split("\n").filter((l) => l.includes("李明> ")))
      expect(line, "a prompt line").not.toMatch(LOG_LINE);
  }, 40_000);
});
