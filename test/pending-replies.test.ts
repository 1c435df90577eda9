import { appPerTest } from "./helpers/app-per-test.js";
import { describe, expect, it } from "vitest";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Replies while the bot waits for something, and everyday requests it must answer truthfully:
 * a section named while a card waits, a short unclear reply (never a new way to store it),
 * 「恢复吧」 right after a withdraw, a correction said without units, a colleague's reports asked
 * by staff, being away this week, and a section change the roster decides.
 */
let t: TestApp | undefined;
const apps = appPerTest();

const text = (replies: Array<{ text: string }>) => replies.map((r) => r.text).join("\n");

async function mine(who: string) {
  return (await t!.app.services.store.listUpdates({ author: who })).sort((a, b) => a.seq - b.seq);
}

describe("replies while a card waits", () => {
  it("takes a section's short name as that draft's section, and 好的 then confirms it", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    // 何婷 reports to 项目 and 高企; the text names neither section's keywords strongly.
    await t.say("he-gq", "新入库科技型中小企业6家，今年累计31家");
    const card = await t.say("he-gq", "项目");
    expect(text(card)).toContain("科室：科技项目与研发投入");
    await t.say("he-gq", "好的");
    const [u, ...rest] = await mine("he-gq");
    expect(rest).toHaveLength(0);
    expect(u?.status).toBe("confirmed");
    expect(u?.section).toBe("rd");
  });

  it("asks the pending question again after a short unclear reply, and stores nothing for it", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "走访企业8家，收集需求12条");
    const again = await t.say("li-rd", "迎检");
    expect(text(again)).toContain("这句没有保存");
    expect(text(again)).toContain("#1 还在等您确认");
    expect(text(again)).not.toContain("要记为工作填报吗");
    await t.say("li-rd", "好的");
    const all = await mine("li-rd");
    expect(all).toHaveLength(1);
    expect(all[0]?.status).toBe("confirmed");
  });

  it("asks about a bare topic word when nothing waits, and never answers it as chat", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    const [ask] = await t.say("wang-ban", "迎检");
    expect(ask?.card?.title).toContain("要记为工作填报吗");
    expect(await mine("wang-ban")).toHaveLength(0);
  });
});

describe("「帮我把刚才那条确认了」", () => {
  it("confirms the latest draft only, with another draft still waiting", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "走访企业3家");
    await t.say("li-rd", "组织培训2期");
    const said = text(await t.say("li-rd", "帮我把刚才那条确认了"));
    expect(said).toContain("#2");
    const [first, second] = await mine("li-rd");
    expect(first?.status).toBe("draft");
    expect(second?.status).toBe("confirmed");
  });
});

describe("restore and correct without a number or a unit", () => {
  it("restores the update just withdrawn, saying which", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "走访企业8家");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "组织培训2期");
    await t.say("li-rd", "确认");
    t.setNow("2025-12-10T10:05:00+08:00");
    await t.say("li-rd", "撤回 1");
    const back = text(await t.say("li-rd", "哎删错了，恢复吧"));
    expect(back).toContain("#1");
    const [first, second] = await mine("li-rd");
    expect(first?.status).toBe("confirmed");
    expect(second?.status).toBe("confirmed");
  });

  it("asks which when the last change was not a withdraw", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "走访企业8家");
    await t.say("li-rd", "撤回 1");
    t.setNow("2025-12-10T10:05:00+08:00");
    await t.say("li-rd", "组织培训2期");
    await t.say("li-rd", "确认");
    const [ask] = await t.say("li-rd", "恢复吧");
    expect(ask?.card?.title).toBe("要恢复哪一条？");
    expect((await mine("li-rd"))[0]?.status).toBe("withdrawn");
  });

  it("reads 「不是200，是230」 as the one 200 in the update, and previews the change", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("chen-kp", "在县图书馆办了场亲子科普实验课，家长孩子一共200人左右");
    await t.say("chen-kp", "好");
    const preview = text(await t.say("chen-kp", "前面那条人数不是200，是230"));
    expect(preview).toContain("230人左右");
    await t.say("chen-kp", "确认");
    const [u] = await mine("chen-kp");
    expect(u?.normalizedText).toContain("230人左右");
    expect(u?.normalizedText).not.toContain("200人");
  });
});

describe("everyday requests answered truthfully", () => {
  it("tells staff asking about a colleague's reports that only leaders see them", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    const said = text(await t.say("li-rd", "赵丽报了啥"));
    expect(said).toContain("只有局领导和办公室可以查看别人的填报");
    expect(said).toContain("我的填报");
    expect(await mine("li-rd")).toHaveLength(0);
  });

  it("offers to pause this week's reminders to someone away who will report later", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    for (const said of ["我这周出差，下周二回来再报", "我这周在党校学习，回来再补"]) {
      const [offer] = await t.say("li-rd", said);
      expect(offer?.card?.buttons?.[0]?.command, said).toBe("下周提醒");
      expect(offer?.text, said).not.toContain("要记为工作填报吗");
      await t.say("li-rd", "不用办");
    }
    expect(await mine("li-rd")).toHaveLength(0);
  });

  it("says the roster decides the sections one may report to", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    const kept = text(await t.say("he-gq", "我现在管高企那块了，科室帮我换成高企"));
    expect(kept).toContain("已经是您可以填报的科室");
    const other = text(await t.say("he-gq", "科室帮我换成综合"));
    expect(other).toContain("科室由名册决定");
  });

  it("takes 「不好意思刚才发错群了」 as an apology when nothing was just stored", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    const said = text(await t.say("li-rd", "不好意思刚才发错群了"));
    expect(said).toContain("没关系");
    expect(said).not.toContain("撤回");
  });
});
