import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Halfway through the guided questions, people give them up or put them off in their own words, and ask back
 * about a question with 要不要/用不用 in the middle. None of it is ever kept as the answer (round thirty-two,
 * s32-d11 and s32-d28: 「先不报」 had been kept as the report's problem, 「这个要不要写具体几户啊」 as its figure).
 * Phrasings here are other than the dialogues'.
 */
const { open } = appPerTest();

async function midway(who: string, said: string) {
  const t = await open({ now: "2026-12-04T15:00:00+08:00" });
  await t.sayText(who, "填报");
  await t.sayText(who, "去城关镇三个村讲了冬小麦田间管理");
  const reply = await t.sayText(who, said);
  const ups = await t.app.services.store.listUpdates({ author: who });
  return { t, reply, ups };
}

describe("guided questions given up, put off or asked back about", () => {
  for (const said of [
    "唉 今天就不填了",
    "算了 暂时不写了吧 领导喊我",
    "嗯 先不弄了 下回说",
    "那今天先不报了哈",
  ])
    it(`「${said}」 leaves the questions, keeping nothing`, async () => {
      const { t, reply, ups } = await midway("sun-tp", said);
      expect(reply).toMatch(/已退出逐项填报/);
      expect(ups).toHaveLength(0);
      expect(await t.sayText("sun-tp", "好的")).not.toMatch(/\d\/4/);
    });

  for (const said of ["晚点接着填 在开会", "一会儿再答 有人找", "回头再写哈"])
    it(`「${said}」 keeps the questions open, with nothing recorded as an answer`, async () => {
      const { t, reply, ups } = await midway("sun-tp", said);
      expect(reply).toMatch(/逐项填报还在进行/);
      expect(reply).not.toMatch(/已记下：[^；）]*(?:接着|再答|再写)/);
      expect(ups).toHaveLength(0);
      for (const a of ["无", "无", "无"]) await t.sayText("sun-tp", a);
      const [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
      expect(u?.normalizedText ?? "").not.toMatch(/接着填|再答|再写/);
    });

  for (const said of ["人数用不用填哦", "村名需不需要写上啊", "这块要不要写清楚是哪几个村"])
    it(`「${said}」 is asked back, not the answer`, async () => {
      const { reply } = await midway("sun-tp", said);
      expect(reply).toMatch(/逐项填报还在进行/);
      expect(reply).not.toMatch(/已记下：[^；）]*(?:用不用|需不需要|要不要)/);
    });

  it("a plan said to the last question with 再 is still the plan (明年再接着办两期)", async () => {
    const t = await open({ now: "2026-12-04T15:00:00+08:00" });
    for (const a of ["填报", "去城关镇三个村讲了冬小麦田间管理", "无", "无"]) await t.sayText("sun-tp", a);
    expect(await t.sayText("sun-tp", "开春再去回访")).toMatch(/请确认/);
  });
});
