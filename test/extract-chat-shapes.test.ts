import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { findStatedFigures } from "../src/domain/figures.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round five's classes of chat typing (docs/extraction.md, 第五轮), each with wording of its own:
 * spaces typed for commas, a bare 还有 opener, figures read against what the message said
 * before them, and problems told by shape (a remedy and its object, ages, one person for many).
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const run = (text: string) => extractUpdate(text, org, { today: "2025-12-15" });
const kinds = (text: string) => (run(text).clauses ?? []).map((c) => [c.kind, c.text]);
const units = (text: string) => run(text).figures.map((f) => `${f.value}${f.unit}`);

describe("chat typing: spaces, fillers, run-ons", () => {
  it("cuts at a space typed for a comma, where the kind turns", () => {
    expect(kinds("街道今年新聘了8个网格员 有2个干了不到一个月就辞了")).toEqual([
      ["done", "街道今年新聘了8个网格员"],
      ["problem", "有2个干了不到一个月就辞了"],
    ]);
    // One kind on both sides stays one clause; a space inside a figure or after a short name does not cut.
    expect(kinds("防汛物资仓库补充编织袋3000条 救生衣200件")).toEqual([
      ["done", "防汛物资仓库补充编织袋3000条 救生衣200件"],
    ]);
    expect(units("本周走访12 个村")).toEqual(["12个"]);
    expect(kinds("王科 今年办结信访件46件")).toEqual([["done", "王科 今年办结信访件46件"]]);
  });

  it("leaves the sender's name before 报一下： out of the item, but not a 申报 or 填报 of work", () => {
    expect(kinds("张三报一下：本周在城关二小开展科普进校园，学生400人参加")).toEqual([
      ["done", "本周在城关二小开展科普进校园，学生400人参加"],
    ]);
    expect(kinds("张三汇报一下：走访3个村")).toEqual([["done", "走访3个村"]]);
    expect(kinds("帮企业申报一下：省级项目2个")[0]?.[1]).toContain("申报");
    expect(kinds("企业填报一下：23家")[0]?.[1]).toContain("填报");
    // Round thirty-one: 「那我先报一个：」 and its kin stayed in the stored item.
    expect(kinds("那我先报一个：11月份帮扶的3户困难户都走访到了")).toEqual([
      ["done", "11月份帮扶的3户困难户都走访到了"],
    ]);
    expect(kinds("先报一条，本周完成科技统计报表12份")).toEqual([["done", "本周完成科技统计报表12份"]]);
    expect(kinds("再补一条：科普大篷车进了5所学校")).toEqual([["done", "科普大篷车进了5所学校"]]);
    // A count of one as the work itself stays: 「报一个项目」 is no opener without its pause.
    expect(kinds("报个项目到省里，争取资金50万")[0]?.[1]).toContain("报个项目");
  });

  it("leaves a bare 还有 out of the clause and out of its kind", () => {
    expect(kinds("还有 孕产妇系统管理今年覆盖了1900人")).toEqual([
      ["done", "孕产妇系统管理今年覆盖了1900人"],
    ]);
    expect(kinds("还有就是河道采砂专项整治今年查处非法采砂7起")).toEqual([
      ["done", "河道采砂专项整治今年查处非法采砂7起"],
    ]);
    expect(kinds("还有，应急广播有4个村不响")[0]?.[0]).toBe("problem");
    // 还有 + a count said of what is left is still the problem it was.
    expect(kinds("还有6户没搬")).toEqual([["problem", "还有6户没搬"]]);
  });

  it("turns a voice run-on at 就是 after an approximate figure", () => {
    expect(kinds("服务老人3000多人次就是护理员太少")).toEqual([
      ["done", "服务老人3000多人次"],
      ["problem", "就是护理员太少"],
    ]);
  });
});

describe("problems told by shape", () => {
  it("reads a remedy and its object as work, a verdict on the remedy as a problem", () => {
    expect(kinds("今年综合治理土壤沙化2.3万亩")[0]?.[0]).toBe("done");
    expect(kinds("整治欠薪问题企业11家")[0]?.[0]).toBe("done");
    expect(kinds("违建整改不到位")[0]?.[0]).toBe("problem");
  });

  it("reads an age said as a complaint, and one person responsible for many, as problems", () => {
    expect(kinds("几个老支书都七十多了")[0]?.[0]).toBe("problem");
    expect(kinds("护林员超过60了")[0]?.[0]).toBe("problem");
    expect(kinds("一个人包三个片区")[0]?.[0]).toBe("problem");
    expect(kinds("水质检测员全是借调的")[0]?.[0]).toBe("problem");
  });

  it("reads still short, can't reach, and undone again as problems", () => {
    expect(kinds("离省里的考核线还差一截")[0]?.[0]).toBe("problem");
    expect(kinds("有几户一直联系不上")[0]?.[0]).toBe("problem");
    expect(kinds("广告牌拆了又挂回去")[0]?.[0]).toBe("problem");
    expect(kinds("今年实现了与去年持平，差不多")[0]?.[0]).toBe("done");
  });
});

