import { afterEach, describe, expect, it } from "vitest";
import { BINDINGS_COLLECTION, BindingSchema } from "../src/domain/binding.js";
import { messageText } from "./fakes/fake-feishu.js";
import {
  encryptBody,
  messageEvent,
  postEvent,
  signHeaders,
  TEST_FEISHU,
  textEvent,
} from "./fakes/feishu-events.js";
import { type FeishuHarness, useFeishuHarness } from "./fakes/feishu-harness.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();

const KEY = TEST_FEISHU.encryptKey;
const { fake, harness } = await useFeishuHarness();
afterEach(() => {
  fake.options.honourUuid = true;
});

const event = (h: FeishuHarness) => `${h.url}/webhook/event`;
const bindingOf = async (h: FeishuHarness, openId: string) =>
  (await h.app.services.store.collection(BINDINGS_COLLECTION, BindingSchema)).get(openId);

describe("webhook security", () => {
  it("serves /healthz and 404s elsewhere", async () => {
    const { url } = await harness();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/nope`)).status).toBe(404);
    expect((await fetch(`${url}/webhook/event`)).status).toBe(405);
  });

  it("answers url_verification with the challenge, only with the right token", async () => {
    const hh = await harness();
    const ok = await postEvent(
      event(hh),
      { challenge: "ch-123", token: TEST_FEISHU.verificationToken, type: "url_verification" },
      { encryptKey: KEY, sign: false },
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ challenge: "ch-123" });
    const bad = await postEvent(
      event(hh),
      { challenge: "ch-123", token: "wrong", type: "url_verification" },
      { encryptKey: KEY, sign: false },
    );
    expect(bad.status).toBe(401);
  });

  it("rejects a bad signature, a stale timestamp, an unsigned event and a wrong token with 401 and stores nothing", async () => {
    const hh = await harness();
    const store = hh.app.services.store;
    const ev = textEvent("ou_chen", "帮助");
    const body = JSON.stringify(encryptBody(ev, KEY));
    const signed = signHeaders(body, KEY);
    const tampered = await fetch(event(hh), {
      method: "POST",
      headers: { ...signed, "x-lark-signature": "0".repeat(64), "content-type": "application/json" },
      body,
    });
    expect(tampered.status).toBe(401);
    const otherKey = await fetch(event(hh), {
      method: "POST",
      headers: signHeaders(body, "another-key"),
      body,
    });
    expect(otherKey.status).toBe(401);
    const stale = await postEvent(event(hh), ev, {
      encryptKey: KEY,
      timestampSec: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(stale.status).toBe(401);
    const unsigned = await postEvent(event(hh), ev, { encryptKey: KEY, sign: false });
    expect(unsigned.status).toBe(401);
    const wrongToken = await postEvent(event(hh), textEvent("ou_chen", "帮助", { token: "forged" }), {
      encryptKey: KEY,
    });
    expect(wrongToken.status).toBe(401);
    const undecryptable = await postEvent(event(hh), encryptBody(ev, "another-key"), {
      encryptKey: KEY,
      encrypt: false,
    });
    expect(undecryptable.status).toBe(401);
    await hh.settle();
    expect(await store.listInbox()).toEqual([]);
    expect(await store.hasSeen(`feishu:event:${(ev.header as { event_id: string }).event_id}`)).toBe(false);
    expect(fake.messages).toEqual([]);
    expect(hh.logs.filter((l) => l.includes("request rejected")).length).toBe(6);
  });

  it("refuses to start in webhook mode without an encrypt key, naming the setting", async () => {
    await expect(harness({ encryptKey: null })).rejects.toThrow(/FEISHU_ENCRYPT_KEY/);
  });

  it("accepts nothing unsigned but the encrypted URL check: token-only forgeries get 401", async () => {
    const hh = await harness();
    const store = hh.app.services.store;
    const plain = textEvent("ou_chen", "帮助");
    // A plain event carrying the right token (anyone who saw one body has it), unsigned.
    expect((await postEvent(event(hh), plain)).status).toBe(401);
    // The same with a garbage signature, and with the timestamp header missing.
    const raw = JSON.stringify(plain);
    const garbage = await fetch(event(hh), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-lark-request-timestamp": String(Math.floor(Date.now() / 1000)),
        "x-lark-request-nonce": "n",
        "x-lark-signature": "garbage",
      },
      body: raw,
    });
    expect(garbage.status).toBe(401);
    const signed = signHeaders(raw, KEY);
    const { "x-lark-request-timestamp": _ts, ...noTimestamp } = signed;
    const untimed = await fetch(event(hh), { method: "POST", headers: noTimestamp, body: raw });
    expect(untimed.status).toBe(401);
    // An unsigned encrypted event that is not the URL check.
    expect((await postEvent(event(hh), plain, { encryptKey: KEY, sign: false })).status).toBe(401);
    // A correctly signed plain (unencrypted) body is authentic and accepted.
    expect((await postEvent(event(hh), plain, { encryptKey: KEY, encrypt: false })).status).toBe(200);
    await hh.settle();
    expect(fake.messages).toHaveLength(1);
    expect(await store.listInbox()).toEqual([]);
  });

  it("authenticates before parsing: an unsigned malformed body is 401, not 400", async () => {
    const hh = await harness();
    expect((await fetch(event(hh), { method: "POST", body: "{not json" })).status).toBe(401);
    const raw = "{not json";
    const signedBad = await fetch(event(hh), { method: "POST", headers: signHeaders(raw, KEY), body: raw });
    expect(signedBad.status).toBe(400);
  });

  it("answers 400 (not 500) to an authentic event nested 100,000 levels deep, and keeps serving", async () => {
    const hh = await harness();
    const deep = `{"schema":"2.0","header":{"event_type":"im.message.receive_v1","event_id":"e1","token":"${TEST_FEISHU.verificationToken}"},"event":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const encrypted = await postEvent(event(hh), deep, { encryptKey: KEY });
    expect(encrypted.status).toBe(400);
    const plainDeep = await postEvent(event(hh), deep, { encryptKey: KEY, encrypt: false });
    expect(plainDeep.status).toBe(400);
    expect((await postEvent(event(hh), textEvent("ou_chen", "帮助"), { encryptKey: KEY })).status).toBe(200);
    await hh.settle();
    expect(fake.messages).toHaveLength(1);
  });

  it("answers 413 to a body over 1 MB and 400 to malformed JSON", async () => {
    const hh = await harness();
    const big = await fetch(event(hh), { method: "POST", body: `{"x":"${"a".repeat(1024 * 1024 + 10)}"}` });
    expect(big.status).toBe(413);
    const bad = await fetch(event(hh), {
      method: "POST",
      headers: signHeaders("{not json", KEY),
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    expect(await hh.app.services.store.listInbox()).toEqual([]);
  });
});

describe("webhook → engine → reply", () => {
  it("answers an encrypted, signed text event with the engine's reply, in reply to the message", async () => {
    const hh = await harness();
    const ev = textEvent("ou_chen", "帮助", { messageId: "om_in_help" });
    const started = Date.now();
    const res = await postEvent(event(hh), ev, { encryptKey: KEY });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const msg = await fake.waitFor(() => fake.messages[0]);
    expect(msg.via).toBe("reply");
    expect(msg.reply_to).toBe("om_in_help");
    expect(msg.msg_type).toBe("text");
    expect(messageText(msg)).toContain("陈静您好");
    expect(messageText(msg)).toContain("测试县科学技术局");
    await hh.settle();
    expect(await hh.app.services.store.listInbox()).toEqual([]);
  });

  it("replies exactly once to duplicates and to a Feishu retry (same message_id, new event_id)", async () => {
    const hh = await harness();
    fake.options.honourUuid = false; // prove our own de-duplication, not Feishu's uuid
    const ev = textEvent("ou_chen", "帮助", { messageId: "om_in_dup", eventId: "ev_dup_1" });
    const first = await Promise.all([
      postEvent(event(hh), ev, { encryptKey: KEY }),
      postEvent(event(hh), ev, { encryptKey: KEY }),
    ]);
    expect(first.map((r) => r.status)).toEqual([200, 200]);
    await hh.settle();
    const retry = textEvent("ou_chen", "帮助", { messageId: "om_in_dup", eventId: "ev_dup_2" });
    expect((await postEvent(event(hh), retry, { encryptKey: KEY })).status).toBe(200);
    expect((await postEvent(event(hh), ev, { encryptKey: KEY })).status).toBe(200);
    await hh.settle();
    expect(fake.calls("message.reply")).toHaveLength(1);
    expect(fake.messages).toHaveLength(1);
  });

  it("records an update once and shows the confirmation card; a card click confirms it", async () => {
    const hh = await harness();
    const ev = textEvent("ou_chen", "举办科技活动周，1500名群众参与，发放资料1.2万份", {
      messageId: "om_in_upd",
    });
    await postEvent(event(hh), ev, { encryptKey: KEY });
    await postEvent(event(hh), textEvent("ou_chen", "x", { messageId: "om_in_upd" }), { encryptKey: KEY });
    await hh.settle();
    const store = hh.app.services.store;
    const updates = await store.listUpdates({ author: "chen-kp" });
    expect(updates).toHaveLength(1);
    expect(updates[0]?.sourceMessageId).toBe("om_in_upd");
    const card = fake.messages.find((m) => m.msg_type === "interactive");
    expect(card).toBeDefined();
    const text = messageText(card!);
    expect(text).toContain("1500");
    expect(text).toContain("[确认]");
  });
});

describe("crash recovery", () => {
  it("replays an event persisted but not processed, exactly once across restarts", async () => {
    const dataDir = makeTmpDir();
    const first = await harness({ dataDir });
    const ev = textEvent("ou_chen", "帮助", { messageId: "om_in_crash", eventId: "ev_crash" });
    // The crash: the event was persisted and answered, the process died before handling it.
    await first.app.services.store.putInbox({
      id: "feishu:msg:om_in_crash",
      receivedAt: new Date().toISOString(),
      payload: { source: "feishu", kind: "message", event: ev },
      attempts: 0,
    });
    await first.stop();
    expect(fake.messages).toHaveLength(0);

    let h = await harness({ dataDir });
    await h.settle();
    expect(fake.messages).toHaveLength(1);
    expect(messageText(fake.messages[0]!)).toContain("陈静您好");
    expect(await h.app.services.store.listInbox()).toEqual([]);
    // Feishu retries the same event later: still one reply.
    expect((await postEvent(event(h), ev, { encryptKey: KEY })).status).toBe(200);
    await h.settle();
    await h.stop();

    h = await harness({ dataDir });
    await h.settle();
    expect(fake.messages).toHaveLength(1);
  });

  it("does not reply twice after a crash between the send and the inbox clean-up", async () => {
    const dataDir = makeTmpDir();
    fake.options.honourUuid = false;
    const first = await harness({ dataDir });
    const store = first.app.services.store;
    const ev = textEvent("ou_chen", "帮助", { messageId: "om_in_sent" });
    const id = "feishu:msg:om_in_sent";
    // Engine ran, its two replies were saved; the first was sent; then the crash.
    await store.putInbox({
      id,
      receivedAt: new Date().toISOString(),
      payload: {
        source: "feishu",
        kind: "message",
        event: ev,
        replies: [{ text: "第一条" }, { text: "第二条" }],
      },
      attempts: 0,
    });
    await store.markSeen(`feishu:sent:${id}:0.0`, 60_000);
    const doneId = "feishu:msg:om_in_done";
    await store.putInbox({
      id: doneId,
      receivedAt: new Date().toISOString(),
      payload: {
        source: "feishu",
        kind: "message",
        event: textEvent("ou_chen", "帮助", { messageId: "om_in_done" }),
      },
      attempts: 0,
    });
    await store.markSeen(`feishu:done:${doneId}`, 60_000);
    await first.stop();

    const h = await harness({ dataDir });
    await h.settle();
    expect(fake.messages.map(messageText)).toEqual(["第二条"]);
    expect(await h.app.services.store.listInbox()).toEqual([]);
    expect(await h.app.services.store.listUpdates()).toEqual([]);
  });
});

describe("messages the bot must not or cannot read", () => {
  it("ignores group messages without a mention and answers those that mention the bot", async () => {
    const hh = await harness();
    await postEvent(event(hh), textEvent("ou_chen", "大家好", { chatType: "group" }), { encryptKey: KEY });
    await postEvent(
      event(hh),
      textEvent("ou_chen", "@_user_1 说点别的", {
        chatType: "group",
        mentions: [{ openId: "ou_zhou", name: "周建国", userId: "u_zhou" }],
      }),
      { encryptKey: KEY },
    );
    await hh.settle();
    expect(fake.messages).toHaveLength(0);
    await postEvent(
      event(hh),
      textEvent("ou_chen", "@_user_1 帮助", {
        chatType: "group",
        messageId: "om_in_group",
        mentions: [{ openId: TEST_FEISHU.botOpenId, name: "总结助手" }],
      }),
      { encryptKey: KEY },
    );
    await hh.settle();
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]?.reply_to).toBe("om_in_group");
    expect(messageText(fake.messages[0]!)).toContain("陈静您好");
    expect(fake.calls("bot.info")).toHaveLength(1);
  });

  it("ignores the bot's own messages", async () => {
    const hh = await harness();
    await postEvent(event(hh), textEvent(TEST_FEISHU.botOpenId, "帮助", { senderType: "app" }), {
      encryptKey: KEY,
    });
    await hh.settle();
    expect(fake.messages).toHaveLength(0);
    expect(await hh.app.services.store.listInbox()).toEqual([]);
  });

  it("answers an image politely that only text is understood", async () => {
    const hh = await harness();
    await postEvent(
      event(hh),
      messageEvent({ openId: "ou_chen", messageType: "image", content: { image_key: "img_v2_x" } }),
      { encryptKey: KEY },
    );
    await hh.settle();
    expect(fake.messages).toHaveLength(1);
    expect(messageText(fake.messages[0]!)).toMatch(/图片.*只能读懂文字/);
  });

  it("understands rich text (post) messages", async () => {
    const hh = await harness();
    const post = messageEvent({
      openId: "ou_chen",
      messageType: "post",
      content: { title: "", content: [[{ tag: "text", text: "帮助" }]] },
    });
    await postEvent(event(hh), post, { encryptKey: KEY });
    await hh.settle();
    expect(messageText(fake.messages[0]!)).toContain("陈静您好");
  });
});

describe("identity", () => {
  it("binds a sender through the contact API by email once, and tells strangers how to get added", async () => {
    const hh = await harness();
    fake.addUser({ open_id: "ou_li", name: "李明", email: "liming@example.gov.cn", user_id: "u_li" });
    fake.addUser({ open_id: "ou_stranger", name: "路人甲", email: "x@example.com" });
    await postEvent(event(hh), textEvent("ou_li", "帮助"), { encryptKey: KEY });
    await postEvent(event(hh), textEvent("ou_stranger", "帮助"), { encryptKey: KEY });
    await hh.settle();
    expect((await bindingOf(hh, "ou_li"))?.personId).toBe("li-rd");
    expect(await bindingOf(hh, "ou_stranger")).toBeUndefined();
    const texts = fake.messages.map(messageText);
    expect(texts.some((t) => t.includes("李明您好"))).toBe(true);
    expect(texts.some((t) => t.includes("路人甲") && t.includes("请联系局办公室王主任"))).toBe(true);
    await postEvent(event(hh), textEvent("ou_li", "帮助"), { encryptKey: KEY });
    await hh.settle();
    expect(fake.calls("user.get").filter((r) => r.path.endsWith("/ou_li"))).toHaveLength(1);
  });

  it("treats the sender as unknown when the contact API fails, without binding", async () => {
    const hh = await harness();
    fake.addUser({ open_id: "ou_sun2", name: "孙磊", user_id: "u_sun" });
    fake.failNext("user.get", { code: 41050, status: 400, msg: "no user authority" });
    await postEvent(event(hh), textEvent("ou_sun2", "帮助"), { encryptKey: KEY });
    await hh.settle();
    expect(messageText(fake.messages[0]!)).toContain("还不在");
    expect(await bindingOf(hh, "ou_sun2")).toBeUndefined();
    await postEvent(event(hh), textEvent("ou_sun2", "帮助"), { encryptKey: KEY });
    await hh.settle();
    expect(await bindingOf(hh, "ou_sun2")).toMatchObject({
      personId: "sun-kp",
      status: "bound",
      method: "user_id",
    });
    expect(messageText(fake.messages[1]!)).toContain("孙磊您好");
  });
});

describe("outbound discipline", () => {
  it("retries a rate-limited reply and succeeds", async () => {
    const hh = await harness();
    fake.failNext("message.reply", { code: 230020, status: 400, msg: "rate limited" }, 2);
    fake.failNext("message.reply", { status: 500, code: 1 }, 1);
    await postEvent(event(hh), textEvent("ou_chen", "帮助"), { encryptKey: KEY });
    await hh.settle();
    expect(fake.calls("message.reply")).toHaveLength(4);
    expect(fake.messages).toHaveLength(1);
    expect(hh.logs.filter((l) => l.includes("feishu call retried"))).toHaveLength(3);
  });

  it("refreshes an expired tenant token and retries", async () => {
    const hh = await harness();
    await postEvent(event(hh), textEvent("ou_chen", "帮助"), { encryptKey: KEY });
    await hh.settle();
    const tokensBefore = fake.calls("token").length;
    fake.expireTokens();
    await postEvent(event(hh), textEvent("ou_chen", "帮助"), { encryptKey: KEY });
    await hh.settle();
    expect(fake.messages).toHaveLength(2);
    expect(fake.calls("token").length).toBe(tokensBefore + 1);
  });

  it("logs an error when sending keeps failing and keeps the event for a retry", async () => {
    const hh = await harness();
    fake.failNext("message.reply", { code: 230020, status: 400 }, 5);
    await postEvent(event(hh), textEvent("ou_chen", "帮助", { messageId: "om_in_fail" }), {
      encryptKey: KEY,
    });
    await hh.settle();
    expect(fake.messages).toHaveLength(0);
    expect(hh.logs.some((l) => l.includes("ERROR") && l.includes("feishu call failed"))).toBe(true);
    const left = await hh.app.services.store.listInbox();
    expect(left.map((e) => [e.id, e.attempts])).toEqual([["feishu:msg:om_in_fail", 1]]);
  });
});
