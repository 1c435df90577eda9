import { describe, expect, it } from "vitest";
import { runDemo } from "../src/demo/run-demo.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * `npm run demo` says what the bot does: after the narration that 赵丽 has two sections the bot
 * asks which, her scripted 「1」 chooses the section (it is not stored as an update), small talk
 * is not recorded and 「删除 2」 withdraws #2.
 */
useTmpDirs();

describe("npm run demo", () => {
  it("plays the year through the engine as the narration says", async () => {
    let out = "";
    await runDemo({ keep: false, out: makeTmpDir(), write: (s) => (out += s) });
    const following = (marker: string, len = 400) => {
      const i = out.indexOf(marker);
      expect(i, marker).toBeGreaterThanOrEqual(0);
      return out.slice(i, i + len);
    };
    const zhao = following("# 赵丽管两个科室：机器人先问是哪个", 600);
    expect(zhao).toContain("属于哪个科室？");
    const one = following("赵丽（成果转化科科员）：1\n", 300);
    expect(one).toContain("请确认填报内容（#1）");
    expect(one).toContain("科室：成果转化与知识产权");
    expect(following("测试一下能不能收到\n", 200)).toContain("没有记为填报");
    expect(following("：删除 2\n", 200)).toContain("已撤回 #2");
    expect(following("：看看我报了啥\n", 300)).toContain("【已撤回】");
    expect(out).toContain("演示结束：已确认填报 7 条。");
  }, 60_000);
});
