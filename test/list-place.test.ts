import { describe, expect, it } from "vitest";
import { listPlace, placeIndex } from "../src/conversation/list-place.js";
import { sectionAnswer } from "../src/conversation/section-answer.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A place among the choices shown — 后头那个、下面那个吧、头一个、末一个、最后那条、第二个哈 — picks that choice, in the
 * list of drafts (确认哪一条？) and in the list of sections (属于哪个科室？) alike. 末一个 and the particles 撒/哒 were
 * not read, and a section list took no place but a number: small talk, the question left open (dlg28, i28c).
 */
describe("a place among the choices shown", () => {
  it.each([
    ["末一个撒", [4, 5, 6], 6],
    ["最后那条哒", [6, 7, 8], 8],
    ["下头那条哈", [4, 5], 5],
    ["头一个嘛", [4, 5], 4],
    ["第二个哈", [4, 5, 6], 5],
    ["中间那个", [3, 4, 5], 4],
    ["最末那条", [7, 8, 9], 9],
    // 西宁 (i28d): 的 between the place and its pointer, 头里 for the front, 最后头.
    ["后头的那个", [5, 6], 6],
    ["头里的那个啦", [3, 4], 3],
    ["最后头那个", [7, 8, 9], 9],
    ["底下的那个", [7, 8], 8],
  ] as const)("「%s」 of %j is #%i", (said, listed, n) => {
    expect(listPlace(said, listed)).toBe(n);
  });

  it("a listed number said as 第N is that number, not a place", () => {
    expect(listPlace("第2个", [2, 3, 4])).toBeUndefined();
    expect(placeIndex("后头那个", 3)).toBeUndefined();
  });

  const sections = [
    { id: "rd", name: "科技项目与研发投入", aliases: [] },
    { id: "hitech", name: "高新技术企业与创新平台", aliases: [] },
  ];
  it.each([
    ["头一个撒", "rd"],
    ["上边那个吧", "rd"],
    ["后头那个哈", "hitech"],
    ["下面那个", "hitech"],
    ["末一个", "hitech"],
    ["最后那个撒", "hitech"],
    ["头一个就成", "rd"],
    ["后头的那个", "hitech"],
  ])("「%s」 to the section question is %s", (said, id) => {
    expect(sectionAnswer(said, sections)).toBe(id);
  });

  const { open } = appPerTest();
  it("「后头那个撒」 to the section question files the draft there", async () => {
    const t = await open({ now: "2026-12-04T16:00:00+08:00" });
    expect(await t.sayText("何婷", "下半天接待了2家企业来访")).toContain("属于哪个科室");
    await t.sayText("何婷", "后头那个撒");
    const [u] = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(u!.section).toBe("hitech");
  });

  it("「末一个撒」 to the list of drafts confirms the last one", async () => {
    const t = await open({ now: "2026-12-04T16:00:00+08:00" });
    await t.sayText("陈静", "在夷陵中学办了场科普讲座 学生来了200多");
    await t.sayText("陈静", "下午克社区发了科普资料800份");
    await t.sayText("陈静", "组织科普志愿者进社区宣传 参加群众60人");
    expect(await t.sayText("陈静", "确认")).toContain("确认哪");
    await t.sayText("陈静", "末一个撒");
    const mine = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(mine.filter((u) => u.status === "confirmed").map((u) => u.seq)).toEqual([3]);
  });
});
