/**
 * Lead55: 「食用菌培训是谁报的」「大篷车那条谁报的」「谁报的大篷车」 — a matter named, then who reported it: the material asked
 * (查数 of the matter answers with each matching update's reporter and day), not the week's 进度 (who has not reported:
 * 谁没报、谁还没报 say 没). A figure in it (八十来号人谁报的) is the draft's figure question (figure-question.ts); the draft,
 * a part or an item by number (稿子里、第三条) are the review's.
 */
/** 查数's argument opening a who question: the reporters of the matter are listed, not its figures. */
export const WHO_MARK = "谁报的";

const ASKER = "(?:谁|哪个|哪位|哪一位|哪个人|哪位同志|哪位同事|哪个同事|哪个科室)";
const WHO_CLOSE = new RegExp(
  `(?:是)?${ASKER}(?:报|填|交|发)(?:上来|上去|过来)?的(?:啊|呀|哦|呢|嘛|哈)?[?？。!！]*$`,
  "u",
);
const WHO_FIRST = new RegExp(`^(?:是)?${ASKER}(?:报|填)的`, "u");
/** The matter pointed at as an update (那条、这个): what it is about is the matter. */
const POINTED = /(?:那|这)(?:一)?(?:条|个|件事?)$/u;
const NOT_A_MATTER = /[\d０-９]|稿|草稿|部分|第[\d一二三四五六七八九十]+|没|×/u;

/** The matter asked about (食用菌培训), or undefined. */
export function whoReportedAsked(text: string): string | undefined {
  const t = text.trim();
  const rest = WHO_CLOSE.test(t)
    ? t.replace(WHO_CLOSE, "")
    : WHO_FIRST.test(t)
      ? t.replace(WHO_FIRST, "")
      : undefined;
  if (rest === undefined) return undefined;
  const matter = rest
    .replace(/[，,\s?？。]+$/u, "")
    .replace(/^[，,\s]+/u, "")
    .replace(POINTED, "")
    .replace(/的$/u, "")
    .replace(/^(?:那个|这个|那|这)/u, "")
    .trim();
  const n = [...matter].length;
  if (n < 2 || n > 16 || NOT_A_MATTER.test(matter)) return undefined;
  return matter;
}
