import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/load-config.js";
import { latestVersion } from "../src/drafting/draft-model.js";
import { draftReplies } from "../src/drafting/command-helpers.js";
import { createDraftingService, type DraftingService } from "../src/drafting/draft-service.js";
import { loadPrompts, type Prompts } from "../src/drafting/load-prompts.js";
import { renderMarkdown } from "../src/export/render-markdown.js";
import { createLlmClient } from "../src/llm/llm-client.js";
import { type FakeOpenAI, startFakeOpenAI } from "./fakes/fake-openai.js";
import { sampleUpdates, testOrg, upd } from "./fixtures/drafting/make-material.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";
import { requestKind, type SmartOptions, smartAnswer } from "./fixtures/drafting/smart-responder.js";

let fake: FakeOpenAI;
let prompts: Prompts;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  prompts = await loadPrompts();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.setDefault((r) => smartAnswer(r));
});

const Y2025 = { year: 2025 };

async function setup(
  env: Record<string, string> = {},
  store = memoryStore(sampleUpdates()),
): Promise<DraftingService> {
  const config = loadConfig({
    OPENAI_BASE_URL: fake.url,
    OPENAI_API_KEY: "sk-test",
    LLM_MODEL: "qwen-plus",
    LLM_TIMEOUT_MS: "1000",
    LLM_MAX_RETRIES: "2",
    ...env,
  });
  return createDraftingService({
    org: testOrg(),
    store,
    prompts,
    llm: createLlmClient(config.llm, { baseDelayMs: 5 }),
    clock: { now: () => new Date("2025-12-20T02:00:00Z") },
    timezone: "Asia/Shanghai",
    concurrency: config.llm.concurrency,
    contextTokens: config.llm.contextTokens,
  });
}

const smart = (o: SmartOptions) => fake.setDefault((r) => smartAnswer(r, o));

