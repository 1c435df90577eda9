import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { offlineDraftOfRows } from "./fixtures/drafting/one-section-draft.js";

/**
 * 「…过了3家 2家场地不达标 明年再报」: a plan that is a bare verb once its lead is gone takes back the count that fell
 * short from the words before it even when no 还有/剩下 says it is what is left (round thirty-seven, fig37) — the
 * draft said only 「报。」.
 */
const org = parseOrg({
  unit: "示例县水利局",
  superiors: "县委、县政府",
  sections: [{ id: "w", name: "水资源管理" }],
  people: [{ id: "a", name: "甲", role: "staff", sections: ["w"] }],
});

async function planOf(text: string): Promise<string> {
  const parts = (await offlineDraftOfRows(org, [{ author: "a", section: "w", date: "2026-10-12", text }]))
    .parts;
  return (parts.find((p) => p.kind === "plan")?.items ?? []).map((i) => i.text).join("");
}

describe("a bare-verb plan after a counted shortfall", () => {
  it.each([
    ["帮8家取水户申报节水型单位 过了5家 3家计量设施不全 明年再报", "推动上述3家申报"],
    ["帮六个村申报美丽河湖，两个村没通过验收，明年再报", "推动上述2个村申报"],
  ])("「%s」 — the plan says 「%s」", async (text, want) => {
    expect(await planOf(text)).toContain(want);
  });
  it("what is left, said so, is still 其余", async () => {
    expect(await planOf("帮8家取水户申报节水型单位 过了5家，还有三家计量设施不全 明年再报")).toContain(
      "其余3家",
    );
  });
});
