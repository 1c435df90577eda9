import type { HealthBody } from "../src/transports/feishu/health.js";
import { describe, expect, it } from "vitest";
import { buttonCommands, messageText } from "./fakes/fake-feishu.js";
import { cardActionEvent, encryptBody, postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { type FeishuHarness, useFeishuHarness } from "./fakes/feishu-harness.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * The long connection end to end: the real SDK WSClient connects over a real WebSocket on
 * 127.0.0.1 to the gateway fake (test/fakes/fake-feishu-ws.ts), events travel as protobuf frames,
 * and replies go out through the fake Open Platform.
 */
useTmpDirs();

const { fake, harness } = await useFeishuHarness();
const UPDATE_TEXT = "举办科技活动周，1500名群众参与，发放资料1.2万份";

async function healthz(h: FeishuHarness): Promise<{ status: number; body: HealthBody }> {
  const res = await fetch(`${h.url}/healthz`);
  return { status: res.status, body: (await res.json()) as HealthBody };
}

describe("long connection (real WebSocket, real SDK client)", () => {
  it("answers a message once, acknowledges it, and ignores a redelivery", async () => {
    const h = await harness({ mode: "ws" });
    const lc = h.lc!;
    expect(lc.connections).toBe(1);
    const ev = textEvent("ou_chen", "帮助", { messageId: "om_ws_1" });
    const ack = await lc.deliver(ev);
    expect(ack.code).toBe(200);
    expect(lc.pings).toBeGreaterThan(0); // the client pings at once and is answered with a pong
    expect(lc.badFrames).toBe(0);
    await h.settle();
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]?.reply_to).toBe("om_ws_1");
    expect(messageText(fake.messages[0]!)).toContain("陈静您好");

    // Feishu delivers again (a new frame, the same event; then the same message, encrypted).
    expect((await lc.deliver(ev)).code).toBe(200);
    expect((await lc.deliver(encryptBody(ev, TEST_FEISHU.encryptKey))).code).toBe(200);
    await h.settle();
    expect(fake.messages).toHaveLength(1);
  });

  it("answers a card click through the connection within Feishu's 3 s, with the updated card", async () => {
    const h = await harness({ mode: "ws" });
    const lc = h.lc!;
    await lc.deliver(textEvent("ou_chen", UPDATE_TEXT));
    await h.settle();
    const card = fake.messages.find((m) => m.msg_type === "interactive")!;
    expect(card).toBeDefined();
    const confirm = buttonCommands(card).确认!;
    const t0 = Date.now();
    const ack = await lc.deliver(
      cardActionEvent({ openId: "ou_chen", command: confirm, messageId: card.message_id }),
    );
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(ack.code).toBe(200);
    expect((ack.data as { toast?: { type: string } }).toast?.type).toBe("success");
    await h.settle();
    expect((await h.app.services.store.listUpdates({ author: "chen-kp" }))[0]?.status).toBe("confirmed");

    // A button whose answer is a card: the clicked card is replaced in the callback answer.
    const t1 = Date.now();
    const view = await lc.deliver(
      cardActionEvent({ openId: "ou_chen", command: "查看 1", messageId: card.message_id }),
    );
    expect(Date.now() - t1).toBeLessThan(3000);
    const answer = view.data as { toast?: { type: string }; card?: { type: string; data: unknown } };
    expect(answer.toast?.type).toBe("success");
    expect(answer.card?.type).toBe("raw");
    expect(JSON.stringify(answer.card?.data)).toContain("已确认");
    await h.settle();
    expect((await h.app.services.store.listUpdates({ author: "chen-kp" }))[0]?.status).toBe("confirmed");
  });

  it("reconnects after the server drops the socket: nothing lost, nothing doubled", async () => {
    const h = await harness({ mode: "ws" });
    const lc = h.lc!;
    const first = textEvent("ou_chen", "帮助", { messageId: "om_before_drop" });
    await lc.deliver(first);
    lc.drop("terminate");
    // Sent while there is no connection: Feishu keeps it and delivers on the next one.
    const during = lc.deliver(textEvent("ou_chen", "我的记录", { messageId: "om_during_drop" }));
    const again = lc.deliver(first);
    const acks = await Promise.all([during, again]);
    expect(acks.map((a) => a.code)).toEqual([200, 200]);
    expect(acks.every((a) => a.connection === 2)).toBe(true);
    await h.settle();
    expect(fake.messages.map((m) => m.reply_to).sort()).toEqual(["om_before_drop", "om_during_drop"]);
    expect(h.logs.some((l) => l.includes("feishu long connection restored"))).toBe(true);
    expect(h.feishu.health.link()).toBe("connected");

    // A graceful close from the server side too.
    lc.drop("close");
    await lc.waitForConnections(3);
    await lc.deliver(textEvent("ou_chen", "帮助", { messageId: "om_after_close" }));
    await h.settle();
    expect(fake.messages).toHaveLength(3);
  });

  it("joins an event cut into fragments, even inside a UTF-8 character, and replies once", async () => {
    const h = await harness({ mode: "ws" });
    const lc = h.lc!;
    const ev = textEvent("ou_chen", UPDATE_TEXT, { messageId: "om_fragments" });
    const bytes = new TextEncoder().encode(JSON.stringify(ev));
    // Byte offsets one and two bytes into the 3-byte UTF-8 characters 举 and 活.
    const at = (ch: string, plus: number) => Buffer.from(bytes).indexOf(Buffer.from(ch, "utf8")) + plus;
    const cutAt = [at("举", 1), at("活", 2)];
    expect(cutAt.every((c) => c > 0)).toBe(true);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes.slice(0, cutAt[0]))).toThrow();
    const ack = await lc.deliver(ev, { cutAt });
    expect(ack.code).toBe(200);
    await h.settle();
    expect(fake.messages).toHaveLength(1);
    expect(messageText(fake.messages[0]!)).toContain("1500");
    expect((await h.app.services.store.listUpdates({ author: "chen-kp" }))[0]?.originalText).toBe(
      UPDATE_TEXT,
    );
    // Many small pieces: still one event.
    await lc.deliver(textEvent("ou_chen", UPDATE_TEXT, { messageId: "om_fragments" }), { fragments: 7 });
    await h.settle();
    expect(fake.messages).toHaveLength(1);
  });
});

