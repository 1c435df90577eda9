import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round 56 console trial: 李明 filed 孙磊's week for him (培训农户65人); 周建国 asked 「孙磊报的培训了多少人」 and was told
 * nobody had reported it — the lookup took only what 孙磊 sent himself — while 「培训农户多少人」 listed it as 「李明 12月8日：
 * 培训农户 65人」, 李明's work. A 代报 is the colleague's work, shown with who filed it; the filer's own lookup leaves it out.
 */
const { open } = appPerTest();

async function filed() {
  const t = await open({ now: "2026-12-09T10:00:00+08:00" });
  await t.sayText("li-rd", "帮孙磊报一下 他下乡了 这周在柳河乡指导了4个合作社 培训农户65人");
  await t.sayText("li-rd", "确认");
  await t.sayText("li-rd", "周二组织项目申报培训 培训企业财务人员40人");
  await t.sayText("li-rd", "确认");
  return t;
}

describe("查数 and 代报", () => {
  it("a question naming the colleague finds what was filed for them, with who filed it", async () => {
    const t = await filed();
    const reply = await t.sayText("zhou-ju", "孙磊报的培训了多少人");
    expect(reply).toContain("65人");
    expect(reply).toContain("孙磊（李明代填）");
    expect(reply).not.toContain("40人");
  });

  it("the filer's own lookup leaves the 代报 out", async () => {
    const t = await filed();
    const reply = await t.sayText("zhou-ju", "查数 李明培训了多少人");
    expect(reply).toContain("40人");
    expect(reply).not.toContain("65人");
  });

  it("a lookup by matter names whose work it is", async () => {
    const t = await filed();
    const reply = await t.sayText("zhou-ju", "查数 培训农户多少人");
    expect(reply).toMatch(/孙磊（李明代填） 12月9日：[^\n]*65人/);
    const who = await t.sayText("zhou-ju", "柳河乡那条是谁报的");
    expect(who).toContain("孙磊");
  });
});
