import { describe, expect, it } from "vitest";
import type { Draft, DraftPart } from "../src/drafting/draft-model.js";
import { pendingText } from "../src/drafting/review-view.js";
import { offlineDraftOf } from "./helpers/offline-parts.js";

/**
 * draft50: a feeling said where the problems were asked for (「心里没底」「压力蛮大」) names no problem; the offline draft
 * wrote it into 存在的问题 as one. It is left out of the text and listed for the reviewer; a problem said with it stays.
 */

const draft = (text: string): Promise<Draft> =>
  offlineDraftOf([{ author: "chen-kp", section: "popsci", date: "2026-11-20", text }]);
const problems = (d: Draft) => d.versions[0]?.parts.find((p) => p.kind === "problems") as DraftPart;

describe("draft50: a feeling alone is not written as a problem", () => {
  it("leaves 心里没底 out of 存在的问题, keeps the problem said with it, and tells the reviewer", async () => {
    const d = await draft("今年在城关镇开展科普讲座3场。存在的问题：一是心里没底；二是讲解员太少。");
    const p = problems(d);
    const text = p.items.map((i) => i.text).join("；");
    expect(text).not.toContain("没底");
    expect(text).toContain("讲解员");
    expect(pendingText(d)).toContain("心里没底");
  });
});
