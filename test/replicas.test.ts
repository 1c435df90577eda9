import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { z } from "zod";
import { openPgStore } from "../src/store/pg/open-pg-store.js";
import type { Store } from "../src/store/types.js";
import { type FakeFeishu, type FakeMessage, startFakeFeishu } from "./fakes/fake-feishu.js";
import { cardActionEvent, postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { type BotProcess, startBot } from "./helpers/spawn-bot.js";
import { cleanTmpDirs, makeTmpDir } from "./helpers/tmp-dir.js";
import { usePgServer } from "./helpers/use-pg-server.js";
import { rng } from "./helpers/rng.js";

/**
 * Two bot processes (`npm start`, webhook mode) on one PostgreSQL database behind one fake Open
 * Platform, fed signed and encrypted events the way Feishu sends them:
 * 1. both start at once with the week's reminder and last week's digest overdue: each person is
 *    pinged once;
 * 2. six staff stream reports and confirmations (typed, or by clicking the card's button) to
 *    either replica — some events delivered to both at once, some delivered again later; one
 *    replica is killed (-9) mid-stream, what it did not answer is retried at the other (as Feishu
 *    retries), what it answered but never processed is taken over; it comes back later.
 *    Every acknowledged message gets exactly one reply, every confirmed report is stored once,
 *    in each person's order.
 */
// Directories live as long as the bots (both tests): removed after the file.
afterAll(cleanTmpDirs);
const { describePg, server } = usePgServer();

const KEY = TEST_FEISHU.encryptKey;
const STAFF = Array.from({ length: 6 }, (_, i) => ({
  id: `staff-${i + 1}`,
  openId: `ou_rep_staff_${i + 1}`,
  section: i % 2 === 0 ? "popsci" : "rd",
}));
const LEADERS = [
  { id: "lead-1", openId: "ou_rep_lead_1", role: "leader" },
  { id: "office-1", openId: "ou_rep_office_1", role: "admin" },
];
const ROUNDS = 8;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A time zone in which it is about noon now (no quiet hours for the catch-up rounds). */
function noonOffset(): number {
  let offset = 12 - new Date().getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  return offset;
}

function noonZone(): string {
  const offset = noonOffset();
  return offset === 0 ? "Etc/GMT" : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/**
 * A holiday file for the years around today (in `zone`) whose only holiday lies months away, so
 * every week near today runs Monday to Friday: the catch-up rounds are due whatever the statutory
 * calendar says (a 国庆 or 春节 week would otherwise have no reminder day).
 */
function writePlainWeeks(dir: string, offsetHours: number): string {
  const today = new Date(Date.now() + offsetHours * 3_600_000);
  const year = today.getUTCFullYear();
  const file: Record<string, unknown> = {};
  for (const y of [year - 1, year, year + 1]) {
    const far = [`${y}-03-15`, `${y}-09-15`].find(
      (d) => Math.abs(Date.parse(`${d}T12:00:00Z`) - today.getTime()) > 30 * 86_400_000,
    );
    file[String(y)] = { source: "replica test", holidays: [{ name: "测试假日", from: far }] };
  }
  const out = path.join(dir, "holidays.json");
  writeFileSync(out, JSON.stringify(file));
  return out;
}

function writeOrg(dir: string): string {
  const file = path.join(dir, "org.json");
  const people = [
    ...LEADERS.map((l, i) => ({
      id: l.id,
      name: ["周明远", "吴晓红"][i],
      role: l.role,
      title: l.role === "leader" ? "局长" : "办公室主任",
      feishu: { open_id: l.openId },
    })),
    ...STAFF.map((s, i) => ({
      id: s.id,
      name: ["陈一帆", "刘二军", "张三丽", "黄思远", "杨五洲", "郑六合"][i],
      role: "staff",
      sections: [s.section],
      feishu: { open_id: s.openId },
    })),
  ];
  const org = {
    unit: "副本测试县科学技术局",
    superiors: "县委、县政府",
    contact: "请联系局办公室加入名册",
    sections: [
      { id: "popsci", name: "科普宣传与培训", aliases: ["科普"], keywords: ["科普", "讲座"] },
      { id: "rd", name: "科技项目与研发投入", aliases: ["项目"], keywords: ["研发", "项目"] },
    ],
    people,
  };
  writeFileSync(file, JSON.stringify(org, null, 2));
  return file;
}

function report(section: string, k: number): string {
  return section === "popsci"
    ? `第${k}场科普讲座在${["城关", "河口", "东乡", "西岭", "南湖", "北坝", "新庄", "石桥"][k - 1]}办完了，${120 + k}名群众参加`
    : `第${k}个研发项目验收通过，企业投入研发经费${20 + k}万元`;
}

/** The full callback value of a card's button (command and subject), by label. */
function buttonValue(m: FakeMessage, label: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const walk = (els: unknown[]) => {
    for (const el of els) {
      const e = el as {
        tag?: string;
        text?: { content?: string };
        behaviors?: Array<{ value?: Record<string, unknown> }>;
        columns?: Array<{ elements: unknown[] }>;
      };
      if (e.tag === "button" && e.text?.content === label) found = e.behaviors?.[0]?.value;
      for (const c of e.columns ?? []) walk(c.elements);
    }
  };
  walk(((m.content as { body?: { elements?: unknown[] } }).body?.elements ?? []) as unknown[]);
  return found;
}

describePg("two replicas on one PostgreSQL database", () => {
  let fake: FakeFeishu;
  let url: string;
  let store: Store;
  let env: (name: string) => Record<string, string>;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    fake = await startFakeFeishu({
      appId: TEST_FEISHU.appId,
      appSecret: TEST_FEISHU.appSecret,
      botOpenId: TEST_FEISHU.botOpenId,
    });
    url = await server().createDatabase("replicas");
    store = await openPgStore(url, { dataDir: makeTmpDir(), log: () => {} });
    // The bot has kept this database for a month: overdue rounds are caught up at start.
    const meta = await store.collection("reminder-meta", z.object({ id: z.string(), at: z.string() }));
    await meta.put({ id: "since", at: new Date(Date.now() - 30 * 86_400_000).toISOString() });
    const orgFile = writeOrg(makeTmpDir());
    const tz = noonZone();
    const holidays = writePlainWeeks(makeTmpDir(), noonOffset());
    env = (name) => ({
      DATABASE_URL: url,
      DATA_DIR: makeTmpDir(`zongjie-${name}-`),
      ORG_FILE: orgFile,
      TIMEZONE: tz,
      HOLIDAYS_FILE: holidays,
      REMINDERS_ENABLED: "true",
      // Daily at midnight: due on the week's first working day, long past at noon → caught up.
      REMIND_CRON: "0 0 * * *",
      DIGEST_CRON: "0 0 * * *",
      INBOX_TAKEOVER_SEC: "2",
    });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(bots.map((b) => b.kill()));
    await store?.close();
    await fake?.close();
  });

  const created = () => fake.messages.filter((m) => m.via === "create");

  it("both start with the reminder and the digest overdue: each person is pinged once", async () => {
    bots.push(...(await Promise.all([startBot(fake.url, env("a")), startBot(fake.url, env("b"))])));
    const expected = STAFF.length + LEADERS.length;
    await fake.waitFor(() => created().length >= expected, 30_000);
    // Both schedulers have ticked (each logs its start); a second ping would come now if any.
    await sleep(1500);
    const perPerson = new Map<string, number>();
    for (const m of created())
      perPerson.set(m.receive_id ?? "", (perPerson.get(m.receive_id ?? "") ?? 0) + 1);
    for (const s of STAFF) expect(perPerson.get(s.openId), `${s.id} reminded`).toBe(1);
    for (const l of LEADERS) expect(perPerson.get(l.openId), `${l.id} digest`).toBe(1);
    expect(created()).toHaveLength(expected);
    const sends = await (
      await store.collection("reminder-sends", z.looseObject({ id: z.string(), status: z.string() }))
    ).list();
    expect(sends.map((s) => s.status)).toEqual(Array(expected).fill("sent"));
    console.log(
      `replicas: reminders ${STAFF.length} + digests ${LEADERS.length} sent once each by two schedulers`,
    );
  }, 60_000);

  it("six staff stream to both; one replica killed mid-stream: none lost, none doubled, order kept", async () => {
    const random = rng(Number(process.env.REPLICA_SEED ?? 20261130));
    const [a, b] = bots as [BotProcess, BotProcess];
    let live: BotProcess[] = [a, b];
    let events = 0;
    let repeats = 0;
    let bothAtOnce = 0;
    let retriedAfterKill = 0;
    let sent = 0;
    let killArmed = false;
    let killed: Promise<void> | undefined;
    const acked = new Set<string>();
    const pick = () => live[Math.floor(random() * live.length)] ?? live[0]!;

    /** Delivers like Feishu: until some replica answers 200 (a dead one's event goes to the other). */
    async function deliver(path: "event" | "card", body: Record<string, unknown>): Promise<Response> {
      events += 1;
      for (let attempt = 0; ; attempt++) {
        const target = pick();
        const posted = postEvent(`${target.url}/webhook/${path}`, body, { encryptKey: KEY });
        if (killArmed && target === a) {
          // The kill lands while this event is on its way: it gets no 200 and goes to the other.
          killArmed = false;
          killed = (async () => {
            await a.kill();
            live = live.filter((x) => x !== a);
          })();
        }
        const res = await posted.catch(() => undefined);
        if (res?.status === 200) return res;
        retriedAfterKill += 1;
        if (attempt > 50) throw new Error(`no replica answered ${JSON.stringify(body).slice(0, 200)}`);
        await sleep(100);
      }
    }

    /** A message event, sometimes to both replicas at once, sometimes again a little later. */
    async function send(openId: string, text: string, messageId: string): Promise<void> {
      const ev = textEvent(openId, text, { messageId });
      const r = random();
      sent += 1;
      if (sent % 7 === 0 && live.length === 2) {
        bothAtOnce += 1;
        await Promise.all(
          live.map((bot) =>
            postEvent(`${bot.url}/webhook/event`, ev, { encryptKey: KEY }).catch(() => undefined),
          ),
        );
        await deliver("event", ev);
      } else {
        await deliver("event", ev);
        if (r > 0.85) {
          repeats += 1;
          setTimeout(() => void deliver("event", ev).catch(() => undefined), 50 + random() * 400);
        }
      }
      acked.add(messageId);
    }

    const reports = new Map<string, string[]>();
    const confirms = new Map<string, string[]>();
    const clicks: Array<{ ok: boolean; toast?: string }> = [];
    const replyTo = (id: string) => fake.messages.find((m) => m.reply_to === id);

    async function staffStream(s: (typeof STAFF)[number]): Promise<void> {
      reports.set(s.id, []);
      confirms.set(s.id, []);
      for (let k = 1; k <= ROUNDS; k++) {
        const reportId = `om_rep_${s.id}_${k}`;
        reports.get(s.id)!.push(reportId);
        await send(s.openId, report(s.section, k), reportId);
        if (k % 3 === 0) {
          // Reads the confirmation card, then clicks its 确认 button (at either replica).
          const card = await fake.waitFor(
            () => fake.messages.find((m) => m.reply_to === reportId && m.msg_type === "interactive"),
            20_000,
          );
          const value = buttonValue(card, "确认");
          expect(value, `a 确认 button on the card for ${reportId}`).toBeDefined();
          const res = await deliver(
            "card",
            cardActionEvent({
              openId: s.openId,
              value,
              messageId: card.message_id,
              chatId: `oc_p2p_${s.openId}`,
            }),
          );
          const body = (await res.json()) as { toast?: { type: string } };
          clicks.push({ ok: res.status === 200, toast: body.toast?.type });
        } else {
          // Types 确认 at once, without waiting for the card: it must still follow its report.
          const confirmId = `om_rep_${s.id}_${k}_ok`;
          confirms.get(s.id)!.push(confirmId);
          await send(s.openId, "确认", confirmId);
        }
        await sleep(random() * 60);
      }
    }

    const started = Date.now();
    const streams = Promise.all(STAFF.map((s) => staffStream(s)));
    // Kill one replica mid-stream, bring it back later.
    await waitUntil(() => events >= 30, 30_000);
    killArmed = true;
    await waitUntil(() => killed !== undefined, 30_000);
    await killed;
    const killedAt = events;
    await waitUntil(() => events >= killedAt + 25, 30_000);
    const again = await startBot(fake.url, env("a2"));
    bots.push(again);
    live = [again, b];
    await streams;

    // Everything acknowledged is answered (what the dead replica took over by the sweep).
    const messageIds = [...acked];
    await fake.waitFor(() => messageIds.every((id) => replyTo(id)), 30_000);
    await waitUntil(async () => (await store.listInbox()).length === 0, 15_000);
    await sleep(500);
    const elapsed = Date.now() - started;

    const lost = messageIds.filter((id) => !replyTo(id));
    const visible = fake.messages.filter((m) => m.via === "reply");
    const byMessage = new Map<string, FakeMessage[]>();
    for (const m of visible) byMessage.set(m.reply_to ?? "", [...(byMessage.get(m.reply_to ?? "") ?? []), m]);
    const doubled = [...byMessage].filter(([id, list]) => acked.has(id) && list.length > 1);
    const sendsTried = fake.calls("message.reply").length;
    // The kill met an event on its way, which went to the other replica (as Feishu retries).
    expect(retriedAfterKill).toBeGreaterThan(0);
    expect(lost, "acknowledged messages without a reply").toEqual([]);
    expect(
      doubled.map(([id, l]) => [id, l.length]),
      "messages answered twice",
    ).toEqual([]);

    // Every report stored once, confirmed, numbered in the order it was sent.
    for (const s of STAFF) {
      const ups = (await store.listUpdates({ author: s.id })).sort((x, y) => x.seq - y.seq);
      expect(
        ups.map((u) => u.sourceMessageId),
        `${s.id}: reports stored once, in order`,
      ).toEqual(reports.get(s.id));
      expect(ups.map((u) => u.seq)).toEqual(Array.from({ length: ROUNDS }, (_, i) => i + 1));
      expect(
        ups.every((u) => u.status === "confirmed"),
        `${s.id}: all confirmed`,
      ).toBe(true);
      // Replies came in the order the messages were sent.
      const order = reports.get(s.id)!.flatMap((id) => {
        const ok = confirms.get(s.id)!.find((c) => c === `${id}_ok`);
        return ok ? [id, ok] : [id];
      });
      const positions = order.map((id) => visible.findIndex((m) => m.reply_to === id));
      expect(positions, `${s.id}: replies in order`).toEqual([...positions].sort((x, y) => x - y));
    }
    expect(clicks.every((c) => c.ok && (c.toast === "success" || c.toast === "info"))).toBe(true);
    expect(clicks.length).toBe(STAFF.length * Math.floor(ROUNDS / 3));
    // The restarted replica's scheduler found the rounds done: still one ping each.
    expect(created()).toHaveLength(STAFF.length + LEADERS.length);
    // What the survivor's sweep (and the restarted replica's start) took over from the dead one.
    const takenOver = [b, again]
      .flatMap((bot) => bot.out().split("\n"))
      .filter((l) => l.includes("taking over events"))
      .reduce((n, l) => n + Number(/count\D+(\d+)/.exec(l)?.[1] ?? 0), 0);
    console.log(
      `replicas: ${acked.size} messages + ${clicks.length} card clicks from ${STAFF.length} staff in ${elapsed} ms; ` +
        `${bothAtOnce} delivered to both at once, ${repeats} delivered again, ${retriedAfterKill} retried after the kill; ` +
        `lost 0, answered twice 0 (${visible.length} replies shown, ${sendsTried} reply calls; ` +
        `${sendsTried - visible.length} repeated sends dropped by uuid); ${takenOver} events taken over from the killed replica`,
    );
  }, 120_000);
});

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await sleep(50);
  }
}
