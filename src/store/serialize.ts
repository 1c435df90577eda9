/**
 * JSON text of the store's files. Big files (year shards, collections) are written one record
 * per line: still plain JSON, but readable with grep/diff, and cheap to produce because the text
 * of each frozen record is cached — appending to a shard of 10k updates stringifies only the new
 * record and joins the rest.
 *
 * Must stay true: the cache is only used for frozen objects (which can never change), so the
 * cached text always equals JSON.stringify(record).
 */
const recordText = new WeakMap<object, string>();

function textOf(record: unknown): string {
  if (record === null || typeof record !== "object") return JSON.stringify(record);
  let text = recordText.get(record);
  if (text === undefined) {
    text = JSON.stringify(record);
    if (Object.isFrozen(record)) recordText.set(record, text);
  }
  return text;
}

/** `{...head, [key]: items}` with one item per line. `head` must not contain `key`. */
export function linesJson(head: Record<string, unknown>, key: string, items: readonly unknown[]): string {
  const prefix = JSON.stringify(head).slice(0, -1);
  const sep = prefix.length > 1 ? "," : "";
  if (items.length === 0) return `${prefix}${sep}${JSON.stringify(key)}:[]}\n`;
  return `${prefix}${sep}${JSON.stringify(key)}:[\n${items.map(textOf).join(",\n")}\n]}\n`;
}

/** Small files (state.json) are pretty-printed for people reading them. */
export function prettyJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
