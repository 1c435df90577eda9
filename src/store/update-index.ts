import type { IndexEntry } from "./schema.js";

export const seqKey = (author: string, seq: number) => `${author}\u0000${seq}`;

/**
 * The keys of EVERY stored update, loaded or not, in memory: id → month, (author, seq) → id,
 * source message → ids, the highest seq per author, and how many records each month holds.
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

  idsByMessage(messageId: string): string[] {
    const ids = this.#byMsg.get(messageId);
    return ids === undefined ? [] : typeof ids === "string" ? [ids] : ids;
  }

  maxSeq(author: string): number {
    return this.#maxSeq.get(author) ?? 0;
  }

  /** Records the index says `month` holds. */
  count(month: string): number {
    return this.#count.get(month) ?? 0;
  }

  add(month: string, [id, author, seq, msg]: IndexEntry): void {
    this.#where.set(id, month);
    this.#count.set(month, this.count(month) + 1);
    this.#bySeq.set(seqKey(author, seq), id);
    if (seq > this.maxSeq(author)) this.#maxSeq.set(author, seq);
    if (msg !== undefined) {
      const ids = this.#byMsg.get(msg);
      this.#byMsg.set(msg, ids === undefined ? id : typeof ids === "string" ? [ids, id] : [...ids, id]);
    }
  }

  remove(month: string, [id, author, seq, msg]: IndexEntry): void {
    if (this.#where.get(id) === month) {
      this.#where.delete(id);
      this.#count.set(month, this.count(month) - 1);
    }
    if (this.#bySeq.get(seqKey(author, seq)) === id) this.#bySeq.delete(seqKey(author, seq));
    if (msg !== undefined) {
      const rest = this.idsByMessage(msg).filter((x) => x !== id);
      if (rest.length === 0) this.#byMsg.delete(msg);
      else this.#byMsg.set(msg, rest.length === 1 ? rest[0]! : rest);
    }
  }
}
