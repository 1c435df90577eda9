import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 催报 said by the 办公室 admin, who has sections of their own and had not reported this week: the asker was among
 * those to remind, and reminding them took their own person lock while their message still held it — the reply
 * never came and every later message of theirs waited behind it (found scoring i34a in context, round thirty-four).
 * Whoever asks for the chase is not chased by it.
 */
const { open } = appPerTest();
const text = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");
const NOW = "2026-12-01T10:00:00+08:00";
const inTime = <T>(p: Promise<T>) =>
  Promise.race([p, new Promise<never>((_, no) => setTimeout(() => no(new Error("no reply in 5 s")), 5000))]);

describe("the one who asks for the chase", () => {
  it("an admin who has not reported gets the reply and is not reminded by it", async () => {
    const t = await open({ now: NOW });
    const before = t.sent.length;
    const out = text(await inTime(t.say("wang-ban", "催报")));
    const to = t.sent.slice(before).map((s) => s.personId);
    expect(to).toContain("li-rd");
    expect(to).not.toContain("wang-ban");
    expect(out).toContain(`已提醒本周还没填报的 ${to.length} 人`);
    expect(out).not.toContain("王志强（");
    // The admin's next message is answered too (nothing left waiting on the lock).
    expect(text(await inTime(t.say("wang-ban", "帮助")))).toContain("填报");
  });

  it("a leader's chase still reminds the admin", async () => {
    const t = await open({ now: NOW });
    const before = t.sent.length;
    await inTime(t.say("lin-fen", "催报"));
    expect(t.sent.slice(before).map((s) => s.personId)).toContain("wang-ban");
  });
});
