import { describe, expect, it } from "vitest";
import { writtenForm } from "../src/drafting/polish-prose.js";

/**
 * The offline draft keeps spoken amounts (「80来人参加」「报上去20个出头」「1500人左右」「好几家」): a 公文 writes them
 * 80余人、20余个、约1500人、多家、数十 (N多 stays, as in the seeds). The value never changes; only how a rough figure is said. Round thirty-three.
 */
describe("rough amounts in the written form (round thirty-three)", () => {
  it.each([
    ["举办防诈骗讲座，90来人参加", "90余人参加"],
    ["发放宣传资料两千来份", "2000余份"],
    ["登记技术合同三十来份", "30余份"],
    // Projects sent up are counted in 项 (trial34).
    ["辅导企业申报项目，报送15个出头", "15余项"],
    ["科技活动周参加群众1500人左右", "约1500人"],
    ["成交额1800万元左右", "约1800万元"],
    ["走访好几家规上企业", "多家"],
    ["组织好几场对接活动", "多场"],
    ["服务群众好几百人次", "数百人次"],
    ["发放明白纸几千份", "数千份"],
    ["接待咨询十几次", "余次"],
  ])("%s → %s", (spoken, written) => {
    expect(writtenForm(spoken)).toContain(written);
  });

  it.each([
    ["组织3个多月的集中培训", "3个多月"],
    ["培训农户3000多人次", "3000多人次"],
    ["从县里来了3名专家", "3名专家"],
    ["好几年没有更新设备", "好几年"],
    ["左右两侧各设展板10块", "左右两侧"],
    ["有几个村还没有覆盖", "几个村"],
  ])("%s: no rough amount to rewrite", (text, kept) => {
    expect(writtenForm(text)).toContain(kept);
  });
});
