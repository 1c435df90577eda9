import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { gapPlaceholder, gapsIn, markGaps } from "../src/domain/mark-gaps.js";
import { dropSpokenFrames, isAside, spokenFrameIn } from "../src/drafting/spoken-frames.js";

/**
 * The two lexicons behind the offline draft's register (own phrasings, plus look-alikes that must
 * stay): spoken framing at clause edges, and figures not known yet as 「×」.
 */
describe("spoken frames at clause edges", () => {
  it("drops openers, discourse markers and topic tags, keeping the work", () => {
    expect(dropSpokenFrames("跟领导汇报下 帮企业办理加计扣除二十家")).toBe("帮企业办理加计扣除二十家");
    expect(dropSpokenFrames("然后呢，走访规上企业十五家")).toBe("走访规上企业十五家");
    expect(dropSpokenFrames("知识产权这块儿的话，专利授权十二件")).toBe("专利授权十二件");
    expect(dropSpokenFrames("说实话 这个活动今年办了三场")).toBe("这个活动今年办了三场");
    expect(dropSpokenFrames("各位领导好！我先简单说两句：全年召开推进会四次")).toBe("全年召开推进会四次");
    // A problem cut from a run-on after the work keeps no conjunction at its head (「一是但是…」).
    expect(dropSpokenFrames("但是企业研发投入普遍偏低")).toBe("企业研发投入普遍偏低");
    expect(dropSpokenFrames("可是部分村级站点人手不足")).toBe("部分村级站点人手不足");
    expect(dropSpokenFrames("但凡有需求的企业都走访了")).toBe("但凡有需求的企业都走访了");
  });

  it("keeps a tag that names what the figures count, as 「X方面」", () => {
    expect(dropSpokenFrames("众创空间这块 入驻团队九个")).toBe("众创空间方面 入驻团队九个");
    expect(dropSpokenFrames("星创天地这块，新认定星创天地两个")).toBe("新认定星创天地两个");
  });

  it("drops asides whole and leaves written Chinese alone", () => {
    for (const a of ["暂时还没想好", "等数据出来再报", "具体的回头补", "就这些吧", "先这样", "明年咋弄"])
      expect(isAside(a), a).toBe(true);
    for (const w of [
      "党建方面，开展主题党日12次",
      "同时，积极开展科普宣传",
      "其中发明专利3件",
      "额度200万元",
    ]) {
      expect(isAside(w), w).toBe(false);
      expect(spokenFrameIn(w), w).toBeUndefined();
    }
  });

  it("names the frame left in a sentence, for the register check", () => {
    expect(spokenFrameIn("高企那边新增入库企业8家。")).toBe("高企那边");
    expect(spokenFrameIn("组织培训3期，暂时没想好。")).toBe("暂时没想好");
  });
});

describe("figures not known yet", () => {
  it("become 「×」 with the unit the noun is counted in", () => {
    expect(gapPlaceholder("技术合同成交额还没统计完")).toBe("技术合同成交额×元");
    expect(gapPlaceholder("规上企业研发投入强度数据省里还没给")).toBe("规上企业研发投入强度×%");
    expect(gapPlaceholder("新培育科技型企业的数字回头补")).toBe("新培育科技型企业×家");
    expect(markGaps("新建院士工作站若干个")).toBe("新建院士工作站×个");
    expect(markGaps("参训农民具体多少人次等乡镇反馈")).toBe("参训农民×人次");
    expect(markGaps("获评省级示范基地好几个，具体几个等省厅公布")).toBe("获评省级示范基地×个");
  });

  it("leave problems, statuses and written placeholders alone", () => {
    for (const t of ["特派员补贴还没到位", "项目验收结果还没出来", "全年举办培训×期", "数字待定"])
      expect(gapsIn(t), t).toEqual([]);
  });

  it("are written into the draft's prose without the remark", () => {
    expect(cleanChat("全县研发投入数据还在统计中，出来再补", "2026-11-20")).toBe("全县研发投入×元");
  });
});
