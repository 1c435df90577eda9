import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Review40b: the written 发放 / 举办 replaced 发了 / 办了 wherever they stood, also as the second character of another
 * verb — 转发了3份文件 came out 「转发放3份文件」, 开发了2套系统 「开发放2套系统」, 代办了三十多次 「代举办30多次」. A verb
 * that 发 or 办 closes (转发、开发、研发、颁发、核发、补发、签发、批发; 代办、试办、合办、经办、督办、包办) is kept as said.
 * Phrasings are this test's own.
 */
const DAY = "2026-06-10";

describe("发了 / 办了 closing another verb stay that verb", () => {
  const kept: Array<[string, string]> = [
    ["上半年转发了3份上级文件", "转发"],
    ["科里开发了2套管理系统", "开发"],
    ["联合企业研发了3套节水设备", "研发"],
    ["给获奖企业颁发了20本证书", "颁发"],
    ["窗口核发了30本许可证", "核发"],
    ["给农户补发了50张补贴卡", "补发"],
    ["转发了省厅的通知", "转发"],
    ["给群众代办了三十多次业务", "代办"],
    ["和农广校合办了两期培训班", "合办"],
    ["乡里试办了2期夜校", "试办"],
  ];
  for (const [said, verb] of kept)
    it(`「${said}」 keeps ${verb}`, () => {
      const out = cleanChat(said, DAY);
      expect(out).toContain(verb);
      expect(out).not.toMatch(/[转开研颁核补]发放|[代合试]举办/u);
    });

  it("the bare verb is still written: 发了3000份 → 发放, 办了两场 → 举办", () => {
    expect(cleanChat("下乡发了3000份明白纸", DAY)).toContain("发放3000份");
    expect(cleanChat("上半年办了两场", DAY)).toContain("举办2场");
    expect(cleanChat("给种植户发了化肥", DAY)).toContain("发放化肥");
  });
});

/**
 * Review40b: count-said-around.ts (trial40) took a 来 before 参加的/报名的 as the 来 of coming, also where it closes
 * another word — 后来参加的群众有50多人 came out 「后参加群众50多人」, 本来报名的 「本报名」 — and read 上下 of 上下班 as
 * the hedge 上下 (估计8点上下班 → 「约8点班」).
 */
describe("the spoken count rewrites leave other words whole", () => {
  it("后来/本来/原来 keep their 来", () => {
    expect(cleanChat("后来参加的群众有50多人", DAY)).toContain("后来");
    expect(cleanChat("本来报名的学生有30人，后来走了几个", DAY)).toContain("本来");
    expect(cleanChat("来参加的居民有300多人", DAY)).toContain("参加居民300多人");
  });
  it("上下班 is no hedge", () => {
    const out = cleanChat("值班人员估计8点上下班", DAY);
    expect(out).toContain("上下班");
    expect(cleanChat("大约两千元上下", DAY)).toContain("约2000元");
  });
});
