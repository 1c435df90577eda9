import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round twenty-six's clause-kind classes (docs/extraction.md, 第二十六轮, kind26), on wording of its own
 * (none of these sentences is in the corpus), with near misses that must stay.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string, today: string, time?: string) =>
  (extractUpdate(text, org, { today, time }).clauses ?? []).map((c) => [
    c.kind,
    c.text.replace(/[，。]$/, ""),
  ]);
const kindOf = (text: string, part: string, today: string) =>
  read(text, today).find(([, t]) => t?.includes(part))?.[0];

describe("a step opened by a month's part or 节后/年后, typed straight after work done (d2-, b8-, e0-)", () => {
  it("cuts where the time opens a step ahead of the day the message was sent", () => {
    expect(read("全镇安全生产大排查弄完了十二月份开总结会", "2026-11-10")).toEqual([
      ["done", "全镇安全生产大排查弄完了"],
      ["plan", "十二月份开总结会"],
    ]);
    expect(kindOf("老党员的慰问品都发下去了节后组织他们座谈一次", "座谈", "2026-01-20")).toBe("plan");
    expect(kindOf("跟高校签了技术服务协议5份八月中旬带企业去武汉对接", "武汉", "2026-06-10")).toBe("plan");
  });

  it("keeps a month already past, and a thing named by its time, with the work done", () => {
    expect(kindOf("跟高校签了技术服务协议5份六月中旬带企业去武汉对接了", "武汉", "2026-07-15")).toBe("done");
    expect(read("昨天开了明年春运安全工作部署会", "2026-12-03")).toEqual([
      ["done", "昨天开了明年春运安全工作部署会"],
    ]);
    expect(read("截至11月底累计完成造林3200亩", "2026-12-03")).toEqual([
      ["done", "截至11月底累计完成造林3200亩"],
    ]);
  });
});

describe("one of what was counted singled out, with nothing done said of it (d3-, sealed b9-; 38- 41- 46- 72- a6- e0- e1- label it so)", () => {
  it("有个/有一家/有户 + what it is doing is what is wrong with that one", () => {
    const t = "夜查了渣土车6个工地，有个工地晚上偷偷出土，明天约谈施工方";
    expect(kindOf(t, "偷偷出土", "2026-12-03")).toBe("problem");
    expect(kindOf("走访了9户养殖户，有户人家的粪污直接排到沟里", "排到沟里", "2026-12-03")).toBe("problem");
  });

  it("not one praised, nor 有个事; 有一个多月 is read by its own words", () => {
    expect(kindOf("有个村的文化礼堂评上市级示范", "示范", "2026-12-03")).not.toBe("problem");
    expect(kindOf("有一个多月没下雨了", "下雨", "2026-12-03")).toBe("problem");
    expect(read("有个事跟领导说一下，年终考核材料周五前交", "2026-12-03").map(([k]) => k)).not.toContain(
      "problem",
    );
  });
});

describe("words that say still-not, tomorrow and a deadline the rules had in other spellings (d2-, d3-, c0-, a6-, c9-, e0-)", () => {
  it("还未 is 还没; 木有 is 没有 (豫/皖北); 粤 仲未 reads 还未", () => {
    expect(kindOf("查了5家企业台账，有两本还未对清", "对清", "2026-12-03")).toBe("problem");
    expect(kindOf("合作社的分红方案报上去了，镇里的补助还木有下来", "补助", "2026-12-03")).toBe("problem");
    expect(kindOf("去咗4间厂核数，佢哋啲台账仲未整好", "台账", "2026-12-03")).toBe("problem");
  });

  it("粤 听日 is 明天; 礼拜三前、星期五前 and 冬至前 are deadlines as 周三前 and 春节前 are", () => {
    expect(read("今日同街道倾好咗，听日上昼去睇下场地", "2026-12-03", "10:00")).toEqual([
      ["done", "今日同街道倾好咗"],
      ["plan", "听日上昼去睇下场地"],
    ]);
    expect(kindOf("调查表收上来一半，礼拜五前收齐", "收齐", "2026-12-03")).toBe("plan");
    expect(kindOf("星期四前把表报到科里", "报到", "2026-12-03")).toBe("plan");
    expect(kindOf("冬至前在林区路口设3个卡点", "卡点", "2026-12-03")).toBe("plan");
  });
});

