import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";
import { makeTestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * 本周无进展 said of one section by someone who reports for several (王志强: 综合管理与安全生产 + 党建与作风建设; 何婷:
 * 高企 + 项目; 赵丽: 成果转化 + 人才) marks that section only (week-nothing-named.ts); the reminder answered with no week
 * named is the reminder's week (week-nothing.ts reminderWeekNothing); 自个儿/本身 of one's unit, 停摆 and 撂下了 as the week
 * standing still. Lines written for the test (冀北, 粤西, plain Mandarin, Traditional); docs 第四十六轮 dlg46.
 */
useTmpDirs();
const t = appPerFile({ now: "2026-12-02T10:00:00+08:00" });
const { said } = rulesReading(t);
const REMIND = "回复 总结助手：「本周工作还没填报」 ";

describe("nothing new of one named section marks that section only", () => {
  it.each([
    ["wang-ban", "这礼拜全局都扑在防汛上了 办公室自个儿的活儿一点没动", "本周无进展 综合管理与安全生产"],
    [
      "wang-ban",
      `${REMIND}成个礼拜全局守住三防指挥部 办公室本身嘅工作停咗摆`,
      "本周无进展 综合管理与安全生产",
    ],
    ["wang-ban", `${REMIND}上个礼拜一直陪检 办公室的事没得进展`, "本周无进展 综合管理与安全生产"],
    ["wang-ban", "这周党建那块没啥进展", "本周无进展 党建与作风建设"],
    ["wang-ban", "這週黨建那塊沒啥進展", "本周无进展 党建与作风建设"],
    ["wang-ban", "呢个礼拜支部冇乜推进 办公室嘅嘢照常", "本周无进展"],
    ["he-gq", "这礼拜高企那边冇乜进展", "本周无进展 高新技术企业与创新平台"],
    ["he-gq", "这周项目这块一点没动 都在迎检", "本周无进展 科技项目与研发投入"],
    ["zhao-zh", "本周人才这块啥进展都没有", "本周无进展 科技人才与创新环境"],
  ])("%s: %s", (who, text, want) => {
    expect(said(who, text)).toBe(want);
  });
  it.each([
    ["wang-ban", "这周没啥进展"],
    ["wang-ban", "这礼拜都在办公室写材料 没啥进展"],
    ["he-gq", "這禮拜沒啥進展"],
    ["sun-tp", "这礼拜特派员那块没啥进展"],
    ["wang-ban", `${REMIND}成个礼拜冇乜进展`],
  ])("nothing named, several named, or one section only: every section (%s: %s)", (who, text) => {
    expect(said(who, text)).toBe("本周无进展");
  });
  it.each([
    ["wang-ban", `${REMIND}这礼拜办公室整理档案120卷`],
    ["wang-ban", `${REMIND}上个月办公室的活停摆了`],
    ["li-rd", "项目这周停摆了 等资金下来"],
    ["wang-ban", `${REMIND}办公室这周整理档案三百多卷 别的没啥`],
  ])("work done, another period or a matter stalled is no 本周无进展: %s: %s", (who, text) => {
    expect(said(who, text)).not.toMatch(/^本周无进展/);
  });
});

describe("in the engine", () => {
  it("records 本周无进展 for the office only, not for 党建 too", async () => {
    const a = await makeTestApp({ now: "2026-12-02T10:00:00+08:00" });
    try {
      const reply = await a.sayText("wang-ban", `${REMIND}成个礼拜全局守住三防指挥部 办公室本身嘅工作停咗摆`);
      expect(reply).toContain("综合管理与安全生产");
      expect(reply).not.toContain("党建");
      const mine = await a.app.services.store.listUpdates({ author: "wang-ban" });
      expect(mine.map((u) => [u.section, u.noProgress, u.status])).toEqual([["office", true, "confirmed"]]);
    } finally {
      await a.app.close();
    }
  });
});
