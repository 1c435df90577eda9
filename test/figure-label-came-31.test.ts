import { describe, expect, it } from "vitest";
import { describeFigure } from "../src/conversation/render-update.js";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * Round 31 (fig31b): 「这周组织了冬季就业招聘宣讲会 来了40多家企业」 was labelled 「来了 40多家企业」 — a space or a
 * comma ended the phrase and only 「来了」 was left. People who came got 「参加人数」 without the event, organisations
 * nothing at all. The event named at the end of the phrase before the space or comma now goes with the coming.
 */
const labels = (text: string) => findStatedFigures(text).map(({ figure }) => describeFigure(figure));

describe("figure labels: the event before a space or comma, then 来了 + a count", () => {
  it("organisations that came: the event and the coming, as said", () => {
    expect(labels("上礼拜办了场校企对接会 来了17所职业院校")).toEqual(["校企对接会来了 17所职业院校"]);
    expect(labels("月初搞的农产品展销会，到场了二十几家合作社")).toEqual(["参加农产品展销会 二十几家合作社"]);
  });

  it("people who came: the event's 参加人数", () => {
    expect(labels("周三下午开了一场创业政策宣讲会 来了九十多个人")).toEqual([
      "创业政策宣讲会参加人数 九十多个人",
    ]);
    expect(labels("在文化广场举办了消夏晚会，来了两千来号人")).toEqual(["消夏晚会参加人数 两千来号人"]);
  });

  it("no event noun before or a sentence end: left as it was; a previous figure's event noun is joined", () => {
    // The phrase before names a trip, not an event: nothing is joined.
    expect(labels("我们去了趟李集镇 来了三十多个人")).toEqual(["参加人数 三十多个人"]);
    // The previous figure's noun is the event: joined, the number is not.
    expect(labels("办了3场宣讲会 来了40多家企业")[1]).toBe("参加宣讲会 40多家企业");
    // A sentence end is not crossed.
    expect(labels("开了个招聘会。来了12家企业")).toEqual(["来了 12家企业"]);
  });
});
