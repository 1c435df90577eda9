/**
 * Bytes of the store's files. Big files (month shards, collections, inbox.json) are written one
 * record per line: still plain JSON, but readable with grep/diff, and cheap to produce because
 * the UTF-8 bytes of each frozen record are cached — appending to a shard of 1k updates encodes
 * only the new record and copies the rest.
 *
 * Must stay true: the cache is only used for frozen objects (which can never change), so the
 * cached bytes always equal the UTF-8 of JSON.stringify(record).
 */
const recordBytes = new WeakMap<object, Buffer>();
const COMMA_NEWLINE = Buffer.from(",\n");
const NEWLINE = Buffer.from("\n");

/** The UTF-8 of JSON.stringify(record), cached for frozen objects. */
export function bytesOf(record: unknown): Buffer {
  if (record === null || typeof record !== "object") return Buffer.from(JSON.stringify(record) ?? "null");
  let bytes = recordBytes.get(record);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(record));
    if (Object.isFrozen(record)) recordBytes.set(record, bytes);
  }
  return bytes;
}

/** `{...head, [key]: items}` with one item per line. `head` must not contain `key`. */
export function linesJson(head: Record<string, unknown>, key: string, items: readonly unknown[]): Buffer {
  const prefix = JSON.stringify(head).slice(0, -1);
  return withItems(`${prefix}${prefix.length > 1 ? "," : ""}${JSON.stringify(key)}:[`, items);
}

/** `open` (text ending in "[") + the items one per line + "]}". */
function withItems(open: string, items: readonly unknown[]): Buffer {
  if (items.length === 0) return Buffer.from(`${open}]}\n`);
  const chunks: Buffer[] = [Buffer.from(`${open}\n`)];
  items.forEach((item, i) => {
    if (i > 0) chunks.push(COMMA_NEWLINE);
    chunks.push(bytesOf(item));
  });
  chunks.push(Buffer.from("\n]}\n"));
  return Buffer.concat(chunks);
}

/** Bytes of `"key":"expiry"` lines of inbox.json, reused while a key keeps its expiry. */
export type SeenBytesCache = Map<string, { exp: string; bytes: Buffer }>;

/**
 * inbox.json: `{"version":1,"seen":{` one key per line `},"inbox":[` one entry per line `]}` —
 * plain JSON, cheap to produce for tens of thousands of keys: with `cache` (one per file), only
 * new keys are encoded; the cache forgets keys no longer in the file.
 */
export function inboxJson(
  data: { version: number; seen: Readonly<Record<string, string>>; inbox: readonly unknown[] },
  cache: SeenBytesCache = new Map(),
): Buffer {
  const keys = Object.keys(data.seen);
  if (cache.size > 2 * keys.length + 1024) {
    const live = new Set(keys);
    for (const k of cache.keys()) if (!live.has(k)) cache.delete(k);
  }
  const chunks: Buffer[] = [Buffer.from(`{"version":${JSON.stringify(data.version)},"seen":{`)];
  keys.forEach((k, i) => {
    const exp = data.seen[k]!;
    let c = cache.get(k);
    if (c === undefined || c.exp !== exp) {
      c = { exp, bytes: Buffer.from(`${JSON.stringify(k)}:${JSON.stringify(exp)}`) };
      cache.set(k, c);
    }
    chunks.push(i === 0 ? NEWLINE : COMMA_NEWLINE, c.bytes);
  });
  chunks.push(Buffer.from(keys.length ? "\n}," : "},"), withItems('"inbox":[', data.inbox));
  return Buffer.concat(chunks);
}

/** Small files (state.json) are pretty-printed for people reading them. */
export function prettyJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
