import type { Update } from "../domain/update.js";
import { AppError } from "../errors.js";
import { type StoreRecord, StoreRecordSchema } from "./dump-format.js";
import { describeZodError } from "./schema.js";
import type { ConversationState, InboxEntry } from "./types.js";

/** Every record of an import, checked, grouped by kind, each group in the order given. */
export interface ImportPlan {
  /** author → the highest seq ever handed out (≥ every seq of the author's updates). */
  floors: Map<string, number>;
  updates: Update[];
  conversations: Map<string, ConversationState>;
  bindings: Map<string, string>;
  /** key → expiry (ms since the epoch). */
  seen: Map<string, number>;
  inbox: InboxEntry[];
  /** collection name → documents, in order. */
  docs: Map<string, Array<{ id: string }>>;
  /** Records read. */
  count: number;
}

/**
 * Reads every record of an import before anything is written (both stores call it first, so a
 * damaged source — `records` throwing — or a bad record writes nothing) and checks what the
 * stores would refuse only part-way: each record against the dump schema, ids and keys unique
 * within their kind, (author, seq) unique, every update's seq covered by its author's floor.
 * Throws BAD_REQUEST in Chinese naming the record.
 */
export async function planImport(
  records: AsyncIterable<StoreRecord> | Iterable<StoreRecord>,
): Promise<ImportPlan> {
  const plan: ImportPlan = {
    floors: new Map(),
    updates: [],
    conversations: new Map(),
    bindings: new Map(),
    seen: new Map(),
    inbox: [],
    docs: new Map(),
    count: 0,
  };
  const ids = new Set<string>();
  const numbers = new Map<string, string>();
  const inboxIds = new Set<string>();
  const docIds = new Set<string>();
  const twice = (what: string) => bad(plan.count, `${what}出现了两次`);
  for await (const raw of records) {
    plan.count++;
    const parsed = StoreRecordSchema.safeParse(raw);
    if (!parsed.success) throw bad(plan.count, `格式不对：${describeZodError(parsed.error)}`);
    const r = parsed.data;
    switch (r.kind) {
      case "seqFloor":
        if (plan.floors.has(r.author)) throw twice(`${r.author} 的编号计数`);
        plan.floors.set(r.author, r.seq);
        break;
      case "update": {
        const u = r.update as Update;
        const key = `${u.author}\u0000${u.seq}`;
        if (ids.has(u.id)) throw twice(`工作动态 ${u.id} `);
        if (numbers.has(key)) throw bad(plan.count, `${u.author} 的编号 ${u.seq} 已属于 ${numbers.get(key)}`);
        ids.add(u.id);
        numbers.set(key, u.id);
        plan.updates.push(u);
        break;
      }
      case "conversation":
        if (plan.conversations.has(r.userId)) throw twice(`${r.userId} 的会话状态`);
        plan.conversations.set(r.userId, r.state);
        break;
      case "binding":
        if (plan.bindings.has(r.externalId)) throw twice(`绑定 ${r.externalId} `);
        plan.bindings.set(r.externalId, r.personId);
        break;
      case "seen":
        if (plan.seen.has(r.key)) throw twice(`去重键 ${r.key} `);
        plan.seen.set(r.key, r.expiresMs);
        break;
      case "inbox":
        if (inboxIds.has(r.entry.id)) throw twice(`待处理事件 ${r.entry.id} `);
        inboxIds.add(r.entry.id);
        plan.inbox.push(r.entry as InboxEntry);
        break;
      case "doc": {
        const key = `${r.collection}\u0000${r.doc.id}`;
        if (docIds.has(key)) throw twice(`集合 ${r.collection} 的文档 ${r.doc.id} `);
        docIds.add(key);
        let list = plan.docs.get(r.collection);
        if (!list) {
          list = [];
          plan.docs.set(r.collection, list);
        }
        list.push(r.doc);
        break;
      }
    }
  }
  for (const u of plan.updates) {
    const floor = plan.floors.get(u.author) ?? 0;
    if (floor < u.seq) {
      throw new AppError(
        "BAD_REQUEST",
        `导入数据不完整：${u.author} 的编号计数为 ${floor}，低于其工作动态 ${u.id} 的编号 ${u.seq} / seq floor below an update's seq`,
        { hint: "导出文件应由 store export 生成且未经改动；请重新导出" },
      );
    }
  }
  return plan;
}

function bad(n: number, why: string): AppError {
  return new AppError("BAD_REQUEST", `导入数据第 ${n} 条记录有误：${why} / record ${n} refused`, {
    hint: "导出文件应由 store export 生成且未经改动；请重新导出。什么也没有写入。",
  });
}

/** The Chinese refusal when an import's target already holds records. */
export function notEmptyError(target: string, what: string[]): AppError {
  return new AppError(
    "BAD_REQUEST",
    `目标存储不是空的，拒绝导入：${target} 中已有${what.join("、")} / import target is not empty`,
    { hint: "导入只能写入空的存储（新的数据目录，或新建的空数据库）；什么也没有写入" },
  );
}