describe("接着 carries work on as 继续 does; 拟好了 is drafted, not intended (d2-, d3-; 92- 62- a0- c5- label 接着 a plan)", () => {
  it("接着 (粤 跟住) heading a step with nothing done is ahead", () => {
    expect(kindOf("合作社冷库的用地批下来了，接着帮他们申请冷链补贴", "冷链补贴", "2026-12-03")).toBe("plan");
    expect(kindOf("同两间企业签咗意向书；跟住帮佢哋搞技术对接", "技术对接", "2026-12-03")).toBe("plan");
    expect(kindOf("上午看了三个点，接着又去了两个村", "两个村", "2026-12-03")).toBe("done");
  });

  it("a plan drafted (拟好了、拟完了) is work done", () => {
    expect(read("冬季征兵的宣传方案拟好了", "2026-12-03")).toEqual([["done", "冬季征兵的宣传方案拟好了"]]);
    expect(kindOf("拟下个月开展一次消防演练", "消防演练", "2026-12-03")).toBe("plan");
  });
});

describe("old habits kept by those served (72- 93- 97- a4- c7- d3- e4-)", () => {
  it("还是习惯、还是认、照样往…倒 said of others is what is wrong", () => {
    expect(kindOf("秸秆还田示范推了3000亩，种植户还是习惯直接烧", "直接烧", "2026-12-03")).toBe("problem");
    expect(kindOf("家庭医生签约做了1200户，村民还是认镇上的诊所", "诊所", "2026-12-03")).toBe("problem");
    expect(kindOf("河道保洁员配齐了，沿河几家饭馆照样往河里倒泔水", "泔水", "2026-12-03")).toBe("problem");
  });

  it("not the office keeping its way, nor people still liking what was offered", () => {
    expect(kindOf("我们还是按老办法开展了入户宣传", "入户宣传", "2026-12-03")).toBe("done");
    expect(read("群众还是喜欢这种形式", "2026-12-03")).toEqual([["done", "群众还是喜欢这种形式"]]);
  });
});

describe("written after e5-'s first sight: 明个, one stretch singled out, 照老样子 (c9- e1- e3- e5-; tuned on e5-)", () => {
  it("明个 (赶明个) is 明天, not 说明个情况; 跟住 is read with no other dialect word in the message", () => {
    expect(read("河堤的台账都登记好了明个喊施工队来补护坡", "2026-12-03")).toEqual([
      ["done", "河堤的台账都登记好了"],
      ["plan", "明个喊施工队来补护坡"],
    ]);
    expect(kindOf("说明个情况，上周的培训开完了", "培训", "2026-12-03")).toBe("done");
    expect(kindOf("合作社冷库批下来了；跟住帮他们申请冷链补贴", "冷链补贴", "2026-12-03")).toBe("plan");
  });

  it("有一段…、有一台… singled out, and 照老样子 kept, are what is wrong", () => {
    expect(kindOf("巡了12公里河堤，有一段的护栏被车撞弯", "护栏", "2026-12-03")).toBe("problem");
    expect(kindOf("节水灌溉推了800亩，种植户还是照老办法漫灌", "漫灌", "2026-12-03")).toBe("problem");
  });
});

describe("开年 said ahead is the start of next year (a5- e4- e5-)", () => {
  it("开年 + a month, or 开年了, is ahead; 召开年度、开年以来 are not", () => {
    expect(read("冬春修剪示范点都选好了开年二月份组织现场会", "2026-12-03")).toEqual([
      ["done", "冬春修剪示范点都选好了"],
      ["plan", "开年二月份组织现场会"],
    ]);
    expect(kindOf("开年以来走访了30家企业", "走访", "2026-02-10")).toBe("done");
    expect(kindOf("上午召开年度安全生产工作会", "工作会", "2026-12-03")).not.toBe("plan");
  });
});

describe("weather said after work, then what it did with no sign of its own (b8- d1-; the weather class of 97- 89- a0- a1-)", () => {
  it("the weather and its bare consequence are the problem; 春旱 is weather", () => {
    expect(kindOf("发放宣传册2000份，咨询群众400多人次下午刮大风，摊子收得急", "收得急", "2026-05-20")).toBe(
      "problem",
    );
    expect(kindOf("三百亩玉米都种上了，今年春旱，苗出得不齐", "春旱", "2026-05-20")).toBe("problem");
  });

  it("not a weather warning sent, nor work done in the weather", () => {
    expect(kindOf("寒潮预警昨天发布了，短信覆盖九万多人次", "短信", "2026-12-03")).toBe("done");
    expect(kindOf("昨天下了场雨，活动照常开展", "照常", "2026-12-03")).toBe("done");
  });
});
