import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * The two kinds of non-report blind77 (黄渠县, 宁夏) stored when it was opened, each read as a class (docs/understanding.md
 * 第三十五轮 intent35b): a course a body above organises, with the sender away for its days, and how a rule of a matter
 * stands asked with 了没 whatever the verb. In other words than the corpus's; the rules alone (no learned guess).
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read } = rulesReading(t);
/** A command by its name alone (请假, not its dates), anything else by its kind. */
const said = (who: string, text: string) => {
  const got = read(who, text);
  return got.kind === "command" ? got.command : got.kind;
};

describe("a course a body above organises (自治区组织、市里组织、厅里安排), the sender away for its days", () => {
  it.each([
    ["sun-tp", "15号到18号省科技厅组织特派员集训 我不在局里"],
    ["li-rd", "下礼拜二到礼拜四市里统一安排的调训 我不在单位"],
    ["chen-kp", "26号27号州里组织集中学习 这两天我不在局"],
  ])("%s: 「%s」 is leave for those days, never stored", (who, text) => {
    expect(said(who, text)).toBe("请假");
  });
  it("the sender's own section organising, with its count, stays a report", () => {
    expect(said("sun-tp", "我们科组织特派员集中培训 到了45个人")).toBe("report");
    expect(said("he-gq", "县里组织的技术对接会我去了 签约项目3个")).toBe("report");
  });
});

describe("how a rule of a matter stands, asked with 了没/了吗 whatever the verb", () => {
  it.each([
    ["li-rd", "下乡补贴的发放标准今年涨了没"],
    ["he-gq", "高企申报的条件今年放宽了吗"],
    ["zhao-zh", "人才引进的那个政策今年调整了没有"],
    ["sun-tp", "驻村干部的生活补助标准今年变了没有"],
  ])("%s: 「%s」 is asked, never stored", (who, text) => {
    expect(said(who, text)).toBe("unclear");
  });
  it("the rule's change told, with what it is now, stays a report", () => {
    expect(said("li-rd", "特派员补助标准今年调整了 每人每月提高到800元")).toBe("report");
  });
});
