import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * A clause of spoken fillers only (再补充一个、另外说一下、还有个事、对了再说一个) becomes no item, and the
 * pause 呢 after a clause's topic (今年呢、十一月份呢、培训这块呢) is on no item nor figure label. Found in
 * console trials: 「再补充一个 下个月打算…」 showed 「再补充一个」 as work done.
 */
const ex = (text: string) => run(text, "2026-12-03");
const read = (text: string) => (ex(text).clauses ?? []).map((c) => [c.kind, c.text.replace(/[，。]$/, "")]);
const labels = (text: string) => ex(text).figures.map((f) => `${f.context}|${f.raw}`);

describe("fillers alone are no item", () => {
  it("「再补充一个 下个月打算…」 is the plan only", () => {
    expect(read("再补充一个 下个月打算去两个乡镇开展技术培训")).toEqual([
      ["plan", "下个月打算去两个乡镇开展技术培训"],
    ]);
    expect(read("再补充一个，下个月打算去两个乡镇开展技术培训")).toEqual([
      ["plan", "下个月打算去两个乡镇开展技术培训"],
    ]);
  });

  it("in other words, typed or dictated: 另外说一下、还有个事、再补充两句：、对了再说一个", () => {
    expect(read("今天走访了5家企业。另外说一下，下周要去市里开会")).toEqual([
      ["done", "今天走访了5家企业"],
      ["plan", "下周要去市里开会"],
    ]);
    expect(read("还有个事 上周帮合作社申报了1个项目")).toEqual([["done", "上周帮合作社申报了1个项目"]]);
    expect(read("再补充两句：全年发放资料3000份")).toEqual([["done", "全年发放资料3000份"]]);
    expect(read("对了再说一个 明年准备新建2个示范基地")).toEqual([["plan", "明年准备新建2个示范基地"]]);
    expect(read("今天上午走访了三家企业然后再补充一个下个月打算去两个乡镇开展技术培训")).toEqual([
      ["done", "今天上午走访了三家企业"],
      ["plan", "下个月打算去两个乡镇开展技术培训"],
    ]);
    expect(read("今天走访了三家企业，再补充一个，昨天还走访了两家")).toEqual([
      ["done", "今天走访了三家企业，昨天还走访了两家"],
    ]);
  });
});

describe("a topic's 呢 is on no item nor label", () => {
  it("今年呢、十一月份呢、我们呢、培训这块呢", () => {
    expect(read("今年呢，我们一共培训农民420人次")).toEqual([["done", "今年，我们一共培训农民420人次"]]);
    expect(labels("十一月份呢组织了3场科普讲座")).toEqual(["组织了|3场"]);
    expect(read("十一月份呢组织了3场科普讲座")).toEqual([["done", "十一月份组织了3场科普讲座"]]);
    expect(labels("今年呢我们科里申报了高企6家")).toEqual(["申报了高企|6家"]);
    expect(read("我们呢今年一共引进人才12名")).toEqual([["done", "我们今年一共引进人才12名"]]);
    expect(read("科普讲座办了3场，培训这块呢办了两期")[0]?.[1]).toBe("科普讲座办了3场，培训这块办了两期");
  });

  it("a 呢 that is not after a topic stays", () => {
    expect(read("帮他们解决了一个大问题呢")[0]?.[1]).toBe("帮他们解决了一个大问题呢");
  });
});
