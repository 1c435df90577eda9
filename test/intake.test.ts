import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../src/store/open-store.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();
let t: TestApp;
afterEach(async () => {
  await t?.app.close();
});

const POPSCI =
  "组织科技活动周广场宣传，1500名群众参与，发放科普资料1.2万余份。问题：乡镇场地偏小。下一步计划到集市开展流动科普。";

describe("staff intake: show, confirm, edit, withdraw", () => {
  it("records a draft, shows what it understood, and counts it only after 确认", async () => {
    t = await makeTestApp();
    const [reply] = await t.say("chen-kp", POPSCI);
    expect(reply?.card?.title).toContain("请确认");
    expect(reply?.text).toContain("科普宣传与培训");
    expect(reply?.text).toContain("1500");
    expect(reply?.text).toMatch(/1\.2万余份/);
    expect(reply?.text).toContain("场地偏小");
    expect(reply?.card?.buttons?.map((b) => b.command)).toEqual(["确认 1", "修改 1", "撤回 1"]);
    const store = t.app.services.store;
    expect(await store.listUpdates({ status: "confirmed" })).toHaveLength(0);
    expect(await store.listUpdates({ status: "draft" })).toHaveLength(1);

    const done = await t.sayText("chen-kp", "确认");
    expect(done).toContain("已确认");
    const [u] = await store.listUpdates({ status: "confirmed" });
    expect(u?.author).toBe("chen-kp");
    expect(u?.section).toBe("popsci");
    expect(u?.week).toBe("2025-W11");
    expect(u?.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1500, 12000]));
    expect(u?.history.map((h) => h.action)).toEqual(["created", "confirmed"]);
  });

  it("accepts a button click (the same text command) and a plain 好的", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", POPSCI);
    expect(await t.sayText("chen-kp", "确认 1", { fromButton: true })).toContain("已确认");
    await t.say("chen-kp", "开展科普进校园活动3场，覆盖学生860人。");
    expect(await t.sayText("chen-kp", "好的")).toContain("已确认");
    expect(await t.app.services.store.listUpdates({ status: "confirmed" })).toHaveLength(2);
  });

  it("edits a confirmed update only after the new text is confirmed, keeping the old text", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", POPSCI);
    await t.say("chen-kp", "确认");
    const ask = await t.sayText("chen-kp", "修改 1");
    expect(ask).toContain("请发送 #1 的修改内容");
    const preview = await t.sayText(
      "chen-kp",
      "组织科技活动周广场宣传，1600名群众参与，发放科普资料1.3万份。",
    );
    expect(preview).toContain("1600");
    const store = t.app.services.store;
    expect((await store.findBySeq("chen-kp", 1))?.originalText).toBe(POPSCI); // unchanged until confirmed
    await t.say("chen-kp", "确认");
    const u = (await store.findBySeq("chen-kp", 1))!;
    expect(u.status).toBe("confirmed");
    expect(u.originalText).toContain("1600名");
    expect(u.figures.map((f) => f.value)).toContain(13000);
    const edited = u.history.find((h) => h.action === "edited");
    expect(edited?.previousText).toBe(POPSCI);
  });

  it("edits inline with 修改 N <text>, and 取消 leaves the original untouched", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", POPSCI);
    await t.say("chen-kp", "确认");
    await t.say("chen-kp", "修改 1 只有一句新的内容，参与群众900人。");
    expect(await t.sayText("chen-kp", "取消")).toMatch(/原内容不变|#1 保持原样/u);
    expect((await t.app.services.store.findBySeq("chen-kp", 1))?.originalText).toBe(POPSCI);
  });

  it("withdraws (kept, not counted) and restores", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", POPSCI);
    await t.say("chen-kp", "确认");
    expect(await t.sayText("chen-kp", "撤回 1")).toContain("已撤回");
    const store = t.app.services.store;
    expect(await store.listUpdates({ status: "confirmed" })).toHaveLength(0);
    expect((await store.findBySeq("chen-kp", 1))?.status).toBe("withdrawn");
    expect(await t.sayText("chen-kp", "恢复 1")).toContain("已恢复");
    expect((await store.findBySeq("chen-kp", 1))?.status).toBe("confirmed");
  });

  it("people cannot act on someone else's numbers", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", POPSCI);
    await t.say("chen-kp", "确认");
    expect(await t.sayText("li-rd", "撤回 1")).toContain("没有找到");
    expect((await t.app.services.store.findBySeq("chen-kp", 1))?.status).toBe("confirmed");
  });

  it("a new message while one awaits confirmation keeps the earlier one as a draft", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", POPSCI);
    const text = await t.sayText("chen-kp", "开展科普进校园活动3场，覆盖学生860人。");
    expect(text).toContain("#1 还没有确认");
    expect(await t.app.services.store.listUpdates({ status: "draft" })).toHaveLength(2);
  });

  it("the same message id delivered twice is recorded once", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", POPSCI, { messageId: "om_same" });
    const again = await t.sayText("chen-kp", POPSCI, { messageId: "om_same" });
    expect(again).toContain("请确认");
    expect(await t.app.services.store.listUpdates()).toHaveLength(1);
  });

  it("lists my updates with numbers and statuses", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", POPSCI);
    await t.say("chen-kp", "确认");
    await t.say("chen-kp", "开展科普进校园活动3场，覆盖学生860人。");
    const list = await t.sayText("chen-kp", "我的填报");
    expect(list).toContain("#1");
    expect(list).toContain("已确认");
    expect(list).toContain("#2");
    expect(list).toContain("待确认");
  });
});

