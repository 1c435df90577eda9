import { describe, expect, it } from "vitest";
import { decryptFeishu } from "../src/transports/feishu/decrypt.js";
import { envelopeFromSdk, parseFeishuEvent, unwrapBody } from "../src/transports/feishu/parse.js";
import {
  computeSignature,
  isFreshTimestamp,
  verifySignature,
  verifyToken,
} from "../src/transports/feishu/verify.js";
import { cardActionEvent, encryptBody, signHeaders, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";

describe("feishu crypto", () => {
  it("decrypts the published vector", () => {
    expect(decryptFeishu("test key", "P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=")).toBe("hello world");
  });

  it("round-trips an event encrypted like Feishu (random IV)", () => {
    const ev = textEvent("ou_x", "你好");
    const a = encryptBody(ev, "k1");
    const b = encryptBody(ev, "k1");
    expect(a.encrypt).not.toBe(b.encrypt);
    expect(unwrapBody(a, "k1")).toEqual(ev);
    expect(() => unwrapBody(a, "wrong key")).toThrow(/decrypt/);
    expect(() => unwrapBody(a, undefined)).toThrow(/FEISHU_ENCRYPT_KEY/);
  });

  it("verifies the signature over the raw body", () => {
    const raw = JSON.stringify(encryptBody({ a: 1 }, TEST_FEISHU.encryptKey));
    const h = signHeaders(raw, TEST_FEISHU.encryptKey);
    const sig = {
      timestamp: h["x-lark-request-timestamp"],
      nonce: h["x-lark-request-nonce"],
      signature: h["x-lark-signature"],
    };
    expect(verifySignature(sig, TEST_FEISHU.encryptKey, raw)).toBe(true);
    expect(verifySignature(sig, TEST_FEISHU.encryptKey, `${raw} `)).toBe(false);
    expect(verifySignature(sig, "other key", raw)).toBe(false);
    expect(verifySignature({ ...sig, signature: "00" }, TEST_FEISHU.encryptKey, raw)).toBe(false);
    expect(verifySignature({ ...sig, nonce: undefined }, TEST_FEISHU.encryptKey, raw)).toBe(false);
    expect(computeSignature("1", "n", "k", "b")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("accepts timestamps within five minutes only", () => {
    const now = Date.UTC(2025, 2, 14, 2, 0, 0);
    const sec = (ms: number) => String(Math.floor(ms / 1000));
    expect(isFreshTimestamp(sec(now - 60_000), now)).toBe(true);
    expect(isFreshTimestamp(sec(now - 6 * 60_000), now)).toBe(false);
    expect(isFreshTimestamp(sec(now + 6 * 60_000), now)).toBe(false);
    expect(isFreshTimestamp("abc", now)).toBe(false);
    expect(isFreshTimestamp(undefined, now)).toBe(false);
  });

  it("checks the verification token in constant time, passing when none is configured", () => {
    expect(verifyToken("abc", "abc")).toBe(true);
    expect(verifyToken("abc", "abd")).toBe(false);
    expect(verifyToken("abc", undefined)).toBe(false);
    expect(verifyToken(undefined, "anything")).toBe(true);
  });
});

describe("feishu parse", () => {
  it("parses a message, a card action, a URL check and keeps the rest as unsupported", () => {
    const msg = parseFeishuEvent(textEvent("ou_a", "hi"));
    expect(msg.type).toBe("message");
    expect(msg.type === "message" && msg.token).toBe(TEST_FEISHU.verificationToken);
    const card = parseFeishuEvent(cardActionEvent({ openId: "ou_a", command: "确认 3" }));
    expect(card.type).toBe("card_action");
    expect(parseFeishuEvent({ type: "url_verification", challenge: "c1", token: "t" })).toEqual({
      type: "url_verification",
      challenge: "c1",
      token: "t",
    });
    const other = parseFeishuEvent({
      schema: "2.0",
      header: { event_id: "e1", event_type: "im.chat.member.bot.added_v1", token: "t" },
      event: {},
    });
    expect(other).toMatchObject({
      type: "unsupported",
      eventType: "im.chat.member.bot.added_v1",
      token: "t",
    });
    const v1 = parseFeishuEvent({ uuid: "u", token: "t1", event: { type: "message" } });
    expect(v1).toMatchObject({ type: "unsupported", token: "t1", eventType: "message" });
    const broken = textEvent("ou_a", "x") as { event: { message: Record<string, unknown> } };
    delete broken.event.message.content;
    expect(parseFeishuEvent(broken)).toMatchObject({
      type: "unsupported",
      eventType: "im.message.receive_v1",
    });
  });

  it("rebuilds the envelope from the SDK's flattened event", () => {
    const ev = textEvent("ou_a", "hi") as { header: Record<string, unknown>; event: Record<string, unknown> };
    const flat = { schema: "2.0", ...ev.header, ...ev.event };
    expect(envelopeFromSdk(flat, "im.message.receive_v1")).toEqual(ev);
    const card = cardActionEvent({ openId: "ou_a", command: "帮助" }) as { header: object; event: object };
    const back = envelopeFromSdk({ schema: "2.0", ...card.header, ...card.event }, "card.action.trigger");
    expect(parseFeishuEvent(back)).toMatchObject({
      type: "card_action",
      body: { action: { value: { command: "帮助" } } },
    });
  });
});
