import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead's console trial, round forty-five: 「修改 1 12改成15」 on 「科普进社区搞了3场，发放资料500份」 (no 12 in it)
 * previewed 3场 → 15场 — a guess at another figure. The old number named before 改成 and not in the update is
 * said so, and the edit asked for again; a number that is there is changed as before.
 */
const { open } = appPerTest();

async function oneUpdate() {
  const t = await open({ now: "2026-11-16T10:00:00+08:00" });
  await t.say("chen-kp", "科普进社区搞了3场，发放资料500份");
  await t.say("chen-kp", "确认");
  return t;
}

describe("an old number named that is not in the update", () => {
  it.each([
    ["修改 1 12改成15", "「12」"],
    ["第一条里的12改成15", "「12」"],
    ["第一条12场改成15场", "「12场」"],
    ["修改 1 1200改为1300", "「1200」"],
  ])("「%s」 says #1 has no %s and changes nothing", async (said, what) => {
    const t = await oneUpdate();
    const reply = await t.sayText("chen-kp", said);
    expect(reply).toContain(`#1 里没有${what}这个数`);
    expect(reply).not.toContain("修改预览");
  });

  it.each([
    ["修改 1 3改成4", "4场"],
    ["第一条500改成600", "600份"],
    ["修改 1 发放资料500份改成600份", "600份"],
  ])("「%s」 (the number is there) previews %s", async (said, to) => {
    const t = await oneUpdate();
    const reply = await t.sayText("chen-kp", said);
    expect(reply).toContain("修改预览");
    expect(reply).toContain(to);
  });
});
