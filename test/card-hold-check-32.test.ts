import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * On a card, a wait said with a two-character checking verb and what is checked (「等下 我再核对下企业数」「我核实下
 * 金额」): the draft kept as it is and said so — never 「我没看出这是不是工作情况」 with a 「记为填报」 button (round
 * thirty-two, s32-d09 and a console trial). Phrasings other than the dialogues'.
 */
const { open } = appPerTest();

describe("a card put off to check a count", () => {
  for (const said of [
    "稍等哈 我复核下场次",
    "我去核实一下经费",
    "等等 我清点下资料份数",
    "等会儿 核对下参会名单",
  ])
    it(`「${said}」 keeps the draft, unconfirmed, and says so`, async () => {
      const t = await open();
      await t.sayText("chen-kp", "在城南社区办了场垃圾分类科普 发了资料300份");
      const reply = await t.sayText("chen-kp", said);
      expect(reply).toMatch(/先不确认/);
      expect(reply).not.toMatch(/记为填报/);
      const ups = await t.app.services.store.listUpdates({ author: "chen-kp" });
      expect(ups.map((u) => u.status)).toEqual(["draft"]);
    });
});
