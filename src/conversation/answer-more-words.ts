import { changeNotNeeded, onlyAsides } from "./answer-words.js";
import { replyClauses } from "./clause-answer.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * Answers said with more words than the answer (docs/understanding.md 第十七轮): the question of 要记吗
 * answered in so many words beside thanks, the section meant after a no, the edit dropped while its
 * text is asked for, a value said alone after the figure said wrong.
 */

/** A clause that only gives a value: 90多个、是4家、大概九十几个人、一共1300. */
export const BARE_VALUE =
  /^(?:是|有|就|才|得|应该|应该是|大概|差不多|一共|总共|共)?(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万几]+)(?:多|余|来|几)?[\u4e00-\u9fff]{0,2}(?:了|吧|啊|哦|哈|嘛|呢)*$/;

/** 我是说、我说的是、我的意思是: what was meant, said again after a no. */
export const MEANT = /^\s*(?:我|俺|偶|我们)?(?:是说|说的是|的意思是|意思是|是讲|讲的是|指的是)/;

/**
 * To 「要记为工作填报吗？」: a clause that answers the question itself — 是、对、要、算 (it counts) — not
 * only acknowledges it (好、行、可以 with thanks close the question, docs/understanding.md 判断顺序).
 */
const IT_COUNTS =
  /^(?:嗯+|恩+)?(?:是|是的|是滴|是嘞|是啊|对|对的|对滴|对头|要|要的|要滴|要记(?:的|上|下|着)?|得记(?:上|下)?|算|算的|算是|算嘞|算滴|当然算|(?:算|是|属于|当然算)(?:工作|填报|工作填报)(?:的|吧|嘞|哈)?)$/;
/** 这是我们科的活、是我的工作、属于本股的业务: the matter said to be one's own section's work; 俺们科今年的重点 its key work (round fifty-three). */
const OWN_WORK_SAID =
  /^(?:这|这个|这事|这条|那)?(?:就|本来|本身)?(?:是|属于|算)?(?:我|我们|咱|咱们|俺|俺们|本)(?:科|股|科室|单位|局|部门|站|所)?(?:里)?(?:今年|全年|年度|年里)?(?:的?(?:重点|重点工作|重点任务|重点项目|主业|主责主业)|的?(?:活|活儿|工作|事|事情|事儿|业务|分内的?事|职责)|(?:组织|牵头|主办|承办|举办|搞|办)的(?:活动|事)?)(?:嘛|啊|呀|哈|嘞|撒|了|的|呢)*$/;
/**
 * 是工作上的事、是公家的事、工作上头的事情; 局里让干的、单位安排的、科里派的活、局里派的活路 (西南: 活路 = work)、领导交代的任务: the matter said to be work, or
 * given by the unit — the reason a yes gives (不是工作上的事 says no: the clause must open with the matter or 是/算/属于).
 */
const WORK_GIVEN_SAID =
  /^(?:这|这个|这事)?(?:也|就|本来)?(?:是|属于|算)?(?:(?:正事|正经事|公事)|(?:工作|公家|公务|单位|局里|科里)(?:上(?:头|面|边)?)?的(?:事|事情|事儿|活|活儿|活路|业务|东西)|(?:局里|单位|科里|领导|上面|上级|县里|组织)(?:让|叫|安排|派|交代|布置|交办)(?:我|俺)?(?:干|做|弄|办|去|搞|整)?的(?:活路|活|活儿|事|事情|任务|工作)?)(?:嘛|啊|呀|哈|嘞|撒|了|的|呢|咯)*$/;
/**
 * The yes, and what else is said: 「对 谢谢 下午又去了2个村」 — more of the work (a clause with a figure or
 * work of its own, none saying no) to keep with it. Undefined when no such yes.
 */
export function itCounts(
  norm: string,
  isWork: (clause: string) => boolean = () => false,
): { more?: string } | undefined {
  const clauses = replyClauses(norm);
  if (!clauses.some((c) => IT_COUNTS.test(c))) return undefined;
  const rest = clauses.filter(
    (c) => !IT_COUNTS.test(c) && !/^(?:嗯+|恩+|好的?|行)$/.test(c) && !onlyAsides([c]),
  );
  // 「算 这是我们科的活」「是 这是我分内的事」「算 是工作上的事」「算 局里让干的」: why it counts — the work one's own, or
  // work given by the unit, said after the yes.
  if (rest.length === 0 || rest.every((c) => OWN_WORK_SAID.test(c) || WORK_GIVEN_SAID.test(c))) return {};
  const more = rest.every((c) => !/不|别|没|莫|甭/.test(c) && (FIGURE.test(c) || isWork(c)));
  return more ? { more: rest.join("，") } : undefined;
}

/**
 * While the new text is asked for: every clause a no to changing it (不用改了、那不改了吧、算了、不用了、那句莫动了、这条别改了;
 * round fifty-three: 撤销修改、放弃修改 beside it) or thanks.
 */
const NO_EDIT =
  /^(?:哦|噢|嗯|啊|诶|哎)?(?:那|那就|就|还是)?(?:这句|那句|这条|那条|这个|那个|它)?(?:算了|不用了|不用|不改了|不改|不动了|先不改了|不需要了|(?:莫|别|甭|不要|覅)(?:再)?(?:动|改)(?:它|佢)?|(?:撤销|放弃|取消|撤回)(?:这次|这个|刚才的?)?(?:修改|改动))(?:吧|了|啦|哈|嘛)*$/;
/** 「保持原样」「按原来的」「原来写的也没错」「还是用它本来的说法」: the update kept as it stands — no new text either. */
const KEEP_ORIGINAL =
  /^(?:那|就|还是)*(?:保持|维持|照|按|用|就按|还按)?(?:它|佢)?(?:原样|原来的?|原先的?|之前的?|以前的?|本来的?|老样子)(?:那样|那个|那版|那条|那句|说法|讲法|写法|意思|的)?(?:就行|就好|就对了|来|吧|了|啦|哈|嘛)*$|^(?:原来|原先|之前)(?:的|写的|那个|那样|那样写的?|这样写的?)(?:也|就|本来)?(?:没错|对|对的|挺好|可以|行|没问题)(?:的|了|啊|吧)*$/;
const noEdit = (c: string) =>
  NO_EDIT.test(c) ||
  KEEP_ORIGINAL.test(c) ||
  changeNotNeeded(c.replace(/^(?:哦|噢|嗯|啊)?(?:那|那就)?/, ""), true);
export function dropsEdit(clauses: readonly string[]): boolean {
  const saying = clauses.filter((c) => !/^(?:哦|噢|嗯|啊|诶|哎|那)$/.test(c));
  return saying.some(noEdit) && saying.every((c) => noEdit(c) || onlyAsides([c]));
}
