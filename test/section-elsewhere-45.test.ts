import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOrgFile } from "../src/load-org.js";
import { planCorrection } from "../src/conversation/plan-correction.js";
import { planEdit } from "../src/conversation/edit-update.js";
import { ownSideSaid } from "../src/conversation/own-side-said.js";
import { sectionElsewhere } from "../src/conversation/section-elsewhere.js";
import type { Org, Person } from "../src/domain/org.js";
import { EXAMPLE_ORG, makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * route45:
 * 1. a one-section staff member's report that plainly names another section's work (「高企申报今年过了9家」 from 孙磊, 特派员)
 *    is not filed under their section without a word: the card says in one line whose work it looks like, with a button to
 *    move it; 确认 keeps it with them. Their own work, mixed work, the office's staff, leaders and two-section people as before.
 * 2. an edit said exactly drops the old figure's estimate word, before it (大概六百人) or after it (六百人左右).
 * Sentences in our own words.
 */
let org: Org;
const person = (id: string): Person => org.people.find((p) => p.id === id)!;

beforeAll(async () => {
  org = await loadOrgFile(EXAMPLE_ORG);
});

describe("another section's work named plainly", () => {
  it.each([
    ["sun-tp", "高企申报今年过了9家", "hitech"],
    ["sun-tp", "高企申報今年過了十家", "hitech"],
    ["sun-tp", "今年新认定高新技术企业十二家", "hitech"],
    ["sun-tp", "专利授权了5件", "transfer"],
    ["sun-tp", "技术合同登记了八份，成交额三百万左右", "transfer"],
    ["li-rd", "科技活动周搞了3场", "popsci"],
    ["li-rd", "支部开了一次主题党日", "party"],
    ["chen-kp", "帮企业申报研发费用加计扣除，涉及十五家", "rd"],
    ["xu-dj", "星创天地和众创空间各去了一趟", "hitech"],
    ["chen-kp", "特派员下乡对接了四个村", "envoy"],
  ])("%s：%s → %s", (who, text, section) => {
    expect(sectionElsewhere(org, person(who), text)).toBe(section);
  });

  it.each([
    // their own work
    ["sun-tp", "下乡开展农技培训3场，培训农户200人左右"],
    ["sun-tp", "石门村茶园技术指导3次，食用菌培训一期 学员40人"],
    ["sun-tp", "给合作社搞了一次培训"],
    ["li-rd", "省级科技项目立项4个，到位经费300万"],
    ["chen-kp", "科普进校园活动两场，发放宣传资料五百份"],
    ["xu-dj", "组织党员学习两次"],
    // mixed: their own and another's
    ["sun-tp", "帮扶村里对接了两家高企"],
    ["li-rd", "高企研发投入统计了一遍，共12家"],
    // unclear: two other sections alike, or only how the work was done
    ["sun-tp", "高企认定9家，专利授权5件"],
    ["sun-tp", "组织了一次政策宣讲"],
    ["li-rd", "去市里参加培训三天"],
    ["chen-kp", "整理资料归档"],
    // leaders and the office are never second-guessed here
    ["zhou-ju", "高企申报今年过了9家"],
    ["lin-fen", "专利授权了5件"],
    ["wang-ban", "高企申报今年过了9家"],
    // two-section people: their own section named is theirs
    ["he-gq", "高企申报今年过了9家"],
    ["zhao-zh", "专利授权了5件"],
  ])("%s：%s is not asked", (who, text) => {
    expect(sectionElsewhere(org, person(who), text)).toBeUndefined();
  });

  // Round 52 (console trial): someone with two sections is asked which already; the section the text plainly names,
  // none of theirs, is offered first in that list (section-elsewhere-two-52).
  it.each([
    ["he-gq", "支部开了一次主题党日", "party"],
    ["zhao-zh", "高企申报今年过了9家", "hitech"],
  ])("%s：%s names %s, offered in the two-section list", (who, text, id) => {
    expect(sectionElsewhere(org, person(who), text)).toBe(id);
  });

  it("office staff with one section report for the whole bureau", () => {
    const clerk: Person = { ...person("xu-dj"), id: "office-clerk", sections: ["office"] };
    expect(sectionElsewhere(org, clerk, "高企申报今年过了9家")).toBeUndefined();
    expect(sectionElsewhere(org, clerk, "支部开了一次主题党日")).toBeUndefined();
  });
});

describe("the person's own side said", () => {
  it.each([
    "我这边",
    "我这边的",
    "算我们科的",
    "放我这儿吧",
    "就我这块",
    "还是我们这边吧",
    "不用挪 就我这边",
    "咱这边的活",
  ])("%s", (said) => {
    expect(ownSideSaid(said, "envoy")).toBe("envoy");
  });
  it.each(["我这边还有两家没报", "不对", "高企", "确认", "我们这边下周再报"])("%s is no answer", (said) => {
    expect(ownSideSaid(said, "envoy")).toBeUndefined();
  });
  it("nothing without the question", () => {
    expect(ownSideSaid("我这边", undefined)).toBeUndefined();
  });
});

describe("an estimate edited exactly", () => {
  it.each([
    [
      "组织特派员下乡培训农户大概六百人",
      "「大概六百人」改成「六百五十人」",
      "组织特派员下乡培训农户六百五十人",
    ],
    ["组织特派员下乡培训农户大概六百人", "大概六百人改成650人", "组织特派员下乡培训农户650人"],
    ["来了约莫三百人，发放资料五百份", "约莫三百人改成320人", "来了320人，发放资料五百份"],
    // said roughly, or only the number: the estimate stays
    [
      "组织特派员下乡培训农户大概六百人",
      "大概六百人改成大概六百五十人",
      "组织特派员下乡培训农户大概六百五十人",
    ],
    ["组织特派员下乡培训农户大概六百人", "六百改成七百", "组织特派员下乡培训农户大概七百人"],
    // 签约 is no estimate
    ["签约项目六个，金额两千万", "签约项目六个改成七个", "签约项目七个，金额两千万"],
  ])("%s / %s", (old, typed, text) => {
    expect(planEdit(old, typed).text).toBe(text);
  });

  it.each([
    ["组织特派员下乡培训农户六百人左右", "应该是650人", "650人"],
    ["培训农户五百人左右，发放资料300份", "不对，是六百五十人", "六百五十人"],
    ["义诊群众三百人上下", "是320人", "320人"],
  ])("%s / %s drops the tail", (old, said, to) => {
    const plan = planCorrection(old, said);
    expect(plan).toMatchObject({ kind: "substitute", to });
    expect(plan).not.toHaveProperty("unit");
  });
  it.each([
    ["组织特派员下乡培训农户六百人左右", "应该是650人左右", "650人左右"],
    ["培训农户五百人左右", "大概是六百五十人", "六百五十人左右"],
  ])("%s / %s said roughly keeps it", (old, said, to) => {
    expect(planCorrection(old, said)).toMatchObject({ kind: "substitute", to });
  });
});

describe("in the engine", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp({ now: "2026-11-20T10:00:00+08:00" });
  });
  afterAll(async () => {
    await t.app.close();
    cleanTmpDirs();
  });
  const sectionOf = async (who: string, seq: number) =>
    (await t.app.services.store.findBySeq(org.people.find((p) => p.name === who)!.id, seq))?.section;
  const cardOf = (replies: Awaited<ReturnType<TestApp["say"]>>) => replies.find((r) => r.card)?.card;

  it("the card asks, 确认 keeps it with the sender", async () => {
    const card = cardOf(await t.say("孙磊", "高企申报今年过了9家"));
    expect(card?.blocks.join("\n")).toContain("看内容像是「高新技术企业与创新平台」的工作");
    expect(card?.buttons?.map((b) => b.command)).toContain("科室 高新技术企业与创新平台");
    expect(await t.sayText("孙磊", "确认")).toContain("科技特派员与乡村振兴");
    expect(await sectionOf("孙磊", 1)).toBe("envoy");
  });
  it("the button moves it, then 确认", async () => {
    const card = cardOf(await t.say("孙磊", "专利授权了5件"));
    const move = card?.buttons?.find((b) => b.command.startsWith("科室"));
    const moved = await t.sayText("孙磊", move!.command, { subject: move!.subject });
    expect(moved).toContain("改到「成果转化与知识产权」");
    expect(await t.sayText("孙磊", "确认")).toContain("成果转化与知识产权");
    expect(await sectionOf("孙磊", 2)).toBe("transfer");
  });
  it("the section typed moves it; 我这边 keeps it", async () => {
    await t.say("孙磊", "高企申報今年過了十家");
    expect(await t.sayText("孙磊", "高企")).toContain("改到「高新技术企业与创新平台」");
    await t.say("孙磊", "取消");
    await t.say("孙磊", "技术合同登记了八份");
    expect(await t.sayText("孙磊", "我这边")).toContain("就是「科技特派员与乡村振兴」");
    expect(await sectionOf("孙磊", 4)).toBe("envoy");
  });
  it("own work shows the plain card; a two-section person is still asked", async () => {
    const own = cardOf(await t.say("孙磊", "下乡开展农技培训3场，培训农户200人左右"));
    expect(own?.blocks.join("\n")).toContain("农技培训");
    expect(own?.blocks.join("\n")).not.toContain("看内容像是");
    await t.say("孙磊", "取消");
    const asked = cardOf(await t.say("何婷", "走访企业五家"));
    expect(asked?.title).toContain("属于哪个科室");
  });
  it("an exact correction on the card drops 约", async () => {
    await t.say("陈静", "科普日那天来了大概八百人");
    const preview = (await t.say("陈静", "不对，是八百五十人"))
      .flatMap((r) => r.card?.blocks ?? [])
      .join("\n");
    expect(preview).toContain("来了八百五十人");
    expect(preview).not.toMatch(/约850|大概八百五十/u);
  });
});
