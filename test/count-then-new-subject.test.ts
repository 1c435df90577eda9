import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-one (kind31): a voice run where a count ends one clause and a new subject's state begins the
 * next with no comma (kind-turns.ts): a percentage said in words (百分之九十七) and a pair (96对) end a clause
 * as 97% and 96户 do; the frame of a comparison (跟…比、和…比起来) goes with what it finds, not with the
 * count before it; slow or poor is a problem whatever it is said of (时限慢). Sentences written for this test.
 */
const read = (text: string) =>
  (run(text, "2026-12-04").clauses ?? []).map((c) => [c.kind, c.text.replace(/[，。]$/, "")]);

describe("a count typed straight into a new subject's state", () => {
  it("a percentage said in words ends the clause", () => {
    expect(read("新农合参保率今年达到了百分之九十五在外务工那部分人好多还是断缴")).toEqual([
      ["done", "新农合参保率今年达到了百分之九十五"],
      ["problem", "在外务工那部分人好多还是断缴"],
    ]);
  });
  it("a count of pairs ends the clause", () => {
    expect(read("集体婚礼办了28对场地太小挤不下")).toEqual([
      ["done", "集体婚礼办了28对"],
      ["problem", "场地太小挤不下"],
    ]);
    expect(read("今年对接了12家企业")).toEqual([["done", "今年对接了12家企业"]]);
  });
  it("the frame of a comparison goes with what it finds", () => {
    expect(read("家庭医生签约今年签了3200户和县里定的目标比还差一些")).toEqual([
      ["done", "家庭医生签约今年签了3200户"],
      ["problem", "和县里定的目标比还差一些"],
    ]);
    expect(read("核查这块今年核了900多户跟省厅要求的时限比还是慢")).toEqual([
      ["done", "核查这块今年核了900多户"],
      ["problem", "跟省厅要求的时限比还是慢"],
    ]);
  });
  it("slow is a problem even of a time limit; a short time limit is not", () => {
    expect(read("审批时限还是慢了一点")).toEqual([["problem", "审批时限还是慢了一点"]]);
    expect(read("审批时限压缩到3天")).not.toEqual([["problem", "审批时限压缩到3天"]]);
  });
});

describe("what is not handed in yet, then a new subject with its own work done", () => {
  it("ends the problem before the new subject", () => {
    expect(read("考勤表基本齐了就差两个村还没报妇联的三八慰问昨天也走完了")).toEqual([
      ["done", "考勤表基本齐了"],
      ["problem", "就差两个村还没报"],
      ["done", "妇联的三八慰问昨天也走完了"],
    ]);
    expect(read("就剩城关那边还冇交团委的志愿服务台账已经整好了")).toEqual([
      ["problem", "就剩城关那边还冇交"],
      ["done", "团委的志愿服务台账已经整好了"],
    ]);
  });
  it("keeps the object of what is not handed in", () => {
    expect(read("还没交工会的会费")).toEqual([["problem", "还没交工会的会费"]]);
  });
});

describe("a count handed out, then a new thing named with its plan", () => {
  it("gives the named thing and its time-led step to the plan", () => {
    expect(read("配套资金拨付了三十五万今年新聘的6个村级协理员下个月要培训上岗")).toEqual([
      ["done", "配套资金拨付了三十五万"],
      ["plan", "今年新聘的6个村级协理员下个月要培训上岗"],
    ]);
  });
  it("keeps work done when the named thing is said done", () => {
    expect(read("新建的3个站已经验收了")).toEqual([["done", "新建的3个站已经验收了"]]);
  });
});
