import { describe, expect, it } from "vitest";
import { dropsInEveryClause, dropsTheEdit } from "../src/conversation/edit-dropped.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「还是用之前那版」「刚才改的不算」「撤回修改」「改回原来的」 while an edit waits are 「放弃修改」 said in
 * one's own words: the edit is dropped and the update stays as it was. They were taken as the update's
 * new text (an edit preview of the words themselves) or not understood (console trial, round seventeen).
 */
const DROPS = [
  "还是用之前那版",
  "刚才改的不算",
  "撤回修改",
  "改回原来的",
  "算了 还是按原来的来",
  "这次修改作废",
  "取消刚才的修改",
  "保持原样吧",
  "還是用原來的",
];

describe("an edit turned down in one's own words", () => {
  const { open } = appPerTest();

  async function editing(opening: string) {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("陈静", "开展主题党日活动1次，党员22人参加");
    await t.sayText("陈静", "确认");
    await t.sayText("陈静", opening);
    return t;
  }

  it.each(DROPS)("「%s」 on an edit preview drops the edit", async (said) => {
    const t = await editing("修改 1 党员23人");
    const reply = await t.sayText("陈静", said);
    expect(reply).toContain("已放弃这次修改，#1 保持原样");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u!.originalText).toBe("开展主题党日活动1次，党员22人参加");
    expect(u!.status).toBe("confirmed");
  });

  it.each(
    DROPS,
  )("「%s」 while the new text is asked for drops the edit, never becomes the text", async (said) => {
    const t = await editing("修改 1");
    const reply = await t.sayText("陈静", said);
    expect(reply).toMatch(/已放弃(?:这次)?修改/);
    expect(reply).not.toContain("修改预览");
  });

  it.each([
    "改成23人",
    "撤回",
    "按原来的格式写 党员23人",
    "刚才改的不对 应该是30人",
    "原来的是对的 但是人数再加上3个",
  ])("「%s」 is not a bare drop of the edit", (said) => expect(dropsTheEdit(said)).toBe(false));

  // Round twenty-four: the drop with the slip owned or the original said right beside it (b57-d10, s13-d30, s14-d56,
  // dlg24's i24c in 天津/晋南/皖北/云南 voices) — the reason, not new text.
  const WITH_REASON = [
    "还是用之前那版吧 我记混了",
    "算了 不改了 原来那个是对的 我看岔了",
    "用原来的吧 刚才是我搞错了",
  ];
  it.each(WITH_REASON)("「%s」 on an edit preview drops the edit", async (said) => {
    const t = await editing("修改 1 党员23人");
    expect(await t.sayText("陈静", said)).toContain("已放弃这次修改，#1 保持原样");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u!.originalText).toBe("开展主题党日活动1次，党员22人参加");
  });
  it.each([
    "我记混了",
    "还是用之前那版 不过人数是25",
    "我看岔了 是23人",
  ])("「%s」 is no drop with a reason", (said) => expect(dropsInEveryClause(said)).toBe(false));
});
