import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * A holiday or a season opening a step (「七一当天开表彰会」「汛期安排专人值班」「冬至那天去敬老院」
 * 「过了台风季再重新打桩」) is a plan while that time is ahead, and typed straight after work done it
 * begins a clause of its own. Before, each was read as work done with the clause before it (four
 * writers: b0-, d1-, d2-, b8-, and f2-). Round 28 tried a time-of-year table and lowered files:
 * 「春节前走访慰问…1200户」「重阳节给老人发补贴」「七一前组织党员参观，来了21个」 are told done and stay so.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string, today: string) =>
  (extractUpdate(text, org, { today }).clauses ?? []).map((c) => `${c.kind}:${c.text}`);

describe("a step opened by a holiday or a season", () => {
  it("is a plan while the time is ahead, and done when said so", () => {
    expect(read("七一当天开表彰会", "2026-06-28")).toEqual(["plan:七一当天开表彰会"]);
    expect(read("七一当天开了表彰会", "2026-06-28")).toEqual(["done:七一当天开了表彰会"]);
    expect(read("元旦那天组织干部去慰问环卫工人", "2026-12-20")).toEqual([
      "plan:元旦那天组织干部去慰问环卫工人",
    ]);
    expect(read("过了台风季再重新打桩", "2026-12-02")).toEqual(["plan:过了台风季再重新打桩"]);
    expect(read("等汛期过了再把堤脚加固一下", "2026-06-02")[0]).toMatch(/^plan:/);
  });

  it("typed straight after work done, begins a clause of its own", () => {
    expect(read("汛期前把应急物资查了一遍，沙袋300个都备齐了汛期安排专人值班", "2026-06-10")).toEqual([
      "done:汛期前把应急物资查了一遍，沙袋300个都备齐了",
      "plan:汛期安排专人值班",
    ]);
    expect(
      read("防汛应急演练搞完了，局里参加36人，演练用时40分钟主汛期实行领导带班值守", "2026-06-19"),
    ).toEqual(["done:防汛应急演练搞完了，局里参加36人，演练用时40分钟", "plan:主汛期实行领导带班值守"]);
    expect(read("主题党日去了红十三军纪念馆，参加26人冬至那天去敬老院慰问下老党员", "2026-12-04")).toEqual([
      "done:主题党日去了红十三军纪念馆，参加26人",
      "plan:冬至那天去敬老院慰问下老党员",
    ]);
    expect(read("发展新党员2名，1名预备党员转正七一当天组织大家去旧址搞主题党日", "2026-06-25")).toEqual([
      "done:发展新党员2名，1名预备党员转正",
      "plan:七一当天组织大家去旧址搞主题党日",
    ]);
    expect(read("防汛物资清点好了台风季前后安排人轮流值守", "2026-06-15")).toEqual([
      "done:防汛物资清点好了",
      "plan:台风季前后安排人轮流值守",
    ]);
  });

  it("work told with what it came to, or the occasion of yearly work, stays done", () => {
    expect(read("春节前走访慰问困难群众1200户", "2026-01-10")).toEqual(["done:春节前走访慰问困难群众1200户"]);
    expect(read("重阳节给全县80岁以上老人发高龄补贴，共5120人", "2026-09-20")[0]).toMatch(/^done:/);
    expect(read("七一前组织党员去县革命纪念馆参观，重温入党誓词，来了二十一个", "2026-06-28")[0]).toMatch(
      /^done:/,
    );
    expect(read("汛期值班到现在没断过，转移群众1360人", "2026-08-20")[0]).not.toMatch(/^plan:/);
    // A season already under way (汛期 said in August) sets no step ahead by itself.
    expect(read("汛期实行领导带班值守", "2026-08-10")[0]).not.toMatch(/^plan:/);
  });
});

describe("还有 before 新 and its verb is one more thing told (kind29)", () => {
  it("is no count left: what follows says its own kind", () => {
    const today = "2026-12-04";
    expect(read("今天搞了个成果对接，还有新引进博士1名到企业工作站", today)).toEqual([
      "done:今天搞了个成果对接，新引进博士1名到企业工作站",
    ]);
    expect(read("还有新建的2个基地也挂牌了", today)).toEqual(["done:新建的2个基地也挂牌了"]);
    expect(read("还有新招的3个特派员已经下村了", today)).toEqual(["done:新招的3个特派员已经下村了"]);
    expect(read("还有新认定的科普基地2家", today)).toEqual(["done:新认定的科普基地2家"]);
    // What is left, and what is new and not done, are problems still.
    expect(read("还有3户没签约", today)).toEqual(["problem:还有3户没签约"]);
    expect(read("还有新建的2个基地没验收", today)[0]).toMatch(/^problem:/);
  });
});
