import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead54's console trial: a card waiting for 确认, 何婷 asked the bot something aside (「下周三之前要交的那个表 是不是你们收」),
 * the bot kept it unsaved beside the card (记为填报 button; that question is now answered by staff-questions.ts, so the test
 * sends another aside), and her 「没事了」 — never mind, about her own aside — was read as
 * a no to the card: 「#1 哪里不对？」. A closing word right after an unsaved aside closes the aside; the card stays as it was.
 */
const { open } = appPerTest();

async function asideOnCard() {
  const t = await open({ now: "2026-12-07T10:00:00+08:00" });
  await t.say("he-gq", "上周去了三个乡镇搞专利宣传，发了260份资料，现场答疑40多人次");
  await t.say("he-gq", "科室 高新技术企业与创新平台");
  const aside = await t.sayText("he-gq", "下午还要去园区开个会 材料还没弄完");
  expect(aside).toContain("这条先没有保存");
  return t;
}

describe("a closing word after an aside kept beside a card (aside-on-card.ts)", () => {
  it.each([
    "没事了",
    "算了 没事",
    "哦 不用了",
    "没事了 谢谢",
    "沒事了",
  ])("「%s」 is no 「哪里不对」 and leaves #1 a draft", async (said) => {
    const t = await asideOnCard();
    const got = await t.sayText("he-gq", said);
    expect(got).not.toContain("哪里不对");
    expect(got).toContain("#1");
    const mine = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(mine.map((u) => u.status)).toEqual(["draft"]);
    // The card is still the one asked: 确认 stores #1.
    expect(await t.sayText("he-gq", "确认")).toContain("已确认");
  });

  it("「不对」 after the aside still asks what is wrong with #1", async () => {
    const t = await asideOnCard();
    expect(await t.sayText("he-gq", "不对")).toContain("哪里不对");
  });
});
