import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/load-config.js";
import { createEngine } from "../src/conversation/engine.js";
import type { Incoming, Outbox, Reply, Services } from "../src/conversation/types.js";
import { findPerson, parseOrg } from "../src/domain/org.js";
import { latestVersion } from "../src/drafting/draft-model.js";
import { draftingFeature } from "../src/drafting/drafting-feature.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { createLogger } from "../src/log.js";
import { type FakeOpenAI, startFakeOpenAI } from "./fakes/fake-openai.js";
import { sampleUpdates, testOrg, upd } from "./fixtures/drafting/make-material.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";
import { readZipText } from "./fixtures/drafting/read-zip.js";
import { smartAnswer } from "./fixtures/drafting/smart-responder.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Issue 11 through the engine: 定稿 checks first, a finalised draft exports clean and can be
 * sent back, 重写 tells the truth offline and with a model, 改写 replaces a part by hand, the
 * diff marks words inside parts, part names people use, and versions without surprises.
 */
useTmpDirs();

function orgWithAdmin() {
  const base = testOrg();
  return parseOrg({
    ...base,
    people: [...base.people, { id: "wang-ban", name: "王志强", role: "admin", title: "办公室主任" }],
  });
}

async function setup(opts: { env?: Record<string, string>; outbox?: Outbox; updates?: boolean } = {}) {
  const dataDir = makeTmpDir("review-truth-");
  const config = loadConfig({ DATA_DIR: dataDir, ...opts.env });
  const lines: string[] = [];
  const services: Services = {
    org: orgWithAdmin(),
    store: memoryStore(opts.updates === false ? [] : sampleUpdates()),
    clock: { now: () => new Date("2025-12-20T02:00:00Z") },
    timezone: "Asia/Shanghai",
    log: createLogger({ level: "debug", sink: (l) => lines.push(l) }),
    outbox: opts.outbox,
    features: {},
  };
  const commands = await draftingFeature.install(services, config);
  const engine = createEngine(services, commands, async () => [{ text: "(intake)" }]);
  const api = services.features.drafting as DraftingApi;
  const say = (who: string, text: string): Promise<Reply[]> => {
    const input: Incoming = { person: findPerson(services.org, who), chat: "p2p", kind: "text", text };
    return engine.handle(input);
  };
  return { say, api, services, errors: () => lines.filter((l) => /ERROR/.test(l)) };
}

const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");

