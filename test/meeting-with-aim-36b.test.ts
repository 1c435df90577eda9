import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial36b (left over by trial36's console run): 「开了个会研究…」 was drafted 「召开个会研究…」. The round-36 rule for
 * 开了 + (一)个/场/次 + what was held only fired when what was held ended the clause; staff go straight on with what
 * the meeting was for (研究、部署、传达、听取…), and the measure word stayed behind the written verb. Class: held once,
 * then what it was held for, with no pause between.
 */
const written = (t: string) => cleanChat(t, "2026-12-05");

describe("held once and what it was held for, as a document writes them", () => {
  it.each([
    ["局里开了个会部署冬季森林防火", "召开会议部署冬季森林防火"],
    ["周五开了一次会传达市里的文件精神", "召开会议传达市里的文件精神"],
    ["在镇政府开了个座谈会听取企业诉求", "召开座谈会听取企业诉求"],
    ["开了场专题会议谋划重点招商项目", "召开专题会议谋划重点招商项目"],
    ["下午开了个推进会调度项目进度", "召开推进会调度项目进度"],
    ["在村部开了场培训讲解冬季果树管护", "开展培训讲解冬季果树管护"],
  ])("「%s」 → 「%s」", (text, want) => {
    const got = written(text);
    expect(got).toContain(want);
    expect(got).not.toMatch(/召开[场个次]|开展[场个次]/u);
  });

  it.each([
    // A meeting named by what it is (会员大会、班子会) keeps its name; nothing after it changes.
    ["开了个会员大会", "召开会员大会"],
    ["开了个班子会", "召开班子会"],
    // Held more than once stays a count (round thirty-one's rule).
    ["开了3次会研究", "召开会议3次"],
  ])("「%s」 stays 「%s」", (text, want) => {
    expect(written(text)).toContain(want);
  });
});
