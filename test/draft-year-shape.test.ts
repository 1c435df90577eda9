import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import type { DraftPart } from "../src/drafting/draft-model.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * The year summary's shape as people who write 公文 read it (own phrasings, a 文化和旅游局's year,
 * typed as in Feishu): a plan said for later this year is not next year's plan; year totals lead
 * their section; a shortfall is a problem; 口语 dates are written as dates; the opening says 全年 once.
 */
const org = parseOrg({
  unit: "示例县文化和旅游局",
  superiors: "县委、县政府",
  sections: [
    { id: "relic", name: "文物保护" },
    { id: "culture", name: "公共文化服务" },
    { id: "tour", name: "旅游市场" },
    { id: "law", name: "文化市场综合执法" },
  ],
  people: [
    { id: "a", name: "甲", role: "staff", sections: ["relic"] },
    { id: "b", name: "乙", role: "staff", sections: ["culture"] },
    { id: "c", name: "丙", role: "staff", sections: ["tour"] },
    { id: "d", name: "丁", role: "staff", sections: ["law"] },
  ],
});
const SECTION: Record<string, string> = { a: "relic", b: "culture", c: "tour", d: "law" };
type Row = [author: string, date: string, text: string];

async function draft(rows: Row[], period: { year: number; half?: 1 | 2 } = { year: 2026 }) {
  const store = memoryStore();
  await importRows(
    store,
    org,
    rows.map(([author, date, text], i) => ({ row: i + 1, author, section: SECTION[author]!, date, text })),
    new Date("2026-12-20T00:00:00Z"),
  );
  return draftOffline(org, groupMaterial(org, period, store.updates)).parts;
}
const body = (p: DraftPart | undefined) =>
  p ? [...p.paragraphs, ...p.items.map((i) => `${i.title}${i.text}`), p.closing ?? ""].join("\n") : "";
const part = (parts: DraftPart[], key: string) => parts.find((p) => p.key === key || p.kind === key);
const work = (parts: DraftPart[]) =>
  parts
    .filter((p) => p.kind === "section")
    .map(body)
    .join("\n");

/** Plans said before the year's end for later that year: [author, date, text, words of that plan]. */
const THIS_YEAR_PLANS: Array<[string, string, string, string[]]> = [
  [
    "b",
    "2026-06-18",
    "上半年送戏下乡48场。下半年将继续开展送戏下乡，再办2期非遗培训班",
    ["非遗培训班", "送戏下乡"],
  ],
  ["a", "2026-05-20", "完成3处县保单位的四有工作 接下来准备启动文物普查复核，争取9月底前完成", ["普查复核"]],
  ["c", "2026-06-30", "旅游市场上半年接待游客85萬人次，下一步打算搞个暑期旅游推介会😄", ["推介会"]],
  [
    "d",
    "2026-07-03",
    "检查网吧、KTV等场所126家次，7月份要开展暑期文化市场专项整治，国庆前再搞一次联合检查",
    ["专项整治", "联合检查"],
  ],
  ["c", "2026-04-08", "文旅消费季方案报上去了。三季度计划在古镇办文旅消费季活动", ["消费季活动"]],
  ["b", "2026-03-16", "图书馆新增图书8000册，后面几个月打算把总分馆建到12个乡镇", ["总分馆"]],
  ["a", "2026-08-25", "全县文物安全巡查56次；年底之前把2处险情文物抢险加固做完", ["抢险加固"]],
  ["d", "2026-09-09", "中秋国庆两节期间准备组织演出市场集中检查", ["演出市场"]],
];
/** Plans for next year, however early they were said: they stay. */
const NEXT_YEAR_PLANS: Row[] = [
  ["a", "2026-12-02", "明年计划完成2处文物保护单位的修缮工程"],
  ["b", "2026-11-28", "下一步，我们打算在全县建成村级文化服务点30个"],
  ["d", "2026-06-12", "执法这块明年打算推行全过程记录"],
  ["c", "2026-12-10", "2027年力争接待游客突破200万人次"],
];

