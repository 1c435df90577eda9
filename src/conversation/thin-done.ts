/**
 * 「申报材料交了」「数据已经报给县里了」「那边已经对接好了」「那三家跑完了」: something said done whose
 * matter is only pointed at (那边、那三家) or named in general (材料、数据、表格, at most a general word
 * before it: 申报、统计、上面要的) — the work itself is not said, so a careful colleague asks which
 * (docs/understanding.md 第十六轮) and nothing is stored, as 「材料交了」「材料报了」 were already
 * asked. The verb is one of handing over or of any doing; a recipient (给县里、给统计局) or a
 * direction (上去) says where, not what. 「统计表填了23家企业」「台账更新了 新增8家企业」 say more and are
 * read as reports elsewhere. Pure; on the intent text's `core` (no punctuation).
 */

/** Pointed at: 那边、这块、那个、那些、那三家、这几个. */
const POINTED =
  "(?:那|这)(?:边|头|块|些|批|[两三四五六七八九十几]*(?:个|家|户|项|件|份|条|所|位)(?:村|镇|乡|企业|单位|学校|合作社|基地)?)";
/** Named in general, with at most a general word before it. */
const GENERAL =
  "(?:(?:申报|统计|汇总|相关|上报|要报|报送|上面要|县里要|市里要|领导要)的?)?(?:材料|资料|数据|数字|表格|报表|表|台账|名单|文件|东西|事情?|事儿)";
/** Said before the verb: 都、已经、早就、我. */
const BEFORE = "(?:都|也|已经|已|早就?|我|俺|基本|全部|全)*";
/** Handing over, or a verb that stands for any doing. */
const VERB =
  "(?:提交|上报|报送|交|报|发|传|给|送|递|填|弄|搞|办|做|整|对接|跑|走|联系|沟通|落实|处理|核对|核|审|改|定|搞定|弄好)";
/** Where it went: 给县里、给统计局、上去、过去. */
const WHERE = "(?:(?:给|到)[\\u4e00-\\u9fff]{1,4}?|上去|上来|过去|下去|出去)?";
/** Done: 了、完、好、过. */
const DONE = "(?:了|完|好|过|掉|妥)+";
const TAIL = "(?:[啊呀哈嘛呢哦啦嘞咯喽噻撒吧])*";

const THIN_DONE = new RegExp(`^(?:${POINTED}|${GENERAL})+${BEFORE}${VERB}${WHERE}${DONE}${TAIL}$`);

/** Whether the message says something done without saying what work it was. */
export function thinDone(core: string): boolean {
  return [...core].length <= 14 && THIN_DONE.test(core);
}
