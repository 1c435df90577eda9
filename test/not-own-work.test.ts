import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Messages that read like work but report none of the sender's own work done (not-own-work.ts),
 * through the real engine and store: a notice typed or pasted without a 【转发】 mark, a meeting
 * announced, one's own absence, a task received. None is stored — not even after a bare 好的 —
 * each is answered as such (absence: 请假 offered with the dates the message says; a task: asked
 * whether to record it as a plan; a notice: 记为填报 on offer in case it is one's own work), and
 * real reports that mention a notice, a trip or an instruction are still stored.
 */
useTmpDirs();

let t: TestApp;
beforeEach(async () => {
  // A Tuesday: next week is 7–11 December.
  t = await makeTestApp({ now: "2026-12-01T10:00:00+08:00" });
});
afterEach(async () => {
  await t.app.close();
});

const mine = (who: string) => t.app.services.store.listUpdates({ author: who });
const all = (replies: Reply[]) => replies.map((r) => r.text).join("\n");

describe("a notice without its 【转发】 mark", () => {
  const notices = [
    // The tester's lines.
    "关于做好2026年度科技统计工作的通知 各乡镇、各有关单位：为做好全县科技统计工作，请于12月10日前报送规上企业研发活动情况表，联系人：李明",
    "明天上午九点在三楼会议室开全局大会，请各科室负责人参加",
    // Own phrasings.
    "关于开展2026年度科技型中小企业评价工作的通知 各乡镇人民政府：根据省厅要求，请于12月15日前组织辖区企业完成注册。",
    "各科室：请于本周五下班前将年度总结材料报办公室，特此通知",
    "下午三点在二楼小会议室开科室会，请各位准时参加🙏",
    "周四上午10:00在局三楼会议室召开科普工作推进会",
    "明天上午9點在三樓會議室開全局大會，請各科室負責人參加",
    "@全体 周五下午两点半在五楼会议室开年终总结部署会，各股室负责人参加",
  ];
  for (const notice of notices)
    it(`「${notice.slice(0, 24)}…」 is not recorded, and a 好的 after it stores nothing`, async () => {
      const reply = all(await t.say("li-rd", notice));
      expect(reply).toContain("没有记为填报");
      expect(reply).not.toContain("请确认填报内容");
      expect(reply).not.toContain("属于哪个科室");
      expect(all(await t.say("li-rd", "好的"))).not.toContain("请确认填报内容");
      expect(await mine("li-rd")).toHaveLength(0);
    });

  it("its 记为填报 button records it after all, as a draft to confirm", async () => {
    await t.say("chen-kp", "各科室：请于本周五下班前将年度总结材料报办公室，特此通知");
    expect(all(await t.say("chen-kp", "记为填报"))).toContain("请确认填报内容（#1）");
    const [u] = await mine("chen-kp");
    expect(u!.status).toBe("draft");
  });
});

describe("one's own absence", () => {
  // Round eighteen (staff18): one's own trip on fixed days to come, two days or more, is registered as
  // leave — said how to undo it — instead of offered; nothing is stored either way.
  it("「我12月8号到12号去省里出差」 registers 请假 for those dates, says how to undo it; nothing is stored", async () => {
    const text = all(await t.say("sun-tp", "我12月8号到12号去省里出差"));
    expect(text).toContain("已记录请假：2026-12-08 至 2026-12-12");
    expect(text).toContain("取消请假");
    expect(await mine("sun-tp")).toHaveLength(0);
  });

  it("the offer's 好的 takes it while an earlier draft still waits for its section, and that draft keeps waiting", async () => {
    // 何婷 has two sections: her first report asks which one.
    expect(all(await t.say("he-gq", "帮企业做了专利申请辅导"))).toContain("属于哪个科室");
    expect(all(await t.say("he-gq", "下周我去市里跟班学习 都不在局里"))).toContain("12月7日至12月11日");
    expect(all(await t.say("he-gq", "好的"))).toContain("已记录请假：2026-12-07 至 2026-12-11");
    // The draft is kept, unconfirmed, and cannot be confirmed before its section is chosen.
    const [draft] = await mine("he-gq");
    expect(draft?.status).toBe("draft");
    expect(all(await t.say("he-gq", "确认"))).toContain("科室");
    expect((await mine("he-gq")).map((u) => u.status)).toEqual(["draft"]);
  });

  it("「我下周在省委党校培训 不在单位」 offers 请假 for next week and never reaches the store (S2)", async () => {
    const text = all(await t.say("sun-tp", "我下周在省委党校培训 不在单位"));
    expect(text).toContain("请假 2026-12-07 至 2026-12-11");
    expect(text).not.toContain("下一步计划");
    await t.say("sun-tp", "确认");
    await t.say("sun-tp", "不用");
    expect(await mine("sun-tp")).toHaveLength(0);
  });

  // [said, leave offered, or registered at once (fixed days to come, two or more: staff18)]
  const absences: Array<[string, string | undefined, boolean?]> = [
    ["下周三到周五我去市委党校参加中青班培训，不在局里", "2026-12-09 至 2026-12-11", true],
    ["明天我去市里参加培训，不在单位哈", "2026-12-02 至 2026-12-02"],
    ["今天去县医院陪护老人，不在单位", "2026-12-01 至 2026-12-01"],
    ["这两天孩子生病 請了兩天假😷", undefined],
    ["我下下周在市委党校参加培训，不在单位哈", "2026-12-14 至 2026-12-18"],
    ["12.15-12.19 我在市里参加培训，有事电话联系", "2026-12-15 至 2026-12-19", true],
    ["12月10日我去县医院体检，上午不在", "2026-12-10 至 2026-12-10"],
    // One trip detector for both forms (a trip with days in words, or 我… with a numbered range):
    // 轮训 and 前往 count in either, and a numbered range counts whoever leads the sentence.
    ["12.8-12.10去省里轮训，回来再报", "2026-12-08 至 2026-12-10", true],
    ["下周一到周三前往市里参加轮训", "2026-12-07 至 2026-12-09", true],
  ];
  for (const [said, leave, registered] of absences)
    it(`「${said}」 is not recorded${leave ? `; 请假 ${leave} is ${registered ? "registered" : "offered"}` : ""}`, async () => {
      const text = all(await t.say("xu-dj", said));
      if (registered) expect(text).toContain(`已记录请假：${leave}`);
      else {
        expect(text).toContain("没有记为填报");
        if (leave) expect(text).toContain(leave.startsWith("请假") ? leave : `请假 ${leave}`);
      }
      await t.say("xu-dj", "嗯嗯");
      expect(await mine("xu-dj")).toHaveLength(0);
    });

  // Round twelve: leave asked for in so many words on a day that can be worked out is registered,
  // not offered (leave-request.ts); nothing is stored either way.
  it("leave asked for in so many words (「明天休年假一天哈」) is registered for that day", async () => {
    const text = all(await t.say("li-rd", "明天休年假一天哈"));
    expect(text).toContain("已记录请假：2026-12-02 至 2026-12-02");
    expect(await mine("li-rd")).toHaveLength(0);
  });

  it("a trip on which work was done is a report", async () => {
    const text = all(await t.say("li-rd", "出差去省里参加科技成果对接会，签约项目2个"));
    expect(text).toContain("请确认填报内容（#1）");
  });
});

describe("a task received", () => {
  it("「上级要求我们年底前完成高企申报辅导20家」 asks whether to record it as a plan; yes records the task as a plan", async () => {
    const ask = all(await t.say("he-gq", "上级要求我们年底前完成高企申报辅导20家"));
    expect(ask).toContain("交办的任务");
    expect(ask).toContain("记为下一步计划");
    expect(await mine("he-gq")).toHaveLength(0);
    const card = all(await t.say("he-gq", "好的"));
    expect(card).toContain("下一步计划");
    expect(card).not.toContain("上级要求我们");
    const [u] = await mine("he-gq");
    expect(u!.status).toBe("draft");
    expect(u!.normalizedText).toBe("年底前完成高企申报辅导20家");
  });

  it("「县里布置了个任务：…」 then 不用 stores nothing", async () => {
    const ask = all(await t.say("li-rd", "县里布置了个任务：月底前摸排全县规上企业研发投入情况"));
    expect(ask).toContain("交办的任务");
    expect(all(await t.say("li-rd", "不用"))).toContain("没有保存");
    expect(await mine("li-rd")).toHaveLength(0);
  });

  const tasks = [
    "刚接到县政府办电话，让我们明天上午报送科技特派员名单",
    "今天收到市局通知，要求月底前报送研发投入数据",
    "县领导指示我们抓紧谋划明年的科技项目",
    "主任交代的事：周五前整理好全年科普活动台账",
    "領導要求我們月底前把專利資助資金撥付到位",
  ];
  for (const task of tasks)
    it(`「${task}」 is asked about as a task, not stored`, async () => {
      const ask = all(await t.say("zhao-zh", task));
      expect(ask).toContain("交办的任务");
      expect(await mine("zhao-zh")).toHaveLength(0);
    });

  // What was said above passed on with a deadline or a must (b62-119, cmd26's i26a: 话/讲/说 are the verbs).
  const relayed = [
    "上面话年底前要完成高企申报",
    "上头讲月底前要把科技统计报齐",
    "局长讲这个礼拜五前把科普示范点材料弄好",
    // 上边/县上 and 说了 (i26b, cmd26's second batch).
    "上边说了 月底前得把高企台账整明白",
    "县上说年前必须把科普基地验收搞完",
  ];
  for (const task of relayed)
    it(`「${task}」 — a demand relayed by what was said — is asked about, not stored`, async () => {
      const ask = all(await t.say("he-gq", task));
      expect(ask).toContain("交办的任务");
      expect(await mine("he-gq")).toHaveLength(0);
    });

  it("「书记讲了一堂党课 全体党员23人参加」 — the talk given — is a report", async () => {
    expect(all(await t.say("xu-dj", "书记讲了一堂党课 全体党员23人参加"))).toContain("请确认填报内容");
  });

  it("what was said above with the work done after it is a report", async () => {
    expect(all(await t.say("li-rd", "上面讲的科技统计 今天全部报完了 一共32家"))).toContain("请确认填报内容");
  });

  it("「通知了18家高企参加复审培训，到会16家」 — one's own notifying — is a report", async () => {
    expect(all(await t.say("he-gq", "通知了18家高企参加复审培训，到会16家"))).toContain("请确认填报内容");
  });

  it("work done on an instruction is a report", async () => {
    expect(all(await t.say("he-gq", "按照上级要求，我们完成了高企申报辅导20家"))).toContain("请确认填报内容");
  });
});

describe("reports that mention a notice or a meeting stay reports", () => {
  const reports = [
    "已印发通知，请各乡镇于月底前报送科技特派员服务台账",
    "召开科普工作推进会1次，部署明年重点工作5项",
    "按照县委通知要求，组织全局干部学习全会精神2次",
  ];
  for (const report of reports)
    it(`「${report}」`, async () => {
      expect(all(await t.say("chen-kp", report))).toContain("请确认填报内容（#1）");
    });
});
