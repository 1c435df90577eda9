import { toSimplified } from "../domain/normalize.js";
import { dialectWritten } from "../drafting/dialect-written.js";
import type { Figure } from "../domain/update.js";

/**
 * draft54: a count of places said after who went there or when (「特派员在 5个村开展果树修剪培训」「下个月去5个合作社调研」
 * 「文化站的同事伫8个村开展非遗进校园活动」): the card read 「特派员在 5个村」「2027年1月去 5个合作社」 — the sentence's
 * subject or its time, not what the count says. The row names the places by what was done there, said after the count:
 * 开展果树修剪培训的村 5个, 2027年1月调研的合作社 5个 (a time before 在/去 stays; a subject goes). Only the card's display.
 */
export const PLACE_COUNTED =
  /^(?:村|个村|行政村|自然村|镇|乡|乡镇|社区|学校|所学校|合作社|企业|景区|基地|点|站|村居|古村落|村落|传统村落)$/u;
/** A label that is who or when, then the verb of being or going somewhere. */
/** Lead55: a plan's modal before it goes with the subject (「明年打算在两个乡镇建…」「下个月准备去…」). */
const AT_END =
  /^(.{0,12}?)(?:打算|准备|计划|想|拟|要)?(?:又|再|还|也|分别)?(?:在|伫|到|去|赴|下到|走了|跑了|去了|到了)$/u;
const ACTIVITY =
  /^(?:开展|举办|组织|进行|调研|走访|宣传|宣讲|培训|巡诊|义诊|演出|检查|指导|摸底|送|建设|新建|建|创建|打造|设立)[\u4e00-\u9fffA-Za-z]{0,14}$/u;
const WHEN = /^(?:\d{4}年|明年|今年)?(?:\d{1,2}月)?(?:上旬|中旬|下旬|底|初)?$/u;
const NUMERAL = "[\\d零〇一二两三四五六七八九十百千万几]+(?:多|余|来)?(?:个|所|家|处)?";

/** What was done at the counted places, said after them in `text` (开展果树修剪培训), or undefined. */
export function placeActivity(text: string, raw: string, counted: string): string | undefined {
  const t = toSimplified(text);
  const at = t.indexOf(`${raw}${counted}`);
  if (at < 0 || !PLACE_COUNTED.test(counted)) return undefined;
  const after = (t.slice(at + raw.length + counted.length).split(/[，,。；;\s]/u)[0] ?? "").replace(
    new RegExp(`^${NUMERAL}`, "u"),
    "",
  );
  const done = dialectWritten(after)
    .replace(/(?:了|过)$/u, "")
    .replace(/(?<=活动)$/u, "");
  return ACTIVITY.test(done) ? done : undefined;
}

/** The row's label for such a count: when (not who), what was done there, the places; or undefined. */
export function placeLabel(
  label: string,
  counted: string | undefined,
  activity: string | undefined,
): string | undefined {
  // Lead54: 「在3个镇举办电商直播培训」, nothing before the count but 在: the label is the words after it (镇举办…).
  const rest =
    counted && PLACE_COUNTED.test(counted) && label.startsWith(counted) ? label.slice(counted.length) : "";
  if (rest && ACTIVITY.test(rest)) return `${rest}的${counted?.replace(/^个|^所/u, "")}`;
  if (!activity || !counted || !PLACE_COUNTED.test(counted) || !ACTIVITY.test(activity)) return undefined;
  const m = AT_END.exec(label);
  if (!m) return undefined;
  const before = m[1] ?? "";
  const when = WHEN.test(before) ? before : "";
  return `${when}${activity}的${counted.replace(/^个|^所/u, "")}`;
}

/** What a plan says is to be done at a target's counted places (「明年打算在两个乡镇建示范基地」: 建示范基地), or undefined. */
export function plannedAt(plans: readonly string[], f: Figure): string | undefined {
  if (f.kind !== "target" || !f.counted) return undefined;
  for (const plan of plans) {
    const raw = f.raw.endsWith(f.counted) ? f.raw.slice(0, -f.counted.length) : f.raw;
    const done = placeActivity(plan, raw, f.counted);
    if (done) return done;
  }
  return undefined;
}
