import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import { type Conversation, runGuided } from "./helpers/guided-script.js";

/**
 * Guided 填报 by someone with two sections, the section left to the end: when it is asked, the answer
 * may come as a correction (「刚刚那条科室弄错了 应该是人才那块」, console trial of round thirteen, where
 * the question came back three times). No update exists yet to move: the section named answers the
 * question. A correction naming no section of theirs is asked again, nothing stored.
 */
const { open } = appPerTest();

const WRONG: Conversation[] = [
  {
    name: "赵丽: 「刚刚那条科室弄错了 应该是人才那块」 to the last question",
    who: "zhao-zh",
    turns: [
      { say: "帮我填一下吧 我不太会写" },
      { say: "上个月办了两期电商直播培训" },
      { say: "大概150人吧" },
      { say: "场地太挤了" },
      { say: "明年开春再办三期", reply: /哪个科室/ },
      { say: "刚刚那条科室弄错了 应该是人才那块", reply: /请确认/ },
    ],
    end: { count: 1, section: "talent", figures: ["150人"], problems: ["场地太挤"], plans: ["再办三期"] },
  },
  {
    name: "何婷: 「刚才那个科室搞错了 算项目的」 to the last question",
    who: "he-gq",
    turns: [
      { say: "填报" },
      { say: "去了几家企业 了解了下情况" },
      { say: "没啥数据" },
      { say: "无" },
      { say: "无", reply: /哪个科室/ },
      { say: "刚才那个科室搞错了 算项目的", reply: /请确认/ },
    ],
    end: { count: 1, section: "rd" },
  },
  {
    name: "何婷: a section not hers (人才) is asked again, nothing stored",
    who: "he-gq",
    turns: [
      { say: "填报" },
      { say: "去了几家企业 了解了下情况" },
      { say: "没啥数据" },
      { say: "无" },
      { say: "无", reply: /哪个科室/ },
      { say: "刚才那个科室搞错了 算人才的", reply: /哪个科室/, not: /请确认/ },
    ],
    end: { count: 0 },
  },
];

describe("guided 填报: the section answered as a correction", () => {
  it.each(WRONG.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    const checks = await runGuided(t, c);
    expect(checks.filter((x) => !x.ok).map((x) => x.what)).toEqual([]);
  });
});
