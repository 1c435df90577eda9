import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FakeFeishu, FakeMessage } from "../test/fakes/fake-feishu.js";
import { findPgBinaries, NO_PG_REASON, startPgServer } from "../test/helpers/pg-server.js";
import { type BotProcess, startBot } from "../test/helpers/spawn-bot.js";
import { cleanTmpDirs } from "../test/helpers/tmp-dir.js";
import { staffMessage, writeBenchOrg } from "./lib/org.js";
import { type BenchResult, Skip } from "./lib/skip.js";
import { ratio, type Row } from "./lib/stats.js";

type FakeModule = typeof import("../test/fakes/fake-feishu.js");
type EventsModule = typeof import("../test/fakes/feishu-events.js");

/**
 * Replicas: `npm start` twice on one PostgreSQL database (durable commits) beside `npm start`
 * once on the embedded store, in the same run, batches alternated. A batch is N signed,
 * encrypted staff reports posted 10 at a time (50 staff taking turns), each to a random replica;
 * it ends when every report's confirmation card has reached the fake Open Platform. Then a batch
 * through the pair with one replica killed -9 halfway (its unanswered events go to the other, as
 * Feishu retries): lost reports (acknowledged, never answered) and reports answered twice.
 */
export async function runReplicasBench(o: { quick: boolean }): Promise<BenchResult> {
  const bins = findPgBinaries();
  if (!bins) throw new Skip(NO_PG_REASON);
  const { startFakeFeishu } = (await import("../test/fakes/fake-feishu.js")) as FakeModule;
  const ev = (await import("../test/fakes/feishu-events.js")) as EventsModule;
  const perBatch = o.quick ? 40 : 150;
  const rounds = o.quick ? 1 : 3;
  const dir = mkdtempSync(join(tmpdir(), "zongjie-bench-replicas-"));
  const fake = await startFakeFeishu({ appId: ev.TEST_FEISHU.appId, appSecret: ev.TEST_FEISHU.appSecret });
  const server = await startPgServer(bins, { durable: true });
  const bots: BotProcess[] = [];
  try {
    const orgFile = writeBenchOrg(dir);
    const url = await server.createDatabase("replicas");
    const common = { ORG_FILE: orgFile, REMINDERS_ENABLED: "false", LOG_LEVEL: "warn" };
    const pgEnv = (name: string) => ({
      ...common,
      DATA_DIR: join(dir, name),
      DATABASE_URL: url,
      INBOX_TAKEOVER_SEC: "2",
    });
    const [lowdb, a, b] = await Promise.all([
      startBot(fake.url, { ...common, DATA_DIR: join(dir, "lowdb") }, { killAfterMs: 600_000 }),
      startBot(fake.url, pgEnv("a"), { killAfterMs: 600_000 }),
      startBot(fake.url, pgEnv("b"), { killAfterMs: 600_000 }),
    ]);
    bots.push(lowdb!, a!, b!);
    const replies = watchReplies(fake);
    let n = 0;
    const batch = async (targets: () => BotProcess[], kill?: () => Promise<void>) => {
      const ids = Array.from({ length: perBatch }, () => `om_bench_rep_${++n}`);
      const started = performance.now();
      const acked = new Set<string>();
      let sent = 0;
      let retried = 0;
      const post = async (i: number) => {
        const id = ids[i]!;
        const body = ev.textEvent(`ou_staff_${i % 50}`, staffMessage(n + i), { messageId: id });
        for (;;) {
          const live = targets();
          const target = live[Math.floor(Math.random() * live.length)]!;
          const res = await ev
            .postEvent(`${target.url}/webhook/event`, body, { encryptKey: ev.TEST_FEISHU.encryptKey })
            .catch(() => undefined);
          if (res?.status === 200) break;
          retried += 1;
          await new Promise((r) => setTimeout(r, 50));
        }
        acked.add(id);
        sent += 1;
        if (kill && sent === Math.floor(perBatch / 2)) await kill();
      };
      let next = 0;
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (next < ids.length) await post(next++);
        }),
      );
      await replies.waitAll(ids, 60_000);
      const seconds = (performance.now() - started) / 1000;
      return { ids, acked, seconds, retried };
    };

    const lowdbRates: number[] = [];
    const pairRates: number[] = [];
    for (let r = 0; r < rounds; r++) {
      lowdbRates.push(perBatch / (await batch(() => [lowdb!])).seconds);
      pairRates.push(perBatch / (await batch(() => [a!, b!])).seconds);
    }
    let live = [a!, b!];
    const killed = await batch(
      () => live,
      async () => {
        await a!.kill();
        live = [b!];
      },
    );
    await new Promise((r) => setTimeout(r, 1000));
    const lost = [...killed.acked].filter((id) => replies.count(id) === 0).length;
    const doubled = killed.ids.filter((id) => replies.count(id) > 1).length;
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const rows: Row[] = [
      {
        bench: "replicas",
        figure: "reports/s, 2 replicas on PostgreSQL",
        value: `${median(pairRates).toFixed(1)}/s`,
        baseline: `${median(lowdbRates).toFixed(1)}/s 1 process, lowdb`,
        ratio: ratio(median(pairRates), median(lowdbRates)),
        note: `${perBatch} reports a batch, 10 in flight, to a random replica, timed to the last confirmation card; median of ${rounds} alternated batches (pair ${pairRates.map((x) => x.toFixed(0)).join("/")}, lowdb ${lowdbRates.map((x) => x.toFixed(0)).join("/")})`,
      },
      {
        bench: "replicas",
        figure: "one replica killed -9 mid-batch",
        value: `lost ${lost}, doubled ${doubled}`,
        baseline: "0 / 0 required",
        ratio: "",
        note: `${killed.acked.size} acknowledged of ${perBatch}, ${killed.retried} posts retried at the survivor, all answered in ${killed.seconds.toFixed(1)} s (orphans taken over after INBOX_TAKEOVER_SEC=2)`,
      },
    ];
    return {
      rows,
      notes: [],
      data: { lowdbRates, pairRates, killed: { lost, doubled, seconds: killed.seconds } },
    };
  } finally {
    await Promise.all(bots.map((bot) => bot.kill()));
    await server.stop();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
    cleanTmpDirs();
  }
}

/** Confirmation cards in reply to each message, counted as they reach the fake. */
function watchReplies(fake: FakeFeishu) {
  const counts = new Map<string, number>();
  const push = fake.messages.push.bind(fake.messages);
  fake.messages.push = (...items: FakeMessage[]) => {
    for (const m of items)
      if (m.msg_type === "interactive" && m.reply_to)
        counts.set(m.reply_to, (counts.get(m.reply_to) ?? 0) + 1);
    return push(...items);
  };
  return {
    count: (id: string) => counts.get(id) ?? 0,
    async waitAll(ids: string[], timeoutMs: number) {
      const until = Date.now() + timeoutMs;
      while (!ids.every((id) => counts.has(id))) {
        if (Date.now() > until) return;
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}