describe("class 1: a plan for later this year is not next year's plan", () => {
  it.each(THIS_YEAR_PLANS)("%s %s「%s」", async (author, date, text, words) => {
    const parts = await draft([[author, date, text], ...NEXT_YEAR_PLANS]);
    const plan = body(part(parts, "plan"));
    for (const w of words) expect(plan, w).not.toContain(w);
    // Nor is it told as work done.
    expect(work(parts)).not.toMatch(/要开展|准备组织|打算|计划在|之前把/u);
    for (const w of ["修缮工程", "村级文化服务点30个", "全过程记录", "200万人次"]) expect(plan).toContain(w);
  });

  it("the second half's draft plans next year, as the year's does", async () => {
    const parts = await draft(
      [
        ["d", "2026-08-12", "暑期检查网吧42家次，下一步准备开展演出市场集中检查"],
        ["a", "2026-12-02", "明年计划完成2处文物保护单位的修缮工程"],
      ],
      { year: 2026, half: 2 },
    );
    const plan = body(part(parts, "plan"));
    expect(plan).not.toContain("演出市场");
    expect(plan).toContain("修缮工程");
  });

  it("a half-year draft keeps the second half's plans", async () => {
    const parts = await draft([THIS_YEAR_PLANS[0]!.slice(0, 3) as Row], { year: 2026, half: 1 });
    expect(body(part(parts, "plan"))).toContain("非遗培训班");
  });
});

/** A section with events through the year and a year total told in December. */
const TOTALS: Array<[string, Row[], string, RegExp]> = [
  [
    "全年共…",
    [
      ["b", "2026-02-24", "元宵灯会在人民广场办的，来了2万多人"],
      ["b", "2026-09-03", "图书馆9月新增图书1.5万册"],
      ["b", "2026-12-04", "全年共开展送文化下乡活动126场，惠及群众5.6万人次"],
    ],
    "送文化下乡活动126场",
    /^全年共/u,
  ],
  [
    "今年一共…",
    [
      ["d", "2026-04-11", "清明前检查了景区周边网吧23家"],
      ["d", "2026-12-09", "今年一共出动执法人员860人次，检查经营场所580家次，立案12起"],
      ["d", "2026-10-08", "国庆期间查处违规演出1起"],
    ],
    "出动执法人员860人次",
    /^全年共/u,
  ],
  [
    "累计…",
    [
      ["a", "2026-06-05", "文化和自然遗产日搞了文物保护宣传，发放资料3000份"],
      ["a", "2026-11-30", "累计完成不可移动文物保护标志碑安装210处"],
    ],
    "保护标志碑安装210处",
    // 累计 may count more than this year: it is not made 全年.
    /^累计/u,
  ],
];

describe("class 2: year totals lead their section", () => {
  it.each(TOTALS)("%s", async (_name, rows, total, starts) => {
    const parts = await draft(rows);
    const s = parts.find(
      (p) => p.kind === "section" && p.items.length + p.paragraphs.length > 0 && p.origin !== "placeholder",
    )!;
    const first = s.paragraphs[0] ?? `${s.items[0]?.title}${s.items[0]?.text}`;
    expect(first, body(s)).toContain(total);
    expect(first).toMatch(starts);
    // Said once, not again among the items.
    expect(body(s).split(total)).toHaveLength(2);
  });
});

