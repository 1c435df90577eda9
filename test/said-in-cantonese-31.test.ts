import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Classes missed in round thirty-one (docs/understanding.md 第三十一轮 intent31: i31a and blind68), by class, the
 * rules alone (no learned guess). Lines here are not in the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said } = rulesReading(t);

describe("round thirty-one's classes", () => {
  it.each([
    // A trip still ahead with a count of places or people: how many, not what was done — asked, never stored.
    ["chen-kp", "晚上要去3个小区放科普电影"],
    ["he-gq", "明早得跑两家企业核研发台账"],
    ["sun-tp", "等会儿要带五个学员去合作社"],
    ["li-rd", "后天要陪2个专家到园区"],
  ])("%s: 「%s」 is asked about, not stored", (who, text) => {
    expect(said(who, text)).toBe("unclear");
  });

  it.each([
    // Done, or a plan reported as one: still a report.
    ["chen-kp", "上午去了3个小区放科普电影 来看的有两百多人"],
    ["he-gq", "明天要去4家企业开展研发辅导，计划覆盖企业技术人员50人"],
    ["sun-tp", "上午走访了6户果农 下午要去2个村"],
    // The event itself counted: a plan of another session, reported.
    ["chen-kp", "明天还要去南山镇再办一期培训班"],
  ])("%s: 「%s」 is a report", (who, text) => {
    expect(said(who, text)).toBe("report");
  });

  it.each([
    // A message withdrawn in another chat (a group's, WeChat's, someone else's): talk, nothing run or stored.
    ["li-rd", "群里刚才谁撤回了一条语音 我还没听"],
    ["wang-ban", "主任在群里发的通知又撤回了 咋回事"],
    ["zhao-zh", "微信上那条消息我撤回了 发错人了😅"],
  ])("%s: 「%s」 is talk", (who, text) => {
    expect(said(who, text)).toBe("smalltalk");
  });

  it.each([
    // One's own update named is withdrawn however the chat comes in.
    ["li-rd", "第2条撤回 群里说数不对", "撤回 2"],
  ])("%s: 「%s」 is 「%s」", (who, text, command) => {
    expect(said(who, text)).toBe(command);
  });

  it.each([
    // 晋 哇 closing a request (= 吧) after 了 or a person: the request, not a question about it.
    ["li-rd", "第二条给我确认了哇", "确认 2"],
    ["xu-dj", "草稿给俺确认了哇", "确认"],
    ["he-gq", "下个礼拜再催俺哇", "下周提醒"],
    ["chen-kp", "下礼拜再提醒俺哇 这几天忙得晕头转向", "下周提醒"],
  ])("%s: 「%s」 is 「%s」", (who, text, command) => {
    expect(said(who, text)).toBe(command);
  });

  it("reads 能行 and 就这 as a yes to the card, 哇 of surprise as no request", () => {
    const ctx = (who: string) =>
      intentContextFor(t.app, who, { guess: null, awaiting: "confirm", justAsked: true, pendingDrafts: 1 });
    for (const text of ["能行", "能行哇", "能行 就这哇", "就这吧 能行"])
      expect(classifyIntent(text, ctx("li-rd")), text).toMatchObject({ kind: "answer", answer: "yes" });
    expect(said("li-rd", "哇 这个机器人好厉害")).not.toMatch(/^(?:确认|撤回)/);
    expect(said("li-rd", "能行不 这个功能")).not.toBe("answer");
  });

  it.each([
    // Dues collected in full, a filing done for a firm: short, but whole reports.
    ["xu-dj", "团费收缴完了"],
    ["xu-dj", "二支部的党费交齐了"],
    ["he-gq", "帮金穗农业报了科小"],
    ["zhao-zh", "替两家合作社申了专利资助"],
  ])("%s: 「%s」 is a report", (who, text) => {
    expect(said(who, text)).toBe("report");
  });

  it.each([
    // Filed for oneself or one's family, or asked: no report.
    ["li-rd", "帮我报了个名"],
    ["chen-kp", "给娃报了个班"],
    ["xu-dj", "党费收齐了没"],
  ])("%s: 「%s」 is not stored", (who, text) => {
    expect(said(who, text)).not.toBe("report");
  });

  it.each([
    // 晋 直个 (这个) before a stretch of time.
    ["chen-kp", "俺直个礼拜报了些甚 给俺看看", "我的填报 本周"],
    ["li-rd", "直个月俺报了几条", "我的填报 本月"],
  ])("%s: 「%s」 is 「%s」", (who, text, command) => {
    expect(said(who, text)).toBe(command);
  });

  it.each([
    // One's family taken to a doctor, however many times: talk, never stored.
    ["li-rd", "带我妈去了趟县医院 排队排了一上午"],
    ["chen-kp", "陪老爸跑了两趟中医院"],
  ])("%s: 「%s」 is talk", (who, text) => {
    expect(said(who, text)).toBe("smalltalk");
  });

  it("keeps work done at a hospital with others a report", () => {
    expect(said("wang-ban", "陪专家去了两次县医院 检查了消防设施12处")).toBe("report");
  });

  it("reads 冇要 as 不要 on a card, to 要记为工作填报吗 and before 催, not in 冇要到", () => {
    const ctx = (awaiting: "confirm" | "report-or-not") =>
      intentContextFor(t.app, "zhao-zh", { guess: null, awaiting, justAsked: true, pendingDrafts: 1 });
    expect(classifyIntent("冇要存", ctx("confirm"))).toMatchObject({ kind: "answer", answer: "no" });
    expect(classifyIntent("冇要 先放到", ctx("report-or-not"))).toMatchObject({
      kind: "answer",
      answer: "no",
    });
    expect(classifyIntent("这条冇要了 我重新发", ctx("confirm"))).toMatchObject({
      kind: "command",
      command: "撤回",
    });
    expect(said("zhao-zh", "冇要催我 这个礼拜都在乡下")).toBe("下周提醒");
    expect(said("zhao-zh", "企业的钱还冇要到")).not.toBe("下周提醒");
  });

  it("answers tiredness while an edit's text or a guided answer waits as talk, not as the text", () => {
    for (const awaiting of ["edit-text", "guided"] as const) {
      const ctx = intentContextFor(t.app, "li-rd", {
        guess: null,
        awaiting,
        justAsked: true,
        pendingDrafts: 1,
      });
      for (const text of ["累死咯", "累成狗了 腰都直不起来", "困死了😩", "攰到头都晕了"])
        expect(classifyIntent(text, ctx), `${awaiting} ${text}`).toMatchObject({ kind: "smalltalk" });
      // The weather or others' reluctance is a difficulty answered; work beside the sigh is the text.
      for (const text of ["天冷路滑 农户都不爱出门", "累死了 不过走访了12家企业"])
        expect(classifyIntent(text, ctx), `${awaiting} ${text}`).toMatchObject({
          kind: "answer",
          answer: "text",
        });
    }
  });

  it.each([
    // How many are wanted for something still ahead: planning, not the material reported — no 查数.
    ["zhao-zh", "礼拜四去市里那趟要几个人一起去啊"],
    ["sun-tp", "明天下乡要几个人去"],
    ["chen-kp", "下礼拜的科普活动得准备多少份资料"],
  ])("%s: 「%s」 looks nothing up", (who, text) => {
    expect(said(who, text)).not.toMatch(/^查数/);
  });

  it("still looks up how many went, done", () => {
    expect(said("zhou-ju", "今年下乡去了几个人")).toMatch(/^查数/);
  });
});
