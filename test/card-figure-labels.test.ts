import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { findStatedFigures } from "../src/domain/figures.js";
import { parseOrg } from "../src/domain/org.js";
import { splitJobs } from "../src/domain/split-jobs.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * What the confirmation card lists (second new-user trial, O1): each figure once, with the phrase
 * that says what it counts — not the figure before it, not the whole clause, not a filler — and
 * the jobs of a long run as separate items.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const labels = (text: string) =>
  findStatedFigures(text).map(
    ({ figure: f }) => `${f.context} ${f.raw}${f.counted && !f.raw.endsWith(f.counted) ? f.counted : ""}`,
  );
const items = (text: string, today = "2026-12-04") =>
  extractUpdate(text, org, { today }).items.map((i) => i.text);

describe("figure labels", () => {
  it("two figures run together share the phrase before them, each with its own noun", () => {
    expect(labels("今年派驻点干部覆盖全镇九个村三十七个组")).toEqual([
      "派驻点干部覆盖全镇 九个村",
      "派驻点干部覆盖全镇 三十七个组",
    ]);
    expect(labels("开展家政培训40期2100人次")).toEqual(["开展家政培训 40期", "开展家政培训 2100人次"]);
    // The tester's lines (trial 2, c2 and c44).
    expect(labels("覆盖全县十二个镇八十六个村")).toEqual(["覆盖全县 十二个镇", "覆盖全县 八十六个村"]);
    expect(labels("培训农民120场次6500人次")).toEqual(["培训农民 120场次", "培训农民 6500人次"]);
  });

  it("a space typed for a comma ends the phrase: the label is not the whole clause", () => {
    expect(labels("礼拜三去城关小学讲了一堂防诈骗课 到场师生三百来人")).toEqual(["到场师生 三百来人"]);
    expect(labels("周五给县一中做了一场心理健康科普讲座 学生四百人参加")).toEqual(["学生 四百人"]);
  });

  it("a time said in passing is not part of the label", () => {
    expect(labels("前几个月组织养殖户培训8期")).toEqual(["组织养殖户培训 8期"]);
    expect(labels("下半年又推广稻渔综合种养600亩")).toEqual(["又推广稻渔综合种养 600亩"]);
  });

  it("a lone 一 counts a thing set up last in its clause, a session, a stint; not an article", () => {
    expect(labels("众创空间新建一个")).toEqual(["众创空间新建 一个"]);
    expect(labels("今年新增省级工程技术中心一家，市级两家")).toEqual([
      "新增省级工程技术中心 一家",
      "市级 两家",
    ]);
    expect(labels("举办电商培训班一期，学员60人")).toEqual(["举办电商培训班 一期", "学员 60人"]);
    expect(labels("抽调两名骨干到柳溪村蹲点一个月")).toEqual(["抽调 两名骨干", "到柳溪村蹲点 一个月"]);
    expect(labels("新建了一个村级服务站")).toEqual([]);
    expect(labels("开了一次会，村里只有一两个年轻人")).toEqual([]);
  });
});

describe("fillers and jobs as items", () => {
  it("a leading 「我把今年的说一下」 is no work item", () => {
    expect(items("我把今年全年的工作简单说一下，新建科普e站6个，培训群众900人次")).toEqual([
      "新建科普e站6个，培训群众900人次",
    ]);
    expect(items("我先把这个月的情况捋一下 走访企业十五家")).toEqual(["走访企业十五家"]);
    expect(items("把问题清单梳理一下，报给了县里")).toEqual(["把问题清单梳理一下，报给了县里"]);
  });

  it("a long run of work done is cut into its jobs; a job's details stay with it", () => {
    expect(
      splitJobs(
        "全年选派特派员三十名，覆盖九个乡镇，新建示范基地4个，面积1800亩，培训农民八十场次，培训了四千多人次，帮助群众增收900万元",
      ),
    ).toEqual([
      "全年选派特派员三十名，覆盖九个乡镇",
      "新建示范基地4个，面积1800亩",
      "培训农民八十场次，培训了四千多人次",
      "帮助群众增收900万元",
    ]);
    // Three pieces or fewer are one job told with its details.
    expect(splitJobs("新建示范基地4个，面积1800亩，带动农户120户")).toEqual([
      "新建示范基地4个，面积1800亩，带动农户120户",
    ]);
  });

  it("「就是…吧」 hedging work done is work done, not a problem", () => {
    const ex = extractUpdate("就是下乡跑了几趟吧，看了五个大棚", org, { today: "2026-12-04" });
    expect(ex.problems).toEqual([]);
    expect(
      extractUpdate("就是有两个大棚的棚膜被风刮坏了", org, { today: "2026-12-04" }).problems,
    ).toHaveLength(1);
  });
});

describe("the card, through the engine", () => {
  const { open } = appPerTest();

  it("shows each figure once with its own label, the jobs as items, and no filler item", async () => {
    const t = await open({ now: "2026-12-04T10:00:00+08:00" });
    const card = await t.sayText(
      "孙磊",
      "我把今年全年的说一下啊 我们一共选派科技特派员三十八名 覆盖全县十一个镇七十个村 建了食用菌示范基地四个 面积大概九百亩 培训农民九十场次 培训了五千多人次 问题是有的特派员下村少 明年打算再选派八名",
    );
    // The card writes a figure as the draft will (trial34): numerals in digits.
    expect(card).toContain("覆盖全县 11个镇");
    expect(card).toContain("覆盖全县 70个村");
    expect(card).not.toMatch(/覆盖全县11个 /);
    expect(card).not.toContain("说一下");
    expect(card).toMatch(
      /1\. 我们一共选派科技特派员三十八名，覆盖全县十一个镇七十个村\n2\. 建了食用菌示范基地四个/,
    );
    // The label is written as the draft writes it (card38), and a plan's 明年 stays as said, as on the card's plan
    // line (trial39: the card had 「2027年…」 beside 「明年…」).
    expect(card).toContain("明年打算再选派 8名（目标）");
    expect(card).not.toContain("2027年");
  });

  it("a message for two sections: 「人才这块的话，」 leaves no 「的话」 item", async () => {
    const t = await open({ now: "2026-12-04T10:00:00+08:00" });
    const reply = await t.sayText(
      "赵丽",
      "成果转化这边呢，帮企业登记技术合同九份；人才这块的话，引进博士两名，组织专家下企业服务六次",
    );
    expect(reply).toContain("分成了 2 条草稿");
    expect(reply).not.toMatch(/\d\. 的话/);
    expect(reply).toContain("引进博士两名");
  });

  it("work of the second half told in December is no plan on the card (trial 2, c43)", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    const card = await t.sayText(
      "孙磊",
      "今年上半年建成食用菌示范基地两个，下半年又推广到三个乡镇，总共带动农户三百二十户增收",
    );
    expect(card).not.toContain("（目标）");
    expect(card).not.toContain("下一步计划");
    expect(card).toContain("下半年又推广到三个乡镇");
  });
});
