import { describe, expect, it } from "vitest";
import { toMandarin } from "../src/conversation/dialect-words.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 中原官话 classes missed by blind81 (皖北) and intent38's first-sight batch i38a (商丘/周口), and the leftovers a console
 * user met, the rules alone (no learned guess): docs/understanding.md 第三十八轮 intent38. The lines here are written for
 * the test, not taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read, said, heard } = rulesReading(t);
const commandOf = (who: string, text: string) => {
  const got = read(who, text);
  return got.kind === "command" ? got.command : got.kind;
};

describe("round thirty-eight's 中原官话 words (intent38)", () => {
  it.each([
    // 多些 as 多少 before a measure word, or closing the question after 有/一共.
    ["今年技术合同一共登了多些份", "多少份"],
    ["园区里企业有多些", "有多少"],
    // 木 as 没 before a verb of reporting or what is missing, and closing a question after a verb done.
    ["还木交嘞催催", "还没交"],
    ["中试那个榜还木人接", "没人接"],
    ["这礼拜材料都报上来了木", "报上来了没"],
    // 嘞 inside a clause: 得 before how it went, else 的.
    ["青贮弄嘞不中", "弄得不"],
    ["这两天忙嘞很", "忙得很"],
    ["人才科嘞事", "人才科的事"],
    ["俺嘞老同学在园区上班", "我的老同学"],
  ])("「%s」 reads %s", (text, part) => {
    expect(toMandarin(text)).toContain(part);
  });

  it.each([
    // 再多些、更多些 (more), 木耳、树木、积木 (wood), 嘞 closing a clause, 嘞个 (西南 这个) stay as they are.
    ["明年争取再多些企业入库"],
    ["帮合作社种了二十亩木耳"],
    ["林场补种树木三千棵"],
    ["好嘞 存吧"],
    ["嘞个表交到哪"],
  ])("leaves 「%s」 as it is", (text) => {
    expect(toMandarin(text)).toBe(text);
  });

  it("reads a count asked with 多些 as 查数, never a report", () => {
    expect(commandOf("zhou-ju", "今年专利授权一共多些件")).toBe("查数");
    expect(commandOf("lin-fen", "高企今年到底认定了多些家")).toBe("查数");
  });

  it("reads who has reported asked with 木 closing the question as 进度", () => {
    expect(said("zhou-ju", "这礼拜材料都交上来了木")).toBe("进度");
  });

  it("reads how busy one is said with 嘞 as talk, not a matter to ask about", () => {
    expect(read("zhao-zh", "这几天报表多嘞很 忙嘞脚不沾地").kind).toBe("smalltalk");
  });

  it("reads a section named with 嘞 as the section answer", () => {
    const got = read("wang-ban", "党建嘞事");
    expect(heard("wang-ban", "支部嘞事", { awaiting: "section", justAsked: true, pendingDrafts: 1 })).toBe(
      "section",
    );
    expect(got.kind).not.toBe("report");
  });
});

describe("things of a farm counted by the noun itself (blind81, intent38)", () => {
  it.each([
    ["sun-tp", "胡集嘞养牛户俺去转了转 青贮没压实 叫他们返工封了二十来窖"],
    ["sun-tp", "张集的西瓜地去看了 瓜秧长得不好 教他们补种了十几垄"],
  ])("%s: 「%s」 is a report", (who, text) => {
    expect(read(who, text).kind).toBe("report");
  });

  it("does not count a workshop (车间) as loads of a cart", () => {
    expect(read("li-rd", "明天去两车间").kind).not.toBe("report");
  });
});

describe("a slip said with the right value after 是 (console leftovers, intent38)", () => {
  const draft = "今天走访企业10家 了解研发投入情况";
  const card = {
    awaiting: "confirm",
    justAsked: true,
    pendingDrafts: 1,
    pendingSeqs: [1],
    pendingTexts: [{ seq: 1, text: draft }],
    shownText: draft,
  } as const;
  const onCard = (who: string, text: string) => {
    const got = heard(who, text, card);
    return got.startsWith("/ref 修改") ? "修改" : got;
  };

  it.each([
    // What is counted said after 是, then the count: a fix of the draft, never the offer to withdraw it.
    ["li-rd", "报错了 是走访企业12家"],
    ["li-rd", "填错了 是走访企业十二家"],
    ["he-gq", "弄错了 是调研企业12家"],
  ])("%s: 「%s」 on the card is 修改 of it", (who, text) => {
    expect(onCard(who, text)).toBe("修改");
  });

  it.each([
    // A share said with what it is of (成活率、覆盖率): the % dropped from the core is still the value.
    ["sun-tp", "弄错了 是成活率85%"],
    ["sun-tp", "不对 是覆盖率92%"],
    ["chen-kp", "搞错了 是合格率95%"],
  ])("%s: 「%s」 on the card is a no with the fix — 修改, not a bare no", (who, text) => {
    const share = "今年在马集乡推广林果 成活率80% 覆盖率90% 合格率八成";
    const got = heard(who, text, {
      ...card,
      pendingTexts: [{ seq: 1, text: share }],
      shownText: share,
    });
    expect(got).toMatch(/^\/ref 修改/);
  });

  it("still reads a slip with no value as what it was", () => {
    expect(heard("li-rd", "报错了", card)).not.toMatch(/^\/ref 修改/);
    expect(heard("li-rd", "不对 不是这条", card)).toBe("no");
  });
});

describe("everyone asked after as a whole (console leftover, intent38)", () => {
  it.each([["大家都报了吗"], ["大伙都交了没"], ["各科室都报了没有"]])("a leader's 「%s」 is 进度", (text) => {
    expect(commandOf("zhou-ju", text)).toBe("进度");
  });

  it("still reads a thing's count asked by a leader as 查数", () => {
    expect(commandOf("zhou-ju", "今年专利一共授权了多少件")).toBe("查数");
  });
});
