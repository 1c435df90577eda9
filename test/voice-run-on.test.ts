import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { isVoiceRun, punctuateVoiceRun, tidyVoiceClause } from "../src/domain/voice-run-on.js";

/** Voice-to-text input: one long dictated run, no punctuation, fillers and discourse words. */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string) => extractUpdate(text, org, { today: "2025-12-22" });

describe("a dictated run-on message", () => {
  it("reads work, problem and plan apart, with no opener and labels that stop at a turn", () => {
    const ex = read(
      "那个我说一下啊就是这个月我们那个特派员的工作嗯主要是去了柳河乡还有石桥镇两个地方然后培训了大概有两百多个农户吧主要讲的是中药材的种植技术然后还发了那个技术手册五百本左右问题的话就是人手太少了明年想再招两个人",
    );
    expect(ex.items.map((i) => i.text).join("")).not.toMatch(/说一下|嗯|那个|然后|吧/);
    expect(ex.items.map((i) => i.text).join("")).toContain("去了柳河乡还有石桥镇两个地方");
    expect(ex.problems).toEqual(["人手太少了"]);
    expect(ex.plans).toEqual(["明年想再招两个人"]);
    const byRaw = new Map(ex.figures.map((f) => [f.raw, f]));
    expect(byRaw.get("两百多个")?.kind).toBe("achieved");
    expect(byRaw.get("两百多个")?.context).toBe("培训了"); // the estimate word 大概有 belongs to the figure, not its label (figure-label.ts ESTIMATE_END);
    expect(byRaw.get("五百本左右")?.context).toBe("还发了技术手册");
    // What a figure counts ends at the turn too: 两个 地方, 两百多个 农户 (not 「地方然后」「农户吧主要讲」).
    expect(byRaw.get("两个")?.counted).toBe("地方");
    expect(byRaw.get("两百多个")?.counted).toBe("农户");
    expect(byRaw.get("两个人")?.kind).toBe("target");
    for (const f of ex.figures) expect(f.context).not.toMatch(/然后|吧|问题的话/);
  });

  it("turns at other discourse words and heads, said another way", () => {
    const ex = read(
      "汇报一下哈这周我们检查了十七家小餐馆查出问题二十三处当场整改了十九处剩下的四处还没改完再一个就是夜市那块摊贩反复回潮困难是执法人员太少下周准备联合市场监管搞个集中整治",
    );
    expect(ex.items.map((i) => i.text).join("")).not.toMatch(/汇报/);
    expect(ex.items.map((i) => i.text).join("")).toContain("当场整改了十九处");
    expect(ex.problems.join("|")).toContain("剩下的四处还没改完");
    expect(ex.problems.join("|")).toContain("夜市那块摊贩反复回潮");
    expect(ex.problems.join("|")).toContain("执法人员太少");
    expect(ex.problems.join("|")).not.toMatch(/困难是|再一个/);
    expect(ex.plans).toEqual(["下周准备联合市场监管搞个集中整治"]);
    expect(ex.figures.find((f) => f.raw === "四处")?.kind).toBe("problem");
  });

  it("hears 主要难处是, a speaker's self-introduction and 后面打算 as turns too", () => {
    const a = read(
      "嗯那个我们站里说一下啊今年动物防疫春秋两季集中免疫都搞完了一共打了十五万头份左右另外检疫了生猪三万二千头吧主要难处是村级防疫员工资太低好几个都不想干了下一步想跟财政申请一下提高补助",
    );
    expect(a.items.map((i) => i.text).join("")).not.toMatch(/说一下|主要$/);
    expect(a.problems).toEqual(["村级防疫员工资太低好几个都不想干了"]);
    expect(a.plans).toEqual(["下一步想跟财政申请一下提高补助"]);
    const b = read(
      "各位领导我是王芳这周去了三个社区检查电动车充电的情况当场拆了飞线二十多处然后周四开了个物业企业的会不过有两个小区的物业一直没来人后面打算约谈他们的负责人",
    );
    expect(b.items[0]?.text).toMatch(/^这周去了三个社区/);
    expect(b.problems).toEqual(["不过有两个小区的物业一直没来人"]);
    expect(b.plans).toEqual(["后面打算约谈他们的负责人"]);
  });

  it("turns where only the subject changes after a finished clause, not at the place one went to", () => {
    const ex = read(
      "刘局我给您汇报一下就是校舍维修这块城关小学的屋面已经修好了实验中学还没开工材料还在路上另外跑了黄沙镇还有白马乡两个地方看了看食堂",
    );
    expect(ex.items.map((i) => i.text)).toEqual([
      "校舍维修这块城关小学的屋面已经修好了",
      "跑了黄沙镇还有白马乡两个地方看了看食堂",
    ]);
    expect(ex.problems).toEqual(["实验中学还没开工材料还在路上"]);
    expect(ex.items.map((i) => i.text).join("")).not.toContain("刘局");
  });

  it("only a long run with no punctuation at all is a voice run", () => {
    expect(isVoiceRun("上午开会传达了县里的文件下午把材料报上去了")).toBe(false); // short
    const long =
      "今年我们科一共办了五十二件建议提案然后全部按时办结了问题的话就是有几件涉及资金的答复不够具体";
    expect(isVoiceRun(long)).toBe(true);
    expect(isVoiceRun(`${long}。`)).toBe(false);
    expect(punctuateVoiceRun(long.replace("然后", "，然后"))).toBeUndefined();
    expect(punctuateVoiceRun(long)).toBe(
      "今年我们科一共办了五十二件建议提案，全部按时办结了，问题的话就是有几件涉及资金的答复不够具体",
    );
  });

  it("leaves a typed message to the ordinary rules: its fillers and words stay", () => {
    const ex = read("人手太少，然后那个经费也紧张嗯。明年再招两个人。");
    expect(ex.problems[0]).toContain("然后那个经费也紧张嗯");
  });

  it("tidies spoken heads off a clause but never empties it", () => {
    expect(tidyVoiceClause("问题的话就是人手太少了")).toBe("人手太少了");
    expect(tidyVoiceClause("再一个就是系统老是卡")).toBe("系统老是卡");
    expect(tidyVoiceClause("另外三个因为管线迁移卡住了")).toBe("另外三个因为管线迁移卡住了");
    expect(tidyVoiceClause("问题是")).toBe("问题是");
  });
});
