import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「先不报了」 on a draft's card (round thirty-two's leftover: answered 「#1 哪里不对？」 with 修改/撤回 buttons): 先 / 暂时
 * says not now — the draft is kept, unconfirmed, and the reply says so; nothing is withdrawn. 「算了 这条不报了」 (no 先)
 * and 「这个先不报了吧」 (a pointer to the draft, drop-shown.ts) still withdraw it. Phrasings other than the console's.
 */
const { open } = appPerTest();
const all = (rs: Reply[]) =>
  rs.map((r) => [r.text, ...(r.card?.blocks ?? []), r.card?.title ?? ""].join("\n")).join("\n");

describe("not now, on a card (round thirty-three)", () => {
  it.each([
    "先不报了",
    "哎 先不报 等我问问",
    "暂时不报了 我再想想",
    "今天先不交这条了",
  ])("%s: the draft kept, said so, nothing withdrawn", async (say) => {
    const t = await open({ now: "2026-12-03T15:00:00+08:00" });
    await t.say("chen-kp", "下午去敬老院讲了防诈骗 老人来了30多个");
    const text = all(await t.say("chen-kp", say));
    expect(text).not.toMatch(/哪里不对/);
    expect(text).toMatch(/草稿/);
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u!.status).toBe("draft");
  });

  it("算了 这条不报了: withdrawn, as before", async () => {
    const t = await open({ now: "2026-12-03T15:00:00+08:00" });
    await t.say("chen-kp", "下午去敬老院讲了防诈骗 老人来了30多个");
    await t.say("chen-kp", "算了 这条不报了");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u!.status).toBe("withdrawn");
  });
});
