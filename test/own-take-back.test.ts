import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { takesBackOwnFigure } from "../src/conversation/own-take-back.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * New work sent while a card waits, taking back its own number within the message (round twenty-three's
 * 「…四千二 哦不对 是四万二千人次」, dlg24's i24c and s24a in 天津/晋南/皖北/云南 voices, the report files'
 * take-backs): a report of its own stating the number said after the take-back — never an edit of the card.
 * A correction of the card's own number (「不对 是三百五十人」「300人不对 是350人」) is still an edit.
 */
const apps = appPerTest();
const open = () => apps.open({ now: "2026-12-03T16:00:00+08:00" });
const all = (replies: Reply[]) => replies.map((r) => r.text).join("\n");
const mine = async (t: TestApp, who: string) =>
  (await t.app.services.store.listUpdates({ author: who }))
    .sort((a, b) => a.seq - b.seq)
    .map((u) => `${u.seq}:${u.status}:${u.normalizedText}`);

describe("new work taking back its own number while a card waits", () => {
  const cases: Array<[string, string, string, string]> = [
    [
      "chen-kp",
      "周二在社区办了科普展 来了200人",
      "下午又去二中讲了防溺水 来了三百人 哦不对 是三百五十人",
      "三百五十人",
    ],
    [
      "li-rd",
      "上午帮企业对接了省农科院 签了1个合作协议",
      "帮两个企业对接了高校 说错了 是三个企业",
      "三个企业",
    ],
    ["chen-kp", "科普讲座办了3场", "科技周广场活动参与群众四千二 哦不对 是四万二千人次", "四万二千人次"],
    ["sun-tp", "今儿带特派员下了5个村", "又帮两个村装了墒情监测仪 说错了 是三个村", "三个村"],
  ];
  for (const [who, first, second, figure] of cases)
    it(`「${second}」 is a second draft with ${figure}; the first is untouched`, async () => {
      const t = await open();
      await t.say(who, first);
      const reply = all(await t.say(who, second));
      expect(reply).not.toContain("修改预览");
      expect(reply).toContain("#2");
      const rows = await mine(t, who);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toBe(`1:draft:${first}`);
      expect(rows[1]).toContain(figure);
    });

  it("a correction of the card's own number is still an edit of the card", async () => {
    const t = await open();
    await t.say("chen-kp", "周二在社区办了科普展 来了300人");
    for (const said of ["不对 是三百五十人", "300人不对 是350人"]) {
      expect(all(await t.say("chen-kp", said))).toContain("修改预览（#1）");
      await t.say("chen-kp", "放弃修改");
    }
    expect(await mine(t, "chen-kp")).toHaveLength(1);
  });

  it("the number taken back must be the message's own, said after some work", () => {
    expect(takesBackOwnFigure("上午在社区搞了科普展 来了三百人 哦不对 是三百五十人")).toBe(true);
    // On the card: the number taken back is the draft's.
    expect(takesBackOwnFigure("听众三百人 哦不对 是三百五十人", [{ text: "办讲座 听众300人" }])).toBe(false);
    // Figures named with 是 restate the card; no work is said.
    expect(takesBackOwnFigure("讲座是5场 听众是650人 不对 是600人")).toBe(false);
    // Nothing taken back at all.
    expect(takesBackOwnFigure("哦不对 人数是350 我打错了")).toBe(false);
  });
});
