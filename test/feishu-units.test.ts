import { describe, expect, it } from "vitest";
import type { Org } from "../src/domain/org.js";
import { parseOrg } from "../src/domain/org.js";
import { createLogger } from "../src/log.js";
import { FeishuApiError } from "../src/transports/feishu/api-error.js";
import { matchRoster } from "../src/transports/feishu/identity.js";
import { normalizeMessage } from "../src/transports/feishu/normalize-message.js";
import { parseFeishuEvent } from "../src/transports/feishu/parse.js";
import {
  byteSize,
  planReply,
  renderCard,
  splitCard,
  splitText,
} from "../src/transports/feishu/render-card.js";
import { createSendQueue } from "../src/transports/feishu/send-queue.js";
import type { MessageBody } from "../src/transports/feishu/types.js";
import { messageEvent, TEST_FEISHU } from "./fakes/feishu-events.js";
import orgJson from "./fixtures/feishu/org.json" with { type: "json" };

const BOT = TEST_FEISHU.botOpenId;
const bodyOf = (ev: Record<string, unknown>): MessageBody => {
  const p = parseFeishuEvent(ev);
  if (p.type !== "message") throw new Error("not a message");
  return p.body;
};

describe("normalizeMessage", () => {
  it("strips the bot's mention and names other people", () => {
    const ev = messageEvent({
      openId: "ou_a",
      chatType: "group",
      text: "@_user_1 帮助 和@_user_2一起",
      mentions: [
        { openId: BOT, name: "总结助手" },
        { openId: "ou_b", name: "张三", userId: "u_b" },
      ],
    });
    expect(normalizeMessage(bodyOf(ev), BOT)).toEqual({
      kind: "text",
      text: "帮助 和@张三一起",
      chat: "group",
      mentionsBot: true,
    });
  });

  it("without the bot id, an app mention (no user_id) counts as the bot", () => {
    const ev = messageEvent({
      openId: "ou_a",
      chatType: "group",
      text: "@_user_1 你好",
      mentions: [{ openId: BOT, name: "bot" }],
    });
    expect(normalizeMessage(bodyOf(ev), undefined)).toMatchObject({ mentionsBot: true, text: "你好" });
    const other = messageEvent({
      openId: "ou_a",
      chatType: "group",
      text: "@_user_1 你好",
      mentions: [{ openId: "ou_b", name: "张三", userId: "u_b" }],
    });
    expect(normalizeMessage(bodyOf(other), BOT)).toMatchObject({ mentionsBot: false, text: "@张三 你好" });
  });

  it("flattens rich text: title, paragraphs, links, mentions; media only → image", () => {
    const ev = messageEvent({
      openId: "ou_a",
      messageType: "post",
      mentions: [{ openId: BOT, name: "总结助手" }],
      content: {
        title: "三月科普",
        content: [
          [
            { tag: "at", user_id: "@_user_1", user_name: "总结助手" },
            { tag: "text", text: " 举办科技活动周，" },
            { tag: "text", text: "1500名群众参与" },
          ],
          [
            { tag: "a", text: "活动报道", href: "https://example.gov.cn/a" },
            { tag: "img", image_key: "img_1" },
          ],
        ],
      },
    });
    expect(normalizeMessage(bodyOf(ev), BOT)).toMatchObject({
      kind: "text",
      text: "三月科普\n举办科技活动周，1500名群众参与\n活动报道",
    });
    const lang = messageEvent({
      openId: "ou_a",
      messageType: "post",
      content: { zh_cn: { title: "", content: [[{ tag: "text", text: "中文内容" }]] } },
    });
    expect(normalizeMessage(bodyOf(lang), BOT).text).toBe("中文内容");
    const pic = messageEvent({
      openId: "ou_a",
      messageType: "post",
      content: { title: "", content: [[{ tag: "img", image_key: "k" }]] },
    });
    expect(normalizeMessage(bodyOf(pic), BOT).kind).toBe("image");
  });

  it("maps media types to kinds", () => {
    const kind = (t: string) =>
      normalizeMessage(bodyOf(messageEvent({ openId: "ou_a", messageType: t, content: {} })), BOT).kind;
    expect([
      kind("image"),
      kind("file"),
      kind("sticker"),
      kind("audio"),
      kind("media"),
      kind("share_chat"),
    ]).toEqual(["image", "file", "sticker", "audio", "video", "other"]);
  });
});

