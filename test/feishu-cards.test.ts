import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isAppError } from "../src/errors.js";
import { buttonCommands, messageText } from "./fakes/fake-feishu.js";
import { cardActionEvent, postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { useFeishuHarness } from "./fakes/feishu-harness.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();

const KEY = TEST_FEISHU.encryptKey;
const { fake, harness } = await useFeishuHarness();

const UPDATE_TEXT = "举办科技活动周，1500名群众参与，发放资料1.2万份";

describe("card clicks (webhook)", () => {
  it("feeds the button's command to the engine and answers the callback with a toast", async () => {
    const hh = await harness();
    await postEvent(`${hh.url}/webhook/event`, textEvent("ou_chen", UPDATE_TEXT), { encryptKey: KEY });
    await hh.settle();
    const card = fake.messages.find((m) => m.msg_type === "interactive")!;
    const confirm = buttonCommands(card)["确认"];
    expect(confirm).toMatch(/^确认 \d+$/);
    const store = hh.app.services.store;
    expect((await store.listUpdates({ author: "chen-kp" }))[0]?.status).toBe("draft");

    const click = cardActionEvent({
      openId: "ou_chen",
      command: confirm,
      messageId: card.message_id,
      chatId: "oc_p2p_ou_chen",
    });
    const started = Date.now();
    const res = await postEvent(`${hh.url}/webhook/card`, click, { encryptKey: KEY });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      toast?: { type: string; content: string };
      card?: { type: string; data: { schema: string } };
    };
    expect(body.toast?.type).toBe("success");
    await hh.settle();
    expect((await store.listUpdates({ author: "chen-kp" }))[0]?.status).toBe("confirmed");
    // The reply is either the new card in the callback answer or a message in reply to the card.
    const answered = body.card
      ? [body.card.data]
      : fake.messages.filter((m) => m.reply_to === card.message_id);
    expect(answered.length).toBeGreaterThan(0);
    if (body.card) expect(body.card).toMatchObject({ type: "raw", data: { schema: "2.0" } });

    // The same callback delivered again changes nothing.
    const before = fake.messages.length;
    const again = await postEvent(`${hh.url}/webhook/card`, click, { encryptKey: KEY });
    expect(again.status).toBe(200);
    await hh.settle();
    expect(fake.messages.length).toBe(before);
    expect(await store.listInbox()).toEqual([]);
  });

  it("answers with a toast at the deadline and sends the reply as a message when the engine is slow", async () => {
    const hh = await harness({ cardDeadlineMs: 20 });
    // The engine is held until the callback has been answered: slow by construction, not by luck.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const engine = hh.app.engine as { handle: typeof hh.app.engine.handle };
    const handle = engine.handle.bind(engine);
    engine.handle = async (input) => {
      await held;
      return handle(input);
    };
    const res = await postEvent(
      `${hh.url}/webhook/card`,
      cardActionEvent({
        openId: "ou_chen",
        command: "帮助",
        messageId: "om_card_x",
        chatId: "oc_p2p_ou_chen",
      }),
      { encryptKey: KEY },
    );
    expect(await res.json()).toEqual({ toast: { type: "info", content: "正在处理，稍后回复您。" } });
    release();
    await hh.settle();
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]?.reply_to).toBe("om_card_x");
    expect(messageText(fake.messages[0]!)).toContain("陈静您好");
  });

  it("rejects an unsigned or forged card callback and tells the user when a button has no command", async () => {
    const hh = await harness();
    const click = cardActionEvent({ openId: "ou_chen", command: "撤回 1" });
    expect((await postEvent(`${hh.url}/webhook/card`, click, { encryptKey: KEY, sign: false })).status).toBe(
      401,
    );
    const forged = cardActionEvent({ openId: "ou_chen", command: "撤回 1", token: "forged" });
    expect((await postEvent(`${hh.url}/webhook/card`, forged, { encryptKey: KEY })).status).toBe(401);
    const empty = await postEvent(
      `${hh.url}/webhook/card`,
      cardActionEvent({ openId: "ou_chen", value: { foo: 1 } }),
      {
        encryptKey: KEY,
      },
    );
    expect(((await empty.json()) as { toast: { type: string } }).toast.type).toBe("warning");
    expect(await hh.app.services.store.listInbox()).toEqual([]);
  });
});

