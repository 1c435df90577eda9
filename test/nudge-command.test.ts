import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 催报 (leaders, src/reminders/nudge-command.ts): 「帮我催一下没报的」 sends the week's reminder now to everyone the
 * weekly round would remind — never to who has reported or is on leave — and the reply names exactly who was
 * reminded. It used to get 「收到，这条我没有记为填报」. Staff saying it, or a leader saying 别催了, chase nobody.
 */
const { open } = appPerTest();
const text = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");
const NOW = "2026-12-01T10:00:00+08:00";

describe("a leader asks the bot to chase the week's reports", () => {
  it.each([
    "帮我催一下没报的",
    "提醒下还没交的同志",
    "通知大家抓紧报一下",
    "没报的都催一催",
    "催一下吧",
  ])("「%s」 reminds those missing, not who reported or is away, and says whom", async (said) => {
    const t = await open({ now: NOW });
    await t.say("chen-kp", "今年科普讲座办了46场，受众1.2万人次");
    await t.say("chen-kp", "确认");
    await t.say("sun-tp", "请假 12月1日至12月4日");
    const before = t.sent.length;
    const out = text(await t.say("lin-fen", said));
    const to = t.sent.slice(before).map((s) => s.personId);
    expect(to).toContain("li-rd");
    expect(to).toContain("wang-ban");
    expect(to).not.toContain("chen-kp");
    expect(to).not.toContain("sun-tp");
    expect(to).not.toContain("zhou-ju");
    expect(out).toContain(`已提醒本周还没填报的 ${to.length} 人`);
    expect(out).toContain("李明");
    expect(out).not.toContain("陈静");
    expect(out).toMatch(/孙磊[^。]*没有提醒/);
    const sentText = t.sent
      .slice(before)
      .map((s) => s.reply.text)
      .join("\n");
    expect(sentText).toContain("林晓梅（副局长）请您抓紧报一下");
    expect(await t.app.services.store.listUpdates({ author: "lin-fen" })).toHaveLength(0);
  });

  it("staff saying it, and a leader saying 别催了, send nothing", async () => {
    const t = await open({ now: NOW });
    const before = t.sent.length;
    await t.say("li-rd", "帮我催一下没报的");
    await t.say("zhou-ju", "别催了 让大家歇歇");
    await t.say("zhou-ju", "这周还有谁没交的 我好催一下");
    expect(t.sent.length).toBe(before);
  });

  it("with everyone reported, nobody is chased and the reply says so", async () => {
    const t = await open({ now: NOW });
    for (const who of ["wang-ban", "li-rd", "zhao-zh", "chen-kp", "sun-tp", "he-gq", "xu-dj"])
      await t.say(who, "本周无进展");
    const before = t.sent.length;
    const out = text(await t.say("zhou-ju", "催一下没报的"));
    expect(t.sent.length).toBe(before);
    expect(out).toContain("没有要催的人");
  });
});
