import { describe, expect, it } from "vitest";
import { plainDialect } from "../src/domain/dialect-words.js";
import { kindOf, run } from "./helpers/extract-shapes.js";

/**
 * Round fifteen's class (docs/extraction.md, 第十五轮, ext15): what kind a clause is and what is a
 * figure, read by meaning — on wording of its own (none of these sentences is in the corpus), with
 * the near misses that must stay as they were.
 */
const figs = (text: string, today?: string) => run(text, today).figures.map((f) => [f.value, f.unit, f.kind]);

describe("dialect function words are read as their Mandarin counterparts", () => {
  it("keeps the length, so positions found in the mapped text hold in the original", () => {
    for (const t of [
      "积极性唔高",
      "搞咗两场，唔系三场",
      "冇得钱",
      "开店的冒几个",
      "阿拉社区勿来事",
      "老人攏聽無",
    ]) {
      expect(plainDialect(t)).toHaveLength(t.length);
    }
    expect(plainDialect("联系群众，关系系统")).toBe("联系群众，关系系统");
    expect(plainDialect("今年感冒的多，冒雨抢修")).toBe("今年感冒的多，冒雨抢修");
  });

  it("judges a dialect negation as the Mandarin one would be judged", () => {
    expect(kindOf("培训了三场，村民参加的积极性唔高", "积极性", "2026-11-20")).toBe("problem");
    expect(kindOf("办了两期电商班，学完真正开网店的冒几个", "开网店", "2026-11-20")).toBe("problem");
    expect(kindOf("我哋今年帮48户搞咗光伏", "光伏", "2026-11-20")).toBe("done");
  });

  it("takes back a number said wrong in dialect, and 个 counting people matches 人", () => {
    expect(figs("今年招咗协管员三十个，唔系，系三十五个", "2026-11-20")).toEqual([[35, "人", "achieved"]]);
    expect(figs("今年新招网格员二十多个，哦不是，是二十六个", "2026-11-20")).toEqual([
      [26, "人", "achieved"],
    ]);
  });
});

describe("problems said as a verdict, not with a problem word", () => {
  it("a bad quality, a doubled bad state, too little effect, damage by someone", () => {
    expect(kindOf("新装了16路监控，晚上画面模糊得很", "模糊")).toBe("problem");
    expect(kindOf("镇上办了农贸市场，摊位还是挤巴巴的，过道乱糟糟", "乱糟糟")).toBe("problem");
    expect(kindOf("搞了3次直播带货，带动作用比较有限", "有限")).toBe("problem");
    expect(kindOf("村口的宣传栏被人撕了好几次", "撕")).toBe("problem");
    expect(kindOf("山塘的溢洪道被村民填了一半", "填了")).toBe("problem");
  });

  it("the near misses: a remedy for the damage, an honour, 有限公司, no harm done", () => {
    expect(kindOf("抢修被洪水冲毁的便道3处", "抢修")).toBe("done");
    expect(kindOf("镇文化站被评为省级示范站", "评为")).toBe("done");
    expect(kindOf("引进农业科技有限公司2家", "有限公司")).toBe("done");
    expect(kindOf("森林防火期没有人员伤亡", "伤亡")).toBe("done");
  });

  it("moods and attitudes, people's will to act, complaints made, views held", () => {
    expect(kindOf("收了两季稻，价格不好，种粮户有点泄气", "泄气")).toBe("problem");
    expect(kindOf("个别商户对油烟整治不当回事", "不当回事")).toBe("problem");
    expect(kindOf("今年种油菜的积极性不大", "积极性")).toBe("problem");
    expect(kindOf("修路期间沿街商户投诉9起", "投诉")).toBe("problem");
    expect(kindOf("村民对垃圾站选址有怨言", "怨言")).toBe("problem");
    expect(kindOf("小微企业反映贷款门槛高", "门槛")).toBe("problem");
    expect(kindOf("受理群众投诉46件，全部办结", "受理")).toBe("done");
    expect(kindOf("走访企业20家，听取企业反映的困难", "听取")).toBe("done");
  });

  it("weather against the work, crops spoiled, things left unused, the old poor kind still there", () => {
    expect(kindOf("晒谷的时候连着下雨，有两成稻谷发了芽", "发了芽")).toBe("problem");
    expect(kindOf("连续降雨期间转移群众180人", "转移")).toBe("done");
    expect(kindOf("装了一批新桌椅，可惜没人来用", "没人来")).toBe("problem");
    expect(kindOf("好几户自己把烟感器拆了", "拆了")).toBe("problem");
    expect(kindOf("村卫生室的登记还是手写的", "手写")).toBe("problem");
    expect(kindOf("有些老人嫌麻烦不愿意去", "嫌麻烦")).toBe("problem");
    expect(kindOf("抓获犯罪嫌疑人3名", "嫌疑人")).toBe("done");
  });

  it("a remedy before a count keeps what follows as its object", () => {
    expect(kindOf("协调解决了5家企业的融资难问题", "融资难")).toBe("done");
    expect(kindOf("清理了二百多处乱堆乱放", "乱堆乱放")).toBe("done");
  });
});

