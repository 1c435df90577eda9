import type { ChildProcess } from "node:child_process";
import { webhookEnv } from "../fakes/feishu-events.js";
import { freePort } from "./free-port.js";
import { spawnScript } from "./spawn-script.js";

export interface BotProcess {
  /** The webhook's base URL. */
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed (stdout and stderr). */
  out(): string;
  exited: Promise<number | null>;
  /** SIGKILL, and waits for the exit. */
  kill(): Promise<void>;
  /** SIGTERM, and waits for the exit code. */
  stop(): Promise<number | null>;
}

/**
 * `npm start` as a child process in webhook mode against the fake Open Platform at `feishuUrl`,
 * signed and encrypted events required, with `env` on top (DATA_DIR, DATABASE_URL, ORG_FILE…).
 * Resolves once /healthz says it is ready; SIGKILLed after `killAfterMs` whatever happens (spawnScript).
 */
export async function startBot(
  feishuUrl: string,
  env: Record<string, string>,
  opts: { killAfterMs?: number; port?: number } = {},
): Promise<BotProcess> {
  const port = opts.port ?? (await freePort());
  const run = spawnScript("src/main.ts", [], {
    env: {
      LOG_LEVEL: "info",
      ...webhookEnv(feishuUrl),
      PORT: String(port),
      ...env,
    },
    killAfterMs: opts.killAfterMs ?? 120_000,
  });
  const { child, exited } = run;
  const out = () => `${run.out()}\n${run.err()}`;
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    // The entry answers "starting" (ready: false) at once; events are taken once it is ready.
    const ok = await fetch(`${url}/healthz`).then(
      async (r) => r.status < 500 && !(await r.text()).includes('"ready":false'),
      () => false,
    );
    if (ok) break;
    if (i > 600 || child.exitCode !== null) {
      child.kill("SIGKILL");
      throw new Error(`bot did not start: ${out()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    port,
    child,
    out,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
