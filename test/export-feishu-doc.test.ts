import * as lark from "@larksuiteoapi/node-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFeishuDoc } from "../src/export/create-feishu-doc.js";
import { isAppError } from "../src/errors.js";
import { type FakeFeishu, startFakeFeishu } from "./fakes/fake-feishu.js";
import { NO_PROBLEMS } from "../src/drafting/draft-model.js";
import { sampleVersion } from "./fixtures/drafting/make-material.js";
import { silentLogger } from "../src/log.js";
import { sdkLogger } from "../src/transports/feishu/sdk-logger.js";

/** The real lark Client against the fake Open Platform's docx endpoints. */
let fake: FakeFeishu;
beforeAll(async () => {
  fake = await startFakeFeishu();
});
afterAll(() => fake.close());

describe("Feishu cloud document through the SDK", () => {
  const client = () =>
    new lark.Client({
      appId: fake.appId,
      appSecret: "fake-app-secret",
      domain: fake.url,
      loggerLevel: lark.LoggerLevel.error,
      // The platform error below is expected: keep the SDK's own [error] print out of the test output.
      logger: sdkLogger(silentLogger, { quiet: true }),
    });

  it("creates the document with the draft's title and its blocks in order", async () => {
    const res = await createFeishuDoc(
      client(),
      sampleVersion(),
      { year: 2025 },
      { webBase: "https://feishu.cn", minGapMs: 10 },
    );
    expect(res.url).toBe(`https://feishu.cn/docx/${res.documentId}`);
    const doc = fake.documents.get(res.documentId);
    expect(doc?.title).toBe("示例县科学技术局2025年工作总结和2026年工作计划");
    const page = doc?.blocks.get(res.documentId);
    const blocks = (page?.children ?? []).map((id) => doc?.blocks.get(id));
    const texts = blocks.map((b) => {
      const body = (b?.heading2 ?? b?.heading3 ?? b?.text) as
        | { elements: Array<{ text_run: { content: string } }> }
        | undefined;
      return body?.elements.map((e) => e.text_run.content).join("") ?? "";
    });
    expect(texts[0]).toBe("（离线草稿）");
    expect(texts).toContain("一、2025年工作开展情况");
    expect(blocks.find((b) => b?.block_type === 4)).toBeDefined();
    expect(texts.join("\n")).toContain("1.4亿元");
    expect(texts.join("\n")).not.toContain("u-rd-1");
  });

  it("a 定稿 document leaves out a part nobody reported, with its heading, and renumbers (as md and docx do)", async () => {
    const v = sampleVersion();
    const empty = {
      ...v,
      parts: v.parts.map((p) =>
        p.kind === "problems"
          ? { ...p, items: [], paragraphs: [NO_PROBLEMS], origin: "placeholder" as const }
          : p,
      ),
    };
    const res = await createFeishuDoc(
      client(),
      empty,
      { year: 2025 },
      { webBase: "https://feishu.cn", minGapMs: 10, final: true },
    );
    const doc = fake.documents.get(res.documentId);
    const page = doc?.blocks.get(res.documentId);
    const texts = (page?.children ?? []).map((id) => {
      const b = doc?.blocks.get(id);
      const body = (b?.heading2 ?? b?.heading3 ?? b?.text) as
        | { elements: Array<{ text_run: { content: string } }> }
        | undefined;
      return body?.elements.map((e) => e.text_run.content).join("") ?? "";
    });
    expect(texts.join("\n")).not.toContain("存在的问题");
    expect(texts.join("\n")).not.toContain(NO_PROBLEMS);
    expect(texts).toContain("二、2026年工作计划");
  });

  it("turns a platform error into FEISHU_API with a hint", async () => {
    fake.failNext("docx.create", { code: 99991672, msg: "no permission", status: 400 });
    const err = await createFeishuDoc(
      client(),
      sampleVersion(),
      { year: 2025 },
      { webBase: "https://feishu.cn" },
    ).catch((e) => e);
    expect(isAppError(err, "FEISHU_API")).toBe(true);
    expect(err.message).toContain("99991672");
  });
});
