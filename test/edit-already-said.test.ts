import { beforeEach, describe, expect, it } from "vitest";
import { alreadySaid } from "../src/conversation/edit-already-said.js";
import { getState } from "../src/conversation/state.js";
import type { TestApp } from "./helpers/test-app.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「修改 2 宣传册1500份」 when #2 already says 宣传册1500份 (30th-round console trial) was shown as an edit adding
 * 「。宣传册1500份」 at the end, and the next 「不对 是1600份」 then asked which of two 1500份. Now nothing is
 * changed and it is said so; said back while a preview changed those words, the edit is undone.
 */
const { open } = appPerTest();

describe("alreadySaid", () => {
  it.each([
    ["组织企业申报高新技术企业3家，发放宣传册1500份", "宣传册1500份"],
    ["组织企业申报高新技术企业3家，发放宣传册1500份", "发放宣传册 1500份"],
    ["參加人數80人，發放宣傳冊1500份", "发放宣传册1500份"],
  ])("「%s」 already says 「%s」", (base, typed) => {
    expect(alreadySaid(base, typed)).toBe(typed);
  });

  it.each([
    ["组织企业申报高新技术企业3家，发放宣传册1500份", "宣传册1600份"],
    ["组织企业申报高新技术企业3家，发放宣传册1500份", "高新技术企业"],
    ["组织企业申报高新技术企业3家，发放宣传册1500份", "发放宣传册1500份，另外参加人数90人"],
  ])("「%s」 does not already say 「%s」 (with a figure)", (base, typed) => {
    expect(alreadySaid(base, typed)).toBeUndefined();
  });
});

describe("through the bot", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("li-rd", "组织企业申报高新技术企业3家，发放宣传册1500份");
    await t.say("li-rd", "确认");
  });

  it("「修改 1 宣传册1500份」 changes nothing and says so", async () => {
    const reply = await t.sayText("li-rd", "修改 1 宣传册1500份");
    expect(reply).toContain("#1 里已经写着「宣传册1500份」，没有改动");
    expect(reply).not.toContain("修改预览");
    expect((await getState(t.app.services.store, "li-rd")).mode).toBe("idle");
  });

  it("said back while a 1500份 → 1600份 preview waits, the edit is undone", async () => {
    await t.say("li-rd", "修改 1 宣传册1600份");
    const reply = await t.sayText("li-rd", "修改 1 宣传册1500份");
    expect(reply).toContain("已放弃这次修改，#1 保持原样");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u!.originalText).toBe("组织企业申报高新技术企业3家，发放宣传册1500份");
  });
});
