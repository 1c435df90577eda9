import { describe, expect, it } from "vitest";
import { findFigures } from "../src/domain/figures.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { brokenRewrites } from "../src/drafting/broken-rewrite.js";
import { writtenForm } from "../src/drafting/polish-prose.js";
import { checkRegister } from "../src/drafting/check-register.js";
import { unitMismatches } from "../src/drafting/check-units.js";
import { DraftPartSchema } from "../src/drafting/draft-model.js";
import { makeUpdate } from "./helpers/make-update.js";

/**
 * The offline rewording works on whole spoken phrases (讲了讲, 去了一趟 X, 来了八十来号人) or leaves
 * them alone, and 块 becomes 元 only when money is counted (trial 6, class D). Own phrasings, written
 * before the fix: first sight 3/13 sentences right in the drafter, 9/13 figures right in extraction.
 */
const draft = (s: string) => writtenForm(cleanChat(s, "2026-11-20"));
const figs = (s: string) =>
  findFigures(s).map((f) => `${f.figure.value}${f.figure.unit}${f.figure.approx ? "~" : ""}`);

const CASES: Array<{ said: string; has: string[]; not: string[]; figures: string[] }> = [
  {
    said: "给村民讲了讲食用菌咋种 来了五十来号人",
    has: ["讲解食用菌", "约50人"],
    not: ["讲解讲", "迎来", "号人"],
    figures: ["50人~"],
  },
  { said: "去柳河村看了看大棚 跟合作社聊了聊销路", has: ["大棚"], not: ["查看看", "交流聊"], figures: [] },
  {
    said: "上午跑了一趟 县一中 送了科普展板20块",
    has: ["县一中", "展板20块"],
    not: ["一趟", "走访一", "20元"],
    figures: ["20块"],
  },
  {
    said: "宣传栏新做了展板12块，花了三千块钱",
    has: ["展板12块", "3000元"],
    not: ["12元"],
    figures: ["12块", "3000元"],
  },
  { said: "发放宣传牌8块 黑板报3块", has: ["宣传牌8块", "黑板报3块"], not: ["元"], figures: ["8块", "3块"] },
  { said: "一亩地补贴两百块", has: ["200元"], not: ["块"], figures: ["200元"] },
  { said: "帮企业查了查账 问了问用工情况", has: ["用工情况"], not: ["检查查", "询问问"], figures: [] },
  { said: "周末去了一趟市科技馆 学了学人家的布展", has: ["市科技馆"], not: ["赴一趟", "一趟"], figures: [] },
  { said: "来了三十多号人 都是种粮大户", has: ["30多人"], not: ["迎来", "号人"], figures: ["30人~"] },
  {
    said: "给小学生讲了讲防溺水 到场二十几号人",
    has: ["讲解防溺水"],
    not: ["讲解讲", "号人"],
    figures: ["20人~"],
  },
  {
    said: "制作了电子屏2块 宣传牌子6块",
    has: ["电子屏2块", "宣传牌子6块"],
    not: ["元"],
    figures: ["2块", "6块"],
  },
  { said: "给获奖学生奖励了五百块", has: ["500元"], not: ["块"], figures: ["500元"] },
  {
    said: "俺们这礼拜去了三个村子 给老乡讲了讲病虫害咋防",
    has: ["我局走访3个村子", "讲解病虫害"],
    not: ["俺", "礼拜", "讲解讲"],
    figures: ["3个"],
  },
  {
    said: "下午去了一趟 青山镇 看了下育苗大棚",
    has: ["青山镇", "育苗大棚"],
    not: ["赴一趟", "，青山镇，", "查看下"],
    figures: [],
  },
];

describe("whole spoken phrases in the offline draft", () => {
  for (const c of CASES)
    it(c.said, () => {
      const out = draft(c.said);
      for (const h of c.has) expect(out).toContain(h);
      for (const n of c.not) expect(out).not.toContain(n);
      expect(brokenRewrites(out)).toEqual([]);
      expect(figs(c.said)).toEqual(c.figures);
    });

  it("names a broken rewrite wherever it comes from", () => {
    expect(brokenRewrites("为种中药材的老乡讲解讲病虫害咋防，迎来八十来号人")).toHaveLength(2);
    expect(brokenRewrites("赴一趟，石桥村，查看下示范基地")).not.toEqual([]);
    expect(brokenRewrites("赴石桥村查看示范基地，约80人参加")).toEqual([]);
  });
});

describe("the 定稿 check reads what the rewording may break (trial 6, l15)", () => {
  const part = (texts: string[]) =>
    DraftPartSchema.parse({
      key: "section:s",
      kind: "section",
      heading: "派专家，助振兴",
      origin: "offline",
      items: texts.map((text) => ({ title: "", text })),
    });

  it("names a broken rewrite and a spoken head count (first sight: neither named)", () => {
    const reasons = checkRegister([
      part([
        "为种中药材的老乡讲解讲病虫害防治，约80人参加。",
        "赴一趟，石桥村，查看示范基地。",
        "来了八十来号人参加。",
      ]),
    ]).map((f) => f.reasons.join("；"));
    expect(reasons[0]).toContain("改写不通「讲解讲」");
    expect(reasons[1]).toContain("改写不通「赴一趟」");
    expect(reasons[2]).toContain("号人");
  });

  it("names a figure whose unit is not the one staff reported for the same thing", () => {
    const u = makeUpdate({
      normalizedText: "周六在城关广场开展科技活动周启动仪式，发了资料1.2万余份，展板30块",
    });
    const found = unitMismatches([part(["开展科技活动周启动仪式，发放资料1.2万余份，展板30元。"])], [u]);
    expect(found).toEqual([expect.stringContaining("「30元」，填报原文是「30块」")]);
    expect(unitMismatches([part(["开展科技活动周启动仪式，发放资料1.2万余份，展板30块。"])], [u])).toEqual(
      [],
    );
  });
});

describe("one estimate word before a figure", () => {
  it("drops 约 when 多/余/来 already say the figure is rough (trial 6: 「约1500多人参加」)", () => {
    const out = draft("来了大概一千五百多人 发了资料1.2万余份");
    expect(out).toContain("1500多人参加");
    expect(out).not.toContain("约1500多人");
    expect(figs("来了大概一千五百多人")).toEqual(["1500人~"]);
  });
});
