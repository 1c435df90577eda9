import { describe, expect, it } from "vitest";
import { BINDINGS_COLLECTION, BindingSchema } from "../src/domain/binding.js";
import { KNOWN_USERS_COLLECTION } from "../src/transports/feishu/identity.js";
import { z } from "zod";
import { type FakeMessage, messageText } from "./fakes/fake-feishu.js";
import { cardActionEvent, postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { type FeishuHarness, useFeishuHarness } from "./fakes/feishu-harness.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Identity binds only on an identifier (issue 9, case 1): a colleague who sets their Feishu
 * display name to a leader's never becomes that leader; the admins decide name-only claims.
 * Roster (test/fixtures/feishu/org.json): 林晓梅 (lin-fen, leader) by email only; 王志强
 * (wang-ban, admin) by open_id ou_wangban; 何婷 (he-kp) with no identifier at all.
 */
useTmpDirs();

const KEY = TEST_FEISHU.encryptKey;
const { fake, harness } = await useFeishuHarness();

let n = 0;
/** Incoming message ids carry the sender, so replies (reply_to) can be told apart by recipient. */
const say = async (h: FeishuHarness, openId: string, text: string) => {
  const messageId = `om_in_${openId}~${++n}`;
  const res = await postEvent(`${h.url}/webhook/event`, textEvent(openId, text, { messageId }), {
    encryptKey: KEY,
  });
  expect(res.status).toBe(200);
  await h.settle();
};
const click = async (h: FeishuHarness, openId: string, command: string) => {
  const messageId = `om_in_${openId}~${++n}`;
  const res = await postEvent(`${h.url}/webhook/card`, cardActionEvent({ openId, command, messageId }), {
    encryptKey: KEY,
  });
  expect(res.status).toBe(200);
  await h.settle();
};
const bindings = (h: FeishuHarness) => h.app.services.store.collection(BINDINGS_COLLECTION, BindingSchema);
const to = (openId: string) => (m: FakeMessage) =>
  m.receive_id === openId || !!m.reply_to?.startsWith(`om_in_${openId}~`);
const textsTo = (openId: string) => fake.messages.filter(to(openId)).map(messageText);

describe("identity by identifier only", () => {
  it("a same-name colleague is not bound to the leader; the admin is asked; the real leader binds by email", async () => {
    const h = await harness();
    fake.addUser({ open_id: "ou_fake", name: "林晓梅", email: "someone.else@example.gov.cn" });
    fake.addUser({ open_id: "ou_lin", name: "林晓梅", email: "LinXiaomei@example.gov.cn" });

    await say(h, "ou_fake", "生成总结");
    await say(h, "ou_fake", "导出 csv");
    const fakeSaw = textsTo("ou_fake").join("\n");
    expect(fakeSaw).toContain("已请管理员确认");
    expect(fakeSaw).not.toMatch(/草稿|材料表|仅限局领导/);
    expect(await (await bindings(h)).get("ou_fake")).toMatchObject({
      personId: "lin-fen",
      status: "pending",
      reason: "name",
    });

    // The admin got one card (not one per message) naming the account and the claim, with buttons.
    const toAdmin = fake.messages.filter(to("ou_wangban"));
    expect(toAdmin).toHaveLength(1);
    const card = messageText(toAdmin[0]!);
    expect(card).toContain("身份绑定待确认");
    expect(card).toContain("ou_fake");
    expect(card).toContain("自称 林晓梅（副局长）");
    expect(card).toContain("someone.else@example.gov.cn");
    expect(card).toContain("[绑定]");
    expect(card).toContain("[拒绝]");

    // The real leader is bound by email, and is the only account of lin-fen.
    await say(h, "ou_lin", "帮助");
    expect(textsTo("ou_lin").join("\n")).toContain("林晓梅您好");
    expect(await (await bindings(h)).get("ou_lin")).toMatchObject({
      personId: "lin-fen",
      status: "bound",
      method: "email",
    });
    expect(
      (await (await bindings(h)).list()).filter((b) => b.personId === "lin-fen" && b.status === "bound"),
    ).toHaveLength(1);

    // The admin refuses with the card's button: the claimant is told so from then on.
    await click(h, "ou_wangban", "拒绝绑定 ou_fake");
    expect((await (await bindings(h)).get("ou_fake"))?.status).toBe("refused");
    await say(h, "ou_fake", "帮助");
    expect(textsTo("ou_fake").at(-1)).toContain("管理员没有确认");
  });

  it("only the roster admin decides: staff and a non-admin leader are refused", async () => {
    const h = await harness();
    fake.addUser({ open_id: "ou_he", name: "何婷" });
    await say(h, "ou_he", "帮助");
    expect((await (await bindings(h)).get("ou_he"))?.status).toBe("pending");
    await say(h, "ou_chen", "绑定 ou_he");
    expect(textsTo("ou_chen").at(-1)).toContain("仅限局领导");
    await say(h, "ou_zhou", "绑定 ou_he");
    expect(textsTo("ou_zhou").at(-1)).toContain("只能由名册管理员确认");
    expect((await (await bindings(h)).get("ou_he"))?.status).toBe("pending");

    // The admin binds the name-only claim: from then on 何婷 is served.
    await say(h, "ou_wangban", "绑定申请");
    expect(textsTo("ou_wangban").at(-1)).toContain("ou_he（何婷）→ 何婷｜仅姓名相同");
    await say(h, "ou_wangban", "绑定 ou_he");
    expect(textsTo("ou_wangban").at(-1)).toContain("已把飞书账号 ou_he 绑定为 何婷");
    await say(h, "ou_he", "帮助");
    expect(textsTo("ou_he").at(-1)).toContain("何婷您好");
  });

  it("a second account matching a bound person waits for the admin", async () => {
    const h = await harness();
    fake.addUser({ open_id: "ou_li", name: "李明", email: "liming@example.gov.cn" });
    fake.addUser({ open_id: "ou_li_phone", name: "李明", enterprise_email: "LIMING@example.gov.cn" });
    await say(h, "ou_li", "帮助");
    await say(h, "ou_li_phone", "帮助");
    expect(await (await bindings(h)).get("ou_li_phone")).toMatchObject({
      status: "pending",
      reason: "second-account",
    });
    expect(textsTo("ou_li_phone").join("\n")).toContain("已请管理员确认");
    const card = fake.messages.filter(to("ou_wangban")).map(messageText).join("\n");
    expect(card).toContain("已经绑定了另一个飞书账号（ou_li）");
    await click(h, "ou_wangban", "绑定 ou_li_phone");
    await say(h, "ou_li_phone", "帮助");
    expect(textsTo("ou_li_phone").at(-1)).toContain("李明您好");
  });

  it("lists bindings earlier versions made by name at start, suspends the leader's, keeps identifier ones", async () => {
    const dataDir = makeTmpDir();
    const first = await harness({ dataDir });
    const store = first.app.services.store;
    const known = await store.collection(
      KNOWN_USERS_COLLECTION,
      z.object({ id: z.string(), openId: z.string(), name: z.string().optional(), boundAt: z.string() }),
    );
    // What an earlier version stored: the fake leader by name, a staff member by name, one by email.
    for (const [openId, personId, name] of [
      ["ou_fake", "lin-fen", "林晓梅"],
      ["ou_he_old", "he-kp", "何婷"],
      ["ou_li_old", "li-rd", "李明"],
    ] as const) {
      await store.setBinding(openId, personId);
      await known.put({ id: personId, openId, name, boundAt: "2025-01-02T03:04:05.000Z" });
    }
    fake.addUser({ open_id: "ou_fake", name: "林晓梅", email: "someone.else@example.gov.cn" });
    fake.addUser({ open_id: "ou_he_old", name: "何婷" });
    fake.addUser({ open_id: "ou_li_old", name: "李明", email: "liming@example.gov.cn" });
    await first.stop();

    const h = await harness({ dataDir });
    const card = await fake.waitFor(() => fake.messages.find(to("ou_wangban")));
    const text = messageText(card);
    expect(text).toContain("请核对按姓名绑定的账号");
    expect(text).toContain("ou_fake");
    expect(text).toContain("已暂停使用");
    expect(text).toContain("ou_he_old");
    expect(text).not.toContain("ou_li_old");
    expect(h.logs.some((l) => l.includes("bound by display name only") && l.includes("ou_fake"))).toBe(true);

    await say(h, "ou_fake", "生成总结");
    expect(textsTo("ou_fake").at(-1)).toContain("已请管理员确认");
    await say(h, "ou_he_old", "帮助");
    expect(textsTo("ou_he_old").at(-1)).toContain("何婷您好");
    await say(h, "ou_li_old", "帮助");
    expect(textsTo("ou_li_old").at(-1)).toContain("李明您好");
    expect((await (await bindings(h)).get("ou_li_old"))?.method).toBe("email");
  });
});
