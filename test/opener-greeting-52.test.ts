import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Console trial, round 52: 「早 今天汇报下 上礼拜去了三个乡镇搞科技下乡…」 was stored with 「早 今天汇报下」 at the head
 * of its item, and its card counted 「去了 3个」 without saying what: a morning greeting set off by a pause, and 汇报下
 * with the day said before it, are the sender opening a report; 搞/弄 after a count end the counted noun as other verbs
 * of doing do. A greeting run into its content (早稻、早熟品种) stays.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const extract = (t: string) => extractUpdate(t, org, { today: "2026-12-07" });
const items = (t: string) => extract(t).items.map((i) => i.text);

describe("a greeting and a dated 汇报下 opening a report", () => {
  it.each([
    ["早 这礼拜汇报下 带队去了两个园区看孵化器", "带队去了两个园区看孵化器"],
    ["早上好，今天说下 专利申请受理了17件", "专利申请受理了17件"],
    ["大家早 本周报一下：技术合同登记了9份", "技术合同登记了9份"],
    ["领导早，今儿个汇报下 高企申报辅导了6家", "高企申报辅导了6家"],
  ])("「%s」 → 「%s」", (text, item) => {
    expect(items(text)).toEqual([item]);
  });

  it("a greeting-like word that is content stays", () => {
    expect(items("早稻测产完成了 收了300亩")[0]).toMatch(/^早稻/);
    expect(items("早熟品种推广了2个")[0]).toMatch(/^早熟/);
  });
});

describe("搞/弄 after a count end the counted noun", () => {
  it.each([
    ["跑了四个乡镇搞科技赶集 发了资料800份", "乡镇"],
    ["约了三家合作社弄产销对接，签了意向2份", "合作社"],
  ])("「%s」 counts %s", (text, noun) => {
    const f = extract(text).items[0]?.figures?.[0];
    expect(f?.counted).toBe(noun);
  });
});

describe("a bracketed title with a topic and a kind word", () => {
  it.each([
    ["【12月专利工作】\n1、专利授权 11件\n2、维权援助 2起", ["专利授权 11件", "维权援助 2起"]],
    ["【2026年度科普工作小结】科普讲座办了5场", ["科普讲座办了5场"]],
    ["【上周人才工作情况】引进博士2名", ["引进博士2名"]],
  ])("「%s」 keeps only the work", (text, want) => {
    expect(items(text)).toEqual(want);
  });

  it("the topic in the title still names the section", () => {
    expect(extract("【高企工作】\n1、新认定 7家\n2、入库 23家").sectionHints).toContain("hitech");
  });

  it("a bare topic in brackets stays", () => {
    expect(items("【科普】举办讲座3场")[0]).toContain("科普");
  });
});
