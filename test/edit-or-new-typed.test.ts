import { describe, expect, it } from "vitest";
import { getState } from "../src/conversation/state.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * 「这是改 #1，还是另一件事？」 (edit-or-new.ts) is answered by typing as well as by its buttons: 「改1的」「改原来那条」
 * take the edit (the preview shown again, with both changes, still unsaved), 「新的」「另外一件事」「是新的 不是改」
 * record the line as its own draft. Found in round 31's console trial: every typed answer was 「没有记为填报」.
 */
const { open } = appPerTest();
const REPORT = "下午组织了科技政策宣讲会，来了80人，发放宣传册1200份";

async function asked(): Promise<TestApp> {
  const t = await open();
  await t.say("li-rd", REPORT);
  await t.say("li-rd", "确认");
  await t.say("li-rd", "修改 1 宣传册1500份");
  const q = await t.sayText("li-rd", "哦还有 来了90个人");
  expect(q).toContain("这是改 #1");
  return t;
}

describe("the edit-or-new question answered by typing", () => {
  it.each([
    "改1的",
    "改原来那条",
    "改 #1",
    "是改的 改原来那个",
    "改前面那条吧",
    "就是改它",
    "改嘛",
    "是修改1",
  ])("「%s」 shows #1's preview with both changes; nothing stored until 确认", async (said) => {
    const t = await asked();
    const text = await t.sayText("li-rd", said);
    expect(text).toContain("修改预览");
    expect(text).toContain("来了90人");
    expect(text).toContain("1500份");
    const ups = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(ups).toHaveLength(1);
    expect(ups[0]?.normalizedText).toContain("来了80人");
    expect((await getState(t.app.services.store, "li-rd")).mode).toBe("confirm-edit");
    await t.say("li-rd", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.normalizedText).toContain("来了90人");
  });

  it.each([
    "新的",
    "另外一件事",
    "是新的 不是改",
    "另记一条吧",
    "不是改，是另外的",
    "两回事",
    "新的一条 单独记",
    "不是一回事哈",
  ])("「%s」 records the line as draft #2 and says #1's preview was not saved", async (said) => {
    const t = await asked();
    const text = await t.sayText("li-rd", said);
    const ups = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(ups).toHaveLength(2);
    expect(ups.find((u) => u.seq === 2)?.status).toBe("draft");
    expect(ups.find((u) => u.seq === 2)?.originalText ?? "").toContain("90");
    expect(text).toContain("#1 的修改没有保存");
  });

  it.each(["不是新的 是改", "不是另外的，改原来的"])("「%s」 (the new denied) is the edit", async (said) => {
    const t = await asked();
    const text = await t.sayText("li-rd", said);
    expect(text).toContain("修改预览");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(1);
  });

  it.each([
    "改2的",
    "改还是不改呢",
    "新的旧的都不对",
  ])("「%s」 answers neither clearly: nothing stored", async (said) => {
    const t = await asked();
    await t.say("li-rd", said);
    const ups = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(ups).toHaveLength(1);
    expect(ups[0]?.normalizedText).toContain("来了80人");
  });
});
