/**
 * 「无」 and the ways people say it: 没了、没啥、暂时没有、都没有、不用了、没啥问题、暂无困难、目前还没有
 * 计划、一切顺利… with a closing particle. Not 「没有经费」: what is lacking is the answer.
 */
const NONE =
  /^(?:暂时|目前|现在|这段时间|基本|基本上|也|倒是)?(?:还|都|也)?(?:无|没|没有|没了|没有了|暂无|没啥|没什么|没有什么|不存在|跳过|略|不用了?|none|skip)(?:啥|什么)?(?:大的?|特别的?|太大的?|明显的?|别的)?(?:问题|困难|难题|数据|打算|计划|安排|想法)?(?:了)?(?:[了啊呀吧呢哈嘞～~。.！!…]|\s)*$|^(?:一切|都|还|总体|基本)?(?:顺利|挺顺利|挺好|还好|还行|正常)(?:的)?(?:[了啊呀吧呢哈嘞～~。.！!…]|\s)*$/i;
/**
 * The none said the other way round, the thing first: 「毬事没有」「困难倒没有」「问题是没有」「啥也没有」 (Jin, northern
 * speech): what there might be, an optional 倒/也/都/是, then the negation closing it.
 */
const NONE_AFTER =
  /^(?:毬|球|屁|鸟|半点|一点)?(?:问题|困难|难题|难处|毛病|麻达|事|事儿|啥|什么|甚|么子)(?:倒|也|都|是|倒是|真|还)?(?:没|没有|木有|没得|莫得|么得|冇)(?:有|得)?(?:啥|了)?(?:[了啊呀吧呢哈嘞咧哩～~。.！!…]|\s)*$/u;

/** Whether an answer to a guided question says there is nothing to add there. */
export function saysNone(text: string): boolean {
  return NONE.test(text.trim()) || NONE_AFTER.test(text.trim());
}
