import { mkdtempSync, rmSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/load-config.js";
import type { Incoming } from "../src/conversation/types.js";
import { findPerson } from "../src/domain/org.js";
import { silentLogger } from "../src/log.js";
import { staffMessage, writeBenchOrg } from "./lib/org.js";
import type { BenchResult } from "./lib/skip.js";
import { ms, ratio, type Row, summarize, timeEach } from "./lib/stats.js";
import { runWebhookIntake } from "./webhook-intake.js";

/**
 * Intake: a staff message through the one engine (createApp + engine.handle), as every transport
 * calls it: a new update (stored as a draft, answered with the "confirm?" card), then 「好」
 * (confirmed, answered "saved"). Beside: a no-op handler through the same harness, and the
 * floor of the crash-safe writes each step must make. Then the same through a signed webhook
 * event to the reply recorded by the fake Feishu server (bench/webhook-intake.ts).
 */
export async function runIntakeBench(o: { quick: boolean }): Promise<BenchResult> {
  const rounds = o.quick ? 30 : 300;
  const dir = mkdtempSync(join(tmpdir(), "zongjie-bench-intake-"));
  const rows: Row[] = [];
  const notes: string[] = [];
  const data: Record<string, unknown> = {};
  try {
    const orgFile = writeBenchOrg(dir);
    const config = loadConfig({ DATA_DIR: join(dir, "data"), ORG_FILE: orgFile, LOG_LEVEL: "silent" });
    const app = await createApp({ config, log: silentLogger });
    const people = Array.from({ length: 50 }, (_, i) => findPerson(app.services.org, `staff-${i}`)!);
    let n = 0;
    const say = (i: number, text: string): Promise<unknown> => {
      n += 1;
      const input: Incoming = {
        person: people[i % people.length]!,
        chat: "p2p",
        kind: "text",
        text,
        messageId: `m-${n}`,
      };
      return app.engine.handle(input);
    };
    // Warm up (JIT, first writes take the rolling backups).
    for (let i = 0; i < 5; i++) {
      await say(i, staffMessage(i));
      await say(i, "好");
    }
    const draft: number[] = [];
    const confirm: number[] = [];
    for (let i = 0; i < rounds; i++) {
      let t = performance.now();
      const r1 = (await say(i, staffMessage(i))) as Array<{ text: string }>;
      draft.push(performance.now() - t);
      t = performance.now();
      const r2 = (await say(i, "好")) as Array<{ text: string }>;
      confirm.push(performance.now() - t);
      if (i === 0)
        data.sample = { message: staffMessage(i), draftReply: r1[0]?.text, confirmReply: r2[0]?.text };
    }
    const confirmed = (await app.services.store.listUpdates({ status: "confirmed" })).length;
    await app.close();

    const noop = async (_input: Incoming) => [{ text: "ok" }];
    const noopTimes = await timeEach(rounds, () => noop({ chat: "p2p", kind: "text", text: "x" }));
    // What a step must at least do: one crash-safe write of state.json and one of the shard.
    const floorTimes = await timeEach(rounds, async (i) => {
      await atomicWrite(join(dir, "floor-state.json"), 2_000, i);
      await atomicWrite(join(dir, "floor-shard.json"), 1_000 * (confirmed + 10), i);
    });
    const d = summarize(draft);
    const c = summarize(confirm);
    const nf = summarize(noopTimes);
    const f = summarize(floorTimes);
    data.engine = { draft: d, confirm: c, noop: nf, floor: f, confirmed };
    rows.push(
      {
        bench: "intake",
        figure: "engine: message → confirm card p50",
        value: ms(d.p50),
        baseline: `${ms(f.p50)} 2-write floor`,
        ratio: ratio(d.p50, f.p50),
        note: `no-op handler ${ms(nf.p50)}; n=${d.n}`,
      },
      {
        bench: "intake",
        figure: "engine: message → confirm card p99",
        value: ms(d.p99),
        baseline: `${ms(f.p99)} 2-write floor`,
        ratio: ratio(d.p99, f.p99),
        note: `no-op handler ${ms(nf.p99)}`,
      },
      {
        bench: "intake",
        figure: "engine: 「好」 → saved p50",
        value: ms(c.p50),
        baseline: `${ms(f.p50)} 2-write floor`,
        ratio: ratio(c.p50, f.p50),
        note: `${confirmed} confirmed at the end`,
      },
      {
        bench: "intake",
        figure: "engine: 「好」 → saved p99",
        value: ms(c.p99),
        baseline: `${ms(f.p99)} 2-write floor`,
        ratio: ratio(c.p99, f.p99),
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const web = await runWebhookIntake(o);
  rows.push(...web.rows);
  notes.push(...web.notes);
  data.webhook = web.data;
  return { rows, notes, data };
}

async function atomicWrite(path: string, bytes: number, i: number): Promise<void> {
  const tmp = `${path}.${i}.tmp`;
  const fh = await open(tmp, "wx");
  try {
    await fh.writeFile(Buffer.alloc(bytes, 0x61));
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  const d = await open(join(path, ".."), "r");
  await d.sync();
  await d.close();
}
