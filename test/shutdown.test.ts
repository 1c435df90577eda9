import { afterAll, describe, expect, it } from "vitest";
import { startFakeFeishu } from "./fakes/fake-feishu.js";
import { FEISHU_ORG } from "./fakes/feishu-harness.js";
import { postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { type BotProcess, startBot as spawnBot } from "./helpers/spawn-bot.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * SIGTERM as Docker sends it (SIGKILL follows 10 s later), to `npm start` in webhook mode while
 * Feishu answers every send with a 500 — the sends would be retried with backoff for many seconds.
 * The bot must stop receiving, leave what it could not finish in the inbox, and exit within its
 * 5 s budget; the next start replays every event, each answered once.
 */
useTmpDirs();

const fake = await startFakeFeishu({ appId: TEST_FEISHU.appId, appSecret: TEST_FEISHU.appSecret });
afterAll(() => fake.close());

/** `npm start` on `dataDir` with the Feishu test roster, reminders off. */
const startBot = (dataDir: string): Promise<BotProcess> =>
  spawnBot(
    fake.url,
    { DATA_DIR: dataDir, ORG_FILE: FEISHU_ORG, REMINDERS_ENABLED: "false" },
    { killAfterMs: 40_000 },
  );

describe("SIGTERM while Feishu fails every send", () => {
  it("exits within 5 s; the next start replays every event, each answered once", async () => {
    const dataDir = makeTmpDir();
    fake.reset();
    fake.failNext("message.reply", { status: 500, code: 500, msg: "injected outage" }, 100_000);
    fake.failNext("message.create", { status: 500, code: 500, msg: "injected outage" }, 100_000);
    const bot = await startBot(dataDir);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const openId = i % 2 === 0 ? "ou_chen" : "ou_wangban";
      const messageId = `om_shutdown_${i}`;
      ids.push(messageId);
      const res = await postEvent(
        `${bot.url}/webhook/event`,
        textEvent(openId, `第${i + 1}次科普讲座，${100 + i}名群众参加`, {
          messageId,
          token: TEST_FEISHU.verificationToken,
        }),
        { encryptKey: TEST_FEISHU.encryptKey },
      );
      expect(res.status).toBe(200);
    }
    // Processing is under way: replies are being sent and refused, and retried.
    await fake.waitFor(() => fake.calls("message.reply").length >= 2, 10_000);
    expect(fake.messages).toEqual([]);

    const t0 = Date.now();
    bot.child.kill("SIGTERM");
    const code = await bot.exited;
    const ms = Date.now() - t0;
    expect(code, bot.out()).toBe(0);
    // The budget is 5 s inside the process; seen from here, signal delivery and process exit on a
    // loaded machine add a little.
    expect(ms, bot.out()).toBeLessThanOrEqual(5_500);
    expect(bot.out()).toMatch(/stopping within 5 s/);

    // Feishu is back: the next start replays what was left, and every event gets its answer once.
    fake.reset();
    fake.options.honourUuid = false;
    const again = await startBot(dataDir);
    try {
      await fake.waitFor(() => ids.every((id) => fake.messages.some((m) => m.reply_to === id)), 20_000);
      await new Promise((r) => setTimeout(r, 500));
      // The fake keeps repeated sends (honourUuid off), so a reply sent twice would show here.
      const sent = fake.messages.map((m) => JSON.stringify([m.reply_to, m.msg_type, m.content]));
      expect(sent.length).toBeGreaterThanOrEqual(ids.length);
      expect(new Set(sent).size).toBe(sent.length);
      expect(again.out()).toMatch(/replaying events received before the last stop/);
    } finally {
      fake.options.honourUuid = true;
      again.child.kill("SIGTERM");
      expect(await again.exited).toBe(0);
    }
  }, 60_000);
});
