import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A count of people beside the leave word is a meeting's attendance — others' absence, reported: 「支部今天过了主题党日
 * 到场党员23名 请假2个」 (blind53, 晋语) and 「今天开了支部大会 到会党员21名 请假3人」 (i23a) were read as the sender's
 * leave for today and registered (「已记录请假」) — a reply claiming what the sender never asked. How long a leave
 * lasts (请假2个小时、请三天假) stays the sender's own.
 */
const { open } = appPerTest();
const text = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");

describe("others' absence counted in a report", () => {
  it.each([
    "支部今天过了主题党日 学了全会精神 到场党员23名 请假2个",
    "今天开了支部大会 到会党员21名 请假3人",
    "组织全体干部学习了安全生产法 实到35人 请假两名",
    "支部学习今天搞完了 有2人请假 下周补学",
  ])("「%s」 registers no leave and is kept as a report", async (said) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    const out = text(await t.say("xu-dj", said));
    expect(out).not.toContain("已记录请假");
    expect(await t.app.services.store.listUpdates({ author: "xu-dj" })).toHaveLength(1);
  });

  it("「周四周五请两天假 家里有点事」 (how long, no head count) is still the sender's own leave", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    const out = text(await t.say("li-rd", "周四周五请两天假 家里有点事"));
    expect(out).toContain("已记录请假");
  });
});
