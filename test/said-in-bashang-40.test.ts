import { describe, expect, it } from "vitest";
import { toMandarin } from "../src/conversation/dialect-words.js";
import { outingAsked } from "../src/conversation/outing-asked.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 冀北 (张家口坝上) and 豫西 (洛阳) classes missed by blind85 (坝源县) and intent40's first-sight batch i40a, the rules
 * alone (no learned guess): docs/understanding.md 第四十轮 intent40. The lines here are written for the test, not
 * taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said, heard } = rulesReading(t);
const nothing = { awaiting: "nothing" as const, justAsked: false };
const card = { awaiting: "confirm" as const, justAsked: true, pendingDrafts: 1 };
const guided = { awaiting: "guided" as const, justAsked: true };

describe("坝上 and 豫西 words folded (dialect-words-bashang.ts)", () => {
  it.each([
    ["今儿个把台账弄完了", "今天把台账弄完了"],
    ["今儿风大", "今天风大"],
    ["明儿个上午去乡里", "明天上午去乡里"],
    ["后儿个开会", "后天开会"],
    ["夜儿黑加了个班", "昨晚加了个班"],
    ["我夜儿去了趟县里", "我昨天去了趟县里"],
    ["给我闹一版", "给我弄一版"],
    ["回头再闹", "回头再弄"],
    ["咋闹嘞", "咋弄嘞"],
    ["材料闹好了", "材料弄好了"],
    ["主任还没签字咧", "主任还没签字呢"],
    ["礼拜六克张北", "礼拜六去张北"],
    ["我克县里交材料", "我去县里交材料"],
    ["要交不要", "要交不"],
    ["这礼拜六要补班不要", "这礼拜六要补班不"],
    ["来的人老鼻子了", "来的人很多"],
    ["今天倍儿冷", "今天很冷"],
    ["总结倍儿长", "总结很长"],
    ["今儿个礼拜报了啥", "这礼拜报了啥"],
    ["明儿个礼拜六开会", "明天礼拜六开会"],
    ["礼拜六上班不上", "礼拜六上班不"],
    ["下午开会不开", "下午开会不"],
    ["等给下", "等一下"],
    ["主任还要瞭给下", "主任还要看一下"],
  ])("folds 「%s」 to 「%s」", (text, mandarin) => {
    expect(toMandarin(text)).toBe(mandarin);
  });

  it.each([
    ["庙会可热闹了"],
    ["闹钟响了"],
    ["村里有人闹矛盾"],
    ["克服了不少困难"],
    ["克隆了一份"],
    ["以后儿再说"],
    ["要不要"],
    ["产量翻了两倍儿"],
    ["收入增长了一倍儿多"],
    ["比前年多了六倍儿"],
    ["翻了十倍儿还多"],
    ["涨了0.5倍儿"],
    ["上不上班"],
  ])("leaves 「%s」 as it is", (text) => {
    expect(toMandarin(text)).toBe(text);
  });
});

describe("the day's temperature is weather, not a figure of work (weather-and-body.ts TEMPERATURE)", () => {
  it.each([
    ["今天村里零下二十五度 冻死个人"],
    ["乡里今天零下28度 冻死人了"],
    ["早起乡里零下三十一度 冻死人了"],
  ])("「%s」 is talk, nothing stored", (text) => {
    expect(heard("sun-tp", text, nothing)).toBe("smalltalk");
  });

  it("the work done in the cold stays a report", () => {
    expect(heard("sun-tp", "零下二十度 给三个村送去了两百床棉被", nothing)).toBe("report");
  });
});

describe("said in 坝上 and 豫西 words, read as in Mandarin", () => {
  it("等给下 on a card (wait a moment) holds it", () => {
    expect(heard("he-gq", "等给下 我再核一遍", card)).toBe("no");
  });

  it("a meeting notice relayed for tomorrow said 明儿个后晌 is a notice, never stored", () => {
    expect(heard("xu-dj", "局办叫俺通知大伙 明儿个后晌两点三楼会议室开会", nothing)).toBe("smalltalk");
  });

  it("闹 for the draft is 生成总结", () => {
    expect(said("zhou-ju", "总结先闹一稿出来")).toMatch(/^生成总结/);
  });

  it("on a card, 还没看咧 (someone has not seen it yet) holds it", () => {
    expect(heard("he-gq", "等下 书记还没看咧", card)).toBe("no");
  });

  it("上班不上 (the object before the A-not-A) asking of a day is 上班吗", () => {
    expect(said("zhou-ju", "明儿个礼拜六上班不上")).toMatch(/^上班吗/);
  });

  it("要…不要 asking whether a day is worked is 上班吗", () => {
    expect(said("li-rd", "这礼拜六要上班不要")).toMatch(/^上班吗/);
  });
});