describe("figures read where they stand in the message", () => {
  it("counts a bare 个 taken out of a group of people as people", () => {
    expect(units("今年招了6个护士，有2个还在试用期")).toEqual(["6人", "2人"]);
    expect(units("义诊服务群众800人，其中45个需要复查")).toEqual(["800人", "45人"]);
    // A group of things stays things.
    expect(units("新建卫生室9个，其中3个已投用")).toEqual(["9个", "3个"]);
  });

  it("reads a bare amount after a money figure as money, and an age as no figure", () => {
    expect(units("污水处理费收了520万元，比去年多了40多万")).toEqual(["5200000元", "400000元"]);
    expect(units("欠施工队的工程款还有80万")).toEqual(["800000元"]);
    expect(units("护林员年龄偏大，不少已经超过60")).toEqual([]);
  });

  it("reads the spoken hour", () => {
    const [f] = findStatedFigures("到县城要三个多钟头");
    expect(f?.figure).toMatchObject({ value: 3, unit: "个钟头", approx: true });
    expect(units("每次巡查两个多钟头")).toEqual(["2个钟头"]);
  });

  it("keeps each figure's label to its own clause", () => {
    const ex = run("还有 卫生监督今年检查公共场所310家");
    expect(ex.figures[0]?.context).toBe("卫生监督检查公共场所");
  });

  it("labels a figure without the chat topic and the time words said in passing", () => {
    const label = (t: string) => run(t).figures.map((f) => `${f.context}|${f.counted ?? ""}`);
    expect(label("计生协那边今年发放特别扶助金48户")).toEqual(["发放特别扶助金|"]);
    expect(label("消防这块本月检查九小场所120家")).toEqual(["检查九小场所|"]);
    expect(label("县里到昨天共接种加强针2.4万剂")).toEqual(["接种加强针|"]);
    // The place the work was done stays; what a measure word counts is read up to the next verb.
    expect(label("上周去了河口乡5家养殖场座谈")).toEqual(["去了河口乡|养殖场"]);
    // A phrase that is nothing but a topic or a time keeps its words.
    expect(label("成果转化那边18份")).toEqual(["成果转化那边|"]);
  });
});

describe("classes seen in blind batch 22, in words of their own", () => {
  it("reads long holdups, work carried over and escalation after a problem as problems", () => {
    expect(
      kinds("窗口人手少，办证排队等了两个多小时")[1]?.[0] ??
        kinds("窗口人手少，办证排队等了两个多小时")[0]?.[0],
    ).toBe("problem");
    expect(kinds("剩下3户需跨年实施")[0]?.[0]).toBe("problem");
    expect(kinds("债务压力大，利息支出已经超过3000万元").map((k) => k[0])).toEqual(["problem"]);
    // Reaching a level with nothing wrong said before it is an achievement.
    expect(kinds("新能源汽车销量已经超过4000辆").map((k) => k[0])).toEqual(["done"]);
    expect(kinds("养老院的老人好几个都九十多了")[0]?.[0]).toBe("problem");
  });

  it("reads a problem already dealt with (已全部整改、已核查处置) as work done", () => {
    expect(kinds("排查出不达标的6家，已全部整改到位")[0]?.[0]).toBe("done");
    expect(kinds("不合格的9家已经全部下达整改通知")[0]?.[0]).toBe("done");
    expect(kinds("整改不到位的还有2家")[0]?.[0]).toBe("problem");
  });

  it("reads a plan heading with its subject before it (我们科明年打算：)", () => {
    expect(kinds("我们科明年打算：\n1、新建村级服务站4个；\n2、培训网格员200人次").map((k) => k[0])).toEqual([
      "plan",
      "plan",
    ]);
  });

  it("reads people coming and going with a bare 个, combined measures and money compared in 元", () => {
    expect(units("村医队伍不稳定，今年辞了5个")).toEqual(["5人"]);
    expect(units("有的站点只剩3个医师在岗")).toEqual(["3人"]);
    expect(units("公路养护今年新招了6个")).toEqual(["6个"]);
    expect(units("消毒圈舍、免疫牲畜3.2万头只")).toEqual(["32000头只"]);
    expect(units("上级转移支付下达15.2亿元，比上年增加0.8亿")).toEqual(["1520000000元", "80000000元"]);
  });
});

