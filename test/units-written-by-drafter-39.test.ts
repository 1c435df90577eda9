import { describe, expect, it } from "vitest";
import { unitMismatches } from "../src/drafting/check-units.js";
import { DraftPartSchema } from "../src/drafting/draft-model.js";
import { makeUpdate } from "./helpers/make-update.js";

/**
 * Seen by the lead in the console (round thirty-nine): 李明 reported 「帮企业申报省重点研发项目5个 立项2个」; the offline
 * drafter writes a project count in 项 (written-amounts.ts: 立项2项) and then its own 定稿 check listed 「2项」 twice as
 * 待核实 against the reported 「2个」 — a warning the drafter made itself. A unit the drafter's own rewrite gives the
 * reported count is the same count; another unit for it is still named.
 */
describe("the 定稿 check takes the unit the drafter writes for a reported count", () => {
  const part = (text: string) =>
    DraftPartSchema.parse({
      key: "section:projects",
      kind: "section",
      heading: "抓项目，强研发",
      origin: "offline",
      items: [{ title: "", text }],
    });
  const u = makeUpdate({ normalizedText: "帮企业申报省重点研发项目5个 立项2个 争取资金120万" });

  it("「立项2项」 agrees with 「立项2个」", () => {
    expect(unitMismatches([part("帮助企业申报省重点研发项目5个，立项2项，争取资金120万元。")], [u])).toEqual(
      [],
    );
  });

  it("another unit for the same count is still named", () => {
    expect(unitMismatches([part("帮助企业申报省重点研发项目5个，立项2家，争取资金120万元。")], [u])).toEqual([
      expect.stringContaining("「2家」"),
    ]);
  });
});
