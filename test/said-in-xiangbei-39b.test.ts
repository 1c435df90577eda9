import { describe, expect, it } from "vitest";
import { toMandarin } from "../src/conversation/dialect-words.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 湘北 (常德) classes missed by blind86 (澧溪县), the rules alone (no learned guess) and the engine's state:
 * docs/understanding.md 第三十九轮 intent39b. The lines here are written for the test, not taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-16T15:00:00+08:00" });
const { read, heard } = rulesReading(t);

describe("湘北 words folded (dialect-words-xiangbei.ts)", () => {
  it.each([
    ["报表不交哒", "报表不交了"],
    ["今天忙死哒，明天再讲", "今天忙死了，明天再讲"],
    ["一下半天都在开会", "一下午都在开会"],
    ["咯个月还有哪些没报", "这个月还有哪些没报"],
    ["他们咯礼拜交了冇", "他们这礼拜交了没"],
    ["那几条莫管", "那几条别管"],
    ["细伢子放学了", "孩子放学了"],
  ])("folds 「%s」 to 「%s」", (said, mandarin) => {
    expect(toMandarin(said)).toBe(mandarin);
  });

  it.each([
    ["好哒"],
    ["么么哒"],
    ["搞咯两天"],
    ["莫非是他"],
    ["莫名其妙"],
  ])("leaves 「%s」 as it is", (text) => {
    expect(toMandarin(text)).toBe(text);
  });
});

describe("how many reported in a week, counted (material-question.ts REPORTS_COUNTED → 进度)", () => {
  it.each([
    ["上个星期大家交了的有几个", "进度 上周"],
    ["上个星期交了的有几个", "进度 上周"],
    ["这礼拜报了多少了", "进度"],
    ["咯礼拜大家交了几个", "进度"],
  ])("「%s」 from a leader is %s", (text, command) => {
    expect(heard("lin-fen", text, { awaiting: "nothing", justAsked: false })).toBe(command);
  });

  it("a thing of work counted stays 查数", () => {
    expect(heard("lin-fen", "这个月交了几个方案", { awaiting: "nothing", justAsked: false })).toMatch(
      /^查数/,
    );
  });
});

describe("the doing told bare, without 了 (spoken-work-done.ts spokenWorkBare)", () => {
  it.each([
    ["上半天在石门乡讲森林防火知识"],
    ["上午在敬老院讲防诈骗"],
    ["今天在社区讲医保政策"],
    ["下半天去中学讲交通安全 学生来了两百多"],
    ["在文化站搞科普讲座 村民来了五六十"],
  ])("「%s」 is a report", (text) => {
    expect(read("chen-kp", text).kind).toBe("report");
  });

  it.each([
    ["在办公室讲电话"],
    ["在屋里讲故事"],
    ["明天在镇里讲防溺水"],
    ["下午在小学讲防溺水"],
    ["要在村里讲森林防火"],
    ["打算在社区讲医保政策"],
  ])("「%s」 is not stored (chat, or a time still ahead)", (text) => {
    expect(read("chen-kp", text).kind).not.toBe("report");
  });
});

describe("a vague message taken back right after the bot asked what it meant (vague-asked-no.ts)", () => {
  const asked = { awaiting: "nothing" as const, justAsked: true, vagueAsked: true };

  it.each([
    ["不记 打错了"],
    ["别记 发错了"],
    ["莫记 手滑了"],
    ["打错了 不用管"],
    ["发错了"],
  ])("「%s」 answers no", (text) => {
    expect(heard("chen-kp", text, asked)).toBe("no");
  });

  it("with nothing asked the same words are no answer", () => {
    expect(heard("chen-kp", "别记 发错了", { awaiting: "nothing", justAsked: true })).not.toBe("no");
  });

  it("a slip said with the right figure is not taken for a no", () => {
    expect(heard("chen-kp", "打错了 是32户", asked)).not.toBe("no");
  });

  it("the engine drops the vague message and offers nothing to withdraw", async () => {
    t.setNow("2026-12-16T16:00:00+08:00");
    const first = await t.sayText("zhao-zh", "森林防火那个");
    expect(first).not.toMatch(/已记录|草稿/);
    const reply = await t.sayText("zhao-zh", "不记 打错了");
    expect(reply).toContain("没有保存");
    expect(reply).not.toMatch(/撤回/);
  });
});

describe("the card held: not yet shown to someone above (card-hold.ts SOMEONE_NOT_SEEN)", () => {
  const card = { awaiting: "confirm" as const, pendingDrafts: 1, justAsked: true };
  it.each([
    ["稍等 还没拿给主任过目"],
    ["等一下 我还没给局长看"],
  ])("「%s」 on the card is a no (held)", (text) => {
    expect(heard("he-gq", text, card)).toBe("no");
  });
});

describe("how far one went beside the body worn out (talk-aside.ts LIGHT_TRIP)", () => {
  it.each([
    ["一下午转了四个村 脚都走疼了"],
    ["今天跑了六个地方 腿都跑断了"],
    ["上午跑了五个村 脚都走酸了"],
  ])("「%s」 is talk", (text) => {
    expect(read("sun-tp", text).kind).toBe("smalltalk");
  });

  it.each([
    ["一下午转了四个村"],
    ["好累啊 上午跑了两个地方"],
    ["今天走访了三户 累死了"],
    ["跑了三个村 发了200份传单 好累"],
  ])("「%s」 is not talk (asked, or a report)", (text) => {
    expect(read("sun-tp", text).kind).not.toBe("smalltalk");
  });
});

describe("a place in a document, or what was said somewhere, only pointed at (place-pointed.ts)", () => {
  const idle = { awaiting: "nothing" as const, pendingDrafts: 0, justAsked: false };
  it.each([
    ["第五页那里"],
    ["倒数第三段"],
    ["上午群里说的"],
    ["前天电话里讲的那个"],
  ])("「%s」 is asked about", (text) => {
    expect(heard("xu-dj", text, idle)).toBe("unclear");
  });

  it("while a part is asked, 「第二段」 is not taken for a pointer", () => {
    expect(heard("xu-dj", "第二段", { awaiting: "part", pendingDrafts: 0, justAsked: true })).not.toBe(
      "unclear",
    );
  });
});

it("a part named alone (第四部分) is not taken for a place pointed at", () => {
  expect(heard("li-rd", "第四部分", { awaiting: "nothing", pendingDrafts: 0, justAsked: true })).not.toBe(
    "unclear",
  );
});