describe("renderCard and size limits", () => {
  const model = {
    title: "请确认 #3",
    template: "green" as const,
    blocks: ["**科室**：科普", "举办科技活动周 <b>", ""],
    buttons: [
      { label: "确认", command: "确认 3", style: "primary" as const },
      { label: "撤回", command: "撤回 3", style: "danger" as const },
    ],
    note: "也可以直接回复文字",
  };

  it("renders card JSON 2.0 with callback buttons carrying the text command", () => {
    const card = renderCard(model);
    const button = (label: string, command: string, type: string) => ({
      tag: "column",
      elements: [
        {
          tag: "button",
          text: { content: label },
          type,
          behaviors: [{ type: "callback", value: { command } }],
        },
      ],
    });
    expect(card).toMatchObject({
      schema: "2.0",
      header: { title: { tag: "plain_text", content: "请确认 #3" }, template: "green" },
      body: {
        elements: [
          { tag: "markdown", content: "**科室**：科普" },
          { tag: "markdown", content: "举办科技活动周 &lt;b&gt;" },
          {
            tag: "column_set",
            columns: [button("确认", "确认 3", "primary_filled"), button("撤回", "撤回 3", "danger")],
          },
          { tag: "markdown", text_size: "notation" },
        ],
      },
    });
  });

  it("splits a card over 30 KB into several, buttons on the last", () => {
    const big = { ...model, blocks: Array.from({ length: 40 }, (_, i) => `第${i}段：${"科技".repeat(300)}`) };
    const cards = splitCard(big) as Array<{ header: { title: { content: string } } }>;
    expect(cards.length).toBeGreaterThan(1);
    for (const c of cards) expect(byteSize(c)).toBeLessThanOrEqual(28 * 1024);
    expect(cards[0]?.header.title.content).toMatch(/（1\/\d+）$/);
    expect(JSON.stringify(cards.at(-1))).toContain("确认 3");
    expect(JSON.stringify(cards[0])).not.toContain("确认 3");
    const all = cards.map((c) => JSON.stringify(c)).join("");
    for (let i = 0; i < 40; i++) expect(all).toContain(`第${i}段`);
  });

  it("splits long text, and sends very long text as a file — never drops it", () => {
    const line = "二〇二五年科技工作总结。".repeat(100);
    const text = Array.from({ length: 100 }, () => line).join("\n");
    const parts = splitText(text, 140 * 1024);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join("\n")).toBe(text);
    const plan = planReply({ text });
    expect(plan.every((p) => p.kind === "text")).toBe(true);
    const huge = planReply({ text: text.repeat(3) });
    expect(huge.map((p) => p.kind)).toEqual(["text", "text-file"]);
    expect(
      planReply({ text: "x", file: { path: "/tmp/a.docx", name: "a.docx" } }).map((p) => p.kind),
    ).toEqual(["text", "file"]);
  });
});

