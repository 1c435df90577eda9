import { describe, expect, it, vi } from "vitest";
import { unitMismatches, unitMismatchesByPart } from "../src/drafting/check-units.js";
import { DraftPartSchema } from "../src/drafting/draft-model.js";
import { makeUpdate } from "./helpers/make-update.js";

/**
 * card42: the review card counts units written differently from the reports (leader41b) after every command on a
 * draft, and 2,000 reports took 12 s a card (bench review-card): each of the draft's parts read every report's text
 * again. The reports' figures are now read once per card, and a text already read is not read again — keyed by the
 * text itself, so a report edited (another text) is read afresh and the card shows the edit at once.
 */
const reads = vi.hoisted(() => ({ n: 0 }));
vi.mock("../src/domain/figures.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/domain/figures.js")>();
  return {
    ...real,
    extractFigures: (...args: Parameters<typeof real.extractFigures>) => {
      reads.n += 1;
      return real.extractFigures(...args);
    },
  };
});

const part = (key: string, text: string) =>
  DraftPartSchema.parse({
    key,
    kind: "section",
    heading: "",
    origin: "offline",
    items: [{ title: "", text }],
  });

const WORKS = ["培训农民", "走访企业", "发放资料", "举办讲座", "受理专利", "检查隐患"];
const UNITS = ["人次", "家", "份", "场", "件", "处"];
/** 60 reports, a few figures each; each text distinct (its own number). */
const reports = Array.from({ length: 60 }, (_, i) =>
  makeUpdate({
    id: `u${i}`,
    normalizedText: `${WORKS[i % 6]}${100 + i}${UNITS[i % 6]}，另有${WORKS[(i + 1) % 6]}${300 + i}${UNITS[(i + 1) % 6]}`,
  }),
);
const parts = WORKS.map((w, i) => part(`section:s${i}`, `全年${w}${100 + i}${UNITS[i % 6]}。`));

describe("the review card's unit check reads each report once", () => {
  it("six parts over 60 reports: the reports' texts are read once, not once a part", () => {
    reads.n = 0;
    unitMismatchesByPart(parts, reports);
    // Each report text twice (as said, as written) plus nothing per part beyond it: before, six times as many.
    expect(reads.n).toBeLessThanOrEqual(reports.length * 2);
    expect(reads.n).toBeGreaterThan(0);
  });

  it("the same card again reads no report text again", () => {
    unitMismatchesByPart(parts, reports);
    reads.n = 0;
    unitMismatchesByPart(parts, reports);
    expect(reads.n).toBe(0);
  });

  it("a report edited shows at once: its new unit is named, the old line goes", () => {
    const draft = [part("section:a", "全年培训农民2345人。")];
    const before = [makeUpdate({ id: "e1", normalizedText: "培训农民2345人" })];
    expect(unitMismatchesByPart(draft, before).size).toBe(0);
    const edited = [makeUpdate({ id: "e1", normalizedText: "培训农民2345人次" })];
    const lines = unitMismatchesByPart(draft, edited).get(draft[0]!) ?? [];
    expect(lines).toEqual([expect.stringContaining("填报原文是「2345人次」")]);
    // and back again
    expect(unitMismatchesByPart(draft, before).size).toBe(0);
  });

  it("by part or for the whole draft, the same lines (the figure found by its value, in the reports' order)", () => {
    const draft = [part("section:a", "全年走访企业101人。"), part("section:b", "全年发放资料301家。")];
    const whole = unitMismatches(draft, reports);
    const byPart = [...unitMismatchesByPart(draft, reports).values()].flat();
    expect(whole).toHaveLength(2);
    expect(whole[0]).toContain("填报原文是「101家」");
    expect(whole[1]).toContain("填报原文是「301份」");
    expect(byPart).toEqual(whole);
  });
});