describe("定稿 checks before it finalises", () => {
  it("lists the findings, finalises only on 「仍要定稿」, then prints a clean document and keeps 退回", async () => {
    const { say, api, errors } = await setup();
    await say("zhou-ju", "生成总结 2025");
    const check = await say("zhou-ju", "定稿 2025");
    const text = all(check);
    expect(text).toContain("暂未定稿");
    expect(text).toContain("〔无材料〕");
    expect(text).toContain("（四）党建与作风建设");
    expect(text).toContain("〔离线草稿〕");
    expect(check[0]?.card?.buttons?.map((b) => b.command)).toContain("仍要定稿 2025");
    expect((await api.service.get({ year: 2025 }))?.status).toBe("draft");

    const done = await say("zhou-ju", "仍要定稿 2025");
    expect(all(done)).toContain("已定稿");
    expect(all(done)).toContain("以下问题仍在");
    const card = done[0]?.card;
    // Part statuses follow the document; 退回 stays reachable; 定稿 is gone.
    expect(card?.blocks.join("\n")).toContain("（一）科技项目与研发投入｜已定稿");
    expect(card?.blocks.join("\n")).not.toMatch(/｜草稿/u);
    expect(card?.buttons?.map((b) => b.command)).toContain("退回");
    expect(card?.buttons?.map((b) => b.command)).not.toContain("定稿 2025");

    // A finalised document prints no status labels or placeholder sentences.
    const [docx] = await say("zhou-ju", "导出 docx 2025");
    expect(docx?.file?.name).toBe("示例县科学技术局2025年工作总结和2026年工作计划.docx");
    const xml = readZipText(readFileSync(docx!.file!.path), "word/document.xml");
    expect(xml).not.toContain("离线草稿");
    expect(xml).not.toContain("暂无填报材料");
    expect(xml).not.toContain("党建与作风建设");
    expect(xml).toContain("科技特派员");

    // Editing, regenerating: one clear answer each, no error logged.
    expect(all(await say("zhou-ju", "重写 （二） 再精炼些"))).toMatch(/已定稿.*请先退回/u);
    expect(all(await say("zhou-ju", "锁定 （二）"))).toMatch(/已定稿.*请先退回/u);
    const again = all(await say("zhou-ju", "生成总结 2025"));
    expect(again).toContain("已定稿；如需重新生成请先退回");
    expect(again).not.toContain("已开始生成");
    expect(errors()).toEqual([]);

    // 退回 reopens a finalised draft.
    const back = all(await say("zhou-ju", "退回 （二）再补充活动成效"));
    expect(back).toContain("定稿已撤销");
    expect((await api.service.get({ year: 2025 }))?.status).toBe("returned");
  });

  it("tells the admins who sent a draft back, and why", async () => {
    const pushes: Array<{ to: string; reply: Reply }> = [];
    const outbox: Outbox = { sendToPerson: async (to, reply) => void pushes.push({ to, reply }) };
    const { say, api } = await setup({ outbox });
    await say("zhou-ju", "生成总结 2025");
    await api.whenIdle();
    pushes.length = 0;
    const reply = await say("zhou-ju", "退回 计划目标不够具体");
    expect(reply[0]?.text).toContain("已退回");
    expect(reply[0]?.card).toBeDefined();
    const notice = pushes.find((p) => p.to === "wang-ban");
    expect(notice?.reply.text).toMatch(/^周建国退回了《.*》v1，意见：计划目标不够具体/u);
    expect(notice?.reply.textIsCardCopy).toBeFalsy();
  });

  it("a year without material: warns, offers no 定稿, and refuses it even when insisted on", async () => {
    const { say } = await setup({ updates: false });
    const out = await say("zhou-ju", "生成总结 2025");
    expect(all(out)).toContain("还没有已确认的填报材料");
    const card = out.find((r) => r.card)?.card;
    expect(card?.buttons?.map((b) => b.label)).not.toContain("定稿");
    expect(all(await say("zhou-ju", "定稿 2025"))).toContain("不能定稿");
    expect(all(await say("zhou-ju", "仍要定稿 2025"))).toContain("不能定稿");
  });
});

describe("honest rewriting", () => {
  it("offline: 重写 with an instruction says it cannot, makes no version, and 改写 replaces by hand", async () => {
    const { say, api } = await setup();
    await say("zhou-ju", "生成总结 2025");
    const r = all(await say("zhou-ju", '重写 （二） 再精炼些，不要写"当天"'));
    expect(r).toContain("离线模式重写时没有按意见");
    expect(r).toMatch(/没有做到「再精炼些」：[^\n]*没有压缩/u);
    expect(r).toContain("改写 （二） 新的文字");
    expect(r).not.toContain("已重写");
    expect((await api.service.get({ year: 2025 }))?.versions).toHaveLength(1);

    const done = await say("zhou-ju", "改写 （二） 举办科技活动周，1500余名群众参与，发放科普资料1.2万余份");
    expect(done[0]?.text).toContain("已用您的文字替换（二）科普宣传与培训（v2）");
    // The answer is that part, not the whole draft.
    expect(done[0]?.text).not.toContain("科技项目与研发投入");
    expect(done[0]?.card?.title).toContain("（二）科普宣传与培训");
    const v2 = latestVersion((await api.service.get({ year: 2025 }))!);
    expect(v2.parts.find((p) => p.key === "section:popsci")?.origin).toBe("manual");

    const diff = all(await say("zhou-ju", "对比 v1 v2"));
    expect(diff).toContain("■ （二）科普宣传与培训");
    expect(diff).toContain("［+余］");
    expect(diff).not.toContain("■ （一）");
    expect(diff).toContain("其余 6 个部分未改动");
  });

  it("asks in one line when 「第三部分」 may be 三、 or （三）, and reads 开头 / 计划 / a section's name", async () => {
    const { say } = await setup();
    await say("zhou-ju", "生成总结 2025");
    const ask = await say("zhou-ju", "改写 第三部分 新的目标");
    expect(ask[0]?.text).toMatch(/^您说的是1\.「三、工作计划」还是2\.「（三）科技特派员与乡村振兴」？/u);
    expect(ask[0]?.card?.buttons?.map((b) => b.command)).toEqual([
      "改写 计划 新的目标",
      "改写 （三） 新的目标",
    ]);
    expect(all(await say("zhou-ju", "改写 计划 一是完善科技特派员考核"))).toContain("三、工作计划");
    expect(all(await say("zhou-ju", "改写 科普 举办科技活动周"))).toContain("（二）科普宣传与培训");
    expect(all(await say("zhou-ju", "改写 开头 2025年，我局统筹推进各项工作。"))).toContain("替换开头");
  });
});

