import { describe, expect, it } from "vitest";
import { draftingFeature } from "../src/drafting/drafting-feature.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { type FakeMessage, messageText } from "./fakes/fake-feishu.js";
import { cardActionEvent, postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { type FeishuHarness, useFeishuHarness } from "./fakes/feishu-harness.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Issue 11 in the Feishu rendering, against the fake Open Platform: a reply's text travels
 * inside its card, the draft goes as rich text (post) with 「姓名#编号」 sources, the review card
 * is compact with the parts in a select_static whose choice comes back as a command, notices
 * name who sent a draft back, and a cloud document is shared with the leader and the admins.
 */
useTmpDirs();

const KEY = TEST_FEISHU.encryptKey;
const { fake, harness } = await useFeishuHarness();

type Element = {
  tag?: string;
  content?: string;
  options?: Array<{ value: string; text: { content: string } }>;
  behaviors?: Array<{ value?: Record<string, unknown> }>;
  columns?: Array<{ elements: Element[] }>;
};

function elements(m: FakeMessage): Element[] {
  const out: Element[] = [];
  const walk = (els: Element[] = []) => {
    for (const e of els) {
      out.push(e);
      for (const c of e.columns ?? []) walk(c.elements);
    }
  };
  walk((m.content as { body?: { elements?: Element[] } }).body?.elements);
  return out;
}

async function say(hh: FeishuHarness, openId: string, text: string) {
  await postEvent(`${hh.url}/webhook/event`, textEvent(openId, text), { encryptKey: KEY });
  await hh.settle();
  await (hh.app.services.features.drafting as DraftingApi).whenIdle();
}

/** A confirmed update from 陈静, then 周建国's 「生成总结 <year of that update>」; returns the year. */
async function withDraft(env: Record<string, string> = {}): Promise<{ hh: FeishuHarness; y: string }> {
  const hh = await harness({ features: [draftingFeature], env });
  // As src/main.ts does: pushes (acknowledgements, progress, notices) go through the transport.
  hh.app.services.outbox = hh.feishu.outbox;
  await say(hh, "ou_chen", "举办科技活动周，1500名群众参与，发放资料1.2万份");
  await say(hh, "ou_chen", "确认");
  const y = (await hh.app.services.store.listUpdates())[0]?.date.slice(0, 4) ?? "";
  fake.reset();
  await say(hh, "ou_zhou", `生成总结 ${y}`);
  return { hh, y };
}

describe("leaders' review in Feishu", () => {
  it("acknowledges first, sends the draft as rich text with 姓名#编号 sources, then a compact card", async () => {
    const { hh, y } = await withDraft();
    const toZhou = fake.messages.filter((m) => m.receive_id === "ou_zhou" || m.reply_to);
    expect(toZhou[0]?.msg_type).toBe("text");
    expect(messageText(toZhou[0]!)).toContain(`已开始生成${y}年总结草稿 v1`);
    const firstCard = toZhou.findIndex((m) => m.msg_type === "interactive");
    expect(firstCard).toBeGreaterThan(0);

    const post = fake.messages.find((m) => m.msg_type === "post");
    expect(post).toBeDefined();
    const draftText = messageText(post!);
    expect(draftText).toMatch(/〔来源：陈静#\d+〕/u);
    expect(draftText).not.toMatch(/〔来源：[0-9a-f]{8}-/u);
    // Never raw Markdown in any message.
    for (const m of fake.messages.filter((x) => x.msg_type === "text" || x.msg_type === "post"))
      expect(messageText(m)).not.toMatch(/^#{1,3} |\*\*|^> /mu);

    const card = fake.messages.filter((m) => m.msg_type === "interactive").at(-1)!;
    const els = elements(card);
    expect(els.filter((e) => e.tag === "button").length).toBeLessThanOrEqual(10);
    const select = els.find((e) => e.tag === "select_static");
    expect(select?.options?.map((o) => o.value)).toContain(`查看草稿 ${y} （一）`);
    const subject = select?.behaviors?.[0]?.value?.subject;
    expect(subject).toMatchObject({ kind: "draft", id: y, version: 1 });

    // Choosing a part in the drop-down runs its command (with the card's subject).
    fake.reset();
    const res = await postEvent(
      `${hh.url}/webhook/card`,
      cardActionEvent({
        openId: "ou_zhou",
        option: `查看草稿 ${y} （一）`,
        value: { select: true, subject },
      }),
      { encryptKey: KEY },
    );
    const body = (await res.json()) as { card?: { data: { header: { title: { content: string } } } } };
    await hh.settle();
    const shown = body.card?.data.header.title.content ?? fake.texts().join("\n");
    expect(shown).toContain("（一）科普宣传与培训");
  });

  it("keeps a reply's text inside its card: 定稿's findings, and the office's notice names who sent it back", async () => {
    const { hh, y } = await withDraft();
    fake.reset();
    await say(hh, "ou_zhou", `定稿 ${y}`);
    const check = fake.messages.find((m) => m.msg_type === "interactive");
    expect(messageText(check!)).toContain("暂未定稿");
    expect(messageText(check!)).toContain("仍要定稿");

    await say(hh, "ou_zhou", `仍要定稿 ${y}`);
    const done = fake.messages.filter((m) => m.msg_type === "interactive").at(-1)!;
    expect(messageText(done)).toContain("已定稿");
    expect(messageText(done)).toContain("以下问题仍在");
    expect(messageText(done)).toContain("[退回]");

    fake.reset();
    await say(hh, "ou_zhou", "退回 计划目标不够具体");
    const notice = fake.messages.find((m) => m.receive_id === "ou_wangban");
    expect(notice?.msg_type).toBe("interactive");
    expect(messageText(notice!)).toContain(
      `周建国退回了《测试县科学技术局${y}年工作总结和${Number(y) + 1}年工作计划》v1`,
    );
    expect(messageText(notice!)).toContain("计划目标不够具体");
  });

  it("退回 naming 陈静 tells her too, and the leader's reply names only the deliveries that succeeded", async () => {
    const { hh } = await withDraft();
    fake.reset();
    // The office's notice (sent first) fails for good: it is named as not sent, never claimed.
    fake.failNext("message.create", { status: 400, code: 230002, msg: "bot not in chat" }, 1);
    await say(hh, "ou_zhou", "退回 科普部分太简单，请陈静补充进校园的人数");
    const toChen = fake.messages.find((m) => m.receive_id === "ou_chen");
    expect(messageText(toChen!)).toContain("请陈静补充进校园的人数");
    expect(fake.messages.some((m) => m.receive_id === "ou_wangban")).toBe(false);
    const reply = fake.texts().join("\n");
    expect(reply).toContain("意见里点到的陈静");
    expect(reply).toContain("王志强没有发送成功");
    expect(reply).not.toContain("办公室（王志强）");
  });

  it("shares the cloud document with the leader who asked and the admins, in FEISHU_DOC_FOLDER", async () => {
    const { hh, y } = await withDraft({ FEISHU_DOC_FOLDER: "fldcnReview01" });
    fake.reset();
    await say(hh, "ou_zhou", `导出 飞书文档 ${y}`);
    const [doc] = [...fake.documents.values()];
    expect(doc?.folder_token).toBe("fldcnReview01");
    expect(doc?.members).toEqual([
      { member_type: "openid", member_id: "ou_zhou", perm: "full_access", type: "user" },
      { member_type: "openid", member_id: "ou_wangban", perm: "full_access", type: "user" },
    ]);
    expect(fake.calls("drive.member").every((c) => c.query.type === "docx")).toBe(true);
    const reply = fake.texts().join("\n");
    expect(reply).toContain(`/docx/${doc?.document_id}`);
    expect(reply).toContain("已为 周建国、王志强 开通可管理权限");
  });

  it("says so when a grant fails, and how to get the document another way", async () => {
    const { hh, y } = await withDraft();
    fake.reset();
    fake.failNext("drive.member", { code: 1063002, status: 400, msg: "permission denied" });
    await say(hh, "ou_zhou", `导出 飞书文档 ${y}`);
    const reply = fake.texts().join("\n");
    expect(reply).toContain("未能为周建国开通权限");
    expect(reply).toContain("docs:permission.member:create");
    expect(reply).toContain("您目前可能打不开这篇文档");
    expect(reply).toContain("已为 王志强 开通可管理权限");
  });
});
