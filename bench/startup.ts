import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../test/helpers/free-port.js";
import { REPO_ROOT } from "./lib/child.js";
import { BENCH_FEISHU } from "./lib/feishu-creds.js";
import { staffMessage, writeBenchOrg } from "./lib/org.js";
import { type BenchResult, importOrSkip } from "./lib/skip.js";
import { mb, ms, ratio, type Row, summarize } from "./lib/stats.js";

type FakeModule = typeof import("../test/fakes/fake-feishu.js");
type EventsModule = typeof import("../test/fakes/feishu-events.js");
type FakeWsModule = typeof import("../test/fakes/fake-feishu-ws.js");

/** The floor: node:http listening and answering, nothing else. */
const BARE =
  "require('node:http').createServer((q,s)=>s.end('ok')).listen(Number(process.env.PORT),'127.0.0.1')";

/**
 * Start-up of the production server (`npm run serve`: node dist/main.js against the fake Open
 * Platform), alternated round by round with a bare node:http server started the same way:
 * - webhook mode: spawn → first 200 from /healthz (the entry listens first and says "starting");
 *   → READY, the first signed, encrypted staff message answered 200 instead of 503 (the event is
 *   authenticated and in the inbox; polled from the first answer on); → that message's reply
 *   recorded by the fake Open Platform (the app and the Lark SDK loaded meanwhile); idle RSS 1 s
 *   after the reply;
 * - long-connection mode: spawn → the SDK asks the fake for the gateway (it starts opening the
 *   long connection: "connecting"), → /healthz ready (connected on loopback);
 * then SIGTERM while Feishu fails every send — time to exit, and whether the next start answers
 * every event. Targets (issue 14): start ≤ 2× bare node:http; idle RSS ≤ 150 MB; exit ≤ 5 s.
 */
