import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * 「这礼拜一直跟检查组在外头 单位的活没干」: the week spent elsewhere and one's own work (局里的活、科里的事、单位的工作)
 * said untouched — 没干、冇搞、没顾上、冇碰 closing the clause — is 本周无进展, as 一点没动 already was (week-nothing.ts).
 * Work not finished (活还没干完) or a matter named (项目没搞) is not the week marked empty. Lines written for the test
 * (吉安 赣语, 西南官话, plain Mandarin); docs 第四十九轮 dlg49.
 */
useTmpDirs();
const t = appPerFile({ now: "2026-12-18T10:00:00+08:00" });
const { said } = rulesReading(t);
const REMIND = "回复 总结助手：「本周工作还没填报」 ";

describe("one's own work said untouched this week", () => {
  it.each([
    ["sun-tp", "这礼拜一直跟检查组在外头 单位的活没干"],
    ["chen-kp", `${REMIND}这个星期都在市里学习 科里的事冇搞`],
    ["li-rd", "这周天天陪审计 自己的工作都没顾上"],
    ["chen-kp", "這禮拜一直在外面培訓 科裡的事沒碰"],
    ["li-rd", "这个礼拜陪巡察 项目上么事都冇搞"],
  ])("%s: %s", (who, text) => {
    expect(said(who, text)).toBe("本周无进展");
  });
  it.each([
    ["sun-tp", "今天跑了三个村 剩下的活还没干完"],
    ["li-rd", "这周研发项目的申报材料没搞"],
  ])("not finished, or a matter named, is no 本周无进展: %s: %s", (who, text) => {
    expect(said(who, text)).not.toBe("本周无进展");
  });
});
