/**
 * A strict XML 1.0 well-formedness check, written for the tests (no XML parser is installed
 * and none is needed for this): every character must be an XML `Char`; markup — declaration,
 * comments, processing instructions, CDATA, elements with quoted, unique attributes — must be
 * well formed; `&` only as a predefined or numeric reference to a legal character; tags must
 * balance under exactly one root. Returns the problems found (empty when well formed), each
 * with its offset. Names are checked against the ASCII subset OOXML uses.
 */
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /[ \t\r\n]*/y;

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

export function checkXml(xml: string): string[] {
  const errors: string[] = [];
  const fail = (at: number, what: string) => {
    errors.push(`${what} at ${at}: ${JSON.stringify(xml.slice(Math.max(0, at - 20), at + 20))}`);
  };
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = xml.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      fail(i, "unpaired high surrogate");
    } else if (c >= 0xdc00 && c <= 0xdfff) fail(i, "unpaired low surrogate");
    else if (!isXmlChar(c)) fail(i, `character U+${c.toString(16).padStart(4, "0")} not allowed in XML`);
  }

  let pos = 0;
  const stack: string[] = [];
  let roots = 0;
  const name = (): string | undefined => {
    NAME.lastIndex = pos;
    const m = NAME.exec(xml);
    if (!m) return undefined;
    pos = NAME.lastIndex;
    return m[0];
  };
  const space = () => {
    SPACE.lastIndex = pos;
    SPACE.exec(xml);
    const moved = SPACE.lastIndex > pos;
    pos = SPACE.lastIndex;
    return moved;
  };
  const checkRefs = (text: string, base: number, inAttr: boolean) => {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === "<") fail(base + i, inAttr ? "'<' in attribute value" : "'<' in text");
      if (ch !== "&") continue;
      const m = /^&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));/.exec(text.slice(i));
      if (!m) {
        fail(base + i, "bare '&'");
        continue;
      }
      const cp = m[2] ? Number(m[2]) : m[3] ? Number.parseInt(m[3], 16) : 0x20;
      if (!isXmlChar(cp)) fail(base + i, `reference to a forbidden character ${m[0]}`);
      i += m[0].length - 1;
    }
  };
  const until = (end: string, what: string): string | undefined => {
    const j = xml.indexOf(end, pos);
    if (j < 0) {
      fail(pos, `unterminated ${what}`);
      pos = xml.length;
      return undefined;
    }
    const body = xml.slice(pos, j);
    pos = j + end.length;
    return body;
  };

  if (xml.startsWith("<?xml")) {
    pos = 5;
    until("?>", "XML declaration");
  }
  while (pos < xml.length && errors.length < 50) {
    const lt = xml.indexOf("<", pos);
    const textEnd = lt < 0 ? xml.length : lt;
    const text = xml.slice(pos, textEnd);
    if (stack.length === 0 && text.trim() !== "") fail(pos, "text outside the root element");
    if (text.includes("]]>")) fail(pos + text.indexOf("]]>"), "']]>' in text");
    checkRefs(text, pos, false);
    pos = textEnd;
    if (pos >= xml.length) break;
    if (xml.startsWith("<!--", pos)) {
      pos += 4;
      const body = until("-->", "comment");
      if (body?.includes("--")) fail(pos, "'--' inside a comment");
    } else if (xml.startsWith("<![CDATA[", pos)) {
      if (stack.length === 0) fail(pos, "CDATA outside the root element");
      pos += 9;
      until("]]>", "CDATA section");
    } else if (xml.startsWith("<?", pos)) {
      pos += 2;
      if (!name()) fail(pos, "processing instruction without a target");
      until("?>", "processing instruction");
    } else if (xml.startsWith("<!", pos)) {
      fail(pos, "unexpected markup declaration");
      pos += 2;
    } else if (xml.startsWith("</", pos)) {
      pos += 2;
      const n = name();
      space();
      if (!n || xml[pos] !== ">") fail(pos, "malformed end tag");
      else pos++;
      const open = stack.pop();
      if (open !== n) fail(pos, `end tag </${n}> does not match <${open}>`);
    } else {
      pos++;
      const n = name();
      if (!n) {
        fail(pos, "'<' not followed by a name");
        continue;
      }
      if (stack.length === 0 && roots++ > 0) fail(pos, "a second root element");
      const seen = new Set<string>();
      for (;;) {
        const spaced = space();
        if (xml.startsWith("/>", pos)) {
          pos += 2;
          break;
        }
        if (xml[pos] === ">") {
          pos++;
          stack.push(n);
          break;
        }
        if (!spaced) {
          fail(pos, "attributes must be separated by white space");
          pos = xml.length;
          break;
        }
        const a = name();
        if (!a) {
          fail(pos, "malformed attribute");
          pos = xml.length;
          break;
        }
        if (seen.has(a)) fail(pos, `duplicate attribute ${a}`);
        seen.add(a);
        space();
        if (xml[pos] !== "=") fail(pos, "attribute without '='");
        pos++;
        space();
        const q = xml[pos];
        if (q !== '"' && q !== "'") {
          fail(pos, "unquoted attribute value");
          pos = xml.length;
          break;
        }
        pos++;
        const start = pos;
        const value = until(q, "attribute value");
        if (value !== undefined) checkRefs(value, start, true);
      }
    }
  }
  if (stack.length > 0) fail(xml.length, `unclosed element <${stack.at(-1)}>`);
  if (roots === 0) fail(0, "no root element");
  return errors;
}
