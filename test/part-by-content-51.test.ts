import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";

/**
 * Round fifty-one (lead, console trial): 「技术合同那块写得太简单了，加一句促进科技成果转化」 added the sentence to （五）高新技术
 * 企业与创新平台 — the name search cut 技术合同 to 技术 — while 孙磊's 技术合同 report was written in （四）. A topic no section's
 * name holds is looked for in the parts' text.
 */
const { open } = appPerTest();

async function draft(): Promise<TestApp> {
  const app = await open({ now: "2026-12-07T10:00:00+08:00" });
  for (const [who, said] of [
    ["chen-kp", "科普活动周在三个乡镇办了科普讲座12场，受众1500人"],
    ["sun-tp", "今年技术合同登记86项 成交额1.2亿元"],
    ["he-gq", "新认定高新技术企业9家，培育科技型中小企业35家"],
  ] as const) {
    await app.say(who, said);
    await app.say(who, "确认");
  }
  await app.say("zhou-ju", "生成总结");
  await (app.app.services.features.drafting as DraftingApi).whenIdle();
  return app;
}

describe("a part named by what it says", () => {
  it("「技术合同那块…加一句…」 adds the sentence where 技术合同 is written", async () => {
    const app = await draft();
    const reply = await app.sayText("zhou-ju", "技术合同那块写得太简单了，加一句促进科技成果转化");
    expect(reply).toContain("（四）");
    expect(reply).not.toContain("（五）高新技术企业与创新平台");
  });

  it("「讲座那段再具体点」 looks at （三）", async () => {
    const app = await draft();
    const reply = await app.sayText("zhou-ju", "讲座那段再具体点");
    expect(reply).toContain("（三）");
  });

  it("「成交额那段再具体点」 looks at （四） (成交额 is a noun, not the Wu 的)", async () => {
    const app = await draft();
    const reply = await app.sayText("zhou-ju", "成交额那段再具体点");
    expect(reply).toContain("（四）");
    expect(reply).toContain("成交额");
  });

  it("a word no part holds is still read by the section names (高企那块 → （五）)", async () => {
    const app = await draft();
    expect(await app.sayText("zhou-ju", "高企那块写具体点")).toContain("（五）");
  });

  it("a word two parts hold is asked about", async () => {
    const app = await draft();
    const reply = await app.sayText("zhou-ju", "乡镇那块再精炼些");
    expect(reply).toMatch(/（三）|请确认|哪一部分/);
  });
});
