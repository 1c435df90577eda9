import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Reads the store's files the way a person with a text editor would, independently of the
 * store's code: a month is its snapshot's `updates` with its journal's lines replayed on top; the
 * inbox is the lines of inbox.log replayed. Used to check "disk equals memory".
 */
export function monthOnDisk(dir: string, month: string): Array<Record<string, unknown>> {
  const snap = join(dir, "updates", `${month}.json`);
  const byId = new Map<string, Record<string, unknown>>();
  if (existsSync(snap)) {
    for (const u of JSON.parse(readFileSync(snap, "utf8")).updates) byId.set(u.id, u);
  }
  for (const op of lines(join(dir, "updates", `${month}.journal`))) {
    if (typeof op.del === "string") byId.delete(op.del);
    else {
      const u = op.put as Record<string, unknown>;
      byId.set(u.id as string, u);
    }
  }
  return [...byId.values()];
}

export function inboxOnDisk(dir: string, now = Date.now()): { seen: string[]; inbox: Array<{ id: string }> } {
  const seen = new Map<string, number>();
  const inbox = new Map<string, { id: string }>();
  for (const op of lines(join(dir, "inbox.log"))) {
    if (typeof op.seen === "string") seen.set(op.seen, op.exp as number);
    else if (typeof op.rm === "string") inbox.delete(op.rm);
    else {
      const e = op.put as { id: string };
      inbox.set(e.id, e);
    }
  }
  return { seen: [...seen].filter(([, exp]) => exp > now).map(([k]) => k), inbox: [...inbox.values()] };
}

function lines(path: string): Array<Record<string, unknown>> {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