describe("classes seen in check batch 24, in words of their own", () => {
  it("lets a month said outright decide over a time of year", () => {
    // Sent in December: 开学 alone is next spring, 十月份开学 was this autumn.
    expect(kinds("实验中学新校区开学")[0]?.[0]).toBe("plan");
    expect(kinds("实验中学新校区十月份开学")[0]?.[0]).toBe("done");
  });

  it("reads still-not, only-a-share-of, potholes and standing water, and an average age as problems", () => {
    expect(kinds("有4户一直没签协议")[0]?.[0]).toBe("problem");
    expect(kinds("维修资金到位的只有预算的一半")[0]?.[0]).toBe("problem");
    expect(kinds("村口那段路坑坑洼洼")[0]?.[0]).toBe("problem");
    expect(kinds("地下通道一下暴雨就积水")[0]?.[0]).toBe("problem");
    expect(kinds("保洁员平均年龄六十三了")[0]?.[0]).toBe("problem");
    expect(kinds("一直不间断开展巡查")[0]?.[0]).toBe("done");
  });

  it("counts people short, people on staff and 工作者 with a bare 个, and turns a run-on after a percentage", () => {
    expect(units("卫生院护士还缺5个")).toEqual(["5人"]);
    expect(units("网格管理员待遇低，在岗的9个平均干了不到两年")).toEqual(["9人"]);
    expect(units("文化工作者留不住，上半年走了3个")).toEqual(["3人"]);
    expect(kinds("垃圾分类知晓率87%明年力争到90%").map((k) => k[0])).toEqual(["done", "plan"]);
  });
});

describe("classes seen in check batch 25, in words of their own", () => {
  it("reads makeshift crews, next to nothing, a boss gone and never on time as problems", () => {
    expect(kinds("村里的救援队基本是临时凑的")[0]?.[0]).toBe("problem");
    expect(kinds("山区卫生室的急救设备几乎没有")[0]?.[0]).toBe("problem");
    expect(kinds("那家培训机构的老板跑了")[0]?.[0]).toBe("problem");
    expect(kinds("有的企业经常不按时申报")[0]?.[0]).toBe("problem");
    expect(kinds("马拉松比赛选手跑了42公里")[0]?.[0]).toBe("done");
  });

  it("reads a bare decrease first in its sentence against the clause before it", () => {
    expect(kinds("新农合参保28.6万人。比去年少了3000多人").map((k) => k[0])).toEqual(["done", "problem"]);
    expect(kinds("全年火灾37起。比去年少了8起").map((k) => k[0])).toEqual(["done", "done"]);
  });

  it("keeps 今冬明春 work done, and a counted whole apart from the part of it that has the problem", () => {
    expect(kinds("今冬明春水利建设完成土方18万方")[0]?.[0]).toBe("done");
    expect(kinds("明春再补植500亩")[0]?.[0]).toBe("plan");
    expect(kinds("登记在册流动人口2100人，有15个长期联系不上").map((k) => k[0])).toEqual(["done", "problem"]);
  });

  it("reads money got back as money, and 个 for a part of people that is always late", () => {
    expect(units("帮外卖骑手讨薪，追回80多万")).toEqual(["800000元"]);
    expect(units("安置帮教对象46人，有5个经常不按时报到")).toEqual(["46人", "5人"]);
  });
});

describe("stored items start and end with their content", () => {
  it("leaves out a lead-in that only says the kind, and a closing 。", () => {
    const ex = run("今年调解纠纷58起。目前最大的困难是调解员老龄化。明年的重点是培养年轻调解员。");
    expect(ex.items.map((i) => i.text)).toEqual(["今年调解纠纷58起"]);
    expect(ex.problems).toEqual(["调解员老龄化"]);
    expect(ex.plans).toEqual(["培养年轻调解员"]);
    // What only starts like a lead-in keeps its words.
    expect(run("问题清单梳理了42条").items.map((i) => i.text)).toEqual(["问题清单梳理了42条"]);
  });
});
