import { describe, expect, it } from "vitest";
import { offlineDraftOf } from "./fixtures/drafting/one-section-draft.js";

/**
 * Lead's console trial, round forty-four: 「今年组织科技活动周1次」 was drafted as 「组织科技活动11月30日次」 — 周1 was read
 * as Monday and written as the date it was. A week that names an event (科技活动周、科普宣传周、安全生产月's 周) or a
 * rate (每周一次) is no weekday, and neither is a weekday numeral followed by a count word (周1次、周2场).
 */
async function sectionOf(text: string, date = "2026-12-02") {
  const d = await offlineDraftOf([text], date);
  return d.parts
    .filter((p) => p.kind === "section")
    .flatMap((p) => p.items.map((i) => i.text))
    .join("\n");
}

describe("an event's week or a rate is no weekday", () => {
  it.each([
    ["今年组织科技活动周1次，科普进校园12场", /科技活动周1次/u],
    ["科普宣传周2场活动办下来，发放资料3000份", /科普宣传周2场/u],
    ["坚持每周一次科普讲座，全年办了40场", /每周一次/u],
    ["全县科技周一次办完，参观群众2000多人次", /科技周一次/u],
  ])("「%s」 keeps its week", async (text, kept) => {
    const body = await sectionOf(text);
    expect(body).toMatch(kept);
    expect(body).not.toMatch(/\d{1,2}月\d{1,2}日/u);
  });

  it("a weekday said of work done is still the date it was", async () => {
    // Said on Wednesday 2 December 2026: 周一 was 30 November.
    const body = await sectionOf("周一去石桥村开展科普讲座，来了80人");
    expect(body).toMatch(/11月30日/u);
  });
});
