/**
 * draft54: who came to an event, counted by a noun after the count (「果树修剪培训来了 90多个农户」「潮剧培训班来了六十几个学员」):
 * the card read 「果树修剪培训来了 90多个农户」 — the spoken verb, the people after their number. The row says who took part,
 * as a table does: 果树修剪培训参加农户 90多个. Only the card's display.
 */
const CAME_END = /^(.{2,16}?)(?:共|一共|总共)?(?:来了|到了|参加了|来咗|到咗|参加人数)$/u;
const PEOPLE =
  /^(?:农户|群众|村民|学员|学生|游客|家长|党员|干部|居民|老人|儿童|青年|传承人|演员|观众|市民|商户|企业主)$/u;

/** The row's label and its count without the people noun, or undefined. */
export function cameLabel(label: string, counted: string | undefined): string | undefined {
  if (!counted || !PEOPLE.test(counted)) return undefined;
  const m = CAME_END.exec(label);
  if (m) return `${m[1]}参加${counted}`;
  // draft55: 「…发资料400份 来了300多群众」 — the verb alone after the figure before it: who took part, with no event to name.
  return /^(?:来了|到了|来咗|到咗)$/u.test(label) ? `参加${counted}` : undefined;
}
