/**
 * JSON.parse with a nesting bound. A Feishu event is a handful of levels deep; a body nested
 * 100,000 levels parses fine in V8 but then overflows the stack in every recursive walk after
 * it (zod, JSON.stringify when the inbox is written). The depth is measured by one linear scan
 * of the text before parsing, so a hostile body costs O(n) and never reaches the parser.
 */
export const MAX_JSON_DEPTH = 64;

export type BoundedJson = { ok: true; value: unknown } | { ok: false; reason: "malformed" | "too-deep" };

/** True when arrays/objects in `text` nest deeper than `max` (brackets inside strings ignored). */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > max) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}

export function parseBoundedJson(text: string, maxDepth = MAX_JSON_DEPTH): BoundedJson {
  if (jsonTooDeep(text, maxDepth)) return { ok: false, reason: "too-deep" };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: "malformed" };
  }
}