describe("/healthz in long-connection mode", () => {
  it("reports store, connection and the last event; 503 after the connection stays down too long", async () => {
    const h = await harness({ mode: "ws", env: { FEISHU_MAX_OFFLINE_SEC: "1" } });
    const lc = h.lc!;
    let r = await healthz(h);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, mode: "ws", app: "总结助手", store: { ok: true } });
    expect(r.body.connection.state).toBe("connected");
    expect(r.body.lastEventAt).toBeNull();
    await lc.deliver(textEvent("ou_chen", "帮助"));
    r = await healthz(h);
    expect(Date.parse(r.body.lastEventAt ?? "")).toBeGreaterThan(Date.now() - 10_000);

    // The gateway now refuses the app (fatal to the SDK): we keep retrying with backoff…
    lc.refuseDiscovery(514, "auth failed");
    lc.drop("terminate");
    await fake.waitFor(() => fake.calls("ws.endpoint").length >= 4, 10_000);
    r = await healthz(h);
    expect(r.body.connection.state).not.toBe("connected");
    // …and once down for longer than FEISHU_MAX_OFFLINE_SEC, a supervisor sees 503.
    await new Promise((res) => setTimeout(res, 1200));
    r = await healthz(h);
    expect(r.status).toBe(503);
    expect(r.body.ok).toBe(false);
    expect(r.body.connection.offlineSeconds).toBeGreaterThanOrEqual(1);
    expect(h.logs.some((l) => l.includes("restarting"))).toBe(true);

    // The gateway takes the app again: connected, healthy.
    lc.refuseDiscovery(undefined);
    await fake.waitFor(() => h.feishu.health.link() === "connected", 10_000);
    r = await healthz(h);
    expect(r.status).toBe(200);
    expect(r.body.connection.state).toBe("connected");
    const before = fake.messages.length;
    await lc.deliver(textEvent("ou_chen", "帮助"));
    await h.settle();
    expect(fake.messages).toHaveLength(before + 1);
  });
});

describe("/healthz in webhook mode", () => {
  it("reports the store and the last event, and the app's name", async () => {
    const h = await harness();
    let r = await healthz(h);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, mode: "webhook", app: "总结助手", lastEventAt: null });
    expect(r.body.connection.state).toBe("listening");
    await postEvent(`${h.url}/webhook/event`, textEvent("ou_chen", "帮助"), {
      encryptKey: TEST_FEISHU.encryptKey,
    });
    await h.settle();
    r = await healthz(h);
    expect(r.body.lastEventAt).not.toBeNull();
    expect(r.body.store).toEqual({ ok: true, inbox: 0 });
  });
});
