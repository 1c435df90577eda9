import type { UpdateStatus } from "../domain/update.js";
import type { IndexEntry } from "./update-schema.js";

export const seqKey = (author: string, seq: number) => `${author}\u0000${seq}`;

/**
 * The keys of EVERY stored update, loaded or not, in memory: id → month, (author, seq) → id,
 * (author, status) → ids, message id (that created or changed it) → ids, the highest seq per
 * author, and how many records each month holds. The per-message questions ("is this message
 * already recorded?", "my drafts") are answered from here in time that does not grow with history.
 * Built at open from the current year's records and the past months' snapshot indexes, so ids and
 * numbers stay unique without reading past years.
 *
 * Must stay true: `unindex` only removes what still points at the given month / id, so a record
 * moved between months (unindexed from the old, indexed in the new) never loses its entries.
 */
export class UpdateIndex {
  readonly #where = new Map<string, string>();
  readonly #bySeq = new Map<string, string>();
  readonly #byMsg = new Map<string, string | string[]>();
  readonly #maxSeq = new Map<string, number>();
  readonly #count = new Map<string, number>();
  readonly #byAuthor = new Map<string, Map<UpdateStatus, Set<string>>>();

  monthOf(id: string): string | undefined {
    return this.#where.get(id);
  }

  has(id: string): boolean {
    return this.#where.has(id);
  }

  idBySeq(author: string, seq: number): string | undefined {
    return this.#bySeq.get(seqKey(author, seq));
  }

  idBySeqKey(key: string): string | undefined {
    return this.#bySeq.get(key);
  }

  /** Ids of the author's updates with one of `statuses` (all of them when undefined). */
  idsByAuthor(author: string, statuses?: readonly UpdateStatus[]): string[] {
    const mine = this.#byAuthor.get(author);
    if (!mine) return [];
    const out: string[] = [];
    for (const [status, ids] of mine) if (!statuses || statuses.includes(status)) out.push(...ids);
    return out;
  }

  idsByMessage(messageId: string): string[] {
    const ids = this.#byMsg.get(messageId);
    return ids === undefined ? [] : typeof ids === "string" ? [ids] : ids;
  }

  maxSeq(author: string): number {
    return this.#maxSeq.get(author) ?? 0;
  }

  /** How many updates are stored, in every month. */
  get size(): number {
    return this.#where.size;
  }

  /** The highest seq each author's stored updates carry. */
  maxSeqs(): ReadonlyMap<string, number> {
    return this.#maxSeq;
  }

  /** Records the index says `month` holds. */
  count(month: string): number {
    return this.#count.get(month) ?? 0;
  }

  add(month: string, [id, author, seq, status, msgs]: IndexEntry): void {
    this.#where.set(id, month);
    this.#count.set(month, this.count(month) + 1);
    this.#bySeq.set(seqKey(author, seq), id);
    if (seq > this.maxSeq(author)) this.#maxSeq.set(author, seq);
    let mine = this.#byAuthor.get(author);
    if (!mine) {
      mine = new Map();
      this.#byAuthor.set(author, mine);
    }
    const set = mine.get(status);
    if (set) set.add(id);
    else mine.set(status, new Set([id]));
    for (const msg of msgs ?? []) {
      const ids = this.#byMsg.get(msg);
      this.#byMsg.set(msg, ids === undefined ? id : typeof ids === "string" ? [ids, id] : [...ids, id]);
    }
  }

  remove(month: string, [id, author, seq, status, msgs]: IndexEntry): void {
    if (this.#where.get(id) === month) {
      this.#where.delete(id);
      this.#count.set(month, this.count(month) - 1);
    }
    if (this.#bySeq.get(seqKey(author, seq)) === id) this.#bySeq.delete(seqKey(author, seq));
    this.#byAuthor.get(author)?.get(status)?.delete(id);
    for (const msg of msgs ?? []) {
      const rest = this.idsByMessage(msg).filter((x) => x !== id);
      if (rest.length === 0) this.#byMsg.delete(msg);
      else this.#byMsg.set(msg, rest.length === 1 ? rest[0]! : rest);
    }
  }
}
