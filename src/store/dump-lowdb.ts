import { z } from "zod";
import type { StoreRecord } from "./dump-format.js";
import { findCollectionNames, loadCollection } from "./collection.js";
import type { InboxRepo } from "./inbox.js";
import { notEmptyError, planImport } from "./plan-import.js";
import type { FileContext } from "./shard.js";
import type { StateRepo } from "./state.js";
import type { Collection } from "./types.js";
import type { UpdatesRepo } from "./updates.js";

/** Any document with an id: a collection read or written without its owner's schema. */
export const AnyDocSchema = z.looseObject({ id: z.string().min(1) });

/** What the embedded store's export and import reach into. */
export interface FileStoreParts {
  ctx: FileContext;
  state: StateRepo;
  inbox: InboxRepo;
  updates: UpdatesRepo;
  /** The collections this process has opened (with their owners' schemas), by name. */
  opened(): Promise<Map<string, Collection<{ id: string }>>>;
}

/** Store.exportAll for DATA_DIR: see dump-format.ts for the order. */
export async function* exportFileStore(p: FileStoreParts, now: Date): AsyncGenerator<StoreRecord> {
  const { seqCounters, conversations, bindings } = p.state.data;
  const floors = new Map(Object.entries(seqCounters));
  for (const [author, seq] of p.updates.maxSeqs()) floors.set(author, Math.max(seq, floors.get(author) ?? 0));
  for (const author of [...floors.keys()].sort()) {
    const seq = floors.get(author)!;
    if (seq > 0) yield { kind: "seqFloor", author, seq };
  }
  for (const update of p.updates.list()) yield { kind: "update", update };
  for (const userId of Object.keys(conversations).sort())
    yield { kind: "conversation", userId, state: conversations[userId]! };
  for (const externalId of Object.keys(bindings).sort())
    yield { kind: "binding", externalId, personId: bindings[externalId]! };
  const seen = p.inbox.liveSeen(now.getTime()).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, expiresMs] of seen) yield { kind: "seen", key, expiresMs };
  for (const entry of p.inbox.listInbox()) yield { kind: "inbox", entry };
  for await (const [collection, c] of everyCollection(p, await p.opened()))
    for (const doc of await c.list()) yield { kind: "doc", collection, doc };
}

/**
 * Every collection in the data dir or opened by this process, by name (sorted): this process's
 * copy (with its owner's schema) where it has one, else the file read without a schema.
 */
async function* everyCollection(
  p: FileStoreParts,
  opened: Map<string, Collection<{ id: string }>>,
): AsyncGenerator<[string, Collection<{ id: string }>]> {
  const names = [...new Set([...(await findCollectionNames(p.ctx.dataDir)), ...opened.keys()])].sort();
  for (const name of names)
    yield [name, opened.get(name) ?? (await loadCollection(p.ctx, name, AnyDocSchema))];
}

/** Store.importAll for DATA_DIR: everything read and checked first, then one write per file. */
export async function importFileStore(
  p: FileStoreParts,
  records: AsyncIterable<StoreRecord> | Iterable<StoreRecord>,
): Promise<number> {
  const plan = await planImport(records);
  const opened = await p.opened();
  const held: string[] = [];
  if (p.updates.size > 0) held.push(`${p.updates.size} 条工作动态`);
  const { seqCounters, conversations, bindings } = p.state.data;
  if (Object.keys(seqCounters).length > 0) held.push("编号计数");
  if (Object.keys(conversations).length > 0) held.push("会话状态");
  if (Object.keys(bindings).length > 0) held.push("身份绑定");
  if (p.inbox.liveSeen(p.ctx.now().getTime()).length > 0) held.push("去重键");
  if (p.inbox.listInbox().length > 0) held.push("待处理事件");
  for await (const [name, c] of everyCollection(p, opened))
    if ((await c.list()).length > 0) held.push(`集合 ${name}`);
  if (held.length > 0) throw notEmptyError(p.ctx.dataDir, held);

  if (plan.updates.length > 0) await p.updates.addMany(plan.updates);
  await p.state.replaceAll({
    seqCounters: Object.fromEntries(plan.floors),
    conversations: Object.fromEntries(plan.conversations),
    bindings: Object.fromEntries(plan.bindings),
  });
  await p.inbox.addAll([...plan.seen], plan.inbox);
  for (const [name, docs] of plan.docs) {
    const mine = opened.get(name);
    if (mine) {
      // Opened by this process with its owner's schema: keep that copy in step.
      for (const doc of docs) await mine.put(doc);
      continue;
    }
    const c = await loadCollection(p.ctx, name, AnyDocSchema);
    await c.putAll(docs);
    await c.idle();
  }
  return plan.count;
}
