import { expect } from "vitest";
import type { TestApp } from "./test-app.js";

/**
 * A guided 填报 by `who` of the example roster: the work, the figures, 无 to problems and plans; the card must come.
 * The items of the update it drafted.
 */
export async function guidedItems(t: TestApp, who: string, work: string, figures: string): Promise<string[]> {
  await t.say(who, "填报");
  await t.say(who, work);
  await t.say(who, figures);
  await t.say(who, "无");
  const card = await t.sayText(who, "无");
  expect(card).toContain("请确认");
  const [u] = await t.app.services.store.listUpdates({ author: who });
  return u!.items.map((i) => i.text);
}