describe("the guided questions given up with the word said twice (guided-put-off.ts)", () => {
  it.each([["退了退了 明儿个再弄"], ["退了退了"]])("「%s」 is 取消", (text) => {
    expect(heard("sun-tp", text, guided)).toBe("取消");
  });
});

describe("only a place pointed at — what is meant is asked (vague-message.ts, place-pointed.ts)", () => {
  it.each([["第五页底下的"], ["第3页最上面的"], ["城关那家"], ["开发区这家"]])("「%s」 is asked", (text) => {
    expect(heard("lin-fen", text, nothing)).toBe("unclear");
  });
});

describe("whom a form goes to, asked with 谁 as with 哪个 (closed-words.ts)", () => {
  it.each([["这张表交给谁"], ["这份材料报给谁"]])("「%s」 is asked about", (text) => {
    expect(heard("li-rd", text, nothing)).toBe("unclear");
  });

  it("谁还没报 (who, opening the question of the matter) stays 进度", () => {
    expect(heard("lin-fen", "谁还没报", nothing)).toBe("进度");
  });
});

describe("those not yet reported told to hurry, without 的 (leader-request.ts NUDGE)", () => {
  it.each([["还有谁没填 让他们抓紧"], ["谁还木交 叫他们快点"]])("「%s」 is 催报", (text) => {
    expect(heard("lin-fen", text, nothing)).toBe("催报");
  });
});

describe("a colleague asked out for leisure is talk, never a workday asked (outing-asked.ts)", () => {
  it.each([
    ["礼拜六一块儿去钓鱼不"],
    ["周末咱去爬山不"],
    ["晚上一起吃火锅去不"],
    ["礼拜天去崇礼滑雪吗"],
  ])("「%s」 is talk", (text) => {
    expect(outingAsked(text)).toEqual({ kind: "smalltalk", topic: "other" });
  });

  it.each([
    ["周六去县里开会不"],
    ["礼拜天要上班不"],
    ["明天去村里看大棚不"],
  ])("「%s」 is no outing", (text) => {
    expect(outingAsked(text)).toBeUndefined();
  });
});

describe("a plain no beside the slip, right after the bot asked what a message meant (vague-asked-no.ts)", () => {
  const asked = { awaiting: "nothing" as const, justAsked: true, vagueAsked: true };

  it.each([["不是 点错了"], ["没啥 按错了"]])("「%s」 answers no", (text) => {
    expect(heard("zhao-zh", text, asked)).toBe("no");
  });

  it("「不是」 alone, no slip said, is no such answer", () => {
    expect(heard("zhao-zh", "不是", asked)).not.toBe("no");
  });
});

describe("晋 and 冀北 哇 closing an answer on a card (dialect-words-bashang.ts)", () => {
  it.each([
    ["那就存哇", "那就存吧"],
    ["走哇", "走吧"],
  ])("folds 「%s」 to 「%s」", (text, mandarin) => {
    expect(toMandarin(text)).toBe(mandarin);
  });

  it("哇 opening a clause stays an exclamation", () => {
    expect(toMandarin("哇 这么快")).toBe("哇 这么快");
  });
});

describe("an edit of a draft dropped opens its card again (edit-update.ts cancelEdit)", () => {
  it("「存哇」 after the edit is dropped confirms the draft as it was", async () => {
    t.setNow("2026-12-17T15:00:00+08:00");
    await t.sayText("li-rd", "市级科技计划今年立了5项 到位资金300万");
    await t.sayText("li-rd", "改一下");
    expect(await t.sayText("li-rd", "算了 不改了 原来的对着呢")).toContain("已放弃这次修改");
    expect(await t.sayText("li-rd", "存哇")).toContain("已确认保存");
  });
});
