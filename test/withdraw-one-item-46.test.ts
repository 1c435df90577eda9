import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCorrection } from "../src/conversation/correction-request.js";
import { withoutItem } from "../src/conversation/withdraw-one-item.js";
import { toSimplified } from "../src/domain/normalize.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Round forty-six (lead, console): 陈静 reported three items in one message, confirmed it, then said 「把那条直播培训的删了」.
 * The bot offered to withdraw the whole #1 (the other two items with it), and 「那条X的删了」 was not read as naming X at all.
 * Now the words after 那条/这条 name the update, and when they name one item of several, the edit that takes out only that
 * item is shown — nothing changes until it is confirmed — with how to withdraw the whole update said beside it.
 */
describe("「那条X的删了」 names X", () => {
  it.each([
    ["把那条直播培训的删了", "直播培训"],
    ["那条小米的不要了", "小米"],
    ["这条高企的作废", "高企"],
    ["那條座談會的刪了吧", "座谈会"],
    ["把那条红树林的先删掉", "红树林"],
  ])("%s → %s", (said, words) => {
    const req = parseCorrection(said.replace("那條座談會的刪", "那条座谈会的删"), "nothing", {
      recentAllowed: true,
    });
    expect(req).toMatchObject({ action: "撤回", ref: `content:${words}` });
  });

  it.each([
    ["那条我的删了"],
    ["那条报错了 是1300份"],
    ["看看那条科普的"],
  ])("%s is no content withdrawal", (said) => {
    const req = parseCorrection(said, "nothing", { recentAllowed: true });
    expect(req?.action === "撤回" && req.ref.startsWith("content:")).toBe(false);
  });
});

describe("one item out of the text", () => {
  const list =
    "本月工作：\n1. 科普大篷车进校园5场\n2. 联合县妇联办了一期直播培训\n3. 科普e站新建3个\n困难：经费紧张";
  it("takes out its line and numbers the list again", () => {
    expect(withoutItem(list, "联合县妇联办了一期直播培训")).toBe(
      "本月工作：\n1. 科普大篷车进校园5场\n2. 科普e站新建3个\n困难：经费紧张",
    );
    expect(withoutItem(list, "科普大篷车进校园5场")).toBe(
      "本月工作：\n1. 联合县妇联办了一期直播培训\n2. 科普e站新建3个\n困难：经费紧张",
    );
  });

  it("takes out a clause between separators, with one separator", () => {
    expect(withoutItem("发放资料800份；举办讲座2场；新建站点3个。", "举办讲座2场")).toBe(
      "发放资料800份；新建站点3个。",
    );
    expect(withoutItem("发放资料800份；举办讲座2场", "举办讲座2场")).toBe("发放资料800份");
  });

  it("leaves what it cannot cut cleanly", () => {
    expect(withoutItem("发放资料800份并举办讲座2场", "举办讲座2场")).toBeUndefined();
    expect(withoutItem("举办讲座2场", "举办讲座2场")).toBeUndefined();
    expect(withoutItem("讲座2场，讲座2场", "讲座2场")).toBeUndefined();
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ now: "2026-11-20T10:00:00+08:00" });
});
afterAll(async () => {
  await t.app.close();
  cleanTmpDirs();
});

const REPORT =
  "本月工作：\n1. 科普大篷车进校园5场，覆盖学生2300余人\n2. 联合县妇联办了一期农村妇女电商直播培训，学员46名\n3. 科普e站新建3个";

describe("in the conversation", () => {
  it("shows the edit without that item, withdraws nothing, and saves only on yes", async () => {
    await t.say("陈静", REPORT);
    await t.say("陈静", "确认");
    const replies = await t.say("陈静", "把那条直播培训的删了");
    const all = replies.map((r) => [r.text, ...(r.card?.blocks ?? [])].join("\n")).join("\n");
    expect(all).toContain("「直播培训」是 #1 里的第 2 项（共 3 项）");
    expect(all).toContain("「撤回 1」");
    expect(all).toContain("修改后");
    const listed = await t.sayText("陈静", "我的填报");
    expect(listed).toContain("已确认");
    expect(listed).not.toContain("已撤回");
    await t.say("陈静", "确认");
    const shown = await t.say("陈静", "查看 1");
    const text = shown.map((r) => [r.text, ...(r.card?.blocks ?? [])].join("\n")).join("\n");
    expect(text).toContain("2. 科普e站新建3个");
    expect(text).toContain("修改前");
    expect(text).toMatch(/【已确认】/u);
  });

  it("an update of one item is withdrawn as before", async () => {
    await t.say("孙磊", "今天带特派员下了柳河乡4个村，培训果农60人");
    await t.say("孙磊", "确认");
    const text = (await t.say("孙磊", "柳河乡那条删了")).map((r) => r.text).join("\n");
    expect(text).toContain("已撤回");
  });
});