describe("class 5: shortfalls, 口语 dates, one 全年", () => {
  it.each([
    ["a", "2026-12-03", "文物普查复核完成了48处，还差9处没复核完", "还差9处"],
    ["c", "2026-12-05", "A级景区创建完成2家，离年初定的5家目标还差3家", "还差3家"],
    ["d", "2026-12-05", "办理行政处罚案件12件，离全年任务差3件", "差3件"],
    ["b", "2026-12-07", "非遗传承人培训搞了3期 离目标差2期", "差2期"],
  ] as Array<
    [string, string, string, string]
  >)("%s %s「%s」 is a problem", async (author, date, text, short) => {
    const parts = await draft([[author, date, text]]);
    expect(work(parts)).not.toContain(short);
    expect(body(part(parts, "problems"))).toContain(short);
    expect(body(part(parts, "plan"))).not.toContain(short);
  });

  it.each([
    ["b", "2026-12-05", "12月3号在县剧院办了迎新年戏曲晚会，观众800人", "12月3日"],
    ["c", "2026-11-20", "3号那天组织了旅游安全培训，培训从业人员150人", "11月3日"],
    ["d", "2026-12-05", "礼拜三联合公安查了4家网吧", "12月2日"],
    ["a", "2026-12-10", "上周三县博物馆接待了研学团队3批", "12月2日"],
  ] as Array<[string, string, string, string]>)("%s %s「%s」 → %s", async (author, date, text, written) => {
    const w = work(await draft([[author, date, text]]));
    expect(w).toContain(written);
    expect(w).not.toMatch(/\d号|礼拜|周三|星期/u);
  });

  it("the opening says 全年 once", async () => {
    const parts = await draft([
      ["b", "2026-12-04", "全年共开展送文化下乡活动126场，惠及群众5.6万人次"],
      ["d", "2026-12-09", "执法这块全年累计出动执法人员860人次"],
      ["c", "2026-12-10", "旅游这块今年累计接待游客168万人次，旅游综合收入全年累计9.2亿元"],
      ["a", "2026-11-30", "文物保护全年累计安装保护标志碑210处"],
    ]);
    const opening = part(parts, "opening")!.paragraphs[0]!;
    expect(opening.match(/全年/gu), opening).toHaveLength(1);
    expect(opening).not.toMatch(/今年/u);
  });
});

/** [problem said in December, a plan that only shares a word with it, a plan that addresses it]. */
const PAIRS: Array<[string, string, string, string]> = [
  [
    "a",
    "文物保护专业人员短缺，全县只有2名专职文保员",
    "明年开展文物保护宣传月活动",
    "明年招聘文博专业人员3名，充实文保队伍",
  ],
  ["b", "乡镇综合文化站设施老化", "明年举办乡镇文艺汇演10场", "明年更新改造乡镇文化站设施8个"],
  ["c", "旅游旺季景区停车难😓", "明年开展景区服务质量提升行动", "明年在景区周边新建停车场2处"],
  ["d", "执法车辆不足，下乡检查经常要借车", "明年规范执法程序，推行全过程记录", "明年争取配备执法车辆2台"],
  [
    "b",
    "非遗传承人老龄化，年轻人不愿意学",
    "明年举办非遗展演10场",
    "明年开办非遗传承人研修班，招收青年学员30名",
  ],
  [
    "c",
    "部分乡村旅游点接待能力弱",
    "明年加强乡村旅游宣传推介",
    "明年培育乡村旅游重点村3个，提升民宿接待能力",
  ],
];

describe("class 4: a problem pairs with the plan that addresses it, or none", () => {
  it.each(PAIRS)("%s「%s」 is not answered by 「%s」", async (author, problem, loose) => {
    const parts = await draft([[author, "2026-12-08", `存在的问题：${problem}。${loose}`]]);
    const plan = part(parts, "plan")!;
    expect(body(part(parts, "problems"))).toContain(problem.slice(0, 6));
    expect((plan.unanswered ?? []).join("；"), body(plan)).toContain(problem.slice(0, 6));
  });

  it.each(PAIRS)("%s「%s」 is answered by its own measure", async (author, problem, loose, addresses) => {
    const parts = await draft([[author, "2026-12-08", `存在的问题：${problem}。${loose}。${addresses}`]]);
    const plan = part(parts, "plan")!;
    expect(plan.unanswered ?? [], body(plan)).toEqual([]);
  });
});
