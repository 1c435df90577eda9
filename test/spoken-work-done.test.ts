import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Work done at a place said with a spoken verb and no figure, with nothing pending (docs/understanding.md
 * 第二十五轮 rpt25): 「今天去敬老院讲了防诈骗」 is a report — stored as a draft card — never answered as chat nor
 * asked about; a plan, a question, someone else's doings, errands and chat said the same way stay unstored.
 * Lines here are written for this test, not taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-03T16:00:00+08:00" });
const kind = (who: string, text: string) =>
  classifyIntent(text, intentContextFor(t.app, who, { guess: null })).kind;

describe("work done at a place, said with a spoken verb", () => {
  it.each([
    ["li-rd", "前天去光荣院讲了堂防电诈"],
    ["chen-kp", "下午跑到五中给娃们讲了讲冬季防火"],
    ["zhao-zh", "今天上午在老年大学办了个防骗讲座"],
    ["sun-tp", "俺今儿去三小上了节防溺水的课 😄"],
    ["he-gq", "和小周去卫生院开了个座谈会"],
    ["li-rd", "昨天在二中講了網路安全"],
  ])("%s: 「%s」 is a report", (who, text) => {
    expect(kind(who, text)).toBe("report");
  });

  it.each([
    ["li-rd", "明天去城南社区讲反电诈"],
    ["chen-kp", "打算周五去镇文化站办个农技培训"],
    ["zhao-zh", "去城南社区讲了啥？"],
    ["sun-tp", "老王上午去敬老院讲了防诈骗"],
    ["he-gq", "我家闺女在学校办了个手抄报展"],
    ["li-rd", "今天去医院开了个药"],
    ["chen-kp", "中午去食堂吃了个饭"],
    ["zhao-zh", "今天去学校开了个家长会"],
    ["sun-tp", "去镇上开会又白跑一趟 气死"],
    // A trip to come said the same way: asked about (说行程是先问、不存).
    ["he-gq", "明早要去三小搞防溺水演练"],
    ["li-rd", "后天到光荣院讲防电诈"],
  ])("%s: 「%s」 is not stored", (who, text) => {
    expect(kind(who, text)).not.toBe("report");
  });

  // Someone else's doings told in passing: answered as such, never stored, never one's own absence.
  it.each([
    ["li-rd", "科长刚下乡去了，下午才回"],
    ["chen-kp", "主任一早去市里开会了 下午不在"],
    ["zhao-zh", "老周上午去光荣院讲防电诈去了"],
  ])("%s: 「%s」 is someone else's news", (who, text) => {
    expect(classifyIntent(text, intentContextFor(t.app, who, { guess: null }))).toEqual({
      kind: "smalltalk",
      topic: "others",
    });
  });
  it("a leader's work named as such stays the rules' to judge", () => {
    expect(kind("li-rd", "局长今天到园区调研了高企培育工作")).toBe("report");
  });
});
