/**
 * Characters a document cannot carry, and characters that can disguise text.
 *
 * XML 1.0 (what word/document.xml is) allows only #x9 | #xA | #xD | [#x20-#xD7FF] |
 * [#xE000-#xFFFD] | [#x10000-#x10FFFF]: one U+FFFF or lone surrogate in a staff message makes
 * the whole .docx unreadable. Such characters are removed at intake (so they are never stored)
 * and again at export (for anything stored before, imported, or written by a model).
 *
 * Bidi controls (U+061C, U+200E/F, U+202A–202E, U+2066–2069) reorder what a reader sees
 * relative to what is stored — a figure can be shown reversed — so intake strips every one.
 */

/** XML 1.0 forbidden: C0 controls but tab/LF/CR, U+FFFE, U+FFFF, and unpaired surrogates. */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every Unicode bidi formatting control, U+061C ARABIC LETTER MARK included. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Remove what XML 1.0 forbids; everything else is kept as is. */
export function stripXmlForbidden(s: string): string {
  return s.replace(XML_FORBIDDEN, "");
}

/** True when `s` holds nothing XML 1.0 forbids. */
export function isXmlSafe(s: string): boolean {
  XML_FORBIDDEN.lastIndex = 0;
  const bad = XML_FORBIDDEN.test(s);
  XML_FORBIDDEN.lastIndex = 0;
  return !bad;
}

/** A copy of `value` with every string in it made XML-safe (plain data: objects, arrays). */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === "string") return stripXmlForbidden(value) as T;
  if (Array.isArray(value)) return value.map((v) => xmlSafeDeep(v)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = xmlSafeDeep(v);
    return out as T;
  }
  return value;
}

/**
 * What every text a person sends goes through before it is looked at or stored: XML-forbidden
 * characters, bidi controls, other C0/C1 controls (tab and newline kept), zero-width space,
 * line/paragraph separators and BOM removed; CR and CRLF become LF; trimmed.
 */
export function cleanText(text: string): string {
  return stripXmlForbidden(text)
    .replace(BIDI_CONTROLS, "")
    .replace(/[\u007f-\u009f\u200b\u2028\u2029\ufeff]/g, "")
    .replace(/\r\n?/g, "\n")
    .trim();
}
