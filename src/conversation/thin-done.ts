import { closedReading } from "./closed-words.js";

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

/**
 * The manner any work may be done in, and who asked for it (按要求、如期、顺利、都、已经、该填的、相关、上面布置的):
 * said of a matter, they still do not say which.
 */
const MANNER =
  /按(?:照)?(?:要求|计划|规定|节点|时间节点|时|期|上面的意思|领导的意思)|如期|按时|顺利|圆满|基本上?|全部|全都|均|已经|已|早就?|都|也|放心|该[\u4e00-\u9fff]{1,2}的|相关的?|各项的?|(?:上面|上头|上级|领导|县里|市里)(?:要|布置|交代|安排)的/g;
/** Done with a verb of doing or handing over (落实、完成、备齐、填、交): at least one must be said. */
const DONE_VERB =
  /完成|落实|办结|办妥|到位|搞定|结束|备齐|备好|齐全|齐|提交|上报|报送|交|报|发|传|送|填|弄|搞|办|做|整|闹|对接|跑|核对|核|审|改|定/g;
/** Done: the state the doing reached. */
const DONE_STATE = /[了完好齐妥掉过已]|完成|落实|办结|办妥|到位|搞定|结束/;

/**
 * 「任务都落实了 放心」「相关工作已按要求完成」「资料都备齐咯」「该填的表都填完了」: a verb of doing, done, and once
 * the manner, the verb and the closed-class words (closed-words.ts: pointers, things in general — 工作、任务、
 * 材料、表 — particles) are taken away nothing is left: the work is not said. 「收缴党费已完成」「走访完了」 keep
 * what was done and are read as before.
 */
function emptyDone(core: string): boolean {
  if ([...core].length > 14 || !DONE_STATE.test(core) || !new RegExp(DONE_VERB.source).test(core))
    return false;
  const left = core.replace(MANNER, "").replace(DONE_VERB, "");
  return left === "" || closedReading(left).named === "";
}

/** Whether the message says something done without saying what work it was. */
export function thinDone(core: string): boolean {
  return ([...core].length <= 14 && THIN_DONE.test(core)) || emptyDone(core);
}
