import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { App } from "../src/app.js";
import { loadConfig } from "../src/load-config.js";
import { createEngine } from "../src/conversation/engine.js";
import type { Incoming, Outbox, Reply, Services } from "../src/conversation/types.js";
import { findPerson } from "../src/domain/org.js";
import { draftingFeature } from "../src/drafting/drafting-feature.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { runDraftCli } from "../src/drafting/run-draft-cli.js";
import { createFeishuDoc, type DocxApi } from "../src/export/create-feishu-doc.js";
import { silentLogger } from "../src/log.js";
import { sampleUpdates, testOrg } from "./fixtures/drafting/make-material.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";
import { readZipText } from "./fixtures/drafting/read-zip.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();

async function setup(outbox?: Outbox) {
  const dataDir = makeTmpDir("drafting-");
  const config = loadConfig({ DATA_DIR: dataDir });
  const services: Services = {
    org: testOrg(),
    store: memoryStore(sampleUpdates()),
    clock: { now: () => new Date("2025-12-20T02:00:00Z") },
    timezone: "Asia/Shanghai",
    log: silentLogger,
    outbox,
    features: {},
  };
  const commands = await draftingFeature.install(services, config);
  const engine = createEngine(services, commands, async () => [{ text: "(intake)" }]);
  const api = services.features.drafting as DraftingApi;
  const say = async (who: string, text: string, fromButton = false): Promise<Reply[]> => {
    const person = findPerson(services.org, who);
    const input: Incoming = { person, chat: "p2p", kind: "text", text, fromButton };
    return engine.handle(input);
  };
  const app: App = { config, services, engine, features: [draftingFeature], close: async () => {} };
  return { say, api, services, commands, app, dataDir };
}

const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");

