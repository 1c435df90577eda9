import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Colloquial measures in the offline draft (round thirty-three's leftover: 「报上去20余个」「参加人员六十余个果农」): a 公文
 * counts people in 名 or 人, never 个; what was sent up is 上报/报送, projects sent up are 项; 已经报上去了 is 已上报 once;
 * who came after a work clause, in a count said with 几 or 来, is who took part. Phrasings other than the trial's.
 */
describe("measures as a 公文 writes them (round thirty-four)", () => {
  it.each([
    ["组织了十来个科技特派员进村入户", "10余名科技特派员"],
    ["教了茶树修剪 来了五十来个茶农", "50余名茶农参加"],
    // draft53 writes 小朋友 as 儿童 in drafts (dialect-written-beihai.ts); who came is still named and counted in 名.
    ["科普日活动 来了三十几个小朋友", "30余名儿童参加"],
    ["指导2个村的合作社 菜农来了二十几户", "菜农20余户参加"],
    ["义诊现场接待群众七十来个", "群众70余人"],
    ["座谈会有8个人参加", "8人参加"],
    ["辅导企业申报省级科技项目，交上去15个", "报送15项"],
    ["帮企业整理课题申报书 递上去了6个", "上报6项"],
    ["3家企业的认定材料已经报上去了", "材料已上报"],
  ])("%s → %s", (spoken, written) => {
    expect(cleanChat(spoken, "2026-11-18")).toContain(written);
  });

  it.each([
    ["新建4个特派员工作站", "4个特派员工作站"],
    ["扶持3个大学生创业团队", "3个大学生创业团队"],
    ["走访了6个村的党员", "6个村"],
    ["代扣个人所得税", "个人所得税"],
    ["交上去的材料有12份", "交上去的材料"],
    ["建成3个农业园区", "3个农业园区"],
    ["带动4个农民专业合作社", "4个农民专业合作社"],
    ["设立5个党员示范岗", "5个党员示范岗"],
  ])("%s: nothing to change in its measure", (text, kept) => {
    expect(cleanChat(text, "2026-11-18")).toContain(kept);
  });
});