describe("several sections: the bot asks which one", () => {
  it("asks when the text does not single out a section, and takes a number or a name", async () => {
    t = await makeTestApp();
    const [q] = await t.say("zhao-zh", "本月走访企业6家，收集需求18条。");
    expect(q?.text).toContain("属于哪个科室");
    expect(q?.card?.buttons?.map((b) => b.label)).toEqual(
      expect.arrayContaining(["成果转化与知识产权", "科技人才与创新环境"]),
    );
    const store = t.app.services.store;
    expect(await t.sayText("zhao-zh", "确认")).toContain("请先选择");
    const card = await t.sayText("zhao-zh", "科技人才");
    expect(card).toContain("请确认");
    await t.say("zhao-zh", "确认");
    expect((await store.listUpdates({ status: "confirmed" }))[0]?.section).toBe("talent");
  });

  it("files one message about two of the person's sections as a draft for each, and keeps the whole message", async () => {
    t = await makeTestApp();
    const msg = "知识产权这边本月专利质押融资帮3家企业办下来了，人才那块新引进博士2名，人才公寓还没落实";
    const replies = await t.say("zhao-zh", msg, { messageId: "om_two_sections" });
    expect(replies[0]?.text).toMatch(/2 个科室.*#1（成果转化与知识产权）、#2（科技人才与创新环境）/);
    expect(replies.slice(1).map((r) => r.card?.title)).toEqual([
      "请确认填报内容（#1）",
      "请确认填报内容（#2）",
    ]);
    const store = t.app.services.store;
    const [a, b] = (await store.listUpdates({ author: "zhao-zh" })).sort((x, y) => x.seq - y.seq);
    expect(a?.section).toBe("transfer");
    expect(a?.originalText).toBe("知识产权这边本月专利质押融资帮3家企业办下来了");
    expect(a?.figures.map((f) => f.raw)).toEqual(["3家"]);
    expect(b?.section).toBe("talent");
    expect(b?.figures.map((f) => f.raw)).toEqual(["2名"]);
    expect(b?.problems).toEqual(["人才公寓还没落实"]);
    // Nothing of the message is lost between the parts.
    expect(`${a?.originalText}，${b?.originalText}`.replace(/[，；]/g, "")).toBe(msg.replace(/，/g, ""));
    // The same message again (a redelivery) shows the two drafts, it does not file them twice.
    const again = await t.say("zhao-zh", msg, { messageId: "om_two_sections" });
    expect(again.map((r) => r.text).join("\n")).toMatch(
      /#1（成果转化与知识产权）[\s\S]*#2（科技人才与创新环境）/,
    );
    expect(await store.listUpdates({ author: "zhao-zh" })).toHaveLength(2);
    // Neither counts until confirmed; 全部确认 confirms both.
    expect(await store.listUpdates({ status: "confirmed" })).toHaveLength(0);
    expect(await t.sayText("zhao-zh", "全部确认")).toContain("已确认");
    expect(await store.listUpdates({ status: "confirmed" })).toHaveLength(2);
  });

  it("asks rather than cuts when only a keyword points at the second section", async () => {
    t = await makeTestApp();
    const [q] = await t.say("zhao-zh", "技术合同登记18份，引进新品种3个");
    expect(q?.text).not.toContain("个科室的工作");
    expect(await t.app.services.store.listUpdates({ author: "zhao-zh" })).toHaveLength(1);
  });

  it("picks the section itself when the content clearly belongs to one of the person's sections", async () => {
    t = await makeTestApp();
    const text = await t.sayText("zhao-zh", "登记技术合同32份，技术合同成交额2860万元，完成专利申请辅导。");
    expect(text).toContain("成果转化与知识产权");
    expect(text).toContain("请确认");
  });

  it("a staff member with one section is never asked", async () => {
    t = await makeTestApp();
    const text = await t.sayText("li-rd", "本周开展党建学习一次。");
    expect(text).toContain("科技项目与研发投入");
  });
});

describe("guided mode (填报)", () => {
  it("asks four questions and records problems and plans from the answers", async () => {
    t = await makeTestApp();
    expect(await t.sayText("sun-tp", "填报")).toContain("1/4");
    expect(await t.sayText("sun-tp", "选派科技特派员结对帮扶78个村")).toContain("2/4");
    expect(await t.sayText("sun-tp", "培训78期，受训8000余人次")).toContain("3/4");
    expect(await t.sayText("sun-tp", "特派员年龄偏大")).toContain("4/4");
    const card = await t.sayText("sun-tp", "明年新建示范基地3个");
    expect(card).toContain("请确认");
    await t.say("sun-tp", "确认");
    const [u] = await t.app.services.store.listUpdates({ status: "confirmed" });
    expect(u?.source).toBe("guided");
    expect(u?.problems.join()).toContain("特派员年龄偏大");
    expect(u?.plans.join()).toContain("示范基地");
    expect(u?.figures.map((f) => f.value)).toEqual(expect.arrayContaining([78, 8000, 3]));
  });

  it("puts an answer where its meaning belongs when it was given to the wrong question, and reads 没了 as none", async () => {
    t = await makeTestApp();
    await t.say("sun-tp", "我要填报");
    await t.say("sun-tp", "这周主要做了科技特派员的年度考核，考核了42名特派员");
    // Answered to 「关键数据」: a problem; to 「问题」: a plan; to 「打算」: nothing.
    await t.say("sun-tp", "有，3个乡镇的服务站还没挂牌");
    await t.say("sun-tp", "下周把剩下的挂牌搞完");
    const card = await t.sayText("sun-tp", "没了");
    expect(card).toContain("请确认");
    expect(card).not.toContain("主要数据：有");
    const [u] = await t.app.services.store.listUpdates({ status: "draft" });
    expect(u?.problems).toEqual(["3个乡镇的服务站还没挂牌"]);
    expect(u?.plans).toEqual(["下周把剩下的挂牌搞完"]);
    expect(u?.originalText).not.toMatch(/没了|主要数据/u);
  });

  it("「填报：…」 with content is taken as an update, not as a request for questions", async () => {
    t = await makeTestApp();
    const text = await t.sayText("chen-kp", "填报：开展科普进校园活动3场，覆盖学生860人。");
    expect(text).toContain("请确认");
    expect((await t.app.services.store.listUpdates({ status: "draft" }))[0]?.originalText).toBe(
      "开展科普进校园活动3场，覆盖学生860人。",
    );
  });

  it("asks the section first for people with several, and 取消 stores nothing", async () => {
    t = await makeTestApp();
    expect(await t.sayText("he-gq", "填报")).toContain("先选择科室");
    expect(await t.sayText("he-gq", "2")).toContain("1/4");
    expect(await t.sayText("he-gq", "无")).toContain("需要填写");
    expect(await t.sayText("he-gq", "取消")).toContain("没有保存");
    expect(await t.app.services.store.listUpdates()).toHaveLength(0);
  });
});

describe("bad input gets a clear answer and stores nothing", () => {
  const cases: Array<[string, Partial<import("../src/conversation/types.js").Incoming>, RegExp]> = [
    ["image", { kind: "image", text: "" }, /只能读懂文字/],
    ["file", { kind: "file", text: "" }, /只能读懂文字/],
    ["sticker", { kind: "sticker", text: "" }, /只能读懂文字/],
    ["empty", { text: "   " }, /没有收到内容/],
    ["emoji only", { text: "👍👍🎉" }, /请用文字描述/],
    ["giant", { text: "科普".repeat(2600) }, /超过 5000 字/],
    ["control characters only", { text: "\u0000\u0007\u001b" }, /没有收到内容/],
    ["too short", { text: "嗯嗯" }, /好的/],
    ["too short, not small talk", { text: "测试" }, /没有记为填报/],
  ];
  for (const [name, extra, expected] of cases) {
    it(name, async () => {
      t = await makeTestApp();
      const text = await t.sayText("chen-kp", extra.text ?? "", extra);
      expect(text).toMatch(expected);
      expect(await t.app.services.store.listUpdates()).toHaveLength(0);
    });
  }

  it("an unknown sender is told how to get added", async () => {
    t = await makeTestApp();
    const replies = await t.app.engine.handle({
      chat: "p2p",
      kind: "text",
      text: POPSCI,
      senderLabel: "张三",
    });
    expect(replies[0]?.text).toContain("不在");
    expect(replies[0]?.text).toContain("办公室");
    expect(await t.app.services.store.listUpdates()).toHaveLength(0);
  });

  it("an unknown slash command points to 帮助", async () => {
    t = await makeTestApp();
    expect(await t.sayText("chen-kp", "/frobnicate")).toContain("帮助");
    expect(await t.app.services.store.listUpdates()).toHaveLength(0);
  });

  it("staff text that starts with a leaders' command word is recorded as an update", async () => {
    t = await makeTestApp();
    const text = await t.sayText("he-gq", "通过3家企业的高企复审，新增科技型中小企业5家。");
    expect(text).not.toContain("仅限");
    expect(await t.app.services.store.listUpdates()).toHaveLength(1);
    expect(await t.sayText("he-gq", "定稿")).toContain("仅限");
    expect(await t.sayText("he-gq", "生成2025年总结")).toContain("仅限");
    expect(await t.app.services.store.listUpdates()).toHaveLength(1);
  });

  it("帮助 hides leaders' commands from staff", async () => {
    t = await makeTestApp();
    const staff = await t.sayText("chen-kp", "帮助");
    expect(staff).toContain("填报");
    const leadersOnly = t.app.engine.commands.filter((c) => c.leadersOnly);
    for (const c of leadersOnly) expect(staff).not.toContain(c.help);
  });
});

describe("durability", () => {
  it("a confirmed update and a pending dialogue survive a restart", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", POPSCI);
    await t.say("chen-kp", "确认");
    await t.say("zhao-zh", "本月走访企业6家，收集需求18条。");
    const dir = t.dataDir;
    await t.app.close();
    t = await makeTestApp({ dataDir: dir });
    expect(await t.app.services.store.listUpdates({ status: "confirmed" })).toHaveLength(1);
    expect(await t.sayText("zhao-zh", "1")).toContain("请确认");
  });

  it("the store refuses a second opener of the same data dir", async () => {
    t = await makeTestApp();
    await expect(openStore(t.dataDir)).rejects.toMatchObject({ code: "STORE_LOCKED" });
  });
});
