import { parseChineseNumber } from "../domain/chinese-number.js";
import type { DraftPart, DraftVersion } from "./draft-model.js";
import { partLabel } from "./resolve-part.js";

/**
 * dlg53: a reviewer's 「删掉第2条」「第二条不要了」 in 重写 names an item of the part by its number. The offline rewrite read it as
 * the words 「第2条」 (not in the draft, nothing done) and 「把X那句删掉」 takes out only the clauses naming X; a whole item asked to
 * go by its number goes whole — its title and text — and the items after it move up. A part without that item, or no part
 * named, is said so and nothing changes. (A locked, approved or hand-written part is refused before, in applySteps.)
 */
export interface DropItemStep {
  kind: "drop-item";
  n: number;
  said: string;
}

const NUM = "([0-9０-９]+|[一二两三四五六七八九十]+)";
const DROP_BEFORE = new RegExp(
  `^(?:请|再|麻烦)?(?:把|将)?(?:删掉|删除|删去|去掉|拿掉)第${NUM}(?:条|项|点)$`,
  "u",
);
const DROP_AFTER = new RegExp(
  `^(?:请|再|麻烦)?(?:把|将)?第${NUM}(?:条|项|点)(?:整条)?(?:删掉|删除|删去|去掉|拿掉|删了|去了|不要了|不要|不用写了|不用了)(?:吧|了)?$`,
  "u",
);

/** The item number a removal by number names, as a step; undefined when the words are not one. */
export function dropItemStep(said: string): DropItemStep | undefined {
  const m = DROP_BEFORE.exec(said) ?? DROP_AFTER.exec(said);
  if (!m) return undefined;
  const raw = (m[1] as string).replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const n = /^\d+$/u.test(raw) ? Number(raw) : parseChineseNumber(raw);
  return n && n > 0 ? { kind: "drop-item", n, said } : undefined;
}

/** The part without its item `n`, and what was done or why nothing was. */
export function dropItem(
  v: DraftVersion,
  parts: DraftPart[],
  part: DraftPart | undefined,
  st: DropItemStep,
): { parts: DraftPart[]; done?: string; notDone?: string } {
  const p = part && parts.find((x) => x.key === part.key);
  if (!p)
    return {
      parts,
      notDone: `「${st.said}」：没有说是哪一部分的第 ${st.n} 条，没有改动；请写明，如「重写 （三） 删掉第${st.n}条」`,
    };
  const label = partLabel(v, p);
  const item = p.items[st.n - 1];
  if (!item)
    return {
      parts,
      notDone: `「${st.said}」：${label}只有 ${p.items.length} 条，没有第 ${st.n} 条，没有改动`,
    };
  const words = [...`${item.title}${item.text}`].slice(0, 16).join("");
  const next = { ...p, items: p.items.filter((_, i) => i !== st.n - 1) };
  return {
    parts: parts.map((x) => (x.key === p.key ? next : x)),
    done: `删去${label}第 ${st.n} 条「${words}…」（整条，后面的条目编号顺延）`,
  };
}
