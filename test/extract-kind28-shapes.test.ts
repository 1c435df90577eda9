import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round twenty-eight's clause-kind classes (docs/extraction.md, 第二十八轮, kind28), on wording of its own
 * (none of these sentences is in the corpus), with near misses that must stay.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string, today = "2026-12-03", time?: string) =>
  (extractUpdate(text, org, { today, time }).clauses ?? []).map((c) => [
    c.kind,
    c.text.replace(/[，。]$/, ""),
  ]);
const kindOf = (text: string, part: string, today = "2026-12-03") =>
  read(text, today).find(([, t]) => t?.includes(part))?.[0];

describe("a new subject's bad state after work done, said the spoken way (a8- a9- 97- a0- b8- d2- e0- e1- e4-)", () => {
  it("a spoken degree word before a bad adjective, or a measure bad when big, or done too shallow", () => {
    expect(kindOf("村文化站新添了一台投影仪，电费好贵", "电费")).toBe("problem");
    expect(kindOf("卫生室的远程问诊开了90多例，那边的电脑可老了", "电脑")).toBe("problem");
    expect(kindOf("新来的三个选调生都报到了，宿舍可小了", "宿舍")).toBe("problem");
    expect(kindOf("冬训开班了，教室贼冷", "教室")).toBe("problem");
    expect(kindOf("档案搬进新库了，库房湿度大", "湿度")).toBe("problem");
    expect(kindOf("自来水管网巡了八十公里，山上那段管子埋得浅", "埋得浅")).toBe("problem");
  });

  it("only the speaker to do it, most of them the bad part, those who came mostly old", () => {
    expect(kindOf("香菇大棚又建了6个，懂技术的就俺一个", "就俺一个")).toBe("problem");
    expect(read("复检去了70个，过了41个，没带证件的居多")).toEqual([
      ["done", "复检去了70个，过了41个"],
      ["problem", "没带证件的居多"],
    ]);
    expect(read("体检搞完了，合格61人视力不过关的占了大头")).toEqual([
      ["done", "体检搞完了，合格61人"],
      ["problem", "视力不过关的占了大头"],
    ]);
    expect(kindOf("电商培训开了两期，来听的好多是阿公阿婆", "阿公阿婆")).toBe("problem");
    expect(kindOf("剪纸培训结业了，学员大多是退休的", "退休")).toBe("problem");
  });

  it("small where small is good, the good part counted, the old people served: no problem", () => {
    expect(kindOf("寒潮过境，全县损失可小了", "损失")).not.toBe("problem");
    expect(kindOf("体检搞完了，合格的占了大头", "合格的")).not.toBe("problem");
    expect(kindOf("慰问了16位老人，都是七八十岁的", "七八十")).toBe("done");
    expect(kindOf("宣讲搞了8场，效果挺好", "效果")).toBe("done");
  });
});

describe("a plan glued on with the spoken words for meaning to (寻思着、想跟、琢磨着、合计着; c6- e8-)", () => {
  it("cuts where the intention begins, and the step is a plan", () => {
    expect(read("敬老院的暖气片漏水了寻思着下礼拜找人来换")).toEqual([
      ["problem", "敬老院的暖气片漏水了"],
      ["plan", "寻思着下礼拜找人来换"],
    ]);
    expect(kindOf("菜市场门口天天堵车群众意见大想跟交警队商量设个临时停车点", "交警队")).toBe("plan");
    expect(kindOf("冬储白菜收了二十多万斤价格上不去琢磨着联系几家超市搞个直供", "直供")).toBe("plan");
    expect(read("村部的屋顶漏了合计着等天暖和了翻修")).toEqual([
      ["problem", "村部的屋顶漏了"],
      ["plan", "合计着等天暖和了翻修"],
    ]);
  });
});

describe("the rest of a series still to run (分两批轮训; 97- a0- e9-)", () => {
  it("after the first round is told, or after the count it splits", () => {
    expect(read("冬季消防培训首期办完了，来了60多个网格员，后面分两批轮训")).toEqual([
      ["done", "冬季消防培训首期办完了，来了60多个网格员"],
      ["plan", "后面分两批轮训"],
    ]);
    expect(read("危房排查列了46户分两批改")).toEqual([
      ["done", "危房排查列了46户"],
      ["plan", "分两批改"],
    ]);
  });

  it("not a series already run, nor a routine of the people before it", () => {
    expect(read("去年分两批组织了培训")).toEqual([["done", "去年分两批组织了培训"]]);
    expect(read("防疫物资已分三批送达")).toEqual([["done", "防疫物资已分三批送达"]]);
    expect(kindOf("食堂太小了，三百多个学生分两轮吃饭", "两轮")).toBe("problem");
  });
});

describe("a part singled out and what befell it, its 了 no work done (a8- a9- e0- e1- e5- e9-; 有两段…沉下去了)", () => {
  it("reads the part as a problem, and cuts it off the work typed before it", () => {
    expect(read("渠道衬砌完工了18公里有两段渠底又渗了")).toEqual([
      ["done", "渠道衬砌完工了18公里"],
      ["problem", "有两段渠底又渗了"],
    ]);
    expect(kindOf("护林员巡山走了6趟有片林子的松树枯了好些", "松树")).toBe("problem");
    expect(kindOf("大棚西瓜嫁接苗发了3000株，坡上村有几户的苗子发黄", "发黄")).toBe("problem");
    expect(kindOf("田间监测点看了一圈有块田的玉米螟超标", "玉米螟")).toBe("problem");
  });

  it("not one praised, nor one mended in the same breath", () => {
    expect(kindOf("新建的两个文化广场有个村的被评为市级示范", "示范")).toBe("done");
    expect(kindOf("走访了30户，有两户的屋顶漏了已经修好了", "修好")).toBe("done");
  });
});
