import { describe, expect, it } from "vitest";
import { messageText } from "./fakes/fake-feishu.js";
import { postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { useFeishuHarness } from "./fakes/feishu-harness.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A Feishu 回复 to the bot's card arrives as the typed text alone plus parent_id (quoted-messages.ts): a new figure said
 * in reply to the card of an update corrects that update (lead48), as the console's 「回复 总结助手：「…」 …」 does — it is
 * no new report and no question of what 这个 means.
 */
useTmpDirs();
const KEY = TEST_FEISHU.encryptKey;
const { fake, harness } = await useFeishuHarness();

const say = async (url: string, text: string, parentId?: string) =>
  postEvent(`${url}/webhook/event`, textEvent("ou_chen", text, parentId ? { parentId } : {}), {
    encryptKey: KEY,
  });

describe("a Feishu quote-reply of the bot's card with a new figure", () => {
  it("corrects the update on the card the reply answers, not another with the same figure", async () => {
    const hh = await harness();
    await say(hh.url, "今天在坪上村办了科普讲座 来了三十五户");
    await hh.settle();
    const card = fake.messages.find((m) => m.msg_type === "interactive")!;
    expect(messageText(card)).toContain("#1");
    await say(hh.url, "确认");
    await say(hh.url, "下午在石门村办了科普讲座 也来了三十五户");
    await say(hh.url, "确认");
    await hh.settle();
    const before = fake.messages.length;
    await say(hh.url, "这个是三十八户 不是三十五", card.message_id);
    await hh.settle();
    const answer = fake.messages.slice(before).map(messageText).join("\n");
    expect(answer).toContain("三十八户");
    expect(answer).toContain("坪上村");
    expect(answer).not.toContain("石门村");
    const store = hh.app.services.store;
    expect(await store.listUpdates({ author: "chen-kp" })).toHaveLength(2);
  });

  it("reads a reply to a message it does not know, or with no parent, as typed", async () => {
    const hh = await harness();
    await say(hh.url, "下午去二中讲了防溺水 学生两百来个", "om_not_ours");
    await hh.settle();
    const store = hh.app.services.store;
    const ups = await store.listUpdates({ author: "chen-kp" });
    expect(ups).toHaveLength(1);
    expect(ups[0]?.originalText).toBe("下午去二中讲了防溺水 学生两百来个");
  });
});
