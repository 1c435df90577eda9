import { afterEach, describe, expect, it } from "vitest";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Messages typed the way people really type them, through the real engine and store: commands
 * with full-width digits, Traditional characters, a typo or a closing particle; a forwarded notice;
 * a count said in passing; a short text the person says is work when asked.
 */
useTmpDirs();
let t: TestApp;
afterEach(async () => {
  await t?.app.close();
});

const store = () => t.app.services.store;
async function confirmedUpdates(who: string, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await t.say(who, `组织召开第${i}次科技项目推进会，参会企业${10 + i}家`);
    await t.say(who, "确认");
  }
}

describe("commands typed loosely still act", () => {
  it("full-width digits and Traditional characters: 撤銷 ２ withdraws #2", async () => {
    t = await makeTestApp();
    await confirmedUpdates("li-rd", 2);
    expect(await t.sayText("li-rd", "撤銷 ２")).toContain("已撤回 #2");
    expect((await store().findBySeq("li-rd", 2))?.status).toBe("withdrawn");
    expect((await store().findBySeq("li-rd", 1))?.status).toBe("confirmed");
  });

  it("a one-character typo in a numbered command word (察看 1, 撤会 1) is that command", async () => {
    t = await makeTestApp();
    await confirmedUpdates("li-rd", 1);
    expect(await t.sayText("li-rd", "察看 1")).toContain("#1");
    expect((await store().findBySeq("li-rd", 1))?.status).toBe("confirmed");
    expect(await t.sayText("li-rd", "撤会 1")).toContain("已撤回 #1");
    // A word near two commands (修复: 修改 and 恢复) is not guessed.
    expect(await t.sayText("li-rd", "修复 1")).not.toContain("已恢复");
    expect((await store().findBySeq("li-rd", 1))?.status).toBe("withdrawn");
  });

  it("「第2条改过啥」 shows #2 rather than starting an edit", async () => {
    t = await makeTestApp();
    await confirmedUpdates("li-rd", 2);
    const reply = await t.sayText("li-rd", "第2条改过啥");
    expect(reply).toContain("#2");
    expect(reply).not.toContain("修改前");
    expect((await store().getConversation("li-rd")) as { mode?: string } | undefined).not.toMatchObject({
      mode: "confirm-edit",
    });
  });
});

describe("answers and edits typed loosely", () => {
  it("「没啥问题 确认」 confirms; 「数字不太对」 is a no that offers 修改 and 撤回", async () => {
    t = await makeTestApp();
    await t.say("li-rd", "验收科技项目3个");
    expect(await t.sayText("li-rd", "没啥问题 确认")).toContain("已确认");
    expect((await store().findBySeq("li-rd", 1))?.status).toBe("confirmed");
    await t.say("li-rd", "组织召开科技项目推进会，参会企业12家");
    const no = await t.say("li-rd", "数字不太对");
    expect(no[0]?.card?.buttons?.map((b) => b.command)).toEqual(["修改 2", "撤回 2"]);
    expect((await store().findBySeq("li-rd", 2))?.status).toBe("draft");
  });

  it("「修改1 改成：…」 previews the new content without the words that lead it in", async () => {
    t = await makeTestApp();
    await confirmedUpdates("li-rd", 1);
    const preview = await t.sayText("li-rd", "修改1 改成：组织召开科技项目推进会，参会企业15家");
    expect(preview).toContain("参会企业15家");
    expect(preview).not.toMatch(/改成：/u);
    await t.say("li-rd", "确认");
    expect((await store().findBySeq("li-rd", 1))?.normalizedText).toMatch(/^组织召开/u);
  });

  it("「改成…」 while the bot waits for the new text is that text", async () => {
    t = await makeTestApp();
    await confirmedUpdates("li-rd", 1);
    await t.say("li-rd", "修改 1");
    const preview = await t.sayText("li-rd", "改成组织召开科技项目推进会，参会企业20家");
    expect(preview).toContain("参会企业20家");
    await t.say("li-rd", "确认");
    expect((await store().findBySeq("li-rd", 1))?.normalizedText).toBe(
      "组织召开科技项目推进会，参会企业20家",
    );
  });

  it("「上一条删了重发」 withdraws the draft just shown", async () => {
    t = await makeTestApp();
    await t.say("li-rd", "组织召开科技项目推进会，参会企业12家");
    expect(await t.sayText("li-rd", "上一条删了重发")).toContain("已撤回 #1");
  });
});

