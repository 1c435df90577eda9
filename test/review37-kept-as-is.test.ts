import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Review of rounds 35–36 (docs/understanding.md 第三十七轮 review37): 「第N条不改了 直接确认」 became 确认 N, and 确认 N
 * while the preview of N's edit waits saves that edit — the very change the sender just turned down. Said over a
 * preview, the edit is dropped and the update is kept (and confirmed, if it was a draft) as it stood.
 */
const { open } = appPerTest();
const NOW = "2026-12-05T10:40:00+08:00";

async function previewShown(confirmFirst: boolean) {
  const t = await open({ now: NOW });
  await t.say("sun-tp", "给西山村装了2套土壤墒情监测仪");
  if (confirmFirst) await t.say("sun-tp", "确认");
  await t.say("sun-tp", "修改 1");
  const preview = await t.sayText("sun-tp", "给西山村装了5套土壤墒情监测仪");
  expect(preview).toContain("5套");
  return t;
}

describe("「第N条不改了 直接确认」 over N's edit preview keeps N as it was", () => {
  it.each(["第1条不改了 直接确认", "1号别改了 就这样确认吧"])("a confirmed update: 「%s」", async (said) => {
    const t = await previewShown(true);
    const reply = await t.sayText("sun-tp", said);
    expect(reply).not.toContain("已保存修改");
    const [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
    expect(u?.status).toBe("confirmed");
    expect(u?.normalizedText).toContain("2套");
    expect(u?.history.some((h) => h.action === "edited")).toBe(false);
    // The preview no longer waits: a yes now saves nothing.
    await t.say("sun-tp", "确认");
    const [after] = await t.app.services.store.listUpdates({ author: "sun-tp" });
    expect(after?.normalizedText).toContain("2套");
  });

  it("a draft: confirmed as it stood, the edit not saved", async () => {
    const t = await previewShown(false);
    const reply = await t.sayText("sun-tp", "第1条不改了 直接确认");
    expect(reply).not.toContain("已保存修改");
    const [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
    expect(u?.status).toBe("confirmed");
    expect(u?.normalizedText).toContain("2套");
  });
});
