import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import type { FakeMessage } from "../test/fakes/fake-feishu.js";
import { REPO_ROOT, startServerChild } from "./lib/child.js";
import { staffMessage, writeBenchOrg } from "./lib/org.js";
import { type BenchResult, importOrSkip } from "./lib/skip.js";
import { ms, ratio, type Row, summarize } from "./lib/stats.js";
import { BENCH_FEISHU } from "./lib/feishu-creds.js";

type FakeModule = typeof import("../test/fakes/fake-feishu.js");
type EventsModule = typeof import("../test/fakes/feishu-events.js");

/**
 * Intake through Feishu: a signed, encrypted im.message.receive_v1 posted to the webhook (app in
 * a child process) → the reply recorded by the fake Open Platform (in this process). One event
 * at a time, staff taking turns (so Feishu's 5 msg/s per user limit is not what is measured).
 * Beside: the webhook's own answer time for the same events.
 */
export async function runWebhookIntake(o: { quick: boolean }): Promise<BenchResult> {
  const rows: Row[] = [];
  try {
    await importOrSkip("src/transports/feishu/start.js", "Feishu transport (src/transports/feishu/start.ts)");
  } catch (e) {
    return {
      rows: [
        {
          bench: "intake",
          figure: "webhook → reply",
          value: "—",
          baseline: "—",
          ratio: "",
          note: `skipped: ${(e as Error).message}`,
        },
      ],
      notes: [],
      data: { skipped: (e as Error).message },
    };
  }
  const { startFakeFeishu } = await importOrSkip<FakeModule>("test/fakes/fake-feishu.js", "fake Feishu");
  const ev = await importOrSkip<EventsModule>("test/fakes/feishu-events.js", "Feishu event builders");
  const count = o.quick ? 20 : 200;
  const dir = mkdtempSync(join(tmpdir(), "zongjie-bench-webhook-"));
  const fake = await startFakeFeishu({ appId: BENCH_FEISHU.appId, appSecret: BENCH_FEISHU.appSecret });
  const waiters = new Map<string, (m: FakeMessage) => void>();
  const push = fake.messages.push.bind(fake.messages);
  fake.messages.push = (...items: FakeMessage[]) => {
    for (const m of items) {
      // Only the confirmation card counts: a text sent before it (an acknowledgement) does not.
      if (m.msg_type !== "interactive") continue;
      const key = m.reply_to ?? m.receive_id ?? "";
      waiters.get(key)?.(m);
    }
    return push(...items);
  };
  const server = await startServerChild(join(REPO_ROOT, "bench/feishu-server.ts"), [
    JSON.stringify({
      mode: "app",
      dataDir: join(dir, "data"),
      orgFile: writeBenchOrg(dir),
      fakeUrl: fake.url,
    }),
  ]);
  try {
    const endToEnd: number[] = [];
    const answer: number[] = [];
    const post = async (i: number): Promise<void> => {
      const openId = `ou_staff_${i % 50}`;
      const messageId = `om_bench_${i}`;
      const body = JSON.stringify(
        ev.encryptBody(
          ev.textEvent(openId, staffMessage(i), { messageId, token: BENCH_FEISHU.verificationToken }),
          BENCH_FEISHU.encryptKey,
        ),
      );
      const headers = {
        "content-type": "application/json; charset=utf-8",
        ...ev.signHeaders(body, BENCH_FEISHU.encryptKey),
      };
      const replied = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no confirmation card for ${messageId} within 10 s`)),
          10_000,
        );
        const done = () => {
          clearTimeout(timer);
          waiters.delete(messageId);
          waiters.delete(openId);
          resolve(performance.now());
        };
        waiters.set(messageId, done);
        waiters.set(openId, done);
      });
      replied.catch(() => undefined);
      const t = performance.now();
      const res = await fetch(`${server.url}/webhook/event`, { method: "POST", headers, body });
      await res.arrayBuffer();
      const answered = performance.now();
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
      const at = await replied;
      answer.push(answered - t);
      endToEnd.push(at - t);
    };
    for (let i = 0; i < 5; i++) await post(1000 + i); // warm-up
    endToEnd.length = 0;
    answer.length = 0;
    for (let i = 0; i < count; i++) await post(i);
    const e = summarize(endToEnd);
    const a = summarize(answer);
    rows.push(
      {
        bench: "intake",
        figure: "webhook event → confirmation card p50",
        value: ms(e.p50),
        baseline: `${ms(a.p50)} webhook 200`,
        ratio: ratio(e.p50, a.p50),
        note: `signed+encrypted, app in a child process; n=${e.n}`,
      },
      {
        bench: "intake",
        figure: "webhook event → confirmation card p99",
        value: ms(e.p99),
        baseline: `${ms(a.p99)} webhook 200`,
        ratio: ratio(e.p99, a.p99),
        note: `the interactive confirm card reaching the fake Open Platform (any text before it is not counted); max ${ms(e.max)}`,
      },
    );
    return { rows, notes: [], data: { endToEnd: e, answer: a } };
  } finally {
    await server.stop();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