describe("send queue", () => {
  function clock() {
    let t = 1_000_000;
    const sleeps: number[] = [];
    return {
      now: () => t,
      sleeps,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        t += ms;
      },
    };
  }
  const lines: string[] = [];
  const log = createLogger({ level: "warn", sink: (l) => lines.push(l) });

  /** Virtual time: sleeps wake in order of their deadline, time jumps to each deadline. */
  function virtualTime() {
    let t = 0;
    const timers: Array<{ at: number; wake: () => void }> = [];
    return {
      now: () => t,
      sleep: (ms: number) => new Promise<void>((wake) => timers.push({ at: t + ms, wake })),
      async drive<T>(p: Promise<T>): Promise<T> {
        let settled = false;
        p.then(
          () => (settled = true),
          () => (settled = true),
        );
        while (!settled) {
          await new Promise((r) => setImmediate(r));
          if (timers.length === 0) continue;
          timers.sort((a, b) => a.at - b.at);
          const next = timers.shift()!;
          t = Math.max(t, next.at);
          next.wake();
        }
        return p;
      },
    };
  }

  it("keeps to 5 messages a second per receiver and 50 per app", async () => {
    const v = virtualTime();
    const q = createSendQueue({ log, now: v.now, sleep: v.sleep });
    const times: Record<string, number[]> = { a: [], b: [] };
    await v.drive(
      Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          q.run(i % 2 ? "a" : "b", "send", async () => times[i % 2 ? "a" : "b"]!.push(v.now())),
        ),
      ),
    );
    for (const ts of Object.values(times)) {
      expect(ts.length).toBe(6);
      for (let i = 5; i < ts.length; i++) expect(ts[i]! - ts[i - 5]!).toBeGreaterThanOrEqual(1000);
    }
    const v2 = virtualTime();
    const q2 = createSendQueue({ log, now: v2.now, sleep: v2.sleep });
    const stamps: number[] = [];
    await v2.drive(
      Promise.all(
        Array.from({ length: 120 }, (_, i) => q2.run(`u${i}`, "send", async () => stamps.push(v2.now()))),
      ),
    );
    stamps.sort((x, y) => x - y);
    expect(stamps.length).toBe(120);
    for (let i = 50; i < stamps.length; i++)
      expect(stamps[i]! - stamps[i - 50]!).toBeGreaterThanOrEqual(1000);
    // …and not much slower than the limit allows.
    expect(stamps.at(-1)! - stamps[0]!).toBeLessThan(2500);
  });

  it("one receiver's spacing does not hold back another receiver (no head-of-line blocking)", async () => {
    const v = virtualTime();
    const q = createSendQueue({ log, now: v.now, sleep: v.sleep });
    const times: { a: number[]; b: number[] } = { a: [], b: [] };
    const send = (who: "a" | "b") => q.run(who, "send", async () => times[who].push(v.now()));
    const all = [send("a"), send("a"), send("a")];
    // A's first message has gone and its second is waiting for A's 200 ms spacing…
    await new Promise((r) => setImmediate(r));
    expect(times.a).toEqual([0]);
    // …when B's first message comes: it goes one app gap (20 ms) later, not after A's wait.
    all.push(send("b"));
    await v.drive(Promise.all(all));
    expect(times.a).toEqual([0, 200, 400]);
    expect(times.b).toEqual([20]);
  });

  it("fills the app's free slots around receivers' waits, never two sends within one app gap", async () => {
    const v = virtualTime();
    const q = createSendQueue({ log, now: v.now, sleep: v.sleep });
    const stamps: number[] = [];
    const jobs: Promise<unknown>[] = [];
    // 10 receivers with 6 messages each, queued at once: 60 sends, 5/s per receiver, 50/s per app.
    for (let r = 0; r < 10; r++)
      for (let i = 0; i < 6; i++) jobs.push(q.run(`r${r}`, "send", async () => stamps.push(v.now())));
    await v.drive(Promise.all(jobs));
    stamps.sort((x, y) => x - y);
    expect(stamps).toHaveLength(60);
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]! - stamps[i - 1]!).toBeGreaterThanOrEqual(20);
    // Receiver spacing is the bound: the sixth message of each goes at ~1 s, not at 60 × 20 ms + waits.
    expect(stamps.at(-1)!).toBeLessThanOrEqual(1200);
  });

  it("retries rate limits and 5xx with growing delays, then succeeds", async () => {
    const c = clock();
    const q = createSendQueue({ log, now: c.now, sleep: c.sleep, baseDelayMs: 1000 });
    const errors = [
      new FeishuApiError("rate", 230020, 400),
      new FeishuApiError("rate", 99991400, 400),
      new FeishuApiError("busy", undefined, 503),
    ];
    let calls = 0;
    const out = await q.run("a", "send", async () => {
      calls++;
      const e = errors.shift();
      if (e) throw e;
      return "ok";
    });
    expect(out).toBe("ok");
    expect(calls).toBe(4);
    const backoffs = c.sleeps.filter((s) => s >= 500);
    expect(backoffs.length).toBe(3);
    expect(backoffs[2]!).toBeGreaterThan(backoffs[0]!);
  });

  it("gives up after 5 tries with an error logged, and does not retry a client error", async () => {
    lines.length = 0;
    const c = clock();
    const q = createSendQueue({ log, now: c.now, sleep: c.sleep });
    let calls = 0;
    await expect(
      q.run("a", "send", async () => {
        calls++;
        throw new FeishuApiError("rate", 230020, 400);
      }),
    ).rejects.toThrow(/rate/);
    expect(calls).toBe(5);
    expect(lines.some((l) => l.includes("ERROR") && l.includes("feishu call failed"))).toBe(true);
    calls = 0;
    await expect(
      q.run("a", "send", async () => {
        calls++;
        throw new FeishuApiError("bad", 230001, 400);
      }),
    ).rejects.toThrow();
    expect(calls).toBe(1);
  });

  it("refreshes an invalid token once", async () => {
    const c = clock();
    let refreshed = 0;
    const q = createSendQueue({ log, now: c.now, sleep: c.sleep, onTokenInvalid: () => refreshed++ });
    let calls = 0;
    await q.run("a", "send", async () => {
      if (++calls === 1) throw new FeishuApiError("token", 99991663, 400);
    });
    expect([calls, refreshed]).toEqual([2, 1]);
    calls = 0;
    await expect(
      q.run("a", "send", async () => {
        calls++;
        throw new FeishuApiError("token", 99991663, 400);
      }),
    ).rejects.toThrow();
    expect(calls).toBe(2);
  });
});

describe("matchRoster", () => {
  const org: Org = parseOrg(orgJson);
  const id = (u: Parameters<typeof matchRoster>[1]) => {
    const m = matchRoster(org, u);
    return m?.kind === "identifier" ? `${m.person.id}/${m.method}` : m ? `name:${m.person.id}` : undefined;
  };
  it("matches by user_id, email (any case), mobile (with +86) as identifiers", () => {
    expect(id({ openId: "x", userId: "u_sun" })).toBe("sun-kp/user_id");
    expect(id({ openId: "x", email: "liming@EXAMPLE.gov.cn" })).toBe("li-rd/email");
    expect(id({ openId: "x", enterpriseEmail: "liming@example.gov.cn" })).toBe("li-rd/email");
    expect(id({ openId: "x", mobile: "+8613800000001" })).toBe("zhao-rd/mobile");
  });
  it("a display name alone is only ever a claim, never an identifier match", () => {
    expect(id({ openId: "x", name: "何婷" })).toBe("name:he-kp");
    // Same name as a person registered by email, different email: a claim, not a match.
    expect(id({ openId: "x", name: "李明", email: "other@example.com" })).toBe("name:li-rd");
    expect(id({ openId: "x", name: "陈静" })).toBe("name:chen-kp");
    expect(id({ openId: "x", name: "王伟" })).toBeUndefined();
    expect(id({ openId: "x", name: "路人甲" })).toBeUndefined();
  });
});
