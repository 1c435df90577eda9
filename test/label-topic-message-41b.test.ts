import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round forty-one (label41b): a topic opening the message (「农民田间学校这块，举办了5期，…」) is read as a clause of its
 * own, so the number's clause labelled the count 「举办 5期」 — label41's topic rule was never reached in a real
 * message. Sentences written for this test.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const card = (text: string) =>
  extractUpdate(text, org, { today: "2026-12-04" }).figures.map((f) => cardFigure(f));

describe("a topic said before the count reaches the label in a whole message", () => {
  it.each([
    ["农民田间学校这块，举办了5期，宣讲会那天来了40多家企业，高企今年共报了12家", "举办农民田间学校 5期"],
    ["新型职业农民培训那边，办了7期，还有安全检查查了30家", "举办新型职业农民培训 7期"],
    [
      "新型职业农民培训那边，办了7期，宣讲会那天来了40多家企业，高企今年共报了12家",
      "举办新型职业农民培训 7期",
    ],
    ["科普大集这一块呢，开展了两场，来了三百多人，另外走访了6个合作社", "开展科普大集 2场"],
    ["安全生产培训方面，开展了12场，检查企业47家，整改隐患30处", "开展安全生产培训 12场"],
    ["科普大集这一块呢，开展了两场，来了三百多人", "开展科普大集 2场"],
    ["科普大集這塊，開展了兩場，來了三百多人", "开展科普大集 2场"],
    ["农机手培训那边，组织了３期，另外走访了6个合作社", "组织农机手培训 3期"],
    ["防汛演练方面，搞了4次，演练中发现隐患2处", "开展防汛演练 4次"],
  ])("「%s」 → %s", (text, want) => {
    expect(card(text)).toContain(want);
  });
  it.each([
    // No topic, or the count is of bodies, not events: the verb stays alone (no topic invented).
    ["今年举办了5期，效果还行", "举办 5期"],
    ["合作社这块，新办了3家，办了2期培训", "举办培训 2期"],
    ["人才这块，引进了博士2名，办了3期", "举办 3期"],
  ])("unchanged: 「%s」 shows %s", (text, want) => {
    expect(card(text)).toContain(want);
  });
});

describe("the card, through the engine", () => {
  const { open } = appPerTest();
  it("「农民田间学校这块，举办了5期，…」 shows the school on the card", async () => {
    const t = await open({ now: "2026-12-04T10:00:00+08:00" });
    const reply = await t.sayText(
      "李明",
      "农民田间学校这块，举办了5期，宣讲会那天来了40多家企业，高企今年共报了12家",
    );
    expect(reply).toContain("举办农民田间学校 5期");
    expect(reply).not.toMatch(/· 举办 5期/);
  });
});

const shown = (text: string) =>
  extractUpdate(text, org, { today: "2026-12-04" }).figures.map((f) => cardFigure(f));

describe("label41's leftovers on the card, each a class", () => {
  it.each([
    // 报了 → 申报; 下去了/下乡了 → 下乡; 走了 → 走访; a word said twice once; 共有 → what is had.
    ["高企今年共报了12家", "高新技术企业申报 12家"],
    ["科技型中小企业评价我们共报了三十来家", "申报科技型中小企业评价 30余家"],
    ["科技成果报上去了6项", "科技成果上报 6项"],
    ["科技特派员共下去了20多趟", "科技特派员下乡 20多次"],
    ["今年农技员一共下乡了二十趟", "农技员下乡 20次"],
    ["我们下村了15趟", "下乡 15次"],
    ["差不多走了十几个村搞调研", "走访 10余个村"],
    ["走了4个乡镇", "走访 4个乡镇"],
    ["安全检查大约查了三十家左右的企业", "安全检查 约30家"],
    ["今年共有省级科技特派员工作站6个", "省级科技特派员工作站 6个"],
    ["今年共有市级星创天地３个", "市级星创天地 3个"],
  ])("「%s」 → %s", (text, want) => {
    expect(shown(text)).toContain(want);
  });
  it.each([
    // Already written (申报、上报、汇报、举报), 走了 of people, 共有 as a word, 共同体: kept.
    ["专利申报了8件", "专利申报 8件"],
    ["这周汇报了3次", "汇报 3次"],
    ["群众举报了5起", "群众举报 5起"],
    ["他们走了3个人", "他们走了 3人"],
    ["共有产权房建了20套", "共有产权房建立 20套"],
    ["共同体建了3个", "共同体建立 3个"],
    ["全县现有高新技术企业23家", "全县现有高新技术企业 23家"],
  ])("unchanged: 「%s」 shows %s", (text, want) => {
    // A problem's figure is marked （问题） after it: only the label and figure are compared.
    expect(shown(text).map((l) => l.replace(/（[^）]*）$/u, ""))).toContain(want);
  });
});
