import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty (lead, console trial): 孙磊 had #1 「帮企业申请发明专利3件」 and #2 「组织科技特派员培训 来了45人」; 「那个专利的帮我删了」
 * was offered #2 (the latest, 「要撤回 #2 吗？」), and 「我上个月报的那个农机的 帮我删了」 — no update says 农机 — was offered #2 too.
 * The words after 那个/那项/那笔 name the update as they do after 那条; words that name none are said so, and nothing is guessed.
 */
const { open } = appPerTest();

async function twoReported() {
  const t = await open();
  await t.say("sun-tp", "帮企业申请发明专利3件");
  await t.say("sun-tp", "确认");
  await t.say("sun-tp", "组织科技特派员培训 来了45人");
  await t.say("sun-tp", "确认");
  return t;
}

describe("an update named by its words after 那个", () => {
  it.each([
    "那个专利的帮我删了",
    "我上个月报的那个专利的 帮我删了",
    "把那项专利的撤了吧",
    "这个专利的不要了",
  ])("「%s」 offers #1, the one about 专利", async (said) => {
    const t = await twoReported();
    const reply = await t.sayText("sun-tp", said);
    expect(reply).toContain("#1");
    expect(reply).not.toMatch(/撤回 #2 吗/);
  });

  it("words no update says are said so, and #2 is not offered alone", async () => {
    const t = await twoReported();
    const reply = await t.sayText("sun-tp", "我上个月报的那个农机的 帮我删了");
    expect(reply).toContain("农机");
    expect(reply).not.toMatch(/要撤回 #2 吗/);
    const updates = await t.app.services.store.listUpdates({ author: "sun-tp", status: ["confirmed"] });
    expect(updates).toHaveLength(2);
  });

  it("「那个是去年的 撤了吧」 on a card names no words: the card's update is withdrawn, nothing asked", async () => {
    const t = await open();
    await t.say("sun-tp", "去年十一月在南山镇办了甘蔗培训 来了五十几个");
    const reply = await t.sayText("sun-tp", "搞错了 那个是去年的 撤了吧");
    expect(reply).not.toContain("没有找到");
    expect(reply).toMatch(/已撤回|撤回 #1/);
  });

  it("那个 with no request after it is no reference (a report stays a report)", async () => {
    const t = await open();
    const reply = await t.sayText("sun-tp", "那个示范基地的大棚今年新建了12个");
    expect(reply).toMatch(/请确认/);
  });
});
