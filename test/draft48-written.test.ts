import { describe, expect, it } from "vitest";
import { labelWithTopic } from "../src/conversation/card-label-topic.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { planSentence, problemText } from "../src/drafting/offline-plan.js";

/** draft48: each class of the round's rules, with sentences the rule must leave alone. */
const work = (s: string) => cleanChat(s, "2026-12-05");
const problem = (s: string) => problemText(s, "2026-12-05");
const plan = (s: string) => planSentence(s, "2026-12-05");

describe("draft48: results said the way staff talk read as written", () => {
  it.each([
    ["下半年统计下来，科技型企业新增了九家", "统计下来"],
    ["防汛检查搞了六次，没发现大的隐患", "没发现"],
    ["去社区讲了八场反诈", "讲了"],
    ["市级项目批下来两个", "批下来"],
    ["農技員下去了十二個", "下去了"],
    ["狂犬疫苗打了两千来只", "打了"],
  ])("%s leaves no %s", (said, bad) => {
    expect(work(said)).not.toContain(bad);
  });

  it("keeps what was found, held and granted, and who went", () => {
    expect(work("防汛检查搞了六次，没发现大的隐患")).toContain("未发现重大隐患");
    expect(work("汛期巡查没发现问题")).toContain("未发现问题");
    expect(work("去社区讲了八场反诈")).toBe("进社区开展反诈讲座8场");
    expect(work("给老年协会讲了三场党课")).toContain("讲授党课3场");
    expect(work("市级项目批下来两个")).toContain("获批2");
    expect(work("農技員下去了十二個")).toContain("农技员深入基层12人");
    expect(work("科技特派员下去了九十来人次")).toContain("深入基层90余人次");
  });

  it("leaves alone what is no such result", () => {
    expect(work("讲解了2次以后农户都会了")).toContain("讲解");
    expect(work("他下去了三天")).not.toContain("深入基层");
    expect(work("去学校送了二百本科普书")).toContain("学校");
    expect(work("检查中发现隐患12处")).toContain("发现隐患12处");
  });

  it("writes a step of a line of work after it, on the card label too", () => {
    expect(work("奶牛改良这块，配种了六百来头")).toContain("奶牛改良配种600余头");
    expect(labelWithTopic("配", "黄牛冻精改良")).toBe("黄牛冻精改良配种");
    expect(labelWithTopic("配种", "猪场")).toBe("配种");
    expect(work("核桃这块，嫁接了两百来亩")).toContain("嫁接核桃200余亩");
  });
});

describe("draft48: problems still open say 尚未", () => {
  it.each([
    ["有3家合作社材料没弄完", "3家合作社材料尚未完成"],
    ["有两家企业材料没完成", "尚未完成"],
    ["部分村台账还没整完", "尚未完成"],
    ["有的乡镇冷链点没建好", "尚未建成"],
    ["研发费用一直没归集好", "一直未归集到位"],
    ["有4户的补贴没发到位", "尚未发放到位"],
    ["几个合作社账目没弄清楚", "尚未理清"],
    ["问题查出来了，但整改没跟上", "整改滞后"],
  ])("%s → %s", (said, want) => {
    expect(problem(said)).toContain(want);
  });

  it("leaves alone what is finished or no task", () => {
    expect(problem("有的企业没完没了地要材料")).toContain("没完没了");
    expect(problem("材料已经弄完了但还没批")).not.toContain("尚未完成");
  });
});

describe("draft48: plans", () => {
  it.each([
    ["明年配种争取搞到一千五百头", "达到1500头"],
    ["明年把排查的隐患都整改完", "全部整改完毕"],
    ["明年把在建的三个项目都验收掉", "全部完成验收"],
    ["明年特派员多下去几趟", "增加下乡服务次数"],
    ["明年要多讲几场反诈", "增加反诈讲座场次"],
    ["明年再招两个硕士", "招聘硕士2人"],
  ])("%s → %s", (said, want) => {
    expect(plan(said)).toContain(want);
  });
});