export async function runStartupBench(o: { quick: boolean }): Promise<BenchResult> {
  const { startFakeFeishu } = await importOrSkip<FakeModule>("test/fakes/fake-feishu.js", "fake Feishu");
  const { startFakeLongConnection } = await importOrSkip<FakeWsModule>(
    "test/fakes/fake-feishu-ws.js",
    "fake long connection",
  );
  const ev = await importOrSkip<EventsModule>("test/fakes/feishu-events.js", "Feishu event builders");
  const built = ensureBuilt();
  const rounds = o.quick ? 3 : 10;
  const root = mkdtempSync(join(tmpdir(), "zongjie-bench-startup-"));
  const fake = await startFakeFeishu({ appId: BENCH_FEISHU.appId, appSecret: BENCH_FEISHU.appSecret });
  const orgFile = writeBenchOrg(root);
  let n = 0;
  const env = (dataDir: string, port: number, mode: "webhook" | "ws" = "webhook") => ({
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    DATA_DIR: dataDir,
    ORG_FILE: orgFile,
    LOG_LEVEL: "warn",
    FEISHU_APP_ID: BENCH_FEISHU.appId,
    FEISHU_APP_SECRET: BENCH_FEISHU.appSecret,
    FEISHU_ENCRYPT_KEY: BENCH_FEISHU.encryptKey,
    FEISHU_VERIFICATION_TOKEN: BENCH_FEISHU.verificationToken,
    FEISHU_DOMAIN: fake.url,
    FEISHU_MODE: mode,
    REMINDERS_ENABLED: "false",
    PORT: String(port),
  });
  /** READY probe: a signed, encrypted staff message; 200 once the server accepts events. */
  const readyProbe = (messageId: string) => async (port: number) => {
    const res = await ev.postEvent(
      `http://127.0.0.1:${port}/webhook/event`,
      ev.textEvent("ou_staff_0", "帮助", { messageId, token: BENCH_FEISHU.verificationToken }),
      { encryptKey: BENCH_FEISHU.encryptKey },
    );
    await res.arrayBuffer();
    return res.status === 200;
  };
  /** `entry` in webhook mode until READY, then until that message's reply is sent; idle RSS. */
  const serveUntilReply = async (entry: string, messageId: string) => {
    const s = await launch([entry], env(join(root, `d${n++}`), 0), "/healthz", {
      ready: readyProbe(messageId),
    });
    await fake.waitFor(() => fake.messages.some((m) => m.reply_to === messageId), 30_000);
    const replyMs = performance.now() - s.t0;
    const rss = await idleRss(s.child);
    await s.kill();
    return { ...s, replyMs, rss };
  };
  const times = {
    bare: [] as number[],
    alive: [] as number[],
    ready: [] as number[],
    reply: [] as number[],
    wsConnecting: [] as number[],
    wsReady: [] as number[],
    tsx: [] as number[],
    readyRatio: [] as number[],
  };
  /** CPU time used until the first answer (bare) or READY (serve), and until connecting. */
  const cpu = {
    bare: [] as Array<{ low: number; high: number }>,
    serve: [] as Array<{ low: number; high: number }>,
    ws: [] as Array<{ low: number; high: number }>,
  };
  const rss = { bare: [] as number[], serve: [] as number[] };
  let stop: { ms: number; code: number | null; events: number; answered: number } | undefined;
  const lc = startFakeLongConnection(fake, { appSecret: BENCH_FEISHU.appSecret });
  let gatewayAskedAt: number | undefined;
  const endpoint = fake.wsEndpoint;
  fake.wsEndpoint = (body) => {
    gatewayAskedAt ??= performance.now();
    return endpoint!(body);
  };
  try {
    for (let r = 0; r < rounds; r++) {
      const b = await launch(["-e", BARE], {}, "/");
      times.bare.push(b.aliveMs);
      cpu.bare.push(b.cpuMs);
      rss.bare.push(await idleRss(b.child));
      await b.kill();

      const s = await serveUntilReply("dist/main.js", `om_ready_${r}`);
      times.alive.push(s.aliveMs);
      times.ready.push(s.readyMs);
      cpu.serve.push(s.cpuMs);
      times.readyRatio.push(s.readyMs / b.aliveMs);
      times.reply.push(s.replyMs);
      rss.serve.push(s.rss);

      gatewayAskedAt = undefined;
      const w = await launch(["dist/main.js"], env(join(root, `d${n++}`), 0, "ws"), "/healthz");
      times.wsConnecting.push((gatewayAskedAt ?? Number.NaN) - w.t0);
      times.wsReady.push(w.readyMs);
      cpu.ws.push(w.cpuMs);
      await w.kill();

      if (r < 2) {
        const t = await launch(["--import", "tsx", "src/main.ts"], env(join(root, `d${n++}`), 0), "/healthz");
        times.tsx.push(t.readyMs);
        await t.kill();
      }
    }
    stop = await sigtermWhileFailing(fake, ev, (port) => env(join(root, "stop"), port), o.quick ? 10 : 30);
  } finally {
    await lc.close();
    await fake.close();
    rmSync(root, { recursive: true, force: true });
  }

  const bare = summarize(times.bare);
  const sum = (k: keyof typeof times) => summarize(times[k]);
  const vsBare = (k: keyof typeof times) => ({
    value: ms(sum(k).p50),
    baseline: `${ms(bare.p50)} bare http`,
    ratio: ratio(sum(k).p50, bare.p50),
  });
  const of = `median of ${rounds}, alternated`;
  const cpuOf = (k: keyof typeof cpu, end: "low" | "high" = "low") =>
    summarize(cpu[k].map((c) => c[end])).p50;
  const cpuRange = (k: keyof typeof cpu) => `${ms(cpuOf(k))}–${ms(cpuOf(k, "high"))}`;
  const rows: Row[] = [
    {
      bench: "startup",
      figure: `npm run serve → /healthz 200 "starting" (${of})`,
      ...vsBare("alive"),
      note: `max ${ms(sum("alive").max)}; bare max ${ms(bare.max)}; ${built}`,
    },
    {
      bench: "startup",
      figure: `npm run serve → READY: a signed event answered 200 (${of})`,
      ...vsBare("ready"),
      note: `target ≤ ×2; max ${ms(sum("ready").max)}; median of the per-round ratios ×${sum("readyRatio").p50.toFixed(1)}; until then /webhook/* answers 503`,
    },
    {
      bench: "startup",
      figure: "CPU time (user + sys) until READY: npm run serve",
      value: cpuRange("serve"),
      baseline: `${cpuRange("bare")} bare http`,
      ratio: ratio(cpuOf("serve"), cpuOf("bare", "high")),
      note: `ratio: lower bound ÷ bare upper bound; medians of /proc readings (10 ms ticks) before the request that found it ready and after its answer; less moved by the machine's load than wall times; long connection until connected ${cpuRange("ws")}`,
    },
    {
      bench: "startup",
      figure: "npm run serve → that event's reply sent (app + Lark SDK loaded)",
      ...vsBare("reply"),
      note: `max ${ms(sum("reply").max)}; no target: the event waits in the inbox meanwhile`,
    },
    {
      bench: "startup",
      figure: "long connection → SDK asks for the gateway (connecting)",
      ...vsBare("wsConnecting"),
      note: `max ${ms(sum("wsConnecting").max)}; → connected on loopback ${ms(sum("wsReady").p50)} (×${(sum("wsReady").p50 / bare.p50).toFixed(1)})`,
    },
    {
      bench: "startup",
      figure: "idle RSS (npm run serve, webhook)",
      value: mb(summarize(rss.serve).p50),
      baseline: `${mb(summarize(rss.bare).p50)} bare http`,
      ratio: ratio(summarize(rss.serve).p50, summarize(rss.bare).p50),
      note: `target ≤ 150 MB; max ${mb(summarize(rss.serve).max)}; 1 s after the first reply (SDK and app loaded), empty data directory; npm start (tsx) READY ${ms(sum("tsx").p50)}`,
    },
  ];
  if (stop) {
    rows.push({
      bench: "startup",
      figure: "SIGTERM → exit, every send failing",
      value: ms(stop.ms),
      baseline: "5000 ms budget",
      ratio: ratio(stop.ms, 5000),
      note: `exit code ${stop.code}; next start answered ${stop.answered}/${stop.events} events (target: all, ≤ 5 s)`,
    });
  }
  return { rows, notes: [], data: { times, cpu, rss, stop, built } };

  async function sigtermWhileFailing(
    f: Awaited<ReturnType<FakeModule["startFakeFeishu"]>>,
    e: EventsModule,
    envFor: (port: number) => Record<string, string>,
    events: number,
  ) {
    f.reset();
    f.failNext("message.reply", { status: 500, code: 500, msg: "bench outage" }, 1_000_000);
    f.failNext("message.create", { status: 500, code: 500, msg: "bench outage" }, 1_000_000);
    const port = await freePort();
    const s = await launch(["dist/main.js"], envFor(port), "/healthz", { port });
    for (let i = 0; i < events; i++) {
      const res = await e.postEvent(
        `http://127.0.0.1:${port}/webhook/event`,
        e.textEvent(`ou_staff_${i % 10}`, staffMessage(i), {
          messageId: `om_stop_${i}`,
          token: BENCH_FEISHU.verificationToken,
        }),
        { encryptKey: BENCH_FEISHU.encryptKey },
      );
      if (res.status !== 200) throw new Error(`event ${i} answered ${res.status}`);
    }
    await f.waitFor(() => f.calls("message.reply").length >= 2, 10_000);
    const t0 = performance.now();
    const code = await s.kill();
    const took = performance.now() - t0;
    f.reset();
    const again = await launch(["dist/main.js"], envFor(port), "/healthz", { port });
    const ids = Array.from({ length: events }, (_, i) => `om_stop_${i}`);
    await f
      .waitFor(() => ids.every((id) => f.messages.some((m) => m.reply_to === id)), 30_000 + events * 500)
      .catch(() => undefined);
    const answered = ids.filter((id) => f.messages.some((m) => m.reply_to === id)).length;
    await again.kill();
    return { ms: took, code, events, answered };
  }
}

