import { describe, expect, it } from "vitest";
import type { CardButton, Reply } from "../src/conversation/types.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { type FakeMessage, messageText } from "./fakes/fake-feishu.js";
import { cardActionEvent, postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { useFeishuHarness } from "./fakes/feishu-harness.js";
import { makeTestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Card buttons carry their subject and are checked against whoever clicks: in a group anyone
 * can click a card the bot posted for a colleague, and a card stays clickable after its draft
 * moved on. Issue 9, case 2.
 */
useTmpDirs();

const KEY = TEST_FEISHU.encryptKey;
const { fake, harness } = await useFeishuHarness();

interface ButtonValue {
  command: string;
  subject?: Record<string, unknown>;
}

/** The callback values of a sent card's buttons, by label. */
function buttonValues(m: FakeMessage): Record<string, ButtonValue> {
  const out: Record<string, ButtonValue> = {};
  const walk = (els: unknown[]) => {
    for (const el of els) {
      const e = el as {
        tag?: string;
        text?: { content?: string };
        behaviors?: Array<{ value?: ButtonValue }>;
        columns?: Array<{ elements: unknown[] }>;
      };
      if (e.tag === "button" && e.behaviors?.[0]?.value) out[e.text?.content ?? ""] = e.behaviors[0].value;
      for (const c of e.columns ?? []) walk(c.elements);
    }
  };
  walk(((m.content as { body?: { elements?: unknown[] } }).body?.elements ?? []) as unknown[]);
  return out;
}

const mention = { openId: TEST_FEISHU.botOpenId, name: "总结助手" };
const groupSay = (openId: string, text: string) =>
  textEvent(openId, `@_user_1 ${text}`, { chatType: "group", chatId: "oc_group_1", mentions: [mention] });

describe("card buttons in a group (webhook)", () => {
  it("staff A clicking 「撤回」 on B's card is refused and changes nothing; B's own click works", async () => {
    const hh = await harness();
    fake.addUser({ open_id: "ou_li", name: "李明", email: "liming@example.gov.cn" });
    const store = hh.app.services.store;
    const url = `${hh.url}/webhook/event`;

    // A (李明) has a confirmed #1 of their own.
    await postEvent(url, groupSay("ou_li", "完成3个科技项目的中期检查，拨付资金120万元"), {
      encryptKey: KEY,
    });
    await hh.settle();
    await postEvent(url, groupSay("ou_li", "确认"), { encryptKey: KEY });
    await hh.settle();
    const liOwn = await store.listUpdates({ author: "li-rd" });
    expect(liOwn.map((u) => [u.seq, u.status])).toEqual([[1, "confirmed"]]);

    // B (陈静) reports in the group; the bot's card carries B's update as the buttons' subject.
    fake.messages.length = 0;
    await postEvent(url, groupSay("ou_chen", "举办科技活动周，1500名群众参与，发放资料1.2万份"), {
      encryptKey: KEY,
    });
    await hh.settle();
    const card = fake.messages.find((m) => m.msg_type === "interactive")!;
    const withdraw = buttonValues(card)["撤回"]!;
    const chenUpdate = (await store.listUpdates({ author: "chen-kp" }))[0]!;
    expect(withdraw).toEqual({
      command: `撤回 ${chenUpdate.seq}`,
      subject: { kind: "update", id: chenUpdate.id, owner: "chen-kp" },
    });
    expect(chenUpdate.seq).toBe(1);

    // A clicks B's 「撤回 1」.
    fake.messages.length = 0;
    const res = await postEvent(
      `${hh.url}/webhook/card`,
      cardActionEvent({ openId: "ou_li", value: withdraw, messageId: card.message_id, chatId: "oc_group_1" }),
      { encryptKey: KEY },
    );
    expect(res.status).toBe(200);
    await hh.settle();
    expect((await store.listUpdates({ author: "li-rd" })).map((u) => u.status)).toEqual(["confirmed"]);
    expect((await store.listUpdates({ author: "chen-kp" })).map((u) => u.status)).toEqual(["draft"]);
    const said = fake.messages.map(messageText).join("\n");
    expect(said).toContain("这是陈静的第 1 条填报，只有陈静本人可以操作");
    expect(said).toContain("没有做任何改动");

    // B clicks the same button: B's update is withdrawn.
    await postEvent(
      `${hh.url}/webhook/card`,
      cardActionEvent({
        openId: "ou_chen",
        value: withdraw,
        messageId: card.message_id,
        chatId: "oc_group_1",
      }),
      { encryptKey: KEY },
    );
    await hh.settle();
    expect((await store.listUpdates({ author: "chen-kp" })).map((u) => u.status)).toEqual(["withdrawn"]);
    expect((await store.listUpdates({ author: "li-rd" })).map((u) => u.status)).toEqual(["confirmed"]);
  });

  it("refuses a click whose subject is malformed rather than running it without a check", async () => {
    const hh = await harness();
    await postEvent(`${hh.url}/webhook/event`, textEvent("ou_chen", "举办科技活动周，1500名群众参与"), {
      encryptKey: KEY,
    });
    await hh.settle();
    const res = await postEvent(
      `${hh.url}/webhook/card`,
      cardActionEvent({ openId: "ou_chen", value: { command: "撤回 1", subject: { kind: 7 } } }),
      { encryptKey: KEY },
    );
    const body = (await res.json()) as { toast?: { content: string } };
    expect(body.toast?.content).toContain("按钮已失效");
    await hh.settle();
    expect((await hh.app.services.store.listUpdates({ author: "chen-kp" }))[0]?.status).toBe("draft");
  });
});

const byLabel = (r: Reply | undefined, label: string): CardButton =>
  r?.card?.buttons?.find((b) => b.label === label) as CardButton;

describe("card buttons through the engine", () => {
  it("a click on an older draft's card says it is stale and changes nothing; staff cannot click leaders' cards", async () => {
    const t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    const api = t.app.services.features.drafting as DraftingApi;
    try {
      await t.say("li-rd", "完成3个科技项目的中期检查，拨付资金120万元");
      await t.say("li-rd", "确认");
      await t.say("zhou-ju", "生成总结 2025");
      await api.whenIdle();
      const firstCard = t.sent
        .map((s) => s.reply)
        .find((r) => r.card?.buttons?.some((b) => b.label === "定稿"));
      const approve = byLabel(firstCard, "定稿");
      expect(approve.subject).toEqual({ kind: "draft", id: "2025", version: 1, leadersOnly: true });

      // Staff clicking a leader's button: refused by the subject, nothing approved.
      const staff = await t.sayText("li-rd", approve.command, { fromButton: true, subject: approve.subject });
      expect(staff).toContain("仅限局领导和办公室使用");
      expect((await api.service.get({ year: 2025 }))?.status).toBe("draft");

      // A new version makes the first card stale.
      t.sent.length = 0;
      await t.say("zhou-ju", "生成总结 2025");
      await api.whenIdle();
      expect((await api.service.get({ year: 2025 }))?.versions.length).toBe(2);
      const stale = await t.sayText("zhou-ju", approve.command, {
        fromButton: true,
        subject: approve.subject,
      });
      expect(stale).toContain("这张卡片已过期：卡片上是 v1");
      expect(stale).toContain("现在是 v2");
      expect((await api.service.get({ year: 2025 }))?.status).toBe("draft");

      // The current card works.
      const current = t.sent
        .map((s) => s.reply)
        .find((r) => r.card?.buttons?.some((b) => b.label === "定稿"));
      const approve2 = byLabel(current, "定稿");
      expect(approve2.subject?.version).toBe(2);
      // 定稿 checks first (this draft has sections without material); its 仍要定稿 button finalises.
      const checked = await t.say("zhou-ju", approve2.command, {
        fromButton: true,
        subject: approve2.subject,
      });
      expect((await api.service.get({ year: 2025 }))?.status).toBe("draft");
      const anyway = byLabel(
        checked.find((r) => r.card),
        "仍要定稿",
      );
      expect(anyway.subject?.version).toBe(2);
      await t.say("zhou-ju", anyway.command, { fromButton: true, subject: anyway.subject });
      expect((await api.service.get({ year: 2025 }))?.status).toBe("approved");
    } finally {
      await api.whenIdle();
      await t.app.close();
    }
  });

  it("a button acts on its own update even when the dialogue has moved on to another", async () => {
    const t = await makeTestApp();
    try {
      const [first] = (await t.say("li-rd", "完成3个科技项目的中期检查，拨付资金120万元")).filter(
        (r) => r.card,
      );
      const withdrawFirst = byLabel(first, "撤回");
      await t.say("li-rd", "组织科技特派员培训2期，培训农户300人次");
      const store = t.app.services.store;
      // The old card's 「撤回」 withdraws #1, not the update the dialogue now points at.
      await t.say("li-rd", withdrawFirst.command, { fromButton: true, subject: withdrawFirst.subject });
      const bySeq = Object.fromEntries(
        (await store.listUpdates({ author: "li-rd" })).map((u) => [u.seq, u.status]),
      );
      expect(bySeq).toEqual({ 1: "withdrawn", 2: "draft" });
    } finally {
      await t.app.close();
    }
  });
});
