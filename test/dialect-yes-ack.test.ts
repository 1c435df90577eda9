import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A yes word of any dialect (嗯呐、得嘞、阔以) said when no single draft can take it is an acknowledgement like
 * 「好的」: with two drafts waiting the bot asks which to confirm (nothing confirmed, nothing stored), and
 * with nothing waiting it is answered as chat — never 「这条我没有记为填报」 as if it were unknown chat.
 */
const { open } = appPerTest();
const text = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");

describe("a dialect yes with several drafts waiting", () => {
  it.each([
    "嗯呐",
    "得嘞",
    "阔以",
    "好的",
  ])("「%s」 asks which draft to confirm and confirms none", async (yes) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("zhao-zh", "今天跟市知识产权局去了三家企业 讲专利质押融资");
    await t.say("zhao-zh", "上个月引进的那个博士 手续还没办完 人社那边卡着");
    const out = text(await t.say("zhao-zh", yes));
    expect(out).toContain("要确认哪一条");
    expect(out).toContain("全部确认");
    expect(out).not.toContain("没有记为填报");
    const drafts = await t.app.services.store.listUpdates({ author: "zhao-zh", status: "draft" });
    expect(drafts).toHaveLength(2);
  });

  it("「嗯呐」 with nothing waiting is answered, nothing stored", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    const out = text(await t.say("sun-tp", "嗯呐"));
    expect(out).not.toContain("没有记为填报");
    expect(await t.app.services.store.listUpdates({ author: "sun-tp" })).toHaveLength(0);
  });
});
