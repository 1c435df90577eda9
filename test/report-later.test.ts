import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * The report not ready yet, to come once put together (「这个月的还没报 等我整理下」): "later" — answered in one line,
 * nothing stored, nothing asked. Found in console trials: it was asked 「这条要记为工作填报吗？」.
 */
const t = appPerFile({ now: "2026-11-03T10:00:00+08:00" });
const read = (who: string, text: string) =>
  classifyIntent(text, intentContextFor(t.app, who, { guess: null }));

const LATER: ReadonlyArray<[string, string]> = [
  ["chen-kp", "这个月的还没报 等我整理下"],
  ["li-rd", "还没报呢 我先整理一下"],
  ["sun-tp", "这周的还没弄 等我整理整理"],
  ["xu-dj", "这个月的材料我还在整理，好了发你"],
  ["he-gq", "这礼拜的还冇报 等我理下子"],
  ["zhao-zh", "還沒報 等我把數字核完哈"],
];

describe("the report still being put together", () => {
  it.each(LATER)("%s: 「%s」 is later", (who, text) => {
    expect(read(who, text)).toEqual({ kind: "smalltalk", topic: "later" });
  });

  it("is answered in one line: nothing stored, nothing asked", async () => {
    for (const [who, text] of LATER) {
      const [reply, ...more] = await t.say(who, text);
      expect(more, text).toHaveLength(0);
      expect(reply?.text, text).toMatch(/^好的/);
      expect(reply?.card, text).toBeUndefined();
      expect(reply?.text, text).not.toMatch(/[？?]/);
      expect(await t.app.services.store.listUpdates({ author: who }), text).toHaveLength(0);
    }
  });

  it.each([
    ["chen-kp", "还没报 等我整理下 今天下乡服务了3个村"],
    ["li-rd", "等我整理下 你先帮我看看上周报了啥"],
  ])("%s: 「%s」 says more than later", (who, text) => {
    expect(read(who, text)).not.toEqual({ kind: "smalltalk", topic: "later" });
  });
});