describe("outbox", () => {
  it("reaches people by open_id, user_id or email, and says who cannot be reached", async () => {
    const hh = await harness();
    const outbox = hh.feishu.outbox;
    await outbox.sendToPerson("chen-kp", { text: "本周还没有填报哦" });
    await outbox.sendToPerson("sun-kp", { text: "提醒" });
    await outbox.sendToPerson("li-rd", { text: "提醒" });
    expect(fake.messages.map((m) => [m.receive_id_type, m.receive_id])).toEqual([
      ["open_id", "ou_chen"],
      ["user_id", "u_sun"],
      ["email", "LiMing@example.gov.cn"],
    ]);
    const err = await outbox.sendToPerson("he-kp", { text: "提醒" }).catch((e) => e);
    expect(isAppError(err, "FEISHU_API")).toBe(true);
    expect(String(err.hint)).toContain("roster");
  });

  it("patches a progress card sent under the same updateKey", async () => {
    const hh = await harness();
    const card = (n: number) => ({
      text: `进度 ${n}/3`,
      card: { title: "正在生成初稿", blocks: [`进度 ${n}/3`] },
    });
    await hh.feishu.outbox.sendToPerson("zhou-ju", card(1), { updateKey: "draft-2025" });
    await hh.feishu.outbox.sendToPerson("zhou-ju", card(2), { updateKey: "draft-2025" });
    await hh.feishu.outbox.sendToPerson("zhou-ju", card(3), { updateKey: "draft-2025" });
    expect(fake.messages).toHaveLength(1);
    expect(fake.calls("message.patch")).toHaveLength(2);
    expect(messageText(fake.messages[0]!)).toContain("进度 3/3");
  });

  it("sends a new progress card when the updateKey has no mapping (restart) or the patch fails", async () => {
    const dataDir = makeTmpDir();
    const card = (n: number) => ({
      text: `进度 ${n}/3`,
      card: { title: "正在生成初稿", blocks: [`进度 ${n}/3`] },
    });
    const first = await harness({ dataDir });
    await first.feishu.outbox.sendToPerson("zhou-ju", card(1), { updateKey: "draft-2025" });
    await first.stop();
    // After a restart the message ids kept in memory are gone: a new message, no patch.
    const h = await harness({ dataDir });
    await h.feishu.outbox.sendToPerson("zhou-ju", card(2), { updateKey: "draft-2025" });
    expect(fake.messages).toHaveLength(2);
    expect(fake.calls("message.patch")).toHaveLength(0);
    // Feishu refuses the patch (the card was deleted, say): a new message, which later updates patch.
    fake.failNext("message.patch", { code: 230011, msg: "message deleted" });
    await h.feishu.outbox.sendToPerson("zhou-ju", card(3), { updateKey: "draft-2025" });
    expect(fake.messages).toHaveLength(3);
    expect(messageText(fake.messages[2]!)).toContain("进度 3/3");
    await h.feishu.outbox.sendToPerson("zhou-ju", card(3), { updateKey: "draft-2025" });
    expect(fake.messages).toHaveLength(3);
    expect(fake.calls("message.patch")).toHaveLength(2);
    expect(messageText(fake.messages[2]!)).toContain("进度 3/3");
  });

  it("uploads a .docx as a doc file and sends it; a huge text goes as a .txt file", async () => {
    const hh = await harness();
    const file = path.join(makeTmpDir(), "总结.docx");
    writeFileSync(file, Buffer.from("PK fake docx bytes"));
    await hh.feishu.outbox.sendToPerson("zhou-ju", {
      text: "初稿已导出",
      file: { path: file, name: "2025年工作总结.docx" },
    });
    expect(fake.files).toHaveLength(1);
    expect(fake.files[0]).toMatchObject({ file_type: "doc", file_name: "2025年工作总结.docx" });
    expect(fake.files[0]?.bytes.toString()).toBe("PK fake docx bytes");
    expect(fake.messages.map((m) => m.msg_type)).toEqual(["text", "file"]);
    expect(fake.messages[1]?.content).toEqual({ file_key: fake.files[0]?.file_key });

    const huge = "很长的一行总结内容。".repeat(50_000);
    await hh.feishu.outbox.sendToPerson("zhou-ju", { text: huge });
    expect(fake.files).toHaveLength(2);
    expect(fake.files[1]?.bytes.toString("utf8")).toBe(huge);
    expect(fake.files[1]?.file_type).toBe("stream");
  });

  it("splits a text over 150 KB into several messages, in order", async () => {
    const hh = await harness();
    const lines = Array.from({ length: 3000 }, (_, i) => `第${i}行：科技工作情况说明，内容较长。`);
    await hh.feishu.outbox.sendToPerson("zhou-ju", { text: lines.join("\n") });
    expect(fake.messages.length).toBeGreaterThan(1);
    expect(fake.messages.map((m) => m.content.text).join("\n")).toBe(lines.join("\n"));
  });
});
