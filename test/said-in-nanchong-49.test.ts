import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes of round forty-nine's intent work (docs/understanding.md 第四十九轮 intent49), read by the rules alone. The
 * lines are written for the test — 川北、关中、皖北、普通话、繁体 — not taken from the corpus; each class has lines where
 * it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("the week taken by others or by an inspection, one's own 科 or 这头 standing still, is 本周无进展", () => {
  it.each([
    ["li-rd", "这个星期全被县里借去搞普查 项目科那边一点没推"],
    ["li-rd", "这礼拜都叫市上抽去评标了 项目科没动"],
    ["xu-dj", "这周一直让组织部喊去帮忙 支部那头没得动"],
    ["xu-dj", "这礼拜被纪委抽调走了 党建这头莫得啥子进展"],
    ["chen-kp", "本周都在迎接省上的考核 科普科没弄出啥名堂"],
    ["wang-ban", "这礼拜都在迎市里督查 办公室这块啥也没弄成"],
    ["li-rd", "這禮拜都叫市上抽去搞評審了 項目科沒動"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text)).toMatch(/^本周无进展/u);
  });
  it.each([
    ["li-rd", "项目这周没进展 卡在审批"],
    ["li-rd", "这礼拜叫市上抽去评标了 评了十二个项目"],
    ["li-rd", "上礼拜项目科没动 这礼拜跑了三家企业"],
  ])("not: %s: %s", (who, text) => {
    expect(heard(who, text)).not.toMatch(/^本周无进展/u);
  });
});

describe("the guided questions given up with 嫑 or 咧 (关中) are 取消", () => {
  const guided = { awaiting: "guided" as const, justAsked: true };
  it.each([
    "单位喊我去开会 先嫑填咧",
    "屋里来客了 额先回去咧 不写咧",
    "有个急事 先不要报了",
  ])("%s", (text) => {
    expect(heard("sun-tp", text, guided)).toBe("取消");
  });
  it.each(["有几户不填了", "种苗还没到 有的户先不要种了"])("not: %s", (text) => {
    expect(heard("sun-tp", text, guided)).not.toBe("取消");
  });
});

describe("the card set aside (先搁下) until later, or held to count again (等哈 再数一道), is a no", () => {
  const card = { awaiting: "confirm" as const, justAsked: true, pendingDrafts: 1 };
  it.each([
    "先搁下 我明天再看",
    "先放下 回头再弄",
    "等哈再存 亩数我还要去数一道",
    "等一哈 户数我还要再数一道",
  ])("%s", (text) => {
    expect(heard("sun-tp", text, card)).toBe("no");
  });
  it.each(["先搁下 我明天去马鞍镇", "等哈 又来了三户"])("not: %s", (text) => {
    expect(heard("sun-tp", text, card)).not.toBe("no");
  });
});

describe("when and where today with nothing else is the first half of a report", () => {
  it.each([
    "上午在营山县城南镇",
    "下午在蓬安县相如镇",
    "后晌在石门村",
    "今个前晌我在金凤社区",
    "上午在高新区孵化基地",
  ])("%s", (text) => {
    expect(heard("sun-tp", text)).toBe("report");
  });
  it.each([
    "下午在办公室",
    "上午在家",
    "明天上午在城南镇",
    "下午在城南镇吗",
    "上午在哪个镇",
  ])("not: %s", (text) => {
    expect(heard("sun-tp", text)).not.toBe("report");
  });
});

describe("an edit's preview praised in a dialect's words of done well is the yes", () => {
  const preview = { awaiting: "edit-confirm" as const, justAsked: true, pendingDrafts: 1 };
  it.each(["改巴适了", "这下改安逸了", "这回改得可以 中", "这下弄得攒劲"])("%s", (text) => {
    expect(heard("li-rd", text, preview)).toBe("yes");
  });
  it.each(["还是改得不对", "改好了没"])("not: %s", (text) => {
    expect(heard("li-rd", text, preview)).not.toBe("yes");
  });
});

describe("whether the update just sent was saved, with no answer seen or fearing it unsent, is 我的填报", () => {
  it.each([
    "刚才那条保存了没 咋没得反应",
    "刚发的那个保存好了吗",
    "刚才报的那条存上了没 是不是没发出去",
  ])("%s", (text) => {
    expect(heard("sun-tp", text)).toBe("我的填报");
  });
  it.each(["刚才那条不用保存了"])("not: %s", (text) => {
    expect(heard("sun-tp", text)).not.toBe("我的填报");
  });
});

describe("a leader asking how many the sections handed in, the week unsaid, is 进度", () => {
  it.each(["各个科室交了几份", "各科报了好多了", "大家交了多少份了"])("%s", (text) => {
    expect(heard("zhou-ju", text)).toBe("进度");
  });
  it.each(["各科交了多少家高企"])("not: %s", (text) => {
    expect(heard("zhou-ju", text)).not.toBe("进度");
  });
});

describe("a firm rated onto a level's list (评上省级…) is a report", () => {
  it.each([
    "嘉陵丝绸评上了省级专精特新",
    "顺庆药业今年评为国家级专精特新小巨人",
    "冬菜厂入选了市级农业产业化龙头企业",
  ])("%s", (text) => {
    expect(heard("he-gq", text)).toBe("report");
  });
  it.each(["我家娃评上三好学生了", "今年能评上省级的话就好了"])("not: %s", (text) => {
    expect(heard("he-gq", text)).not.toBe("report");
  });
});
