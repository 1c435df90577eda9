import { checkCollectionDoc } from "./check-input.js";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { AppError } from "../errors.js";
import { JsonFile } from "./json-file.js";
import { COLLECTION_VERSION, type CollectionFile } from "./schema.js";
import { linesJson } from "./serialize.js";
import type { FileContext } from "./shard.js";
import type { Collection } from "./types.js";

/** Lower-case letters, digits and "-", so a name is a safe file name and cannot clash with backups' dots. */
export const COLLECTION_NAME = /^[a-z][a-z0-9-]{0,63}$/;
const RESERVED = new Set(["state", "inbox", "updates", "backups"]);

export function checkCollectionName(name: string): void {
  if (!COLLECTION_NAME.test(name) || RESERVED.has(name)) {
    throw new AppError(
      "BAD_REQUEST",
      `bad collection name ${JSON.stringify(name)}: use lower-case letters, digits and "-" (not state/inbox/updates/backups)`,
    );
  }
}

/**
 * Loads DATA_DIR/<name>.json, validating every document with the caller's schema (STORE_CORRUPT
 * when one does not fit, or when an id appears twice).
 */
export async function loadCollection<T extends { id: string }>(
  ctx: FileContext,
  name: string,
  schema: z.ZodType<T>,
): Promise<FileCollection<T>> {
  checkCollectionName(name);
  const fileSchema = z.object({ version: z.literal(COLLECTION_VERSION), docs: z.array(schema) });
  const file = await JsonFile.load<CollectionFile<T>>({
    path: join(ctx.dataDir, `${name}.json`),
    base: name,
    kind: "collection",
    schema: fileSchema as unknown as z.ZodType<CollectionFile<T>>,
    check: (data) => {
      const seen = new Set<string>();
      for (const [i, d] of data.docs.entries()) {
        if (seen.has(d.id)) return `docs.${i}: id ${d.id} appears twice`;
        seen.add(d.id);
      }
      return undefined;
    },
    serialize: (data) => linesJson({ version: data.version }, "docs", data.docs),
    empty: () => ({ version: COLLECTION_VERSION, docs: [] }),
    backups: ctx.backups,
    now: ctx.now,
    log: ctx.log,
    onWrite: ctx.onWrite,
  });
  await file.finishMigration();
  return new FileCollection(name, schema, file);
}

/**
 * The names of the collections kept in `dataDir`: each `<name>.json` with a collection's name
 * whose content is a collection file ({version, docs}) — other JSON files that may share the
 * directory (org.json, holidays.json) are not. Sorted.
 */
export async function findCollectionNames(dataDir: string): Promise<string[]> {
  const names: string[] = [];
  for (const file of (await readdir(dataDir)).sort()) {
    const name = file.endsWith(".json") ? file.slice(0, -5) : "";
    if (!COLLECTION_NAME.test(name) || RESERVED.has(name)) continue;
    let data: unknown;
    try {
      data = JSON.parse(await readFile(join(dataDir, file), "utf8"));
    } catch {
      // Not JSON: not ours (a damaged collection would also fail its own load, with a clear error).
      continue;
    }
    const d = data as { version?: unknown; docs?: unknown } | null;
    if (d !== null && typeof d === "object" && typeof d.version === "number" && Array.isArray(d.docs))
      names.push(name);
  }
  return names;
}

/**
 * A collection kept in one file. Must stay true: documents in memory are frozen and equal to
 * disk; `update` hands its callback a mutable copy and validates the result; ids never change.
 */
export class FileCollection<T extends { id: string }> implements Collection<T> {
  #index: Map<string, T> | undefined;
  #indexedFor: CollectionFile<T> | undefined;

  constructor(
    readonly name: string,
    private readonly schema: z.ZodType<T>,
    private readonly file: JsonFile<CollectionFile<T>>,
  ) {}

  async get(id: string): Promise<T | undefined> {
    return this.#byId().get(id);
  }

  async list(): Promise<T[]> {
    return [...this.file.data.docs];
  }

  async put(doc: T): Promise<void> {
    const next = this.#validate(doc, doc?.id);
    await this.file.mutate((data) => ({ next: withDoc(data, next), result: undefined }));
  }

  update(id: string, fn: (current: T | undefined) => T): Promise<T> {
    return this.file.mutate((data) => {
      const current = data.docs.find((d) => d.id === id);
      const next = this.#validate(fn(current === undefined ? undefined : structuredClone(current)), id);
      return { next: withDoc(data, next), result: next };
    });
  }

  delete(id: string): Promise<boolean> {
    return this.file.mutate((data) => {
      if (!data.docs.some((d) => d.id === id)) return { result: false };
      return { next: { ...data, docs: data.docs.filter((d) => d.id !== id) }, result: true };
    });
  }

  /**
   * Adds documents, in order, in one write (an import): each checked like put's, ids unique
   * among them and new to the collection, else BAD_REQUEST and nothing is written.
   */
  async putAll(docs: readonly T[]): Promise<void> {
    const next = docs.map((d) => this.#validate(d, d?.id));
    const ids = new Set<string>();
    for (const d of next) {
      if (ids.has(d.id) || this.#byId().has(d.id))
        throw new AppError("BAD_REQUEST", `${this.name}: document id ${d.id} appears twice`);
      ids.add(d.id);
    }
    if (next.length === 0) return;
    await this.file.mutate((data) => ({
      next: { ...data, docs: [...data.docs, ...next] },
      result: undefined,
    }));
  }

  /** Resolves when every write queued so far has settled. */
  idle(): Promise<void> {
    return this.file.idle();
  }

  #validate(doc: T, id: string | undefined): T {
    return checkCollectionDoc(this.name, this.schema, doc, id);
  }

  #byId(): Map<string, T> {
    const data = this.file.data;
    if (this.#indexedFor !== data || !this.#index) {
      this.#index = new Map(data.docs.map((d) => [d.id, d]));
      this.#indexedFor = data;
    }
    return this.#index;
  }
}

function withDoc<T extends { id: string }>(data: CollectionFile<T>, doc: T): CollectionFile<T> {
  const at = data.docs.findIndex((d) => d.id === doc.id);
  const docs = at < 0 ? [...data.docs, doc] : data.docs.map((d, i) => (i === at ? doc : d));
  return { ...data, docs };
}
