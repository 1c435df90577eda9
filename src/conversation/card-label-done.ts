/**
 * card43: a label still ending in the spoken 了 once it is written (指导茶农修剪了 12次, 约谈了 3个科室负责人, 毕业了 2家):
 * the cleaning writes the verbs it knows (发了 → 发放, 办了 → 举办, 授权了 → 授权) and leaves the rest with 了, which a
 * table row never has. The 了 goes; words where 了 is no aspect (为了、除了、罢了、算了), 上了/下了 (上了两堂 is 讲授,
 * not 上) and verbs that mean something else without it (走了 3人 is 3 people gone; 跑了、丢了、少了、没了) stay as said.
 * Only the card's display.
 */
const DONE_END = /(?<=[\u4e00-\u9fff]{2})(?<![为除罢算上下好完来去走跑死丢掉少多没])了$/u;

export function withoutDoneMark(label: string): string {
  return label.replace(DONE_END, "");
}
