import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * An earlier update named by the day it was sent, said the way people type it: 「昨天报那个」 with no
 * 的, 「前天发的那条」, dialect 夜个/夜儿个 (昨天). The bot edits the one sent that day, or says that
 * day had none and asks; it never reads the day words as words of the update.
 */
useTmpDirs();

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp({ now: "2026-12-01T09:00:00+08:00" });
});
afterEach(async () => {
  await t.app.close();
});

async function threeDays(): Promise<void> {
  await t.say("chen-kp", "组织科普讲座三场，来了三百来人");
  await t.say("chen-kp", "确认");
  t.setNow("2026-12-02T09:00:00+08:00");
  await t.say("chen-kp", "走访5个合作社看大棚");
  await t.say("chen-kp", "确认");
  t.setNow("2026-12-03T09:00:00+08:00");
  await t.say("chen-kp", "开展科普进校园，覆盖学生800人");
  await t.say("chen-kp", "确认");
}

describe("an update named by the day it was sent", () => {
  it.each([
    ["昨天报那个，合作社是6个", "#2"],
    ["夜个报那个 合作社是6个", "#2"],
    ["前天报的那条 人数是三百二十人", "#1"],
    ["前天发那条人数不对，是三百二十人", "#1"],
  ])("「%s」 previews an edit of %s", async (said, seq) => {
    await threeDays();
    const reply = await t.sayText("chen-kp", said);
    expect(reply).toContain(`修改预览（${seq}）`);
    expect(reply).not.toContain("没有找到提到");
  });

  it("a day with nothing sent says so, and changes nothing", async () => {
    await threeDays();
    t.setNow("2026-12-05T09:00:00+08:00");
    const reply = await t.sayText("chen-kp", "昨天报那个，人数是三百二十人");
    expect(reply).toContain("昨天没有填报记录");
    expect(reply).not.toContain("没有找到提到");
  });
});

describe("a plain yes under 「是下面哪一条？」", () => {
  it.each([
    "好",
    "中中",
    "嗯嗯",
  ])("「%s」 says nothing was done and asks again; a number then picks", async (yes) => {
    await threeDays();
    t.setNow("2026-12-05T09:00:00+08:00");
    await t.sayText("chen-kp", "昨天报那个，人数是三百二十人");
    const reply = await t.sayText("chen-kp", yes);
    expect(reply).toContain("还没有做任何改动");
    expect(reply).toMatch(/#3、#2、#1/);
    expect(reply).not.toMatch(/^好的。$/);
    expect(await t.sayText("chen-kp", "第1条")).toContain("修改预览（#1）");
  });
});
