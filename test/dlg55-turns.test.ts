import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import { updatesByStatus } from "./helpers/updates-by-status.js";

/**
 * dlg55: turns of a conversation read as a careful colleague would (own sentences, round fifty-five, 呼伦贝尔 东北话):
 * a card's count said to have been reported too high or low (「户数多报了五户 有一户登记了两遍」), with or without the total.
 */
const { open } = appPerTest();
const NOW = "2026-12-15T10:00:00+08:00";
const updates = updatesByStatus;
const text = (r: Array<{ text: string }>) => r.map((x) => x.text).join(" / ");

describe("a count said to have been reported too high or low", () => {
  it("「户数多报了五户 有一户登记了两遍」 on the card: 四十二户 becomes 37户, no second update", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "今天在阿荣旗给豆农讲大豆播种 来了四十二户");
    const r = text(await app.say("sun-tp", "户数多报了五户 有一户登记了两遍"));
    expect(r).toContain("37户");
    await app.say("sun-tp", "妥了 存");
    const u = await updates(app, "sun-tp");
    expect(u.all).toHaveLength(1);
    expect(u.confirmed[0]?.normalizedText).toContain("37户");
  });

  it("「户数写少了 后来又补来几户 实际四十户」: the total said is the new figure", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "今天在莫力达瓦给豆农讲大豆根腐病 来了三十五户");
    const r = text(await app.say("sun-tp", "户数写少了 后来又补来几户 实际四十户"));
    expect(r).toContain("四十户");
    expect((await updates(app, "sun-tp")).all).toHaveLength(1);
  });

  it("「户数多报了三户 有几户是一家的 实际三十三户」: the reason and the total, one update", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "今天在牙克石给林下经济合作社讲蓝莓栽培 来了三十六户");
    const r = text(await app.say("sun-tp", "户数多报了三户 有几户是一家的 实际三十三户"));
    expect(r).toContain("三十三户");
    expect((await updates(app, "sun-tp")).all).toHaveLength(1);
  });

  it("held for counting, then 「点完了 多了八十袋 一共880袋」: the total written in, nothing stored", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "给陈巴尔虎旗的牧场运去了青贮添加剂 八百袋");
    await app.say("sun-tp", "先别存 会计还一袋一袋点着呢");
    const r = text(await app.say("sun-tp", "点完了 多了八十袋 一共880袋"));
    expect(r).toContain("880袋");
    const u = await updates(app, "sun-tp");
    expect(u.all).toHaveLength(1);
    expect(u.confirmed).toHaveLength(0);
  });

  it("an estimate (五十几户) with 「户数说多了 少六户」: asked, never a second update", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "今天在鄂伦春旗教农户林下种木耳 来了五十几户");
    await app.say("sun-tp", "户数说多了 少六户 有个屯我数了两遍");
    expect((await updates(app, "sun-tp")).all).toHaveLength(1);
  });

  it("a new report on the card with a count of its own is still a report", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "上午在扎兰屯给豆农讲大豆播种 来了三十户");
    await app.say("sun-tp", "下午在新巴尔虎左旗给牧民讲牛羊防疫 又多来了十几户");
    expect((await updates(app, "sun-tp")).drafts).toHaveLength(2);
  });
});
