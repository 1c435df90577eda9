import { describe, expect, it } from "vitest";
import { type DraftPart, latestVersion } from "../src/drafting/draft-model.js";
import { withItemReplaced } from "../src/drafting/item-edit.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * review55 (lead54 saw it): an item the leader replaced by hand dropped its own sources, but the part still listed the
 * replaced item's update among its sources and its 「×」 figures among 待核实 — the part claimed staff material it no longer
 * held. The part's sources are now what its items still cite; a 待核实 figure goes only when no 「×」 is left in the part.
 * The hand-written item stays marked (manual).
 */
const { open } = appPerTest();

const part = (over: Partial<DraftPart>): DraftPart => ({
  key: "section:popsci",
  kind: "section",
  sectionId: "popsci",
  heading: "",
  paragraphs: [],
  items: [],
  status: "draft",
  origin: "offline",
  unverified: [],
  setAside: [],
  sourceIds: [],
  inputHash: "",
  ...over,
});

describe("an item replaced by hand (withItemReplaced)", () => {
  it("takes its sources out of the part's, keeps the others' and marks the new item", () => {
    const p = part({
      items: [
        { title: "", text: "举办科普讲座12场。", sourceIds: ["a"] },
        { title: "", text: "发放资料3000份。", sourceIds: ["b", "c"] },
      ],
      sourceIds: ["a", "b", "c"],
    });
    const next = withItemReplaced(p, 2, "发放科普资料3000余份", "（三）");
    expect(next.sourceIds).toEqual(["a"]);
    expect(next.items[1]).toMatchObject({ sourceIds: [], manual: true });
  });

  it("keeps a source another item still cites", () => {
    const p = part({
      items: [
        { title: "", text: "举办科普讲座12场。", sourceIds: ["a"] },
        { title: "", text: "科普进校园8次。", sourceIds: ["a"] },
      ],
      sourceIds: ["a"],
    });
    expect(withItemReplaced(p, 2, "科普进校园10次", "（三）").sourceIds).toEqual(["a"]);
  });

  it("keeps the part's sources when its paragraphs, not its items, carry them", () => {
    const p = part({
      paragraphs: ["全年举办科普讲座12场。"],
      items: [{ title: "", text: "发放资料3000份。", sourceIds: [] }],
      sourceIds: ["a"],
    });
    expect(withItemReplaced(p, 1, "发放科普资料3000余份", "（三）").sourceIds).toEqual(["a"]);
  });

  it("clears 待核实 figures when the 「×」 went with the replaced item, keeps them while one is left", () => {
    const items = [
      { title: "", text: "举办科普讲座12场。", sourceIds: ["a"] },
      { title: "", text: "接待群众×人次。", sourceIds: ["b"] },
    ];
    const gone = withItemReplaced(part({ items, unverified: ["1.2万"] }), 2, "接待群众1万余人次", "（三）");
    expect(gone.unverified).toEqual([]);
    const kept = withItemReplaced(part({ items, unverified: ["1.2万"] }), 1, "举办科普讲座12场", "（三）");
    expect(kept.unverified).toEqual(["1.2万"]);
  });
});

describe("through the review", () => {
  it("「计划第二条改成：…」 leaves 孙磊's update out of the plan's sources; 撤销上一步 puts it back", async () => {
    const t = await open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("sun-tp", "今年下乡服务一百八十多场次 明年打算新建示范基地3个");
    await t.say("sun-tp", "确认");
    await draftInReview(t, "chen-kp", "科技活动周搞了七场 明年计划办青少年科技营2期");
    const api = t.app.services.features.drafting as DraftingApi;
    const plan = async () =>
      latestVersion((await api.service.get({ year: 2025 }))!).parts.find((p) => p.key === "plan")!;
    const before = await plan();
    const replaced = before.items[1]!.sourceIds;
    expect(replaced.length).toBeGreaterThan(0);
    await t.say("zhou-ju", "计划第二条改成：建成市级示范基地3个");
    const after = await plan();
    for (const id of replaced) expect(after.sourceIds).not.toContain(id);
    expect(after.items[1]!.manual).toBe(true);
    await t.say("zhou-ju", "撤销上一步");
    expect((await plan()).sourceIds).toEqual(before.sourceIds);
  });
});
