import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { latestVersion } from "../src/drafting/draft-model.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * The review as leaders type it, through the engine of a real app (example roster, no model):
 * everyday words reach the same commands as the typed ones, the replies say what happened, an
 * instruction with no part is asked about, staff get a truthful refusal, nothing is stored.
 */
let t: TestApp;
const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
const buttons = (rs: Reply[]) => rs.flatMap((r) => r.card?.buttons ?? []).map((b) => b.command);
const api = () => t.app.services.features.drafting as DraftingApi;
const updatesOf = async (who: string) => (await t.app.services.store.listUpdates({ author: who })).length;

beforeAll(async () => {
  t = await makeTestApp({ now: "2025-12-15T10:00:00+08:00" });
});
afterAll(async () => {
  await t.app.close();
  cleanTmpDirs();
});

describe("leader requests with no draft yet", () => {
  it("says there is no draft and offers 生成总结, for a part, a rewrite, 定稿 and export alike", async () => {
    for (const said of [
      "看看第二部分",
      "第二部分写短一点",
      "没问题了，就这样定稿吧",
      "导出个word",
      "跟上一版比改了啥",
    ]) {
      const replies = await t.say("zhou-ju", said);
      expect(all(replies), said).toContain("还没有");
      expect(all(replies), said).toContain("生成总结");
      expect(buttons(replies), said).toContain("生成总结");
      expect(all(replies), said).not.toMatch(/已定稿|已导出|已重写|记为填报/);
    }
    expect(await updatesOf("zhou-ju")).toBe(0);
  });

  it("answers 进度咋样 with the week's reporting, not the help text", async () => {
    const text = all(await t.say("zhou-ju", "进度咋样"));
    expect(text).toMatch(/已填报|未填报/);
    expect(text).not.toContain("【怎么填报】");
  });
});

