import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * A colleague's trip ahead, named or described (小王、老张、我们科的刘姐、局长、a roster name): their doings, not the
 * sender's leave — answered as talk about others, nothing stored, no 请假 offered to the sender. Found in console
 * trials: 「我们科小王下周去市里培训」 was told 「这是您的行程安排」 with 请假 offered to the sender.
 */
const t = appPerFile({ now: "2026-11-03T10:00:00+08:00" });
const read = (who: string, text: string) =>
  classifyIntent(text, intentContextFor(t.app, who, { guess: null }));

const OTHERS: ReadonlyArray<[string, string]> = [
  ["chen-kp", "我们科小王下周去市里培训"],
  ["li-rd", "老张明天去省厅开会"],
  ["xu-dj", "我们科的刘姐下礼拜去党校学习"],
  ["wang-ban", "局长后天去市里汇报"],
  ["sun-tp", "咱科老刘下周在党校培训 不在单位"],
  ["he-gq", "办公室小陈周五去市里送材料"],
  ["zhao-zh", "孙磊下周一到周三去省里出差"],
  ["chen-kp", "股长明儿个下乡"],
];

describe("a colleague's trip ahead", () => {
  it.each(OTHERS)("%s: 「%s」 is talk about others", (who, text) => {
    expect(read(who, text)).toEqual({ kind: "smalltalk", topic: "others" });
  });

  it("is answered as others' doings: nothing stored, no 请假 offered", async () => {
    for (const [who, text] of OTHERS) {
      const [reply] = await t.say(who, text);
      expect(reply?.text, text).toContain("别人的事");
      expect(reply?.text, text).not.toContain("您的行程安排");
      expect(JSON.stringify(reply?.card ?? {}), text).not.toContain("请假");
      expect(await t.app.services.store.listUpdates({ author: who }), text).toHaveLength(0);
    }
  });

  it.each([
    ["chen-kp", "我下周去市里培训"],
    ["li-rd", "小王下周跟我去市里培训"],
    ["sun-tp", "我明天去省厅开会"],
  ])("%s: 「%s」 is still the sender's own trip", (who, text) => {
    expect(read(who, text)).not.toEqual({ kind: "smalltalk", topic: "others" });
  });
});
