/**
 * Words about the report rather than the work, said before it: a request that something be counted
 * (「11月份的也算上吧 …」「上个月的也报一下哈：…」「之前漏报的一并算进去吧，…」「这个也记上 …」) and a pointer to a
 * photo sent before (「上面图是今天科普进校园的现场 …」「发的几张照片是昨天科技下乡的情况，…」). Neither is part of
 * the item nor of a figure's label. A photo pointer keeps what the photo shows: 「上面图是今天科普进校园的现场」 is
 * 「今天科普进校园」. Only at the start and only before a pause, so 「这个月也算上了培训的人数 一共120人」 stays.
 */
const WHEN =
  "(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月份?|上个?月|上周|上个?礼拜|前几天|前段时间|之前|前面|以前)";
const WHICH = `(?:${WHEN}(?:漏报|漏掉|没报|忘报)?的?(?:那?[条件个]事?)?|(?:之前|前面)?(?:漏报|漏掉|没报|忘报)的?|这个|这条|这件事?|那个|那条)`;
const COUNT_IN =
  "(?:也|一并|一起|顺便|都)(?:算上|算进去|算进来|报上|报一下|报下|记上|记一下|记下|写上|写进去|加上|补上|报了)";
const REQUEST = new RegExp(`^${WHICH}?${COUNT_IN}(?:吧|哈|啊|呀|哦|嘛)*\\s*[\\s，,。：:！!~～]+(?=\\S)`);

const PHOTO =
  /^(?:上面|下面|刚才|刚|刚刚)?(?:发的|发了|附上?的?|的)?(?:这|那)?(?:一|几|两|三)?(?:张|些)?(?:图片?|照片|相片|截图)(?:是|为|就是|拍的是)\s*/;
/** What the photo shows, said as a scene: 「…的现场」「…的情况」「…的照片」. */
const SCENE_END = /^([^\s，,。]{2,24}?)的?(?:现场|情况|场景|照片|图片)(?=[\s，,。；;]|$)/;

export function withoutReportAside(text: string): string {
  const t = text.replace(REQUEST, "");
  const photo = PHOTO.exec(t);
  if (!photo || photo[0].length === t.length) return t;
  const rest = t.slice(photo[0].length);
  return rest.replace(SCENE_END, "$1");
}
