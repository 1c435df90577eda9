import { toSimplified } from "../domain/normalize.js";

/**
 * draft56: a count of who were organised (组织、带领、动员、选派) for something said after them — 「组织3家企业去昆明参加科技成果
 * 交易会」: the card read 「组织 3家企业」, organised for what? The row says what they were organised to do: 组织参加科技成果
 * 交易会的企业 3家 (where they went, 去昆明, is the draft's, not the label's). Only the card's display.
 */
export const ORGANISED = /^(?:组织|带领|动员|选派|推荐|发动)了?$/u;
/** What someone is organised to do: take part in, visit, compete, learn, meet buyers. */
const TAKE_PART = /^(?:参加|参与|参观|观摩|参赛|参展|学习|对接|考察|出席)[\u4e00-\u9fffA-Za-z]{0,14}$/u;
const COUNT = "[\\d零〇一二两三四五六七八九十百千万几]+(?:多|余|来)?";

/** What the counted were organised to do, said after them in `text` (参加科技成果交易会), or undefined. */
export function organisedFor(text: string, raw: string, counted: string): string | undefined {
  const t = toSimplified(text);
  const at = t.indexOf(`${raw}${counted}`);
  if (at < 0) return undefined;
  const after = (t.slice(at + raw.length + counted.length).split(/[，,。；;\s]/u)[0] ?? "")
    .replace(new RegExp(`^${COUNT}`, "u"), "")
    .replace(
      /^(?:去|到|赴|前往)[\u4e00-\u9fff]{1,8}?(?=参加|参与|参观|观摩|参赛|参展|学习|对接|考察|出席)/u,
      "",
    )
    .replace(/了$/u, "");
  return TAKE_PART.test(after) ? after : undefined;
}

/** The row's label for such a count (组织参加科技成果交易会的企业), or undefined when the label is no verb of organising. */
export function organisedLabel(
  label: string,
  done: string | undefined,
  counted: string | undefined,
): string | undefined {
  if (!done || !counted || !TAKE_PART.test(done) || !ORGANISED.test(label)) return undefined;
  return `${label.replace(/了$/u, "")}${done}的${counted}`;
}