describe("starting to report, said in everyday words", () => {
  it("「我来填一下这周的」 starts the guided questions; the answers make one update", async () => {
    t = await makeTestApp();
    const first = await t.sayText("li-rd", "我来填一下这周的");
    expect(((await store().getConversation("li-rd")) as { mode?: string } | undefined)?.mode).toBe("guided");
    expect(first).not.toContain("没有记为填报");
    expect(await store().listUpdates({ author: "li-rd" })).toHaveLength(0);
  });
});

describe("what is not work is never stored", () => {
  it("questions, schedule news and feelings (周一例会几点开、培训改到下午了、任务好重啊) are not stored", async () => {
    t = await makeTestApp();
    await t.say("li-rd", "周一例会几点开");
    await t.say("li-rd", "系统是不是有点卡");
    await t.say("li-rd", "明天的培训改到下午了");
    await t.say("li-rd", "我们科今年任务好重啊");
    expect(await store().listUpdates({ author: "li-rd" })).toHaveLength(0);
  });

  it("a forwarded notice is answered, not stored", async () => {
    t = await makeTestApp();
    const reply = await t.sayText(
      "chen-kp",
      "【转发】关于开展年度安全生产大检查的通知，请各科室于12月5日前完成自查。",
    );
    expect(reply).toContain("通知不记为填报");
    expect(await store().listUpdates({ author: "chen-kp" })).toHaveLength(0);
    // Work done about the notice is a report.
    await t.say("chen-kp", "已按通知完成科室安全自查，整改隐患3处");
    expect(await store().listUpdates({ author: "chen-kp" })).toHaveLength(1);
  });

  it("a count said in passing (哈哈 就一条啊) is not stored", async () => {
    t = await makeTestApp();
    await t.say("li-rd", "哈哈 就一条啊");
    await t.say("li-rd", "才两条");
    expect(await store().listUpdates({ author: "li-rd" })).toHaveLength(0);
  });
});

describe("vague work is asked about, not stored nor taken for a command", () => {
  it("「企业那边搞定了」 from staff asks whether to record it (no 定稿 refusal)", async () => {
    t = await makeTestApp();
    const [reply] = await t.say("he-gq", "企业那边搞定了");
    expect(reply?.card?.title).toBe("这条要记为工作填报吗？");
    await t.say("li-rd", "培训的事情弄完了");
    expect(await store().listUpdates({})).toHaveLength(0);
  });
});

describe("a short text the bot asked about", () => {
  it("is stored when the person says it is work (值班 → 是的), and only then", async () => {
    t = await makeTestApp();
    const [ask] = await t.say("wang-ban", "值班");
    expect(ask?.card?.title).toBe("这条要记为工作填报吗？");
    expect(await store().listUpdates({ author: "wang-ban" })).toHaveLength(0);
    const stored = await t.sayText("wang-ban", "是的");
    expect(stored).not.toContain("太短");
    const [u] = await store().listUpdates({ author: "wang-ban" });
    expect(u?.status).toBe("draft");
    expect(u?.normalizedText).toBe("值班");
  });

  it("is not stored when the person says no, nor by a 记为填报 with nothing asked", async () => {
    t = await makeTestApp();
    await t.say("wang-ban", "值班");
    expect(await t.sayText("wang-ban", "不用了")).toContain("没有保存");
    expect(await t.sayText("wang-ban", "记为填报")).toContain("没有等待记录的内容");
    expect(await store().listUpdates({ author: "wang-ban" })).toHaveLength(0);
  });
});

describe("leaders' words for the draft", () => {
  it("出稿 drafts the summary, 看下初稿 shows it, 导出word exports a Word file", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    await confirmedUpdates("li-rd", 1);
    expect(await t.sayText("zhou-ju", "出稿")).not.toContain("没有记为填报");
    const drafting = t.app.services.features.drafting as { whenIdle(): Promise<void> };
    await drafting.whenIdle();
    expect(await t.sayText("zhou-ju", "看下初稿")).toContain("v1");
    const [file] = await t.say("zhou-ju", "导出word");
    expect(file?.file?.name).toMatch(/\.docx$/);
  });
});

describe("asking what one has reported, however it is said", () => {
  it("今年到现在一共报了几条 / 这周报了啥 list one's own updates and store nothing", async () => {
    t = await makeTestApp();
    await confirmedUpdates("li-rd", 2);
    for (const said of ["今年到现在一共报了几条", "这周报了啥", "到目前为止报了多少条？"]) {
      expect(await t.sayText("li-rd", said)).toContain("已确认 2 条");
    }
    expect(await store().findBySeq("li-rd", 3)).toBeUndefined();
  });
});