describe("leader requests on a draft", () => {
  beforeAll(async () => {
    await t.say("li-rd", "本周走访县内规上企业8家，宣讲研发费用加计扣除政策，收集企业技术需求11条。");
    await t.say("li-rd", "确认");
    await t.say("chen-kp", "组织科技活动周广场宣传，群众参与约1500人次，发放科普资料1.2万份");
    await t.say("chen-kp", "确认");
    await t.say("zhou-ju", "出个初稿看看");
    await api().whenIdle();
  });

  it("「出个初稿看看」 generated v1 and sent it", async () => {
    const draft = await api().service.current();
    expect(draft && latestVersion(draft).version).toBe(1);
    expect(t.sent.map((s) => s.reply.text).join("\n")).toContain("总结草稿 v1 已生成");
  });

  it("shows the part named in words", async () => {
    expect(all(await t.say("zhou-ju", "问题那块给我看下"))).toContain("二、存在的问题");
    expect(all(await t.say("zhou-ju", "科普那块写的怎么样"))).toContain("（三）");
    // 王志强 reports for two sections only; a roster alias still names any part of the draft.
    expect(all(await t.say("wang-ban", "高企那部分给我看下"))).toContain("（五）");
  });

  it("asks which part for 「写短一点」, with a button per part, and changes nothing", async () => {
    const replies = await t.say("zhou-ju", "写短一点");
    expect(all(replies)).toContain("要重写哪一部分「写短一点」");
    expect(all(replies)).toContain("草稿没有改动");
    const cmds = buttons(replies);
    expect(cmds).toContain("重写 开头 写短一点");
    expect(cmds).toContain("重写 问题 写短一点");
    expect(cmds).toContain("重写 （三） 写短一点");
    expect(cmds.length).toBe(latestVersion((await api().service.current())!).parts.length);
    expect(latestVersion((await api().service.current())!).version).toBe(1);
  });

  it("takes a part typed in answer to the question, with the instruction given before", async () => {
    await t.say("zhou-ju", "写短一点");
    const ok = all(await t.say("zhou-ju", "好的"));
    expect(ok).toContain("还没有选择要重写「写短一点」的部分");
    expect(ok).toContain("草稿没有改动");
    const text = all(await t.say("zhou-ju", "问题那块"));
    // Offline: 重写 says it cannot apply the instruction, about the part now named.
    expect(text).toContain("按意见「写短一点」");
    expect(text).toContain("二、存在的问题");
    // The question is settled: the same word now is just a look at that part.
    expect(all(await t.say("zhou-ju", "问题那块"))).not.toContain("写短一点");
  });

  it("asks about 「第二部分」 (二、 or （二）) instead of guessing", async () => {
    const replies = await t.say("zhou-ju", "第二部分写短一点");
    expect(all(replies)).toMatch(/您说的是1\.「二、存在的问题」还是2\.「（二）成果转化与知识产权」/);
    expect(buttons(replies)).toEqual(["重写 问题 写短一点", "重写 （二） 写短一点"]);
  });

  it("says plainly that offline it cannot apply an instruction, and makes no version", async () => {
    const text = all(await t.say("lin-fen", "开头改得大气些"));
    expect(text).toContain("未配置模型");
    expect(text).toContain("没有生成新版本");
    expect(latestVersion((await api().service.current())!).version).toBe(1);
  });

  it("exports a Word file for 「导出个word」", async () => {
    const replies = await t.say("zhou-ju", "导出个word");
    expect(all(replies)).toContain("已导出 Word 文件");
    expect(replies.some((r) => r.file?.name.endsWith(".docx"))).toBe(true);
  });

  it("holds 定稿 said in words for the check, and a following 好的 says it is not finalised", async () => {
    const check = await t.say("zhou-ju", "可以了定稿吧");
    expect(all(check)).toContain("暂未定稿");
    expect(buttons(check).some((c) => c.startsWith("仍要定稿"))).toBe(true);
    const ok = all(await t.say("zhou-ju", "好的"));
    expect(ok).toContain("没有定稿");
    expect(ok).toContain("仍要定稿");
    expect((await api().service.current())?.status).toBe("draft");
  });

  it("finalises on insistence said in words after the check, still listing what it found", async () => {
    expect(all(await t.say("zhou-ju", "定稿前还差啥"))).not.toContain("已定稿");
    expect((await api().service.current())?.status).toBe("draft");
    const text = all(await t.say("zhou-ju", "不管了，定稿"));
    expect(text).toContain("已定稿");
    expect(text).toContain("以下问题仍在");
    expect((await api().service.current())?.status).toBe("approved");
  });

  it("sends the draft back with what else was said as the comment", async () => {
    const text = all(await t.say("zhou-ju", "这稿不行，打回去，问题写得太少"));
    expect(text).toContain("已退回");
    expect(text).toContain("问题写得太少");
    expect(text).toContain("定稿已撤销");
    expect((await api().service.current())?.status).toBe("returned");
  });

  it("stores nothing a leader said", async () => {
    expect(await updatesOf("zhou-ju")).toBe(0);
    expect(await updatesOf("lin-fen")).toBe(0);
  });
});

describe("staff saying leaders' words", () => {
  it("get a truthful refusal and nothing is stored", async () => {
    const before = await updatesOf("li-rd");
    for (const said of ["出个初稿看看", "导出个word", "第二部分写短一点", "谁还没报"]) {
      const text = all(await t.say("li-rd", said));
      expect(text, said).toContain("仅限局领导和办公室使用");
      expect(text, said).toContain("没有记为填报");
    }
    expect(await updatesOf("li-rd")).toBe(before);
  });

  it("still files a report that starts with a leader's word", async () => {
    const text = all(await t.say("he-gq", "完成高企认定材料初审，通过5家"));
    expect(text).not.toContain("仅限局领导");
    expect(await updatesOf("he-gq")).toBe(1);
  });
});

describe("a format the bot cannot make", () => {
  it("says PDF is not available and which file it sent instead", async () => {
    const replies = await t.say("lin-fen", "给我个pdf吧");
    expect(all(replies)).toContain("暂不能直接导出 PDF");
    expect(replies.some((r) => r.file?.name.endsWith(".docx"))).toBe(true);
  });
});

describe("帮助", () => {
  it("lists the review's everyday words to leaders only", async () => {
    expect(all(await t.say("zhou-ju", "帮助"))).toContain("出个初稿");
    expect(all(await t.say("li-rd", "帮助"))).not.toContain("出个初稿");
  });
});
