import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty-three (behalf53): the follow-ups of 代报 and of held drafts, own sentences (商洛 陕南话). Each failed before
 * its change on f23fc133.
 */
const { open } = appPerTest();
const NOW = "2026-12-23T10:00:00+08:00";

async function filedAndConfirmed(
  text = "孙磊上秦岭里头去了 我替他报一下：他昨天在柞水县小岭镇教了五十几户核桃嫁接",
) {
  const t = await open({ now: NOW });
  await t.sayText("chen-kp", text);
  await t.sayText("chen-kp", "对着哩 存上");
  const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
  return { t, u };
}

describe("a confirmed 代报 withdrawn by its sender", () => {
  it("tells the colleague it was withdrawn through the outbox, and the sender's reply says so", async () => {
    const { t, u } = await filedAndConfirmed();
    expect(u?.status).toBe("confirmed");
    const reply = await t.sayText("chen-kp", `撤回 ${u!.seq}`);
    const told = t.sent.filter((s) => s.personId === "sun-tp").map((s) => s.reply.text);
    expect(told).toHaveLength(2);
    expect(told[1]).toContain("撤回");
    expect(told[1]).toContain("小岭镇");
    expect(reply).toContain("已通知孙磊");
  });

  it("a failed send is said truly: never 已通知", async () => {
    const { t, u } = await filedAndConfirmed();
    t.app.services.outbox = {
      async sendToPerson() {
        throw new Error("network down");
      },
    };
    const reply = await t.sayText("chen-kp", `撤回 ${u!.seq}`);
    expect(reply).not.toContain("已通知");
    expect(reply).toContain("没有发出去");
    expect((await t.app.services.store.getUpdate(u!.id))?.status).toBe("withdrawn");
  });

  it("「让他自己报吧」 just after confirming also tells the colleague", async () => {
    const { t } = await filedAndConfirmed();
    const reply = await t.sayText("chen-kp", "算了 等他回来自己报吧");
    expect(t.sent.filter((s) => s.personId === "sun-tp")).toHaveLength(2);
    expect(reply).toContain("已通知孙磊");
  });

  it("a draft 代报 withdrawn tells nobody (they were never told)", async () => {
    const t = await open({ now: NOW });
    await t.sayText(
      "chen-kp",
      "孙磊下乡去了 我替他报：他今天在洛南县搞了小水电站安全生产科普 四个站的职工都来了",
    );
    await t.sayText("chen-kp", "撤回 1");
    expect(t.sent).toHaveLength(0);
  });
});

describe("a leader with nothing waiting", () => {
  it("a bare 「1」 is answered with what they can do, never 要记为工作填报吗; 「好」 then stores nothing", async () => {
    const t = await open({ now: NOW });
    const one = await t.sayText("lin-fen", "1");
    expect(one).not.toContain("要记为工作填报吗");
    expect(one).toContain("生成总结");
    const ok = await t.sayText("lin-fen", "好");
    expect(ok).toContain("生成总结");
    expect(await t.app.services.store.listUpdates({})).toHaveLength(0);
  });

  it("staff keep their own behaviour for 「好」 (a plain 好的)", async () => {
    const t = await open({ now: NOW });
    expect(await t.sayText("li-rd", "好")).not.toContain("生成总结");
  });
});

describe("代报 with only where the colleague went", () => {
  it("「孙磊上秦岭里头去了 我替他报一下：…」「何婷去商南县了 我帮她报 …」 are filed for the colleague", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "孙磊上秦岭里头去了 我替他报一下：他昨天在柞水县小岭镇教了五十几户核桃嫁接");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.reportedFor).toBe("sun-tp");
    const t2 = await open({ now: NOW });
    await t2.sayText("li-rd", "何婷到西安去了 我帮她报 她在商州帮一家香菇企业申报了高新技术企业");
    const [v] = await t2.app.services.store.listUpdates({ author: "li-rd" });
    expect(v?.reportedFor).toBe("he-gq");
  });
});

describe("the colleague resends work filed for them this week", () => {
  async function resent(again: string) {
    const t = await open({ now: NOW });
    await t.sayText(
      "chen-kp",
      "孙磊去商南县了 我替他报一下：他礼拜一在试马镇给茶农讲了茶园冬管 来了三十多户",
    );
    await t.sayText("chen-kp", "对的 存");
    const card = await t.sayText("sun-tp", again);
    const store = t.app.services.store;
    const filed = (await store.listUpdates({ author: "chen-kp" }))[0]!;
    const mine = () => store.listUpdates({ author: "sun-tp" });
    return { t, card, filed, mine };
  }
  const AGAIN = "礼拜一在商南县试马镇给茶农讲茶园冬季管理 三十多户参加";

  it("the card asks in one line: replace, keep both, or drop the new one — never a silent second copy", async () => {
    const { card, mine } = await resent(AGAIN);
    expect(card).toContain("陈静本周代您填的那条很像");
    expect(card).toContain("替换代填");
    expect((await mine())[0]?.status).toBe("draft");
  });

  it("「用我这条 把代填那条换了」 confirms the new one and withdraws the one filed for them", async () => {
    const { t, filed, mine } = await resent(AGAIN);
    await t.sayText("sun-tp", "用我这条 把陈静代填那条换了");
    expect((await mine())[0]?.status).toBe("confirmed");
    expect((await t.app.services.store.getUpdate(filed.id))?.status).toBe("withdrawn");
  });

  it("「两条都留着 不是一回事」 keeps both; 「新的这条不要了」 drops the new one", async () => {
    const a = await resent(AGAIN);
    await a.t.sayText("sun-tp", "两条都留着 不是一回事");
    expect((await a.mine())[0]?.status).toBe("confirmed");
    expect((await a.t.app.services.store.getUpdate(a.filed.id))?.status).toBe("confirmed");
    const b = await resent(AGAIN);
    await b.t.sayText("sun-tp", "哦 陈静已经帮我报了 新的这条不要了");
    expect((await b.mine())[0]?.status).toBe("withdrawn");
    expect((await b.t.app.services.store.getUpdate(b.filed.id))?.status).toBe("confirmed");
  });

  it("other work of theirs is asked nothing", async () => {
    const { card } = await resent("今天在丹凤县竹林关镇给香菇种植户讲了冬季菌棒管护 来了四十来户");
    expect(card).not.toContain("代您填的那条很像");
  });
});