describe("plans without a plan word", () => {
  it("first or next getting a thing done, a while on, ahead of a time, when it comes", () => {
    expect(kindOf("春灌先把两座泵站修好", "泵站", "2026-11-20")).toBe("plan");
    expect(kindOf("再过两个礼拜把全乡的医保缴费收齐", "医保", "2026-11-20")).toBe("plan");
    expect(kindOf("赶在上冻以前把管道埋下去", "管道", "2026-11-20")).toBe("plan");
    expect(kindOf("等专家到了就开始评审", "评审", "2026-11-20")).toBe("plan");
    expect(kindOf("到时候请市里的老师来讲课", "讲课", "2026-11-20")).toBe("plan");
    expect(kindOf("下年准备把5个村的路灯换了", "路灯", "2026-11-20")).toBe("plan");
    expect(kindOf("先把方案报上去了", "方案", "2026-11-20")).toBe("done");
  });

  it("a plan's next measure is no work done in the draft (下步继续做好…工作 is no heading)", () => {
    expect(kindOf("发放慰问金20万元。下步继续做好临时救助工作。", "临时救助", "2026-02-10")).toBe("plan");
  });
});

describe("what is not a figure, and what is", () => {
  it("two-digit years, schemes named with +, idioms with time words, a while on", () => {
    expect(figs("卫生院的DR是09年买的，今年检查了1200人次")).toEqual([[1200, "人次", "achieved"]]);
    expect(figs("推行“1+5”网格工作法，今年化解纠纷48件")).toEqual([[48, "件", "achieved"]]);
    expect(figs("三天打鱼两天晒网的现象还是有")).toEqual([]);
    expect(figs("再过两个礼拜把台账报上去", "2026-11-20")).toEqual([]);
  });

  it("counts said again as a topic, and after a demonstrative", () => {
    expect(figs("新建的3个便民服务点已经开放，三个便民服务点共接待群众900多人次")).toEqual([
      [3, "个", "achieved"],
      [900, "人次", "achieved"],
    ]);
    expect(figs("45名网格员参加了培训，这45人里有40名考试合格")).toEqual([
      [45, "名", "achieved"],
      [40, "名", "achieved"],
    ]);
    expect(figs("今年60岁以上2000人参加了体检")).toEqual([[2000, "人", "achieved"]]);
  });

  it("money said by what it is worth or earns, and the rest not yet paid", () => {
    expect(figs("给受灾户发了棉被大米，折合三十来万块")).toEqual([[300000, "元", "achieved"]]);
    expect(figs("一亩菜能挣四千出头")).toEqual([[4000, "元", "achieved"]]);
    expect(figs("补助资金兑付了300万元，还有五十多万没发下去")).toEqual([
      [3000000, "元", "achieved"],
      [500000, "元", "problem"],
    ]);
  });

  it("people counted with 个 by what they are", () => {
    expect(figs("今年带了3个徒弟")).toEqual([[3, "人", "achieved"]]);
    expect(figs("开了5个老年人书法课堂")).toEqual([[5, "个", "achieved"]]);
  });
});