describe("review commands", () => {
  it("refuse staff, in the engine and in the commands themselves", async () => {
    const { say, commands, services } = await setup();
    // Bare command words only: staff text that merely starts with one (「通过3家企业…」) is an update
    // since 8a0c5c3, so 「生成2025年总结」 from staff goes to intake, not to a refusal.
    for (const text of ["生成总结", "查看草稿", "导出", "定稿", "待核实", "对比"]) {
      const out = all(await say("li-rd", text));
      expect(out).toMatch(/仅限局领导/);
    }
    const staff = findPerson(services.org, "li-rd")!;
    const gen = commands.find((c) => c.names.includes("生成总结"))!;
    const r = await gen.run({
      services,
      person: staff,
      input: { person: staff, chat: "p2p", kind: "text", text: "生成总结" },
      args: "",
      commands,
    });
    expect((r as Reply).text).toMatch(/仅限局领导/);
    expect(services.store.collection).toBeDefined();
  });

  it("generate 「生成2025年总结」 (offline without a key), then review with the card's own commands", async () => {
    const { say } = await setup();
    const replies = await say("zhou-ju", "生成2025年总结");
    expect(replies[0]?.text).toContain("2025年总结草稿 v1 已生成");
    expect(replies[0]?.text).toContain("离线草稿");
    // Sources as the staff know them (name#编号), never internal ids; no Markdown.
    expect(replies[0]?.text).toMatch(/〔来源：李明#\d+〕/u);
    expect(replies[0]?.text).not.toContain("u-rd-1");
    expect(replies[0]?.text).not.toMatch(/^#|\*\*|^> /mu);
    expect(replies[0]?.rich?.lines.length).toBeGreaterThan(10);
    const card = replies[1]?.card;
    expect(card?.title).toContain("2025年总结草稿 v1");
    expect(card?.buttons?.length).toBeLessThanOrEqual(10);
    const commands = card?.buttons?.map((b) => b.command) ?? [];
    expect(commands).toEqual(expect.arrayContaining(["待核实 2025", "导出 docx 2025", "定稿 2025", "退回"]));
    expect(card?.select?.options.map((o) => o.command)).toEqual(
      expect.arrayContaining(["查看草稿 2025 （一）", "查看草稿 2025 问题", "查看草稿 2025 计划"]),
    );

    const part = await say("zhou-ju", "查看草稿 2025 （一）", true);
    expect(part[0]?.card?.buttons?.map((b) => b.command)).toEqual(
      expect.arrayContaining(["重写 （一）", "锁定 （一）", "通过 （一）"]),
    );
    const locked = await say("zhou-ju", "锁定 （一）", true);
    expect(locked[0]?.text).toContain("已锁定：（一）科技项目与研发投入");
    expect(all(await say("zhou-ju", "重写 （一） 精炼些"))).toContain("已锁定");
    expect(all(await say("zhou-ju", "解锁 （一）", true))).toContain("已解锁");

    const pending = all(await say("zhou-ju", "待核实"));
    expect(pending).toContain("〔无材料〕（四）党建与作风建设");

    expect(all(await say("zhou-ju", "退回 计划目标不够具体"))).toContain("已退回");
    expect(all(await say("zhou-ju", "查看草稿"))).toContain("退回意见：计划目标不够具体");
  });

  it("a leader naming a part without a command word: shown, asked about in one line, or rewritten", async () => {
    const { say } = await setup();
    await say("zhou-ju", "生成2025年总结");
    // 「第三部分」 may be 三、工作计划 or （三）: one line, a button for each.
    const which = await say("zhou-ju", "第三部分");
    expect(which[0]?.text).toMatch(/^您说的是1\.「三、工作计划」还是2\.「（三）/u);
    expect(which[0]?.card?.buttons?.map((b) => b.command)).toEqual([
      "查看草稿 2025 计划",
      "查看草稿 2025 （三）",
    ]);
    expect(all(await say("zhou-ju", "看看（三）"))).toContain("科技特派员");
    expect((await say("zhou-ju", "问题部分呢？"))[0]?.card?.buttons?.map((b) => b.command)).toContain(
      "重写 问题",
    );
    // With an instruction it is a rewrite (offline: said plainly that no new version was made).
    expect(all(await say("zhou-ju", "（二）太长了，压缩一下"))).toContain(
      "离线模式重写时没有按意见「太长了，压缩一下」改动",
    );
    // Staff naming a part are not leaders' commands.
    expect(all(await say("li-rd", "第三部分"))).toBe("(intake)");
  });

  it("export docx, md and csv as files; the Feishu doc when configured", async () => {
    const { say, api } = await setup();
    await say("zhou-ju", "生成总结 2025");
    const [docx] = await say("zhou-ju", "导出 docx");
    expect(docx?.file?.name).toBe("示例县科学技术局2025年工作总结和2026年工作计划（离线草稿）.docx");
    const bytes = readFileSync(docx!.file!.path);
    expect(readZipText(bytes, "word/document.xml")).toContain("2025年12月20日");
    const [csv] = await say("zhou-ju", "导出 材料表");
    expect(readFileSync(csv!.file!.path, "utf8").charCodeAt(0)).toBe(0xfeff);
    const [md] = await say("zhou-ju", "导出 md");
    expect(readFileSync(md!.file!.path, "utf8")).not.toContain("〔来源");

    expect(all(await say("zhou-ju", "导出 飞书文档"))).toContain("未配置飞书应用");
    const calls: string[] = [];
    api.docx = {
      webBase: "https://feishu.cn",
      client: {
        drive: { v1: { permissionMember: { create: async () => ({ code: 0 }) } } },
        docx: {
          v1: {
            document: {
              create: async () => {
                calls.push("create");
                return { code: 0, data: { document: { document_id: "doxcnTEST" } } };
              },
            },
            documentBlockChildren: {
              create: async (p) => {
                calls.push(`children:${p.data.children.length}`);
                return { code: 0 };
              },
            },
          },
        },
      },
    };
    expect(all(await say("zhou-ju", "导出 飞书文档"))).toContain("https://feishu.cn/docx/doxcnTEST");
    expect(calls[0]).toBe("create");
  });

  it("with an outbox, answers at once, pushes a progress card under one updateKey, then the draft", async () => {
    const pushes: Array<{ to: string; reply: Reply; key?: string }> = [];
    const outbox: Outbox = {
      async sendToPerson(to, reply, opts) {
        pushes.push({ to, reply, key: opts?.updateKey });
      },
    };
    const { say, api } = await setup(outbox);
    const first = await say("zhou-ju", "生成总结");
    // The acknowledgement is pushed first (before any progress card), not returned after them.
    expect(first).toEqual([]);
    expect(pushes[0]?.key).toBeUndefined();
    expect(pushes[0]?.reply.text).toContain("已开始生成2025年总结草稿 v1");
    await api.whenIdle();
    const progress = pushes.filter((p) => p.key);
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(new Set(progress.map((p) => p.key)).size).toBe(1);
    expect(progress.at(-1)?.reply.card?.blocks[0]).toContain("4/4");
    const final = pushes.filter((p) => !p.key).slice(1);
    expect(final[0]?.reply.text).toContain("总结草稿 v1 已生成");
    expect(final[1]?.reply.card?.buttons?.length).toBeGreaterThan(5);
  });
});

describe("Feishu cloud document export", () => {
  it("creates the document, appends blocks in batches of 50, at most 3 requests a second", async () => {
    const { say, api } = await setup();
    await say("zhou-ju", "生成总结 2025");
    const d = (await api.service.current())!;
    const times: number[] = [];
    const children: number[] = [];
    const client: DocxApi = {
      drive: { v1: { permissionMember: { create: async () => ({ code: 0 }) } } },
      docx: {
        v1: {
          document: {
            create: async (p) => {
              times.push(Date.now());
              expect(p.data.title).toContain("2025年工作总结");
              return { code: 0, data: { document: { document_id: "doxcnA" } } };
            },
          },
          documentBlockChildren: {
            create: async (p) => {
              times.push(Date.now());
              expect(p.path).toEqual({ document_id: "doxcnA", block_id: "doxcnA" });
              children.push(p.data.children.length);
              return { code: 0 };
            },
          },
        },
      },
    };
    const v = {
      ...d.versions[0]!,
      parts: d.versions[0]!.parts.map((p) =>
        p.kind === "section"
          ? {
              ...p,
              items: [
                ...p.items,
                ...Array.from({ length: 20 }, () => ({ title: "", text: "重复条目", sourceIds: [] })),
              ],
            }
          : p,
      ),
    };
    const res = await createFeishuDoc(client, v, d.period, { webBase: "https://feishu.cn", minGapMs: 100 });
    expect(res.url).toBe("https://feishu.cn/docx/doxcnA");
    expect(children.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...children)).toBeLessThanOrEqual(50);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(95);
  });
});

describe("draft CLI", () => {
  it("writes draft.md, draft.docx and materials.csv and prints their paths", async () => {
    const { app, dataDir } = await setup();
    const lines: string[] = [];
    const out = path.join(dataDir, "out");
    await runDraftCli(app, { period: "2025", half: "1", out }, (l) => lines.push(l));
    for (const f of ["draft.md", "draft.docx", "materials.csv"]) {
      expect(lines).toContain(path.join(out, f));
      expect(existsSync(path.join(out, f))).toBe(true);
    }
    expect(lines.join("\n")).toContain("2025年上半年工作总结和下半年工作计划（离线草稿）");
  });

  it("--export writes the finalised version without generating; plain draft on a finalised one says how", async () => {
    const { app, api, say, dataDir } = await setup();
    const lines: string[] = [];
    const out = path.join(dataDir, "final");
    await expect(
      runDraftCli(app, { period: "2025", export: true, out }, (l) => lines.push(l)),
    ).rejects.toThrow("还没有 2025 的草稿");
    await say("zhou-ju", "生成总结 2025");
    await say("zhou-ju", "仍要定稿 2025");
    await runDraftCli(app, { period: "2025", export: true, out }, (l) => lines.push(l));
    expect(lines.join("\n")).toContain("v1（已定稿，未重新生成）");
    expect((await api.service.get({ year: 2025 }))?.versions).toHaveLength(1);
    const md = readFileSync(path.join(out, "draft.md"), "utf8");
    expect(md).not.toContain("离线草稿");
    expect(md).not.toContain("暂无填报材料");
    const again = runDraftCli(app, { period: "2025", out }, () => {});
    await expect(again).rejects.toThrow("已定稿，不再重新生成");
    await again.catch((e: { hint?: string }) => expect(e.hint).toContain("--export"));
  });

  it("--show-prompts prints the requests, material quoted, without sending", async () => {
    const { app } = await setup();
    const lines: string[] = [];
    await runDraftCli(app, { period: "2025", showPrompts: true }, (l) => lines.push(l));
    const text = lines.join("\n");
    expect(text).toContain("（1）科技项目与研发投入");
    expect(text).toContain("<material>\n[U1] 2025-03-10 组织32家规上企业");
    expect(text).toContain("（4）党建与作风建设：无材料，不发送");
    expect(text).toContain("开头、问题和计划");
  });
});
