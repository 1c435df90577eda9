import { describe, expect, it } from "vitest";
import { unitMismatches } from "../src/drafting/check-units.js";
import { DraftPartSchema } from "../src/drafting/draft-model.js";
import { makeUpdate } from "./helpers/make-update.js";

/**
 * Round forty-six (lead, console): 李明 reported 「给合作社讲了两回无人机飞防」; the offline drafter wrote 「为合作社讲解2次」
 * (回 and 趟 are written 次) and its own 待核实 list then said 「「2次」，填报原文是「两回」，单位不一致」 — a warning the
 * drafter made itself. 回、趟 and 次 count the same times; 场、期 and other units for the same count are still named.
 */
const part = (text: string) =>
  DraftPartSchema.parse({
    key: "section:rd",
    kind: "section",
    heading: "抓项目，强研发",
    origin: "offline",
    items: [{ title: "", text }],
  });

describe("回、趟 and 次 count the same times in the unit check", () => {
  it.each([
    ["给合作社讲了两回无人机飞防 来了八十几号人", "为合作社讲解无人机飞防2次，90余人参加。"],
    ["带专家下村跑了6趟", "带领专家下村6次。"],
    ["去园区对接了三回", "赴园区对接3次。"],
    ["上门服务跑了十二趟，很辛苦", "上门服务12次。"],
  ])("「%s」 drafted 「%s」 is no mismatch", (said, drafted) => {
    expect(unitMismatches([part(drafted)], [makeUpdate({ normalizedText: said })])).toEqual([]);
  });

  it.each([
    ["给合作社讲了两回无人机飞防", "为合作社讲解无人机飞防2场。", "「2场」"],
    ["带专家下村跑了6趟", "带领专家下村6人。", "「6人」"],
  ])("「%s」 drafted 「%s」 is still named", (said, drafted, named) => {
    expect(unitMismatches([part(drafted)], [makeUpdate({ normalizedText: said })])).toEqual([
      expect.stringContaining(named),
    ]);
  });
});