/**
 * Builds dist/ (the esbuild bundle `npm run build` makes after type-checking) when missing or
 * older than src/ (says which).
 */
function ensureBuilt(): string {
  const main = join(REPO_ROOT, "dist/main.js");
  const newest = newestMtime(join(REPO_ROOT, "src"));
  if (existsSync(main) && statSync(main).mtimeMs >= newest) return "dist/ up to date";
  execFileSync(process.execPath, [join(REPO_ROOT, "tools/bundle-server.mjs")], {
    cwd: REPO_ROOT,
    stdio: "inherit",
  });
  return "built dist/ first";
}

function newestMtime(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return max;
}

/**
 * Spawns node with `args` and polls `path` until it answers (alive), then until it is ready:
 * `opts.ready(port)` returns true, or — without it — /healthz no longer says `"ready": false`.
 */
async function launch(
  args: string[],
  env: Record<string, string>,
  path: string,
  opts: { port?: number; ready?: (port: number) => Promise<boolean> } = {},
) {
  const port = opts.port ?? (await freePort());
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
  let alive: number | undefined;
  // CPU read just before the request that found the child ready (a lower bound: work done while
  // that request was under way is not in it) and once its answer was read (an upper bound: the
  // first things loaded after ready may be in it).
  let cpuBefore = Number.NaN;
  for (;;) {
    cpuBefore = cpuTime(child);
    if (alive !== undefined && opts.ready) {
      if (await opts.ready(port).catch(() => false)) break;
    } else {
      const res = await fetch(`http://127.0.0.1:${port}${path}`).then(
        async (r) => ({ ok: r.status < 500, text: await r.text() }),
        () => ({ ok: false, text: "" }),
      );
      if (res.ok) {
        alive ??= performance.now() - t0;
        if (!opts.ready && (path !== "/healthz" || !res.text.includes('"ready":false'))) break;
      }
    }
    if (child.exitCode !== null)
      throw new Error(`${args.join(" ")} exited before answering: ${err.slice(-1000)}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const took = performance.now() - t0;
  return {
    t0,
    cpuMs: { low: cpuBefore, high: cpuTime(child) },
    aliveMs: alive ?? took,
    readyMs: took,
    child,
    kill: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

/**
 * CPU time (user + system) the child has used so far, from Linux /proc (clock ticks of 10 ms;
 * NaN elsewhere). Unlike wall time it hardly depends on what else the machine is doing.
 */
function cpuTime(child: ChildProcess): number {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** The child's resident set 1 s from now (Linux /proc; NaN elsewhere). */
async function idleRss(child: ChildProcess): Promise<number> {
  await new Promise((r) => setTimeout(r, 1000));
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
