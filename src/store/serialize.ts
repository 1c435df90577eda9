/**
 * Bytes of the store's files. Big files (month snapshots, collections) are written one record
 * per line: still plain JSON, but readable with grep/diff, and cheap to produce because the UTF-8
 * bytes of each frozen record are cached — compacting a month encodes only the records new since
 * the last snapshot and copies the rest.
 *
 * Must stay true: the cache is only used for frozen objects (which can never change), so the
 * cached bytes always equal the UTF-8 of JSON.stringify(record).
 */
const recordBytes = new WeakMap<object, Buffer>();
const COMMA_NEWLINE = Buffer.from(",\n");

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

/** Small files (state.json) are pretty-printed for people reading them. */
export function prettyJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
