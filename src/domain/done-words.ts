/**
 * Words that tell work has happened (the clause kinds' DONE), and the one reading of 了 as "done" that the clause
 * kinds, a part of the day told as over (day-part.ts) and the written form of a done verb (drafting/clean-chat.ts) share.
 */

/** Words that 了 opens (了解、了结、了如指掌): no completion in them. */
export const LE_OPENS_WORD = "解|结|如指掌";

/**
 * 了 after a verb, telling something done (来了、看了、坐满了): not in a word it makes with the character before
 * (为了、除了、成了、受了、对了、到了、得了、占了; 不了、没了 say it cannot be or is gone), nor opening a word.
 */
export const PERFECTIVE_LE = `(?<![为成受除对到得占不没])了(?!${LE_OPENS_WORD})`;

/** Aspect and completion words: the work has happened. */
export const DONE = new RegExp(
  `${/已(?!知|婚)|[已以]经?(?:完成|建成|开展|组织|召开|举办|发放|下达|报送|上报|报|全部|办|整改|落实|实现|累计|转发|印发|启动|开工|竣工|通过|验收|签约|到位|拨付|兑付|录入|形成|制定|出台)|(?<!不|未|没|再)完成(?!率)|争取到/.source}|${PERFECTIVE_LE}|${/^(?:我们|俺们|咱们|阿拉|我哋)(?:都|就|也)?是(?:用|拿|按|在|跟|请|改用|换)[^，。；]{1,10}?(?:讲|说|教|做|搞|办|弄|上)的(?=$|[，。；！!\s])|(?:现在|目前|今年|累计)[^，。；]{0,3}到了(?=[\d一二两三四五六七八九十]|百分之)|正在|圆满|顺利|截[至止]|累计|实现了|达到了|今天|昨天|昨晚|上午|下午|(?<!(?:喊|叫|让|限|要求|通知|督促)[^，。；]{0,6})(?:本周|这周)(?!内|末|[六日天]|[一二三四五](?:之|以)?前)|上周|(?:本|这个?)月(?![底末内]|[上中下]旬|[\d一二三四五六七八九十]{1,3}[号日])|(?:本|这)学期(?![末底])|(?:本|这个?)季度(?![末底])|当月|今年(?!(?:[\d一二三四五六七八九十]{1,2}月(?:份|底|末|[上中下]旬)?|年?底)(?:之|以)?前|年?内)|上半年|全年共|共计|完成率|参(?:演|训|会|赛|加)(?:人员|人数|群众|单位|的)?[^，。；]{0,3}?[\d一二两三四五六七八九十百千]/.source}`,
);
