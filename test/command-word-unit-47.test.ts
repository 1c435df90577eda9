import { describe, expect, it } from "vitest";
import { commandFeatures } from "../src/conversation/command-features.js";
import { GUESS_MARGIN, rankClasses } from "../src/conversation/command-guess.js";
import { reportFeatures } from "../src/conversation/report-odds.js";
import { trainCommandModel } from "./corpus/command-model.js";

/**
 * Round forty-seven (model47): the command guess read a word in Latin letters as one character n-gram per letter.
 * 「各科这周的report交了几份」 (进度, blind94) gave the small 进度 class r, e, p, o, t, re, ep, epo, por … — so many
 * features that an unrelated message with some English in it (project、budget、review share most of those letters)
 * leant to 进度 far past the guess's margin; learning it cost a sealed line (tools/command-sealed-attr.ts). A Latin
 * word now counts once, as one character does; what has no Latin letters is read as before.
 */
const gap = (text: string, a: string, b: string, m: ReturnType<typeof trainCommandModel>) => {
  const ranked = rankClasses(text, m);
  const at = (c: string) => ranked.find((r) => r.cls === c)!.logp;
  return at(a) - at(b);
};

const EXAMPLES = [
  { cls: "进度", text: "各科这周的report交了几份" },
  { cls: "进度", text: "这周各科交了几份" },
  { cls: "进度", text: "哪几个科还没报" },
  { cls: "report", text: "下午跟企业开了个project review 明年研发budget定在两千万" },
  { cls: "report", text: "上午开了个project kickoff 研发budget差不多一千万" },
  { cls: "report", text: "走访企业八家 收集技术需求十条" },
  { cls: "report", text: "培训农户两百人次" },
  { cls: "chat", text: "今天天气不错" },
  { cls: "chat", text: "中午吃啥" },
  { cls: "chat", text: "辛苦了大家" },
  { cls: "chat", text: "收到谢谢" },
  { cls: "chat", text: "好的明白" },
  { cls: "chat", text: "周末要不要加班" },
];

describe("a word in Latin letters weighs as one character in the command guess", () => {
  const model = trainCommandModel(EXAMPLES);

  it.each([
    "周末看了部movie 讲一个reporter的故事",
    "那个project的poster做得不错",
    "晚上有个party 你去不去",
    "PPT的format有点乱 回头再说",
    "刚看到一个open source的项目 挺有意思",
    "这个Excel表的sheet太多了",
    "Zoom上的meeting推迟到三点",
    "下周的review會議改到週三",
    "刚去store买了杯coffee",
    "今天的weather report说要下雨",
    "The report looks great",
  ])("「%s」 (talk with English in it) does not lean to 进度 past the margin", (text) => {
    expect(gap(text, "进度", "chat", model)).toBeLessThan(GUESS_MARGIN);
  });

  it.each([
    ["各科这周的report交了几份", "report"],
    ["这周的report交上来几份了", "report"],
  ])("「%s」 still carries the word %s as a feature", (text, word) => {
    expect(rankClasses(text, model)[0]!.cls).toBe("进度");
    expect(new Set(commandFeatures(text))).toContain(word);
  });

  it("a line with no Latin letters is read exactly as the report gate reads it", () => {
    for (const text of ["各科这周交了几份", "𠊎今晡日去咗果园", "v2和v3對比一下", "８户", "第三条撤了"])
      if (!/[a-z]/i.test(text)) expect(commandFeatures(text)).toEqual(reportFeatures(text));
  });

  it("an English word gives as many features as one character in its place", () => {
    expect(commandFeatures("各科的report交了几份").length).toBe(commandFeatures("各科的报交了几份").length);
    expect(commandFeatures("ok 就这样").length).toBe(commandFeatures("好 就这样").length);
  });
});
