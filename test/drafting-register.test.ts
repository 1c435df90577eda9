import { appPerTest } from "./helpers/app-per-test.js";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFigures } from "../src/domain/figures.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { checkRegister } from "../src/drafting/check-register.js";
import { NO_WORK } from "../src/drafting/draft-model.js";
import { groundingFor } from "../src/drafting/ground-figures.js";
import {
  arabicFigures,
  dropChatTags,
  fixTypos,
  plainNumerals,
  restoreObject,
  writtenForm,
} from "../src/drafting/polish-prose.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { renderMarkdown } from "../src/export/render-markdown.js";
import { type FakeOpenAI, startFakeOpenAI } from "./fakes/fake-openai.js";
import { CULTURE_MESSAGES, CULTURE_ORG } from "./fixtures/drafting/culture-year.js";
import { MARKET_MESSAGES, MARKET_ORG } from "./fixtures/drafting/market-year.js";
import { offlineYear } from "./fixtures/drafting/offline-year.js";
import { smartAnswer } from "./fixtures/drafting/smart-responder.js";
import { makeUpdate } from "./helpers/make-update.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * The offline drafter writes staff chat as 公文 sentences (tags, emoji and fillers out, counts in
 * Arabic digits, a figure's period kept, plan objects back, no heading over an empty body), and
 * 定稿 lists what still reads as chat — for model-written drafts too, which are checked, not rewritten.
 */

/** Chat markers, independent of the product's own check: what a 公文 editor would circle. */
const CHAT =
  /\p{Extended_Pictographic}|(?:那边|这边|这块|那块)(?=[，,：:。；;]|$)|挺|咱|啥|咋|搞(?!好)|弄|差不多|大概|来了|再(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|村)|全县|\d{1,2}月)|[。；，][。；，]/u;
