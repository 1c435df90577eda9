import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { cardRows } from "./helpers/card-rows.js";
import { offlineDraftOfRows } from "./fixtures/drafting/one-section-draft.js";
import { writtenClause } from "./helpers/spoken-clauses.js";

/**
 * draft55 (县科学技术局, 黄山; 徽州话-touched 普通话): each class of rule with sentences written for the test (not the
 * spoken-clauses-55 fixture), and sentences each rule must leave alone. docs/drafting.md 第五十五轮.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const w = (said: string, kind: "work" | "problem" | "plan" = "work") =>
  writtenClause({ kind, said, bad: [], keep: [] });
const x = (said: string) => extractUpdate(said, org, { today: "2026-12-05" });

describe("draft55: the card's rows", () => {
  it("drops a weekday with its week from the label (上周三去了 → no 三 left)", () => {
    expect(cardRows("上周五跑了三个村搞科技赶集").join("|")).not.toMatch(/^五|\|五/u);
    expect(cardRows("礼拜二去了4个合作社").join("|")).not.toMatch(/二/u);
    expect(cardRows("周三去了2个村").join("|")).toContain("2个村");
  });
  it("reads a rough head count typed before its people as those people (来了200多村民 → 参加村民)", () => {
    expect(cardRows("科技赶集发了资料600份 来了200多群众").join("|")).toContain("参加群众 200多");
    expect(cardRows("茶叶培训来了五十多茶农").join("|")).toContain("茶农");
    expect(cardRows("放了2群羊").join("|")).toContain("2群");
  });
  it("writes a plan's 打算去 as 赴", () => {
    expect(cardRows("下个月准备去4个村").join("|")).toMatch(/赴 4个村/u);
    // Lead55: with what is to be done there said after the places, the row is named by it (card-plan-place-55).
    expect(cardRows("下个月准备去4个村调研").join("|")).toContain("调研的村 4个");
  });
});

describe("draft55: 徽州 words and spoken phrasing in the draft", () => {
  it("writes 么事、晓得、蛮 as a 公文 does", () => {
    expect(w("茶叶讲座 办了十场 么事都讲")).toBe("茶叶讲座，举办10场，内容涵盖各个方面");
    expect(w("科普基地 免费开放 晓得的人还不多")).toContain("知晓度还不高");
    expect(w("设备坏了三个月都没人晓得", "problem")).toContain("未能及时发现");
    expect(w("茶企培训 来了四十多人 大家听了蛮欢喜")).not.toMatch(/蛮|欢喜/u);
    expect(w("采茶机推广了80台 蛮好")).not.toMatch(/蛮|良好/u);
    expect(w("乡镇么事仪器都没有", "problem")).toContain("缺少仪器");
    expect(w("心里蛮急的 怕搞不完", "problem")).toBe("");
  });
  it("writes what was handed in, registered and won", () => {
    expect(w("专利申报 有4家材料已交上去")).toContain("4家已报送材料");
    expect(w("科技型企业入库 入了五十家")).not.toContain("入了");
    expect(w("科技竞赛 拿了市里两个奖")).toContain("获市级奖项2个");
    expect(w("农产品检测 检验样品搞了六百多批次")).not.toContain("开展");
  });
  it("writes problems and plans said plainly", () => {
    expect(w("项目批复拖了小半年", "problem")).toContain("滞后近半年");
    expect(w("农技员来了三年就走", "problem")).toContain("工作三年即离开");
    expect(w("专利申请量明年要冲到两百件", "plan")).toContain("力争达到200件");
    expect(w("下个月准备去6个合作社走访", "plan")).toBe("1月赴6个合作社走访");
    expect(w("茶叶质量安全监管工作下步继续抓 不能松", "plan")).toContain(
      "继续抓好茶叶质量安全监管工作，毫不放松",
    );
  });
  it("keeps a place said with 那边 before an event, and a topic before a technique put to use", () => {
    expect(w("老街广场那边搞了个科普展览")).toContain("在老街广场");
    expect(w("三月份在宏村那边办了个培训班")).toContain("在宏村");
    expect(w("科普这块 搞了个活动")).not.toContain("在");
    expect(w("太平猴魁这块 推广有机肥替代技术 覆盖茶园三千亩")).toContain("太平猴魁");
  });
  it("names who performed, and writes 新建改建 whole", () => {
    expect(w("徽剧这块 春节外出演出十场")).toBe("徽剧春节外出演出10场");
    expect(w("公厕 新建改建了八座")).toBe("公厕，新建改建8座");
    expect(w("示范基地，建成，3个")).toContain("建成");
    expect(w("茶业科技 建了两个示范基地")).not.toContain("建成，");
  });
});

describe("draft55: problems said in dialect are problems", () => {
  it("reads 无够、无人管、无装、来了两年就走 as problems", () => {
    for (const said of ["科普经费无够", "农家书屋无人管", "好多村点无装设备", "技术员干了两年就走"]) {
      const e = x(said);
      expect(e.problems.length, said).toBeGreaterThan(0);
      expect(e.items.length, said).toBe(0);
    }
    expect(x("无人机巡查了20个茶园").items.length).toBeGreaterThan(0);
  });
});

describe("draft55: the offline opening and a 代报's bare line of work", () => {
  const org2 = parseOrg({
    unit: "示例县科学技术局",
    superiors: "县委、县政府",
    sections: [
      { id: "proj", name: "科技项目" },
      { id: "pop", name: "科普宣传" },
    ],
    people: [
      { id: "a", name: "甲", role: "staff", sections: ["proj"] },
      { id: "b", name: "乙", role: "staff", sections: ["pop"] },
    ],
  });
  it("joins a bare topic to its clause in the opening's run of results (no 「X，」 or 「X方面，」)", async () => {
    const parts = (
      await offlineDraftOfRows(org2, [
        { author: "a", section: "proj", date: "2026-11-20", text: "新安江生态补偿 科技项目立了五项" },
        { author: "b", section: "pop", date: "2026-11-21", text: "科普进村 全年搞了二十场" },
      ])
    ).parts;
    const opening = parts.find((p) => p.kind === "opening")?.paragraphs[0] ?? "";
    expect(opening).toContain("5项");
    expect(opening).not.toMatch(/新安江生态补偿[，,]|科普进村[，,]|方面[，,]/u);
  });
  it("drops a line of work said bare before a clause that says it again, and writes 下去了 + villages as 深入", () => {
    expect(w("帮小胡报下 佢负责嘅科普 今年办了科普讲座九场")).not.toMatch(/^科普[，,]/u);
    expect(w("特派员全年下去了三十几个村")).toContain("深入30余个村");
  });
});
