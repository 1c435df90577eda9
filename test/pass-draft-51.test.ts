import { describe, expect, it } from "vitest";
import { draftPassedOn } from "../src/conversation/draft-passed-on.js";
import { galleryDraftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty-one (lead, console trial): 周建国's 「发给林局长看看」 was answered 「收到，这条我没有记为填报」 — a leader handing
 * the draft to another was not understood. Now 转给: the named reviewer gets the draft's card, the sender hears whether it
 * reached them; staff named are no reviewers and get nothing.
 */
const { open } = appPerTest();
const names = ["周建国", "林晓梅", "王志强", "李明", "赵丽", "陈静", "孙磊", "何婷", "徐芳"];

describe("a leader handing the draft to a colleague named", () => {
  it.each([
    ["发给林局长看看", "林局长"],
    ["把稿子转给王主任", "王主任"],
    ["让林晓梅也过目一下", "林晓梅"],
    ["给周局发过去看看吧", "周局"],
    ["这版草稿也发一份给林局 审一下", "林局"],
  ])("「%s」 names %s", (said, who) => {
    expect(draftPassedOn(said, names)).toBe(who);
  });

  it.each([
    "下一步打算那个 给局长发一下",
    "退给王主任 让他把科普那块补充一下",
    "稿子放到飞书上 我转给局长",
    "起草了局里的上半年工作总结初稿，已交给王主任",
    "发给林局长的材料已经报了",
  ])("「%s」 is no hand-over", (said) => {
    expect(draftPassedOn(said, names)).toBeUndefined();
  });

  it("「发给林局长看看」 sends 林晓梅 the draft's card and says so", async () => {
    const app = await galleryDraftInReview(open);
    const before = app.sent.length;
    const reply = await app.sayText("zhou-ju", "发给林局长看看");
    expect(reply).toContain("已把");
    expect(reply).toContain("发给林晓梅审阅");
    const toLin = app.sent.slice(before).filter((m) => m.personId === "lin-fen");
    expect(toLin).toHaveLength(1);
    expect(toLin[0]!.reply.text).toContain("周建国请您审阅");
    expect(toLin[0]!.reply.card).toBeDefined();
  });

  it("a staff member named gets nothing, and the leader is told why", async () => {
    const app = await galleryDraftInReview(open);
    const before = app.sent.length;
    const reply = await app.sayText("zhou-ju", "转给 李明");
    expect(reply).toContain("李明不是审阅人");
    expect(app.sent.slice(before).filter((m) => m.personId === "li-rd")).toHaveLength(0);
  });

  it("staff saying it pass nothing on", async () => {
    const app = await galleryDraftInReview(open);
    const before = app.sent.length;
    await app.say("li-rd", "发给林局长看看");
    expect(app.sent.slice(before).filter((m) => m.personId === "lin-fen")).toHaveLength(0);
  });
});