/** A figure written with Chinese numerals (a lone 一 as an article aside). */
const CHINESE_FIGURE = /^[^\d]*[零〇二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/u;

describe("clause to 公文 sentence", () => {
  it("writes counts and amounts in Arabic digits, keeping 万/亿 and the value", () => {
    expect(arabicFigures("成交额一千二百万元，新增十五家，占百分之十五")).toBe(
      "成交额1200万元，新增15家，占15%",
    );
    expect(arabicFigures("服务农户叁佰余户，发现隐患叁处")).toBe("服务农户300余户，发现隐患3处");
    expect(arabicFigures("发放资料一万二千份，总投资两亿三千万元")).toBe("发放资料1.2万份，总投资2.3亿元");
    expect(arabicFigures("培训农民两百八十人次，二十多人参加")).toBe("培训农民280人次，20多人参加");
    // Vague, fixed or listed numbers stay as written.
    for (const kept of [
      "走访了十来个村",
      "三四家企业",
      "一是加强培训",
      "第一次会议",
      "十四五规划",
      "帮一家企业",
      "胸痛、卒中两个中心",
      "陆续开展",
      "贯彻党的二十大精神",
    ])
      expect(arabicFigures(kept)).toBe(kept);
    // The value never changes.
    for (const t of ["十二万五千元", "一点五亿元", "三百零五户", "百分之六点五"]) {
      const [before] = findFigures(t);
      const [after] = findFigures(arabicFigures(t));
      expect(after?.figure.value).toBe(before?.figure.value);
      expect(after?.figure.unit).toBe(before?.figure.unit);
    }
  });

  it("drops chat topic tags; a place or body becomes 「…方面」", () => {
    expect(dropChatTags("成果转化那边，这季度登记技术合同23项")).toBe("这季度登记技术合同23项");
    expect(dropChatTags("人才这块")).toBe("");
    expect(cleanChat("非遗那边😊 今天组织传承人进校园", "2026-05-20")).toBe("5月20日组织传承人进校园");
    expect(dropChatTags("县医院那边，协调设备2台")).toBe("县医院方面，协调设备2台");
    expect(dropChatTags("把这块地建成示范基地")).toBe("把这块地建成示范基地");
  });

  it("fixes 再/在 before a place or a time and 的/得 before a degree complement, nothing else", () => {
    expect(fixTypos("再城关镇开展安全生产检查")).toBe("在城关镇开展安全生产检查");
    expect(fixTypos("再全县范围内开展专利宣传周活动")).toBe("在全县范围内开展专利宣传周活动");
    expect(fixTypos("再5月份召开推进会")).toBe("在5月份召开推进会");
    expect(fixTypos("宣传工作做的非常扎实")).toBe("宣传工作做得非常扎实");
    for (const kept of [
      "明年再建3个",
      "再次开展检查",
      "明年再到城关镇开展",
      "做的工作很多",
      "再把村级广场配齐",
    ])
      expect(fixTypos(kept)).toBe(kept);
  });

  it("puts spoken clauses in the written register", () => {
    expect(cleanChat("今天下乡💪 给坪上村培训农民五十人👍 效果挺好的😄", "2026-11-03")).toBe(
      "11月3日下乡，为坪上村培训农民50人，效果良好",
    );
    expect(writtenForm("举办培训班两期的效果很好得到群众好评")).toBe("举办培训班2期，效果良好，得到群众好评");
    expect(writtenForm("帮十二家企业做了高企申报辅导")).toBe("帮助12家企业开展高企申报辅导");
    expect(writtenForm("看护人员太少了，经费也不太够")).toBe("看护人员不足，经费也不足");
  });

  it("keeps a quarter's figure in its quarter", () => {
    expect(cleanChat("这季度登记技术合同23项", "2026-11-20")).toBe("第四季度登记技术合同23项");
    expect(cleanChat("上个季度签约项目4个", "2026-02-10")).toBe("2025年第四季度签约项目4个");
  });

  it("gives a plan its object back from the message, and guesses nothing without one", () => {
    expect(restoreObject("建3个", "新建中药材示范基地4个，带动农户叁佰余户，明年计划再建3个")).toBe(
      "新建中药材示范基地3个",
    );
    expect(restoreObject("力争再创建1家", "全年创建3A级景区两家")).toBe("力争再创建3A级景区1家");
    expect(restoreObject("建3个", "组织培训5期")).toBe("建3个");
  });

  it("takes back the object said after its count, and never the bureau that did the work", () => {
    // 「俺们科今年弄了三场科普下乡…明年打算再搞五场」: 我局 is who did it, 科普下乡 what was done.
    expect(restoreObject("搞5场", "我局今年弄了三场科普下乡，每场来了一百二十号人")).toBe("开展科普下乡5场");
    expect(restoreObject("办8期", "局里今年办了6期培训班")).toBe("举办培训班8期");
    expect(restoreObject("搞5场", "我局今年弄了三场")).toBe("搞5场");
  });
});

const offlineDraft = (orgJson: unknown, messages: typeof CULTURE_MESSAGES) => offlineYear(orgJson, messages);
const cultureDraft = () => offlineDraft(CULTURE_ORG, CULTURE_MESSAGES);

/** The body sentences of a draft's parts that have material. */
function sentencesOf(d: Awaited<ReturnType<typeof cultureDraft>>): string[] {
  return d.parts
    .filter((p) => p.origin !== "placeholder")
    .flatMap((p) => [...p.paragraphs, ...p.items.map((i) => i.text)])
    .flatMap((t) => t.split(/(?<=[。！？])/u))
    .filter((s) => s.trim());
}

describe("offline draft of a year typed as chat (县文化和旅游局)", () => {
  it("keeps every reported figure, in Arabic digits, and no sentence reads as chat", async () => {
    const d = await cultureDraft();
    const parts = d.parts.filter((p) => p.origin !== "placeholder");
    const body = parts.flatMap((p) => [...p.paragraphs, ...p.items.map((i) => i.text)]);
    const sentences = body.flatMap((t) => t.split(/(?<=[。！？])/u)).filter((s) => s.trim());
    expect(sentences.length).toBeGreaterThan(30);
    expect(sentences.filter((s) => CHAT.test(s))).toEqual([]);
    const chinese = sentences.flatMap((s) =>
      findFigures(s)
        .map((f) => f.figure.raw)
        .filter((r) => CHINESE_FIGURE.test(r)),
    );
    expect(chinese).toEqual([]);
    // Every reported figure (value and unit) is in the draft.
    const key = (f: { value: number; unit: string }) => `${f.value}|${f.unit}`;
    const said = new Set(findFigures(body.join("\n")).map((f) => key(f.figure)));
    const reported = CULTURE_MESSAGES.flatMap((m) => findFigures(plainNumerals(m.text)).map((f) => f.figure));
    expect(reported.length).toBeGreaterThan(40);
    expect(reported.filter((f) => !said.has(key(f))).map((f) => f.raw)).toEqual([]);
    // The register check agrees: nothing left to list.
    expect(checkRegister(parts)).toEqual([]);
  });

  it("keeps quarter and half-year figures out of the opening's 「全年，」", async () => {
    const d = await cultureDraft();
    const opening = d.parts.find((p) => p.kind === "opening")?.paragraphs[0] ?? "";
    expect(opening).toContain("全年，");
    expect(opening).toContain("450万元");
    for (const partial of ["280万元", "1万册", "300余册", "30家次"]) expect(opening).not.toContain(partial);
    const relics = d.parts.find((p) => p.key === "section:relics");
    expect(relics?.items.map((i) => i.text).join("")).toContain("第四季度争取文物保护专项资金280万元");
  });

  it("gives plans their objects back and prints no heading over a section with only plans", async () => {
    const d = await cultureDraft();
    const plan =
      d.parts
        .find((p) => p.kind === "plan")
        ?.items.map((i) => i.text)
        .join("\n") ?? "";
    expect(plan).toContain("修缮古戏台2座");
    expect(plan).toContain("新建旅游厕所5座");
    expect(plan).toContain("创建3A级景区1家");
    expect(plan).toContain("招引文旅项目3个，总投资不低于5亿元");
    const industry = d.parts.find((p) => p.key === "section:industry");
    expect(industry?.origin).toBe("placeholder");
    expect(industry?.paragraphs).toEqual([NO_WORK]);
    const v = { title: d.title, parts: d.parts, version: 1, offline: true } as never;
    expect(renderMarkdown(v, { year: 2026 }, { review: true })).toContain(NO_WORK);
    const final = renderMarkdown(v, { year: 2026 }, { final: true });
    expect(final).not.toMatch(/### （[^）]+）[^\n]*文旅产业/u);
    expect(final.split("## 一、")[0]).not.toContain("文旅产业");
    expect(final).not.toMatch(/### [^\n]+\n+(?:###|## )/u);
  });
});

describe("the opening's figures", () => {
  it("keep the clause that says what a bare measure measures (「面积650亩」)", async () => {
    const d = await offlineDraft(CULTURE_ORG, [
      {
        author: "gao",
        section: "relics",
        date: "2026-06-02",
        text: "全年划定文物保护范围九处，面积六百五十亩",
      },
      { author: "tang", section: "culture", date: "2026-06-03", text: "全年送戏下乡演出四十场" },
    ]);
    const opening = d.parts.find((p) => p.kind === "opening")?.paragraphs[0] ?? "";
    expect(opening).toContain("划定文物保护范围9处，面积650亩");
  });
});

describe("offline draft of a held-out year (县市场监督管理局)", () => {
  it("reads as 公文: Arabic digits, no tags or typos, every figure kept", async () => {
    const d = await offlineDraft(MARKET_ORG, MARKET_MESSAGES);
    const sentences = sentencesOf(d);
    expect(sentences.filter((s) => CHAT.test(s))).toEqual([]);
    const chinese = sentences.flatMap((s) =>
      findFigures(s)
        .map((f) => f.figure.raw)
        .filter((r) => CHINESE_FIGURE.test(r)),
    );
    // 「两三个人」 is a vague number and stays in words; people are counted without 个 in writing (两三人, trial34).
    expect(chinese).toEqual(["两三人"]);
    const key = (f: { value: number; unit: string }) => `${f.value}|${f.unit}`;
    const said = new Set(findFigures(sentences.join("\n")).map((f) => key(f.figure)));
    const reported = MARKET_MESSAGES.flatMap((m) => findFigures(m.text).map((f) => f.figure));
    expect(reported.filter((f) => !said.has(key(f))).map((f) => f.raw)).toEqual([]);
    const text = sentences.join("\n");
    expect(text).toContain("在杨柳乡开展医疗器械使用单位专项检查");
    expect(text).toContain("对学校食堂开展全覆盖检查");
    expect(text).toContain("第三季度食品抽检完成620批次");
    expect(text).toContain("计量检定做得很扎实");
    // The plan with nothing to give it an object is left for the reviewer, and listed.
    const plan = d.parts.find((p) => p.kind === "plan");
    expect(checkRegister(plan ? [plan] : []).flatMap((f) => f.reasons)).toContainEqual(
      expect.stringContaining("没有写明对象"),
    );
  });
});

describe("the figures a model may write", () => {
  it("grounds 300余户 on a report that wrote 叁佰余户", () => {
    const u = makeUpdate({
      normalizedText: "服务农户叁佰余户",
      items: [{ text: "服务农户叁佰余户", figures: [] }],
      figures: [],
    });
    const g = groundingFor([u]);
    const text = "服务农户300余户";
    const [f] = findFigures(text);
    expect(f && g.allows(f, text)).toBe(true);
  });
});

let t: TestApp | undefined;
const apps = appPerTest();

async function report(app: TestApp, who: string, text: string, section = "") {
  const first = await app.sayText(who, text);
  // Someone with two sections is asked which one the message is for.
  if (/属于哪个科室/u.test(first)) await app.say(who, `科室 ${section}`);
  expect(await app.sayText(who, "全部确认")).toContain("已确认");
}

describe("through the engine", () => {
  it("offline: the draft reads as 公文, the export prints no bare heading, 定稿 lists what is left", async () => {
    t = await apps.open({ now: "2026-11-20T10:00:00+08:00" });
    await report(
      t,
      "赵丽",
      "成果转化那边，这个季度签了技术合同十七项，成交额八百四十万元；人才这块，引进硕士3名",
    );
    await report(t, "孙磊", "今天进村了🚜 给河口村讲了果树修剪 来了六十多个果农👏");
    await report(t, "王志强", "再城关镇组织了防汛演练，出动人员四十五人次", "综合管理与安全生产");
    // Only a plan, with nothing in the message to say what is built.
    await report(t, "徐芳", "明年打算再弄2个", "党建与作风建设");
    await t.say("周建国", "生成总结 2026");
    await (t.app.services.features.drafting as DraftingApi).whenIdle();
    const draft = await t.sayText("周建国", "查看草稿 2026");
    expect(draft).toContain("第四季度签订技术合同17项，成交额840万元");
    expect(draft).toContain("引进硕士3名");
    expect(draft).toContain("在城关镇组织防汛演练，出动人员45人次");
    expect(draft).toContain("为河口村讲解果树修剪");
    expect(draft).not.toMatch(/那边|这块|🚜|👏|十七项|八百四十万元|再城关镇/u);
    expect(draft).toContain(NO_WORK);
    const check = await t.sayText("周建国", "定稿 2026");
    expect(check).toContain("暂未定稿");
    expect(check).toMatch(
      /〔待核实〕工作计划第\d条：「[^」]*2个[^」]*」——[^\n]*(?:口语说法「弄」|没有写明对象)/u,
    );
    expect(await t.sayText("周建国", "待核实 2026")).toContain("口语说法「弄」");
    expect(await t.sayText("周建国", "仍要定稿 2026")).toContain("已定稿");
    const exported = await t.say("周建国", "导出 md 2026");
    const file = exported.find((r) => r.file)?.file;
    expect(file).toBeDefined();
    const md = readFileSync(file?.path ?? "", "utf8");
    expect(md).toContain("在城关镇组织防汛演练");
    expect(md).not.toMatch(/### [^\n]+\n+(?:###|## )/u);
  });
});

describe("a figure corrected in words", () => {
  it("reaches the draft in Arabic digits", async () => {
    t = await apps.open({ now: "2026-11-20T10:00:00+08:00" });
    await report(t, "陈静", "科普大篷车下乡巡展十二场，观众两千多人次");
    await t.say("陈静", "把刚才那条的十二场改成十四场");
    await t.say("陈静", "确认");
    const [stored] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(stored?.normalizedText).toContain("十四场");
    await t.say("周建国", "生成总结 2026");
    await (t.app.services.features.drafting as DraftingApi).whenIdle();
    const draft = await t.sayText("周建国", "查看草稿 2026 科普");
    expect(draft).toContain("巡展14场，观众2000多人次");
    expect(draft).not.toMatch(/十四场|十二场|12场/u);
  });
});

describe("with a model that copies staff chat", () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    fake.setDefault((r) => smartAnswer(r));
  });
  afterAll(() => fake.close());

  it("checks the model's sentences before 定稿 and does not rewrite them", async () => {
    t = await apps.open({
      now: "2026-11-20T10:00:00+08:00",
      env: { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: "sk-test", LLM_MODEL: "qwen-plus" },
    });
    await report(t, "陈静", "科普这块，办了科普讲座十二场 反响挺好的");
    await t.say("周建国", "生成总结 2026");
    await (t.app.services.features.drafting as DraftingApi).whenIdle();
    const draft = await t.sayText("周建国", "查看草稿 2026");
    // What the model wrote stays as it wrote it (checks, not rewrites)…
    expect(draft).toContain("十二场");
    // …and 定稿 lists it for the reviewer.
    const check = await t.sayText("周建国", "定稿 2026");
    expect(check).toMatch(/〔待核实〕（\S+）第1条：「[^」]*十二场[^」]*」——[^\n]*数字用了汉字「十二场」/u);
    expect(check).toMatch(/口语说法「挺」|话题标签/u);
  });
});

describe("turnout and success said in writing (round twenty-six's console trial)", () => {
  const written = (t: string) => cleanChat(t, "2026-11-20");
  it("「来的人少」 is 参与人数较少, never 「来较少」", () => {
    expect(written("有的村干部不太重视 来的人少")).toBe("有的村干部不太重视，参与人数较少");
    expect(written("培训班参加的人少")).toBe("培训班参加人数较少");
  });
  it("「办得挺成功的」 is 取得圆满成功, never 「办得较为成功的」", () => {
    expect(written("上半年科技活动周办得挺成功的，全县参与群众1.2万人次")).toBe(
      "上半年科技活动周取得圆满成功，全县参与群众1.2万人次",
    );
  });
});