describe("「第一部分」 may be 一、 or （一）", () => {
  it("asks in one line with both as buttons, and changes nothing until one is chosen", async () => {
    const { say, api } = await setup();
    await say("zhou-ju", "生成总结 2025");
    const before = latestVersion((await api.service.list())[0]!).version;
    const ask = await say("zhou-ju", "重写 第一部分 写短点");
    expect(ask[0]?.text).toMatch(
      /^您说的是1\.「一、2025年工作开展情况（整段，含\d个科室部分）」还是2\.「（一）/u,
    );
    expect(ask[0]?.text).toContain("草稿没有改动");
    expect(ask[0]?.card?.buttons?.map((b) => b.command)).toEqual(["重写 一、 写短点", "重写 （一） 写短点"]);
    expect(latestVersion((await api.service.list())[0]!).version).toBe(before);
    // 一、 as a whole holds the sections: said so, with how to name one; still nothing changed.
    expect(all(await say("zhou-ju", "重写 一、 写短点"))).toContain("「一、」包含");
    expect(latestVersion((await api.service.list())[0]!).version).toBe(before);
    // The leader's own words through the classifier come to the same question.
    const said = await say("zhou-ju", "第一部分写短点");
    expect(all(said)).toMatch(/您说的是1\.「一、/u);
  });
});

describe("rewriting with a model", () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    // A model that ignores the reviewer's instruction: answers as if there were none.
    const ignore = (t: string) => t.replace(/(审核人的修改意见[^\n]*\n).*/u, "$1无");
    fake.setDefault((r) =>
      smartAnswer({ ...r, messages: r.messages.map((m) => ({ ...m, content: ignore(m.content) })) }),
    );
  });
  afterAll(() => fake.close());

  it("a rewrite that changed nothing says so and saves no version", async () => {
    const { say, api } = await setup({
      env: { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: "sk-test", LLM_MODEL: "qwen-plus" },
    });
    await say("zhou-ju", "生成总结 2025");
    const before = (await api.service.get({ year: 2025 }))!.versions.length;
    const out = all(await say("zhou-ju", "重写 （一） 再精炼些"));
    expect(out).toContain("与原文完全相同，没有生成新版本");
    expect((await api.service.get({ year: 2025 }))!.versions.length).toBe(before);
  });
});

describe("versions without surprises", () => {
  it("commands during a generation say which version they act on", async () => {
    const fake = await startFakeOpenAI();
    try {
      fake.setDefault((r) => ({ kind: "slow", delayMs: 700, answer: smartAnswer(r) }));
      const pushes: Reply[] = [];
      const outbox: Outbox = { sendToPerson: async (_to, reply) => void pushes.push(reply) };
      const { say, api, services } = await setup({
        outbox,
        env: { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: "sk-test", LLM_MODEL: "qwen-plus" },
      });
      expect(all(await say("zhou-ju", "待核实 2025"))).toContain("还没有2025年草稿");
      await say("zhou-ju", "生成总结 2025");
      expect(all(await say("zhou-ju", "待核实 2025"))).toContain("v1 正在生成中");
      await api.whenIdle();
      // New material, so the regeneration asks the (slow) model again instead of its cache.
      await services.store.addUpdate(
        upd({ section: "party", normalizedText: "开展主题党日活动12次，覆盖党员160人次。", author: "li-rd" }),
      );
      await say("zhou-ju", "生成总结 2025");
      expect(pushes.at(-1)?.text ?? "").toMatch(/已开始生成2025年总结草稿 v2|正在生成2025年总结草稿 v2/u);
      expect(all(await say("zhou-ju", "待核实 2025"))).toMatch(/^（v2 正在生成中，以下针对 v1）/u);
      expect(all(await say("zhou-ju", "生成总结 2025"))).toContain("v2 正在生成中");
      expect(all(await say("zhou-ju", "定稿 2025"))).toContain("v2 正在生成中");
      expect(all(await say("zhou-ju", "改写 （一） 新的文字"))).toContain("v2 正在生成中");
      await api.whenIdle();
      expect((await api.service.get({ year: 2025 }))?.versions).toHaveLength(2);
    } finally {
      await fake.close();
    }
  });
});
