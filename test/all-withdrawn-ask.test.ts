import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「删掉这条吧」「改一下」 when every update one has is already withdrawn: the reply says so and how to
 * restore — it said 「您还没有填报」, which was untrue (dlg17's note, round seventeen).
 */
describe("withdraw or edit asked when everything is withdrawn", () => {
  const { open } = appPerTest();

  it.each([
    "删掉这条吧",
    "改一下",
  ])("「%s」 says the updates are withdrawn, not that there are none", async (said) => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("孙磊", "今天去柳河乡开展科技下乡，发放资料200份");
    await t.sayText("孙磊", "撤回");
    const reply = await t.sayText("孙磊", said);
    expect(reply).not.toContain("还没有填报");
    expect(reply).toContain("都已撤回");
    expect(reply).toContain("恢复 1");
  });

  it("with no updates at all it still says there are none", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    expect(await t.sayText("孙磊", "删掉这条吧")).toMatch(/还没有填报/);
  });
});
