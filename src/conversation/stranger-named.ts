import { NUDGE_VERB } from "./nudge-words.js";

/**
 * A person's name that is on no roster, said by a leader chasing someone: 「催一下张三」「提醒一下刘建军 让他…」「杨帆还没报
 * 催一下」 — a new hire not added yet, or a name misspelt. The name is said back (「名册中没有「张三」」), never read as
 * small talk and never chased as everyone. Only a common surname with one or two characters after it, standing alone
 * (the end, a mark, or a word that starts the next part); words that start with a surname and name nobody (周报、高企、
 * 任务、方案) are not names.
 */
const SURNAMES =
  "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵钱严武戴莫孔汤覃蒙黎蓝甘符邢庞翁柯詹岑卓";
const NOT_NAMES =
  /^(?:周[报末一二三四五六日天期]|高[企新校温]|任务|方案|金额|马上|白天|龙头|江边|田间|石材|余下|常规|程序|许可|段落|武装|严格|夏天|秋天|毛坯|钱款|孔洞|汤汁)/;
const NAME = `[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?`;
const END = "(?=$|[\\s，,。！!？?、~～]|让|叫|把|赶紧|赶快|快点|报|交|填|还|这周|本周)";
const AFTER_CHASE = new RegExp(`${NUDGE_VERB}(?:一下|一哈|一声|下)?(${NAME})${END}`, "u");
const BEFORE_MISSING = new RegExp(`^(${NAME})(?:还|咋|怎么|怎么还)?(?:没有?|冇|未)(?:报|交|填)`, "u");

export function strangerNamed(norm: string): string | undefined {
  const said = (AFTER_CHASE.exec(norm) ?? BEFORE_MISSING.exec(norm))?.[1];
  return said && !NOT_NAMES.test(said) ? said : undefined;
}
