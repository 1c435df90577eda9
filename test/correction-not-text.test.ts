import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「第1条写错了 应该是23人 不是21」 names #1 and says what is wrong with it: words about the update, not
 * its new text. The preview used to offer the complaint itself as #1's new content (blind39, round
 * seventeen); now the figure meant is changed, offered or asked for, and nothing changes until confirmed.
 */
describe("a correction said about a numbered update", () => {
  const { open } = appPerTest();

  async function withOne() {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("陈静", "开展主题党日活动1次，党员22人参加");
    await t.sayText("陈静", "确认");
    return t;
  }

  it("offers the figure the value fits when the old value said is not in the update", async () => {
    const t = await withOne();
    const reply = await t.sayText("陈静", "第1条少写了 应该是23名党员 不是21");
    expect(reply).toContain("里没有「21」");
    expect(reply).toContain("「22人」改成「23人」");
    expect(reply).not.toContain("修改后");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u!.originalText).toBe("开展主题党日活动1次，党员22人参加");
  });

  it("never previews the complaint as the new text, value or not", async () => {
    const t = await withOne();
    for (const said of ["修改 1 写错了 应该是50家 不是40", "第1条数整错了", "1号那条有误 应该是8场"]) {
      const reply = await t.sayText("陈静", said);
      expect(reply, said).not.toMatch(/修改后\s*\n?\s*(?:写错了|数整错了|有误)/);
      await t.sayText("陈静", "取消");
    }
  });

  it("still changes the one figure when the old value is there, and takes a full rewrite as text", async () => {
    const t = await withOne();
    const fixed = await t.sayText("陈静", "第1条写错了 应该是23人 不是22");
    expect(fixed).toContain("只把「22人」改成「23人」");
    await t.sayText("陈静", "放弃修改 1");
    const rewrite = await t.sayText("陈静", "修改 1 开展主题党日活动2次，党员30人参加，之前写错了");
    expect(rewrite).toContain("确认后用新内容替换 #1 的原内容");
  });
});
