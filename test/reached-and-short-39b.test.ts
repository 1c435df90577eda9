import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { problemPart } from "../src/drafting/offline-plan.js";
import { addresses } from "../src/drafting/problem-measures.js";

/**
 * Trial39b, on the console, lines a 公文 writer would not pass: 「总数到了35家」, 「科技创新券发了120万」 (spoken verb, money
 * without 元), 「讲解员也不够」, and 「入住率不高，才六成左右」 drafted as 「入住率不高」 — the size of the problem dropped as if
 * it were work, while the plan 「完善人才公寓配套」 was still reported as answering nothing.
 */
const date = "2026-12-05";
describe("a total said 到了 and money said 发了", () => {
  it.each([
    ["全县备案的科技型中小企业总数到了62家", "总数达到62家"],
    ["示范户累计到了140户", "累计达到140户"],
    ["今年助企纾困补贴发了85万，覆盖商户300多家", "发放助企纾困补贴85万元"],
    ["人才奖补资金一共发了36.5万", "发放人才奖补资金36.5万元"],
  ])("「%s」 → …%s…", (said, want) => {
    const out = cleanChat(said, date);
    expect(out).toContain(want);
    expect(out).not.toMatch(/到了|发了/u);
  });

  it("money already said in 万元 is written once: 发放补贴20万元", () => {
    expect(cleanChat("补贴发了20万元", date)).toBe("发放补贴20万元");
  });
});

describe("a shortfall said 不够, and its size after it", () => {
  it.each([
    // 也 and 还 (still) keep their meaning: 也不足, 仍不足 (test/drafting-shortfall.test.ts holds 还 → 仍/尚).
    ["服务大厅窗口人员也不够", "服务大厅窗口人员也不足"],
    ["周转资金还不够用，部分项目推不动", "周转资金仍不足"],
  ])("「%s」 → %s", (said, want) => {
    expect(cleanChat(said, date)).toContain(want);
  });

  it.each([
    ["职工书屋借阅率不高，才三成左右", "才三成左右"],
    ["乡镇站点覆盖率偏低，只有40%", "只有40%"],
  ])("「%s」 keeps its size in the problem", (said, size) => {
    expect(problemPart(said)).toContain(size);
  });

  it("才 before the size is 仅 in writing", () => {
    expect(cleanChat("职工书屋借阅率不高，才三成左右", date)).toContain("，仅三成左右");
  });

  it("work beside a problem still leaves the problem: 「举办讲座6场，场地不够」", () => {
    expect(problemPart("举办讲座6场，场地不够")).toBe("场地不够");
  });
});

describe("a rate's thing is what the plan must act on", () => {
  it("「职工书屋方面，借阅率不高」 is answered by a plan on 职工书屋, not by any plan", () => {
    expect(addresses("优化职工书屋藏书结构", "职工书屋方面，借阅率不高")).toBe(true);
    expect(addresses("新建2个示范基地", "职工书屋方面，借阅率不高")).toBe(false);
  });
});
