import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Round thirty-five's leftovers, each as a class (docs/understanding.md 第三十六轮 intent36): what an update became asked
 * with 怎么样 (and 湘、鄂 哒/咧 after it) is a look, not a change; a section's keyword's last part (支部 of 党支部, 合同 of
 * 技术合同) names it when a section is asked; 不用记 + a slip of the hand with nothing waiting is a no, nothing run.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("what it became, asked with 怎么样", () => {
  it.each(["第2条改成怎么样了 我瞄一眼", "第5条我瞧下 改成么样咧"])("「%s」 is 查看, not 修改", (text) => {
    expect(heard("zhao-zh", text)).toMatch(/^查看 [25]$/);
  });
  it("a change with its new words is still 修改", () => {
    expect(heard("zhao-zh", "第2条改成15家")).toMatch(/^修改 2/);
  });
});

describe("a keyword's last part names its section when one is asked", () => {
  const section = (who: string, text: string) => {
    const ctx = intentContextFor(t.app, who, {
      awaiting: "section",
      justAsked: true,
      pendingDrafts: 1,
      guess: null,
    });
    const got = classifyIntent(text, ctx);
    return got.kind === "answer" && got.answer === "section" ? got.section : got.kind;
  };
  it("支部 of 党支部 is 党建", () => {
    expect(section("wang-ban", "算支部嘅事")).toBe("party");
    expect(section("wang-ban", "支部那边的")).toBe("party");
  });
  it("合同 of 技术合同 is 成果转化 for someone filing in it and in 人才", () => {
    expect(section("zhao-zh", "合同的事")).toBe("transfer");
  });
});

describe("不用记 and a slip of the hand, nothing waiting", () => {
  it.each(["不用记 发错了", "不用记，刚才手抖"])("「%s」 is the no", (text) => {
    expect(heard("chen-kp", text)).toBe("no");
  });
  it("不用记 alone is still the button's command", () => {
    expect(heard("chen-kp", "不用记")).toBe("不用记");
  });
});
