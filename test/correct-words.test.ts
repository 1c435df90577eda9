import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Corrections and edits said the way people say them after a card or a confirmed update (console
 * trials with round eighteen's open batch b42): a name corrected in words (「是东坡村不是西坡村」),
 * words to add said with the request (「再加一句 …」), a bare yes while the bot waits for an edit's new
 * text, 「确认」 to a card that offers one change, and a yes in dialect on a card.
 */
const apps = appPerTest();
const open = () => apps.open({ now: "2026-12-01T10:00:00+08:00" });
const all = (replies: Reply[]) => replies.map((r) => r.text).join("\n");
const mine = async (t: TestApp, who: string) =>
  (await t.app.services.store.listUpdates({ author: who }))
    .sort((a, b) => a.seq - b.seq)
    .map((u) => `${u.seq}:${u.status}:${u.normalizedText}`);

const REPORT = "今天带专家去西坡村看了核桃园 培训种植户28人";
const FIXED = "今天带专家去东坡村看了核桃园 培训种植户28人";

describe("a name corrected in words", () => {
  const said: Array<[string, boolean]> = [
    ["刚那条村名写错咧 是东坡村不是西坡村", true],
    ["不是西坡村，是东坡村", false],
    ["我把东坡村写成西坡村了😅", true],
    ["村名應該是东坡村 不是西坡村哈", true],
    ["把西坡村改成东坡村吧", false],
  ];
  for (const [correction, confirmedFirst] of said)
    it(`「${correction}」 previews the name changed; nothing changes before 确认`, async () => {
      const t = await open();
      await t.say("sun-tp", REPORT);
      if (confirmedFirst) await t.say("sun-tp", "好的");
      const preview = all(await t.say("sun-tp", correction));
      expect(preview).toContain("修改预览（#1）");
      expect(preview).toContain("只把「西坡村」改成「东坡村」");
      expect((await mine(t, "sun-tp"))[0]).toContain(":今天带专家去西坡村");
      await t.say("sun-tp", "对 就这样改");
      expect(await mine(t, "sun-tp")).toEqual([`1:confirmed:${FIXED}`]);
    });

  it("a name the update does not have is not guessed: the new text is asked for, nothing changed", async () => {
    const t = await open();
    await t.say("sun-tp", REPORT);
    await t.say("sun-tp", "好的");
    const asked = all(await t.say("sun-tp", "村名写错了 是东坡村不是北坡村"));
    expect(asked).not.toContain("修改预览");
    expect(asked).toMatch(/请发送 #1 的修改内容|您是想修改一条填报吗/);
    expect(await mine(t, "sun-tp")).toEqual([`1:confirmed:${REPORT}`]);
  });
});

describe("a name corrected in an update named by number", () => {
  it("「第1条写错了 是三中不是二中」 after #2 was withdrawn corrects #1, never the latest", async () => {
    const t = await open();
    await t.say("chen-kp", "今天去二中搞了科普讲座 学生300人");
    await t.say("chen-kp", "好的");
    await t.say("chen-kp", "下乡服务5个村 培训农户80人");
    await t.say("chen-kp", "删掉第2条");
    const preview = all(await t.say("chen-kp", "第1条写错了 是三中不是二中"));
    expect(preview).toContain("修改预览（#1）");
    await t.say("chen-kp", "好的");
    expect((await mine(t, "chen-kp"))[0]).toBe("1:confirmed:今天去三中搞了科普讲座 学生300人");
  });
});

describe("while the bot waits for an edit's new text", () => {
  for (const yes of ["对 就这样改", "嗯 改吧", "好的"])
    it(`「${yes}」 is not taken as the new text: asked again, the update unchanged`, async () => {
      const t = await open();
      await t.say("sun-tp", REPORT);
      await t.say("sun-tp", "好的");
      await t.say("sun-tp", "修改 1");
      const reply = all(await t.say("sun-tp", yes));
      expect(reply).not.toContain("修改预览");
      expect(reply).toContain("请发送修改内容");
      // A yes after it saves nothing either: no edit was ever shown.
      await t.say("sun-tp", "确认");
      expect(await mine(t, "sun-tp")).toEqual([`1:confirmed:${REPORT}`]);
    });
});

describe("words to add said with the request", () => {
  it("「刚那条少写咧 再加一句 …」 previews them added after the text; 「对」 saves", async () => {
    const t = await open();
    await t.say("xu-dj", "今天开了支委会 研究了年底党员评议的事 到会5人");
    await t.say("xu-dj", "好的");
    const preview = all(await t.say("xu-dj", "刚那条少写咧 再加一句 会上还定了民主评议的时间"));
    expect(preview).toContain("修改预览（#1）");
    expect(preview).toContain("到会5人。会上还定了民主评议的时间");
    await t.say("xu-dj", "对");
    const [u] = await mine(t, "xu-dj");
    expect(u).toMatch(/^1:confirmed:今天开了支委会.*民主评议的时间$/);
  });

  it("「再补一句吧」 with nothing after it asks for the words", async () => {
    const t = await open();
    await t.say("xu-dj", "今天开了支委会 到会5人");
    await t.say("xu-dj", "好的");
    const asked = all(await t.say("xu-dj", "第1条少写了 再补一句吧"));
    expect(asked).not.toContain("修改预览");
    expect(asked).toContain("请发送 #1 的修改内容");
  });
});

describe("a card offering one change", () => {
  const offer = async (t: TestApp) => {
    await t.say("sun-tp", "组织党员22人参加主题党日活动");
    await t.say("sun-tp", "好的");
    const card = all(await t.say("sun-tp", "第1条写错了 应该是23人 不是21"));
    expect(card).toContain("是要把「22人」改成「23人」吗");
  };
  for (const yes of ["确认", "好的", "对的"])
    it(`「${yes}」 shows that change's preview, saved only on the next 确认`, async () => {
      const t = await open();
      await offer(t);
      const preview = all(await t.say("sun-tp", yes));
      expect(preview).toContain("修改预览（#1）");
      expect(preview).not.toContain("当前没有待确认的内容");
      expect(await mine(t, "sun-tp")).toEqual(["1:confirmed:组织党员22人参加主题党日活动"]);
      await t.say("sun-tp", "确认");
      expect(await mine(t, "sun-tp")).toEqual(["1:confirmed:组织党员23人参加主题党日活动"]);
    });

  it("「不用了」 keeps the update and says so", async () => {
    const t = await open();
    await offer(t);
    expect(all(await t.say("sun-tp", "不用了"))).toContain("#1 保持原样，没有做任何改动");
    expect(await mine(t, "sun-tp")).toEqual(["1:confirmed:组织党员22人参加主题党日活动"]);
  });
});

describe("a yes in dialect on a card", () => {
  for (const yes of ["木麻达", "这回对咧", "没麻达", "冇问题"])
    it(`「${yes}」 confirms the one card`, async () => {
      const t = await open();
      await t.say("chen-kp", "今天去二中搞了一场科普讲座 学生300人");
      expect(all(await t.say("chen-kp", yes))).toContain("已确认保存（#1");
    });
  it("「没麻达吧？」 asked is no yes", async () => {
    const t = await open();
    await t.say("chen-kp", "今天去二中搞了一场科普讲座 学生300人");
    expect(all(await t.say("chen-kp", "这个没麻达吧？"))).not.toContain("已确认保存");
  });
});

describe("people counted with 口 (「八十来口人」)", () => {
  // Since fig24 (round twenty-four) 「八十来口人」 is one count of people (口人 → 人), so the correction may put its own
  // word 人 in place of 口人; either way only that count changes and nothing else.
  for (const said of ["第一条人数不对 是九十来人", "刚那条人数报错了 应该是90人"])
    it(`「${said}」 changes that count, and saves on 确认`, async () => {
      const t = await open();
      await t.say("chen-kp", "今儿个去东关社区搞了个科普讲座 来了八十来口人");
      await t.say("chen-kp", "中");
      const preview = all(await t.say("chen-kp", said));
      expect(preview).toContain("修改预览（#1）");
      expect(preview).toMatch(/只把「八十来口人?」改成「(九十来|90)口?人?」/);
      await t.say("chen-kp", "确认修改");
      expect(await mine(t, "chen-kp")).toEqual([
        expect.stringMatching(/^1:confirmed:今儿个去东关社区搞了个科普讲座 来了(九十来|90)口?人$/),
      ]);
    });
});
