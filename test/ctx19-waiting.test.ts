import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

const text = (replies: Array<{ text: string }>) => replies.map((r) => r.text).join("\n");

/**
 * Round nineteen (ctx19): lines sent while the bot waits, read as the engine in that state reads them
 * (docs/understanding.md 第十九轮). While an edit's new text is asked for, 「算球了 不改咧」「那条没错 是我看错了」
 * 「我再想想 晚点再改」 were taken as the new text and appended to the update in a preview; on a card 「科室弄错了
 * 这是人才的」 was a no (「哪里不对？」) and 「等等 先不要存 …」 a question; 「第2条放错地儿了 那是人才那块的活」 was
 * asked about; in guided filling 「困难一定要写吗」 got 「有什么需要帮忙的？」.
 */
const { open } = appPerTest();

describe("while an edit's new text is asked for", () => {
  for (const said of [
    "算球了 不改咧",
    "哦 那条没错 是我看错了",
    "我再想想 晚点再改",
    "不弄了 原来写的是对的",
    // i19d, written after the first fixes (not carried over at first sight):
    "不改哒 原来那个就蛮好",
    "哦哦 我看岔了 没写错",
    "等我回头问清楚再改",
  ])
    it(`「${said}」 drops the edit: no preview, the update unchanged`, async () => {
      const t = await open();
      await t.say("li-rd", "走访规上企业6家，宣讲研发费用加计扣除政策");
      await t.say("li-rd", "确认");
      await t.say("li-rd", "修改 1");
      const out = text(await t.say("li-rd", said));
      expect(out).not.toContain("修改预览");
      const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
      expect(u?.normalizedText).toBe("走访规上企业6家，宣讲研发费用加计扣除政策");
      expect((await t.app.services.store.getConversation("li-rd"))?.mode ?? "idle").not.toBe("edit");
    });

  it("a new figure is still the new text", async () => {
    const t = await open();
    await t.say("li-rd", "走访规上企业6家，宣讲研发费用加计扣除政策");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "修改 1");
    expect(text(await t.say("li-rd", "不是6家 是8家"))).toContain("修改预览");
  });
});

describe("on a card", () => {
  it("「科室弄错了 这是人才的」 files the draft under 人才", async () => {
    const t = await open();
    await t.say("zhao-zh", "登记技术合同12份，成交额380万元");
    await t.say("zhao-zh", "科室 成果转化与知识产权");
    await t.say("zhao-zh", "科室弄错了 这是人才的");
    const [u] = await t.app.services.store.listUpdates({ author: "zhao-zh" });
    expect(u?.section).toBe("talent");
    expect(u?.status).toBe("draft");
  });

  it("「嗯嗯 这条莫得问题 确认嘛」 confirms it (the yes said of the card's content)", async () => {
    const t = await open();
    await t.say("sun-tp", "科技特派员下乡服务12次，培训农户180人");
    await t.say("sun-tp", "嗯嗯 这条莫得问题 确认嘛");
    const [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
    expect(u?.status).toBe("confirmed");
  });

  it("「先搁着 我下午再对一遍数」 keeps the draft", async () => {
    const t = await open();
    await t.say("xu-dj", "开展主题党日活动1次，党员22人参加");
    const out = text(await t.say("xu-dj", "先搁着 我下午再对一遍数"));
    expect(out).not.toContain("这条我没有记为填报");
    const [u] = await t.app.services.store.listUpdates({ author: "xu-dj" });
    expect(u?.status).toBe("draft");
  });

  it("「等等 先不要存 我问下科长数对不对」 keeps the draft, nothing confirmed", async () => {
    const t = await open();
    await t.say("li-rd", "走访规上企业6家，宣讲研发费用加计扣除政策");
    const out = text(await t.say("li-rd", "等等 先不要存 我问下科长数对不对"));
    expect(out).not.toContain("有什么需要帮忙的");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.status).toBe("draft");
  });
});

it("「第2条放错地儿了 那是人才那块的活」 moves #2 to 人才", async () => {
  const t = await open();
  for (const s of ["登记技术合同12份，成交额380万元", "组织专利申请培训1场，40家企业参加"]) {
    await t.say("zhao-zh", s);
    await t.say("zhao-zh", "科室 成果转化与知识产权");
    await t.say("zhao-zh", "确认");
  }
  await t.say("zhao-zh", "第2条放错地儿了 那是人才那块的活");
  const two = (await t.app.services.store.listUpdates({ author: "zhao-zh" })).find((u) => u.seq === 2);
  expect(two?.section).toBe("talent");
});

it("「困难一定要写吗」 in guided filling says what the question asks and that it may be skipped", async () => {
  const t = await open();
  await t.say("chen-kp", "填报");
  await t.say("chen-kp", "走访企业5家");
  await t.say("chen-kp", "无");
  const out = text(await t.say("chen-kp", "困难一定要写吗"));
  expect(out).toContain("问题或困难");
  expect(out).toContain("回复「无」");
  expect(out).not.toContain("有什么需要帮忙的");
  expect(text(await t.say("chen-kp", "场地偏小"))).toContain("4/4");
  expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toEqual([]);
});
