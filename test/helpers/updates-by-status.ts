import type { TestApp } from "./test-app.js";

/** A person's updates, all of them and by status (draft, confirmed, withdrawn): what the dialogue turn tests check. */
export async function updatesByStatus(app: TestApp, who: string) {
  const all = await app.app.services.store.listUpdates({
    author: who,
    status: ["draft", "confirmed", "withdrawn"],
  });
  const n = (s: string) => all.filter((u) => u.status === s);
  return { all, drafts: n("draft"), confirmed: n("confirmed"), withdrawn: n("withdrawn") };
}
