import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "../src/domain/chinese-number.js";
import {
  foldWidth,
  normalizeText,
  stripBoilerplateLines,
  stripNoise,
  toSimplified,
} from "../src/domain/normalize.js";

describe("stripNoise", () => {
  it("removes pinyin annotations scraped after characters, in ASCII or full-width brackets", () => {
    expect(stripNoise("縣科技創(chuàng)新工作深入實施創(chuàng)新驅動發(fā)展戰(zhàn)略")).toBe(
      "縣科技創新工作深入實施創新驅動發展戰略",
    );
    expect(stripNoise("現（xiàn）將有關業(yè)務總結如下")).toBe("現將有關業務總結如下");
  });

  it("keeps brackets that are not pinyin: names, upper case, numbers", () => {
    expect(stripNoise("流動科技館(XX站)巡展")).toBe("流動科技館(XX站)巡展");
    expect(stripNoise("登记29家(目前通过公示17家)")).toBe("登记29家(目前通过公示17家)");
    expect(stripNoise("略麻(2号)")).toBe("略麻(2号)");
  });

  it("drops zero-width and control characters but keeps newlines; collapses spaces", () => {
    expect(stripNoise("举办\u200b科技\u0007活动周\r\n发放\t\t资料\u3000\u30001.2万份\uFEFF")).toBe(
      "举办科技活动周\n发放 资料 1.2万份",
    );
    expect(stripNoise("第一段\n\n\n\n  第二段  ")).toBe("第一段\n\n第二段");
  });
});

describe("toSimplified", () => {
  it("converts Traditional sentences, including 著 used as 着", () => {
    expect(toSimplified("全縣78個貧困村科技特派員開展培訓78期，著力提升鄉鎮衞生服務")).toBe(
      "全县78个贫困村科技特派员开展培训78期，着力提升乡镇卫生服务",
    );
  });

  it("leaves Simplified text alone (成效显著 must not become 显着)", () => {
    const s = "科技特派员服务成效显著，著名专家到村指导，干部群众满意";
    expect(toSimplified(s)).toBe(s);
  });

  it("decides per sentence in mixed-script text", () => {
    expect(toSimplified("工作成效显著。擺放科普展板41塊。")).toBe("工作成效显著。摆放科普展板41块。");
  });
});

describe("foldWidth", () => {
  it("folds full-width digits, letters and ％ one-for-one", () => {
    const s = "研发投入强度２．４％，ＫＮ９５口罩";
    const folded = foldWidth(s);
    expect(folded).toBe("研发投入强度2.4%，KN95口罩");
    expect(folded.length).toBe(s.length);
  });

  it("keeps Chinese punctuation and a full stop that is not a decimal point", () => {
    expect(foldWidth("完成。（一）１．")).toBe("完成。（一）1．");
  });
});

describe("stripBoilerplateLines", () => {
  it("drops download-site furniture and keeps the report", () => {
    const scraped = [
      "找总结网 > 工作计划 > 单位工作计划 > 科技局工作总结",
      "下载文档",
      "ID:2221766",
      "页数:7页",
      "收藏 分享赚钱",
      "温馨提示:",
      "网站客服:3074922707",
      "今年举办科技活动周，发放资料1.2万份。",
      "此文档下载收益归作者所有",
      "【X县科学技术局工作总结】相关文章:",
    ].join("\n");
    expect(stripBoilerplateLines(scraped)).toBe("今年举办科技活动周，发放资料1.2万份。");
  });
});

describe("normalizeText", () => {
  it("cleans a scraped Traditional paragraph into Simplified text with ASCII digits", () => {
    const scraped =
      "找總結網(wǎng) > 工作計劃 > 科技局上半年工作總結\n\n| cwl2\n\n" +
      "一是全縣78個貧困村科技特派員開(kāi)展實用技術培訓７８期，受訓群眾8000余人次；二是創(chuàng)新券兌現(xiàn)近千萬元。\n下載文檔";
    expect(normalizeText(scraped)).toBe(
      "一是全县78个贫困村科技特派员开展实用技术培训78期，受训群众8000余人次；二是创新券兑现近千万元。",
    );
  });

  it("does not change the caller's string", () => {
    const original = "創(chuàng)新";
    normalizeText(original);
    expect(original).toBe("創(chuàng)新");
  });
});

describe("parseChineseNumber", () => {
  it.each([
    ["十二", 12],
    ["一百二十三", 123],
    ["两千五百", 2500],
    ["两千五", 2500],
    ["三万五千", 35000],
    ["三万五", 35000],
    ["一百零五", 105],
    ["一万零五百", 10500],
    ["十五", 15],
    ["百", 100],
    ["千万", 10_000_000],
    ["1.2万", 12000],
    ["3千", 3000],
    ["1亿2000万", 120_000_000],
    ["1.4亿", 140_000_000],
    ["0.7万", 7000],
    ["1,500", 1500],
    ["二〇二〇", 2020],
    ["零", 0],
    ["十五点五", 15.5],
    ["一点五亿", 150_000_000],
    ["三点零六", 3.06],
  ])("%s → %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each([
    "十四五",
    "三四",
    "五百千",
    "万万",
    "",
    "百分",
    "X",
    "1.2万份",
    "一点五万万",
    "万点五",
  ])("rejects %j", (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });
});
