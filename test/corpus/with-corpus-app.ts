import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type App, createApp } from "../../src/app.js";
import { loadConfig } from "../../src/load-config.js";
import { silentLogger } from "../../src/log.js";

/**
 * Runs `fn` with an app on the example roster and a scratch data directory (removed after), for
 * the scripts that score corpus lines outside the test runner (tools/score-intent-file.ts,
 * bench/evaluate-report-gate.ts).
 */
export async function withCorpusApp<T>(fn: (app: App) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "zongjie-corpus-"));
  const app = await createApp({
    config: loadConfig({
      DATA_DIR: dir,
      ORG_FILE: join(import.meta.dirname, "../../data/org.example.json"),
      LOG_LEVEL: "silent",
      REMINDERS_ENABLED: "false",
    }),
    log: silentLogger,
  });
  try {
    return await fn(app);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
