import { afterEach, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { type FakeOpenAI, startFakeOpenAI } from "./fakes/fake-openai.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";
import { usePgServer } from "./helpers/use-pg-server.js";

/**
 * Drafts on two replicas (two apps, each with its own connections, on one PostgreSQL database):
 * two leaders ask for the same year's draft at the same moment, one at each replica. Exactly one
 * generation runs; the other leader is told it is being generated — never that it started.
 * The model answers slowly, so the first generation is still running when the second asks.
 */
useTmpDirs();
const { describePg, server } = usePgServer();
const apps: TestApp[] = [];
let llm: FakeOpenAI | undefined;
afterEach(async () => {
  for (const a of apps.splice(0)) {
    await (a.app.services.features.drafting as DraftingApi | undefined)?.whenIdle();
    await a.app.close();
  }
  await llm?.close();
  llm = undefined;
});

const text = (t: TestApp) => t.sent.map((s) => s.reply.text).join("\n");

describePg("drafts across replicas", () => {
  it("生成总结 at two replicas at once: one generates, the other is told it is being generated", async () => {
    llm = await startFakeOpenAI();
    llm.setDefault({ kind: "slow", delayMs: 2500, answer: { kind: "status", status: 500, message: "busy" } });
    const url = await server().createDatabase("drafts");
    const env = {
      DATABASE_URL: url,
      OPENAI_API_KEY: "sk-test-replicas-0000",
      OPENAI_BASE_URL: llm.url,
      LLM_MAX_RETRIES: "0",
      LLM_EXTRACT: "off",
    };
    const a = await makeTestApp({ env });
    apps.push(a);
    const b = await makeTestApp({ env });
    apps.push(b);
    await a.say("chen-kp", "组织科技活动周广场宣传，1500名群众参与，发放科普资料1.2万余份。");
    expect(await b.sayText("chen-kp", "确认")).toContain("已确认");

    const [ra, rb] = await Promise.all([a.sayText("zhou-ju", "生成总结"), b.sayText("lin-fen", "生成总结")]);
    const started = [text(a), text(b)].filter((t) => t.includes("已开始生成"));
    expect(started, `a: ${ra} ${text(a)} | b: ${rb} ${text(b)}`).toHaveLength(1);
    const loser = text(a).includes("已开始生成") ? rb : ra;
    expect(loser).toMatch(/v1 正在生成中/u);
    expect(loser).not.toContain("已开始");

    for (const t of [a, b]) await (t.app.services.features.drafting as DraftingApi).whenIdle();
    const service = (a.app.services.features.drafting as DraftingApi).service;
    const draft = await service.get(service.defaultPeriod());
    expect(draft?.versions.map((v) => v.version)).toEqual([1]);
    // Free again: the next request at the other replica builds v2.
    const next = await (text(a).includes("已开始生成") ? b : a).say("lin-fen", "生成总结");
    expect(next.map((r) => r.text).join("\n")).not.toMatch(/正在生成中/u);
  }, 60_000);
});