describe("drafting pipeline against the fake model", () => {
  it("drafts the document's structure, with sources, usage and time recorded", async () => {
    const service = await setup();
    const progress: string[] = [];
    const d = await service.generate(Y2025, "zhou-ju", {
      onProgress: (p) => progress.push(`${p.done}/${p.total}`),
    });
    const v = latestVersion(d);
    expect(v.parts.map((p) => p.key)).toEqual([
      "opening",
      "section:rd",
      "section:popsci",
      "section:envoy",
      "section:party",
      "problems",
      "plan",
    ]);
    expect(v.parts.map((p) => p.origin)).toEqual(["llm", "llm", "llm", "llm", "placeholder", "llm", "llm"]);
    expect(v.offline).toBe(false);
    const md = renderMarkdown(v, d.period);
    expect(md).toContain("# 示例县科学技术局2025年工作总结和2026年工作计划");
    expect(md).toMatch(
      /## 一、2025年工作开展情况[\s\S]*### （一）抓项目，增投入[\s\S]*## 二、存在的问题\n\n一是[^\n]*；二是[\s\S]*## 三、2026年工作计划/,
    );
    expect(md).toContain("（本部分暂无填报材料，请补充）");
    expect(md).not.toContain("离线草稿");
    const rd = v.parts.find((p) => p.key === "section:rd");
    expect(rd?.items[0]?.sourceIds).toEqual(["u-rd-1"]);
    // 3 sections with material + the document step; the empty section is never sent.
    expect(fake.requests).toHaveLength(4);
    expect(fake.requests.every((r) => r.responseFormat?.type === "json_object")).toBe(true);
    expect(v.usage.calls).toBe(4);
    expect(v.usage.totalTokens).toBe(600);
    expect(v.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(progress.at(0)).toBe("0/4");
    expect(progress.at(-1)).toBe("4/4");
  });

  it("passes staff text as quoted material and never sends withdrawn or 无进展 updates", async () => {
    const service = await setup();
    await service.generate(Y2025, "zhou-ju");
    const all = fake.requests.map((r) => r.text).join("\n");
    expect(all).toContain("<material>\n[U1] 2025-03-10 组织32家规上企业");
    expect(all).not.toContain("99次");
    expect(all).not.toContain("本周无进展");
    expect(all).not.toContain("77家");
  });

  it("grounds figures: invented claims are removed and listed 〔待核实〕, reported ones survive", async () => {
    smart({ invent: { section: "科技项目与研发投入", opening: "新增就业岗位3000个。" } });
    const service = await setup();
    const d = await service.generate(Y2025, "zhou-ju");
    const v = latestVersion(d);
    const md = renderMarkdown(v, d.period);
    expect(md).not.toContain("99家");
    expect(md).not.toContain("2.5亿元");
    expect(md).not.toContain("3000个");
    expect(md).not.toContain("新增高新技术企业");
    expect(md).not.toContain("×");
    expect(md).toContain("1.4亿元");
    expect(md).toContain("1.2万余份");
    const rd = v.parts.find((p) => p.key === "section:rd");
    expect(rd?.unverified).toEqual([]);
    expect(rd?.dropped).toEqual(["新增高新技术企业99家", "技术合同成交额2.5亿元"]);
    expect(v.parts.find((p) => p.key === "opening")?.dropped).toEqual(["新增就业岗位3000个"]);
    expect(renderMarkdown(v, d.period, { review: true })).toContain(
      "〔待核实：模型补写、材料无依据，已删去「新增高新技术企业99家」〕",
    );
  });

  it("repairs once, then falls back to the offline drafter for that part only", async () => {
    fake.setDefault((r) => {
      if (requestKind(r) === "section" && r.text.includes("科普宣传与培训"))
        return { kind: "text", content: "好的，这是总结：……" };
      return smartAnswer(r);
    });
    const service = await setup({ LLM_CONCURRENCY: "1" });
    const d = await service.generate(Y2025, "zhou-ju");
    const v = latestVersion(d);
    const pop = v.parts.find((p) => p.key === "section:popsci");
    expect(pop?.origin).toBe("fallback");
    expect(pop?.fallbackReason).toContain("两次");
    expect(v.parts.find((p) => p.key === "section:rd")?.origin).toBe("llm");
    const popRequests = fake.requests.filter(
      (r) => requestKind(r) === "section" && r.text.includes("科普宣传与培训"),
    );
    expect(popRequests).toHaveLength(2);
    expect(popRequests[1]?.lastUser).toContain("不符合要求");
    const md = renderMarkdown(v, d.period);
    expect(md).toContain("部分内容为离线草稿");
    expect(md).toContain("1500名群众参与");
    expect(v.usage.repairs).toBe(1);
  });

  it("retries 500 and 429 inside the pipeline", async () => {
    fake.enqueue({ kind: "status", status: 500 }, { kind: "status", status: 429, retryAfter: "0" });
    const service = await setup({ LLM_CONCURRENCY: "1" });
    const d = await service.generate(Y2025, "zhou-ju");
    const v = latestVersion(d);
    expect(v.parts.every((p) => p.origin === "llm" || p.origin === "placeholder")).toBe(true);
    expect(v.usage.retries).toBe(2);
    expect(fake.requests).toHaveLength(6);
  });

  it("when the model times out for good, the draft is offline and says so", async () => {
    fake.setDefault({ kind: "slow", delayMs: 2000, answer: { kind: "empty" } });
    const service = await setup({ LLM_MAX_RETRIES: "1", LLM_CONCURRENCY: "1" });
    const d = await service.generate(Y2025, "zhou-ju");
    const v = latestVersion(d);
    expect(v.offline).toBe(true);
    expect(v.parts.find((p) => p.key === "section:rd")?.origin).toBe("fallback");
    // Three parts wait through their retries (2 attempts each), then the breaker opens and the
    // document step does not queue up behind a dead model.
    expect(fake.requests).toHaveLength(6);
    expect(v.parts.find((p) => p.key === "problems")?.fallbackReason).toMatch(/连续3次调用失败/u);
    const md = renderMarkdown(v, d.period);
    expect(md).toContain("（离线草稿）");
    for (const raw of ["32家", "1.4亿元", "1500名", "8000余人次"]) expect(md).toContain(raw);
  }, 20_000);

  it("a part whose model call keeps failing goes offline alone; the reply names it and why", async () => {
    fake.setDefault((r) =>
      requestKind(r) === "section" && r.text.includes("对应的工作领域是“科普宣传与培训”")
        ? { kind: "status", status: 503, message: "overloaded" }
        : smartAnswer(r),
    );
    const service = await setup({ LLM_CONCURRENCY: "1" });
    const d = await service.generate(Y2025, "zhou-ju");
    const v = latestVersion(d);
    expect(v.parts.map((p) => p.origin)).toEqual([
      "llm",
      "llm",
      "fallback",
      "llm",
      "placeholder",
      "llm",
      "llm",
    ]);
    expect(v.parts.find((p) => p.key === "section:popsci")?.fallbackReason).toMatch(/503/u);
    const reply = (await draftReplies({ service }, d, "草稿已生成"))[0]?.text ?? "";
    expect(reply).toMatch(/以下部分模型未成功，已改用离线草稿：\n· （二）科普宣传与培训：[^\n]*503/u);
  });

  it("the plan part is complete: 思路 paragraph, an item per reported work line, a closing", async () => {
    fake.setDefault((r) => {
      const a = smartAnswer(r);
      if (requestKind(r) !== "document" || a.kind !== "json") return a;
      const body = a.body as { plan: unknown[] };
      // A thin answer: one plan item, no outline, no closing.
      return { kind: "json", body: { ...body, plan: body.plan.slice(0, 1), plan_outline: "", closing: "" } };
    });
    const service = await setup();
    const v = latestVersion(await service.generate(Y2025, "zhou-ju"));
    const plan = v.parts.find((p) => p.kind === "plan")!;
    expect(plan.origin).toBe("llm");
    expect(plan.paragraphs[0]).toMatch(/^2026年，我局将/u);
    const lines = new Set(
      plan.items.flatMap((i) => i.sourceIds).map((id) => sampleUpdates().find((u) => u.id === id)?.section),
    );
    const reported = new Set(
      sampleUpdates()
        .filter((u) => u.plans.length > 0)
        .map((u) => u.section),
    );
    expect([...reported].every((s) => lines.has(s))).toBe(true);
    expect(plan.closing).toMatch(/^2026年，我局将以更加务实的作风/u);
    const md = renderMarkdown(v, { year: 2025 });
    expect(md).toMatch(
      /## 三、2026年工作计划\n\n2026年，我局将[^\n]*\n\n1\.[\s\S]*\n\n2026年，我局将以更加务实的作风/u,
    );
  });

  it("waits as a 503's Retry-After says, then uses the answer", async () => {
    fake.enqueue({ kind: "status", status: 503, retryAfter: "1" });
    const service = await setup({ LLM_CONCURRENCY: "1" });
    const started = Date.now();
    const d = await service.generate(Y2025, "zhou-ju");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(latestVersion(d).parts.every((p) => p.origin === "llm" || p.origin === "placeholder")).toBe(true);
    expect(latestVersion(d).usage.retries).toBe(1);
  });

  it("caches: an unchanged draft makes no second call; a changed section is the only one sent again", async () => {
    const store = memoryStore(sampleUpdates());
    const service = await setup({}, store);
    await service.generate(Y2025, "zhou-ju");
    expect(fake.requests).toHaveLength(4);
    fake.requests.length = 0;
    const again = await service.generate(Y2025, "zhou-ju");
    expect(fake.requests).toHaveLength(0);
    expect(latestVersion(again).usage.cachedCalls).toBe(4);
    expect(latestVersion(again).version).toBe(2);

    store.updates.push(
      upd({
        section: "popsci",
        author: "sun-kp",
        date: "2025-09-10",
        normalizedText: "开展科普进校园活动12场。",
      }),
    );
    await service.generate(Y2025, "zhou-ju");
    expect(fake.requests.map(requestKind).sort()).toEqual(["document", "section"]);
    expect(fake.requests[0]?.text).toContain("科普进校园");
  });

  it("rewrites one part with an instruction and leaves every other part byte-identical", async () => {
    const service = await setup();
    const d1 = await service.generate(Y2025, "zhou-ju");
    fake.requests.length = 0;
    const { draft: d2, part } = await service.rewrite(Y2025, "第（二）部分再精炼些，突出成果转化", "zhou-ju");
    expect(part.key).toBe("section:popsci");
    expect(part.instruction).toBe("再精炼些，突出成果转化");
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.lastUser).toContain("再精炼些，突出成果转化");
    const v1 = latestVersion(d1);
    const v2 = latestVersion(d2);
    expect(v2.version).toBe(2);
    expect(v2.parts.find((p) => p.key === "section:popsci")?.heading).toBe(
      "抓转化，促应用，成果转化成效凸显",
    );
    for (const p of v1.parts.filter((p) => p.key !== "section:popsci")) {
      expect(JSON.stringify(v2.parts.find((q) => q.key === p.key))).toBe(JSON.stringify(p));
    }
    expect(d2.versions).toHaveLength(2);
  });

  it("keeps locked parts when the whole draft is generated again", async () => {
    const service = await setup();
    await service.generate(Y2025, "zhou-ju");
    await service.setPartStatus(Y2025, "（一）", "locked", "zhou-ju");
    await expect(service.rewrite(Y2025, "（一） 改写", "zhou-ju")).rejects.toThrow("已锁定");
    const store2 = service.store as ReturnType<typeof memoryStore>;
    store2.updates.push(upd({ section: "rd", date: "2025-10-01", normalizedText: "新增省级研发平台2个。" }));
    fake.requests.length = 0;
    const d = await service.generate(Y2025, "zhou-ju");
    const rd = latestVersion(d).parts.find((p) => p.key === "section:rd");
    expect(rd?.status).toBe("locked");
    expect(JSON.stringify(rd)).not.toContain("研发平台");
    expect(fake.requests.filter((r) => requestKind(r) === "section")).toHaveLength(0);
  });

  it("splits and reduces a section whose material exceeds the context budget", async () => {
    const long = "组织开展科技政策宣讲和企业走访服务，帮助企业梳理研发项目、规范研发费用归集，".repeat(12);
    const many = Array.from({ length: 12 }, (_, i) =>
      upd({
        section: "rd",
        date: `2025-0${(i % 9) + 1}-1${i % 10}`,
        normalizedText: `${long}第${i + 1}批走访企业${i + 5}家。`,
      }),
    );
    const service = await setup({ LLM_CONTEXT_TOKENS: "3000" }, memoryStore(many));
    const d = await service.generate(Y2025, "zhou-ju");
    const kinds = fake.requests.map(requestKind);
    expect(kinds.filter((k) => k === "reduce").length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((k) => k === "section")).toHaveLength(1);
    const rd = latestVersion(d).parts.find((p) => p.key === "section:rd");
    expect(rd?.origin).toBe("llm");
    expect(new Set(rd?.items.flatMap((i) => i.sourceIds)).size).toBe(12);
    expect(renderMarkdown(latestVersion(d), d.period)).toContain("走访企业16家");
  });

  it("without a key drafts offline, sends nothing, and labels 离线草稿", async () => {
    const service = await setup({ OPENAI_API_KEY: "" });
    expect(service.llmEnabled).toBe(false);
    const d = await service.generate({ year: 2025, half: 1 }, "zhou-ju");
    expect(fake.requests).toHaveLength(0);
    const v = latestVersion(d);
    expect(v.offline).toBe(true);
    expect(v.title).toBe("示例县科学技术局2025年上半年工作总结和下半年工作计划");
    expect(renderMarkdown(v, d.period)).toContain("（离线草稿）");
  });

  it("works in json_schema mode too, sending each answer's schema", async () => {
    const service = await setup({ LLM_JSON_MODE: "json_schema" });
    const d = await service.generate(Y2025, "zhou-ju");
    expect(latestVersion(d).parts.filter((p) => p.origin === "llm")).toHaveLength(6);
    const rf = fake.requests[0]?.responseFormat as
      | { type: string; json_schema?: { name: string } }
      | undefined;
    expect(rf?.type).toBe("json_schema");
    expect(["section", "document"]).toContain(rf?.json_schema?.name);
  });

  it("drafts sections in parallel, never more at once than LLM_CONCURRENCY", async () => {
    fake.setDefault((r) => ({ kind: "slow", delayMs: 300, answer: smartAnswer(r) }));
    const service = await setup({ LLM_CONCURRENCY: "2" });
    await service.generate(Y2025, "zhou-ju");
    const at = fake.requests.map((r) => r.at);
    const t0 = at[0]!;
    expect(at[1]! - t0).toBeLessThan(150); // two sections start together
    expect(at[2]! - t0).toBeGreaterThanOrEqual(250); // the third waits for a free slot
    expect(fake.requests.map(requestKind)).toEqual(["section", "section", "section", "document"]);
  });
});
