import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import {
  byteSize,
  planReply,
  renderCard,
  replyCard,
  splitPost,
} from "../src/transports/feishu/render-card.js";

/** How one Reply becomes Feishu messages: text never dropped next to a card, drafts as posts. */
const card = {
  title: "2025年总结草稿 v1",
  blocks: ["状态：审核中"],
  buttons: [{ label: "待核实", command: "待核实" }],
};

describe("planReply", () => {
  it("puts a reply's own text inside its card, and leaves a card's plain copy out", () => {
    const warned: Reply = { text: "注意：仍有待核实的内容。", card };
    const plan = planReply(warned);
    expect(plan.map((p) => p.kind)).toEqual(["card"]);
    expect(JSON.stringify(plan[0])).toContain("注意：仍有待核实的内容。");
    const copy = planReply({ text: "【2025年总结草稿 v1】状态：审核中", card, textIsCardCopy: true });
    expect(JSON.stringify(copy)).not.toContain("【2025年总结草稿 v1】");
    expect(replyCard({ text: "x", card, textIsCardCopy: true })).toBe(card);
  });

  it("sends a long own text as a message before the card", () => {
    const long = "很长的说明。".repeat(400);
    expect(planReply({ text: long, card }).map((p) => p.kind)).toEqual(["text", "card"]);
  });

  it("renders a select_static whose options are the commands, with the subject on the callback", () => {
    const subject = { kind: "draft", id: "2025", version: 2, leadersOnly: true };
    const json = renderCard({
      ...card,
      select: {
        placeholder: "选择部分",
        options: [{ label: "（一）", command: "查看草稿 2025 （一）" }],
        subject,
      },
    }) as { body: { elements: Array<Record<string, unknown>> } };
    const select = json.body.elements.find((e) => e.tag === "select_static");
    expect(select).toMatchObject({
      options: [{ text: { tag: "plain_text", content: "（一）" }, value: "查看草稿 2025 （一）" }],
      behaviors: [{ type: "callback", value: { select: true, subject } }],
    });
  });

  it("sends rich text as posts (no text message), split between lines under the size limit", () => {
    const lines = Array.from({ length: 600 }, (_, i) => [
      { text: `${i + 1}.举办科技活动周，1500名群众参与。`, bold: i % 10 === 0 },
    ]);
    const rich = { title: "草稿", lines };
    const plan = planReply({ text: "plain", rich });
    expect(plan.every((p) => p.kind === "post")).toBe(true);
    const posts = splitPost(rich, 8 * 1024);
    expect(posts.length).toBeGreaterThan(1);
    for (const p of posts) expect(byteSize(p)).toBeLessThanOrEqual(8 * 1024);
    const all = posts.flatMap(
      (p) => (p as { zh_cn: { content: Array<Array<{ text: string }>> } }).zh_cn.content,
    );
    expect(all).toHaveLength(600);
    expect(all[0]?.[0]).toMatchObject({ tag: "text", style: ["bold"] });
  });
});
