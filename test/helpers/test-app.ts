import path from "node:path";
import { type App, createApp, type Feature } from "../../src/app.js";
import { loadConfig } from "../../src/load-config.js";
import type { Incoming, Outbox, Reply } from "../../src/conversation/types.js";
import { findPerson } from "../../src/domain/org.js";
import { silentLogger } from "../../src/log.js";
import { makeTmpDir } from "./tmp-dir.js";

export const EXAMPLE_ORG = path.resolve(import.meta.dirname, "../../data/org.example.json");

export interface TestApp {
  app: App;
  dataDir: string;
  /** Move the test clock. */
  setNow(at: string | Date): void;
  /** Send text as a roster person (id or name); returns the replies. */
  say(who: string, text: string, extra?: Partial<Incoming>): Promise<Reply[]>;
  /** The plain text of all replies, joined. */
  sayText(who: string, text: string, extra?: Partial<Incoming>): Promise<string>;
  sent: Array<{ personId: string; reply: Reply }>;
}

/** A real app (real store in a temp dir, example roster) with a controllable clock. */
export async function makeTestApp(
  opts: { now?: string; env?: Record<string, string>; features?: Feature[]; dataDir?: string } = {},
): Promise<TestApp> {
  const dataDir = opts.dataDir ?? makeTmpDir();
  let now = new Date(opts.now ?? "2025-03-14T10:00:00+08:00");
  const config = loadConfig({ DATA_DIR: dataDir, ORG_FILE: EXAMPLE_ORG, LOG_LEVEL: "silent", ...opts.env });
  const sent: TestApp["sent"] = [];
  const outbox: Outbox = {
    async sendToPerson(personId, reply) {
      sent.push({ personId, reply });
    },
  };
  const app = await createApp({
    config,
    clock: { now: () => now },
    log: silentLogger,
    outbox,
    features: opts.features,
  });
  // Message ids unique across apps, so a reopened app's messages are never taken for replays.
  const prefix = Math.random().toString(36).slice(2, 8);
  let n = 0;
  const say = async (who: string, text: string, extra: Partial<Incoming> = {}) => {
    const person = findPerson(app.services.org, who);
    if (!person) throw new Error(`no such person ${who}`);
    n += 1;
    return app.engine.handle({
      person,
      chat: "p2p",
      kind: "text",
      text,
      messageId: `m-${prefix}-${n}`,
      ...extra,
    });
  };
  return {
    app,
    dataDir,
    sent,
    setNow: (at) => {
      now = new Date(at);
    },
    say,
    sayText: async (who, text, extra) => (await say(who, text, extra)).map((r) => r.text).join("\n"),
  };
}
