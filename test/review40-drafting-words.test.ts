import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { planSentence, problemPart } from "../src/drafting/offline-plan.js";

/**
 * review40: round thirty-nine's written forms (reached-and-short.ts, trouble-degree.ts, plan-counted-object.ts) tried
 * on ordinary sentences they were not written for. A drafting rewrite never changes a figure or a meaning.
 */
const date = "2026-06-10";
const w = (s: string) => cleanChat(s, date);

describe("不够 → 不足 only where it says short, not in the question 够不够", () => {
  it.each(["资金够不够 还得再算", "人手够不够用，年底再看"])("「%s」 keeps its question", (said) => {
    expect(w(said)).not.toContain("够不足");
    expect(w(said)).toContain("够不够");
  });
  it("a shortfall still reads 不足", () => {
    expect(w("人手也不够用了")).toBe("人手也不足");
    expect(w("人手还不够")).toBe("人手仍不足");
  });
});

describe("没人修/没人管 are 无人维修/无人管护 only as a whole word, not the first character of another verb", () => {
  it.each([
    ["行道树没人修剪", "修剪"],
    ["方案没人修改", "修改"],
    ["村道没人修建", "修建"],
    ["这事没人管得了", "管得了"],
    ["河道采砂没人管控", "管控"],
  ])("「%s」 keeps %s", (said, verb) => {
    expect(w(said)).toContain(verb);
    expect(w(said)).not.toMatch(/维修[剪改建]|管护[得控]/u);
  });
  it("the words alone still read as before", () => {
    expect(w("路灯好多坏了没人修")).toBe("路灯部分已损坏、无人维修");
    expect(w("健身器材没人管")).toContain("无人管护");
  });
});

describe("太 + a falling short is 过于, but 不太 (not very) says the opposite and stays", () => {
  it("不太复杂、不太集中 keep their 不太", () => {
    expect(w("申报流程不太复杂")).not.toContain("过于");
    expect(w("企业布局不太集中")).not.toContain("过于");
  });
  it("太复杂 still reads 过于复杂", () => {
    expect(w("申报流程太复杂")).toBe("申报流程过于复杂");
  });
});

describe("money handed out said with a rough 万 (3.2万多) keeps its 多 before the 元", () => {
  it("补贴发了3.2万多 → 发放补贴3.2万多元, never 3.2万元多", () => {
    expect(w("补贴一共发了3.2万多")).not.toContain("万元多");
    expect(w("补贴一共发了3.2万多")).toMatch(/发放补贴3\.2万(?:多|余)元/u);
  });
  it("a round amount as before", () => {
    expect(w("科技创新券发了120万")).toBe("发放科技创新券120万元");
  });
});

describe("a generic plan takes a topic that names a line of work, never a pronoun or the office", () => {
  it.each([
    "咱们这块人手少，明年加强管理",
    "他们那边意见多，明年加强管理",
    "大家那边反映多，明年加强管理",
    "局里这块经费紧，明年加强管理",
  ])("「%s」 → 加强管理", (message) => {
    expect(planSentence("明年加强管理", "2026-12-05", message)).toBe("加强管理");
  });
  it("a topic of work still named", () => {
    expect(planSentence("明年加强管理", "2026-12-05", "农家书屋这块有的长期关门，明年加强管理")).toContain(
      "加强农家书屋管理",
    );
  });
});

describe("a plan's thing taken from the problem keeps 基本 where it is part of the name (基本农田), not a share", () => {
  it.each([
    ["基本农田灌溉设施老化严重，明年争取资金改造", "争取资金改造基本农田灌溉设施"],
    ["基本公共服务设施陈旧，明年争取资金改造", "争取资金改造基本公共服务设施"],
  ])("「%s」 → %s", (message, want) => {
    expect(planSentence("明年争取资金改造", "2026-12-05", message)).toBe(want);
  });
  it("基本 said of how many (基本都老化了) is still no part of the thing", () => {
    expect(planSentence("明年争取资金改造", "2026-12-05", "村里设备基本都老化了，明年争取资金改造")).toBe(
      "争取资金改造村里设备",
    );
    expect(planSentence("明年争取资金改造", "2026-12-05", "村里设备基本上老化了，明年争取资金改造")).toBe(
      "争取资金改造村里设备",
    );
  });
});

describe("送了 + what is handed out is 发放 only when the office hands it out, not when it is given to the office", () => {
  it("送来了 (towards the speaker) and 送了我们 stay received", () => {
    expect(w("县农业农村局送来了一批化肥")).not.toContain("发放");
    expect(w("企业送了我们一批图书")).not.toContain("发放");
  });
  it("handed out to those served still reads 发放", () => {
    expect(w("给农户送了技术手册300本")).toBe("为农户发放技术手册300本");
    expect(w("送去了种子500斤")).toContain("发放种子");
  });
});

describe("来了 after a verb of bringing or sending is its direction (带来了、发来了), never 迎来/到访", () => {
  it.each([
    ["专家带来了新品种", "带来"],
    ["市局发来了通知", "发来"],
    ["厂家运来了一批设备", "运来"],
    ["省里拨来了资金", "拨来"],
    ["县农业农村局送来了一批化肥", "送来"],
    ["化肥昨天送来了", "送来"],
  ])("「%s」 keeps %s", (said, verb) => {
    expect(w(said)).toContain(verb);
    expect(w(said)).not.toMatch(/迎来|到访/u);
  });
  it("来了 as the main verb still reads as before", () => {
    expect(w("今天来了80多人")).toContain("参加");
    expect(w("上午省农科院的专家来了")).toContain("到访");
  });
});

describe("a clause after a problem that says how quickly work was done (不到半年建成…) is work, not the problem's size", () => {
  it.each([
    ["人手不够，不到半年建成3个基地", "人手不够"],
    ["人手紧张，刚三个月就完成验收", "人手紧张"],
  ])("「%s」: the problem is %s", (said, problem) => {
    expect(problemPart(said)).toBe(problem);
  });
  it("the size of the trouble stays in it (trial39b)", () => {
    expect(problemPart("入住率不高，才六成左右")).toBe("入住率不高，才六成左右");
    expect(problemPart("经费紧张，只有40%到位")).toBe("经费紧张，只有40%到位");
  });
});
