/**
 * Short yes and no words by dialect group, read only as a WHOLE reply to a pending question (a
 * card, 「要记为工作填报吗？」, an edit preview, 「您是想…吗？」): 「成」「中」「厚」「免啦」 mean yes or no
 * only when nothing else is said, so 「中期评估报告已报送」「算了下今年培训了1200人次」 keep their
 * Mandarin reading (answer-pending-question.ts; docs/understanding.md 第十三轮). Read on the core
 * after the dialect folds (dialect-words.ts: 冇 → 没, 唔使 → 不用, 覅 → 不要, 嫑 → 不要, 俩 → 两个).
 */
const YES_WORDS: Record<string, readonly string[]> = {
  // 北京、东北: 得嘞您嘞、嗯呐、成、妥了、整吧、就这么着、没毛病、那必须、好使
  north: [
    "得嘞",
    "得咧",
    "得勒",
    "您嘞",
    "嗯呐",
    "嗯哪",
    "成",
    "妥",
    "妥妥",
    "齐活",
    "整吧",
    "就整",
    "弄吧",
    "就这么着",
    "就这么地",
    "就这么的",
    "没毛病",
    "那必须",
    "必须",
    "可不",
    "可不是",
    "好使",
    "行嘞",
    "中",
  ],
  // 河南、山东: 中、中嘞、管
  central: ["中嘞", "管", "管嘞"],
  // 江淮 (合肥、皖中): 照 (行)、照咧
  jianghuai: ["照"],
  // 西南、湘: 要得、对头、得行、阔以、嗯咯、好咯、就咯样
  southwest: ["要得", "要的", "对头", "得行", "阔以", "嗯咯", "嗯啰", "是嘞", "就咯样", "就咯"],
  // 粤: 系、啱、得、好嘅、OK晒
  yue: ["系", "係", "啱", "得", "好嘅", "ok晒", "无问题"],
  // 吴: 好个、对个、是个、蛮好
  wu: ["好个", "对个", "是个", "行个", "可以个", "蛮好", "交关好"],
  // 闽、台: 好喔、厚、嘿啊、着、好势、会使、按呢
  min: ["厚", "嘿", "着", "有啦", "好势", "会使", "会用得", "照按呢", "就按呢", "按呢", "安捏", "就安捏"],
  // 西北: 嫽、能成、对着呢、没麻达
  // 晋: 能行 (行)、就这 (就这样: 能行 就这哇, 哇 folded to 吧)
  jin: ["能行", "就这"],
  northwest: ["嫽得很", "嫽扎了", "嫽", "能成", "对着呢", "对着哩", "对着咧", "没麻达", "么麻达", "就这么个"],
  // 网上、随口: OK的、好滴、彳亍、就它了、行行行、对对对、嗯嗯嗯
  loose: [
    "好",
    "好的",
    "好滴",
    "好哒",
    "好der",
    "行",
    "对",
    "是",
    "嗯",
    "ok",
    "okk",
    "okay",
    "彳亍",
    "可",
    "可以",
    "没问题",
    "就它",
    "就这个",
    "就这样",
    "就这么办",
    "就这么定",
    "就这么弄",
    "就这么记",
    "存上",
    "记上",
    "存吧",
    "记吧",
    "存起来",
    "存起",
    "存下来",
    "记下来",
    "记起来",
    // Round fifty: put in (存进去、记进去、入进去、录进去、放进去、入库) — kept, as 存上 says.
    "存进去",
    "记进去",
    "入进去",
    "录进去",
    "放进去",
    "存进",
    "存入",
    "入库",
    // Round fifty-one: the figure found to match (对上了、这下对上了、对得上、都对上号了).
    "对上",
    "对上号",
    "对得上",
    "这下对上",
    "这回对上",
    "都对上",
    "全对上",
    "数对上",
    "数都对上",
    "都对上号",
    "数都对上号",
    // Round fifty-two: taken in (收下、收起来) and kept as it stands (先这么存、就这样存、照这个存).
    "收下",
    "收下来",
    "收起来",
    "这么存",
    "这样存",
    "先这么存",
    "先这样存",
    "就这么存",
    "就这样存",
    "照这个存",
    "照这样存",
    // Round fifty-four: kept as written (照着存、照着记、你写的就行), taken in (收、收进去 — 晋、蒙: 存).
    "收",
    "收了",
    "收进去",
    "收进来",
    "收上",
    "照着存",
    "照着记",
    "照着收",
    "写的就行",
    "你写的就行",
    "写得就行",
    "你写得就行",
    // Round fifty-five: taken into the record (收录 — 闽、客 and written speech: 存).
    "收录",
    "收录进去",
    "收录了",
    // 记到起、存倒起 (西南: 记着、存着 — kept).
    "记到起",
    "记倒起",
    "存到起",
    "存倒起",
  ],
};

const NO_WORDS: Record<string, readonly string[]> = {
  // 北方: 拉倒、甭、别整了、白扯、得了吧
  north: ["拉倒", "甭", "甭了", "别整", "别弄", "不整", "不好使", "白扯", "得了吧", "不中", "不管", "不成"],
  // 江淮: 不照 (不行)
  jianghuai: ["不照"],
  // 西南、湘: 不要得、要不得、莫搞、莫要、算球
  southwest: ["不要得", "要不得", "莫搞", "莫搞哒", "莫要", "莫记", "不得行", "算球", "算逑"],
  // 吴: 弗要、弗对、弗是、勿用 (覅 is folded to 不要)
  wu: ["弗要", "弗对", "弗是", "弗用", "勿用"],
  // 闽、台: 免、毋免 (毋 is folded to 不)、毋着、𣍐使
  min: ["免", "不免", "嘛免", "不着", "𣍐使", "不会使"],
  // 西北: 不能成 (嫑 is folded to 不要)
  northwest: ["不能成"],
  // 随口: 算了吧、不用不用、不了
  loose: ["算了", "不用", "不要", "不了", "不记", "别记", "不存", "别存"],
};

/** What may close or follow each word: particles of every group (咯、喔、噻、嘞、喇、嘅、个…), 了. */
const PARTICLES =
  "(?:了|啊|呀|哈|吧|的|嘞|啦|哦|呢|哒|滴|咯|喔|噢|哟|喽|咧|捏|噻|嘛|呗|呐|耶|喇|嘅|哇|哩|撒|唻|啵)*";

const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const whole = (words: Record<string, readonly string[]>) =>
  new RegExp(
    `^(?:(?:${Object.values(words)
      .flat()
      .sort((a, b) => b.length - a.length)
      .map(literal)
      .join("|")})${PARTICLES})+$`,
  );
const YES_WHOLE = whole(YES_WORDS);
const NO_WHOLE = whole(NO_WORDS);

/** A reply made only of yes words (or only of no words) of any dialect group; undefined otherwise. */
export function dialectAnswer(core: string): "yes" | "no" | undefined {
  if (core === "" || [...core].length > 12) return undefined;
  if (NO_WHOLE.test(core)) return "no";
  if (YES_WHOLE.test(core)) return "yes";
  return undefined;
}

/** Thanks and courtesy said beside an answer: 谢谢、感谢、感恩、辛苦了、麻烦你了、费心了、唔该 (folded to 谢谢). */
const COURTESY =
  /^(?:(?:谢谢|谢啦|谢了|多谢|感谢|感恩|辛苦|麻烦|有劳|费心|劳驾|劳烦)(?:你|您|侬|恁|你们|小助手|助手|了|啦|晒|哂|哈|啊|喔|哦|呀|嘞|咧|哟|嘛|啰|咯)*)+$|^(?:要是|如果|若是?)?不(?:麻烦|费事)(?:你|您)?的话$/;

/**
 * What may stand beside a command word or an answer without being more of it: thanks (with a time word
 * in front, 「今朝辛苦你哩」「今日多谢哩」, or whom for what after, 「谢谢领导关心」), a goodnight, a word that
 * there is no more (今天就这一条) or the rest comes later (晚点再报下午的), or an agreement (这回对了、莫得问题、
 * 么得事了). English thanks (thx) too.
 */
const ASIDE =
  /^(?:今天|今日|今朝|今儿|今晚|今个)?(?:(?:谢谢|谢啦|谢了|多谢|感谢|感恩|辛苦|麻烦|有劳|费心|劳驾|劳烦|烦劳|难为)(?:你|您|侬|恁|你们|大家|各位|领导|小助手|助手|了|啦|晒|哂|哈|啊|喔|哦|呀|嘞|咧|哟|嘛|啰|咯)*(?:关心|支持|帮忙|指导)?|thx|thanks|thank you|3q|晚安|拜拜|再见|回见|明天见|下班(?:了|咯|啦|喽)?|(?:就|只有|只)?(?:这一条|这条|这些|这么多)(?:了|啦|哈)?|没(?:有)?别的了|(?:这回|这下|这次)?(?:对了|对啦|没错|没(?:得|有|啥|什么)?(?:么|么子)?(?:问题|毛病|事))|(?:晚点|回头|等下|等会儿?|明天|下午|晚上)再(?:报|发|说|填)[\u4e00-\u9fff]{0,4})(?:了|啊|呀|哈|啦|哦|喔|嘞|咯|哟|吧)*$/;

/**
 * 「确认 今朝辛苦你哩」「全部确认 感谢」「确认，晚安」「确认 这回对了 谢谢」: everything said after a word that
 * needs nothing more only thanks, says goodnight or agrees — said beside it, not an argument of it.
 */
export function onlyAsides(clauses: readonly string[]): boolean {
  return clauses.length > 0 && clauses.every((c) => ASIDE.test(c) || COURTESY.test(c));
}

/**
 * 对了/对啦 (by the way when more follows) and 就是这样: a yes when only yes and courtesy are beside it. The change said
 * right now (这回改对了、这下弄对了、现在写对了) agrees the same way, and so does the change as shown said right (改成这样就对了,
 * round fifty-two).
 */
// Round fifty-three: the figure now the same as its source (这回数跟表上一样了、金额和合同上一致了) agrees too.
const AGREES =
  /^(?:哦|噢|啊|哎|诶)?(?:对了|对啦|对咯|就是这(?:个)?样(?:子)?|就是这个|就这样|就这|正是|没错|是这么回事|是这个事|(?:这回|这下|这次|现在)?(?:改|弄|写|搞|整)对(?:了|啦|咯)|(?:改|弄|写|搞|整)成这(?:个)?样(?:子)?(?:就)?(?:对|行|可以|好|中|对着)(?:了|啦|咯|哩|呢|咧|的)|(?:这回|这下|这次|现在)?(?:数|数字|数据|金额|人数|户数|亩数)?(?:跟|和|同|与)(?:表|表格|台账|合同|原件|底账|报表|发票|系统)(?:上|里|上面|里面)?(?:的)?(?:一样|一致|对上|对得上|对上号)(?:了|啦|咯))(?:的|吧|啊|哈|嘞|喔|哦)*$/;

/** 「就是这个样子」「正是」: agreement said as a clause of its own. */
export const agrees = (clause: string): boolean => AGREES.test(clause);

/**
 * 「改安逸了」「这回改巴适了」「这回改得可以 得劲」 to an edit's preview: the change praised in a dialect's words of "done
 * well" (西南 安逸/巴适/对头, 中原 得劲/中, 关中 攒劲), a yes word or two beside it — the change agreed to (round forty-nine).
 */
// Round fifty: 「这个改得板扎」 (滇黔 板扎 → 很好) and 「该记改得蛮好」 (吴 该记: this time; 蛮好、交关好) — the change named
// (这个、这条、该记) and praised with 很好/蛮好/挺好/不错.
const EDIT_PRAISED =
  /^(?:哦|噢|嗯|诶)?(?:这回|这下|这次|现在|这样|这个|这条|这里|该记|该个|这记|葛记)?(?:改|弄|写|搞|整)(?:得|的)?(?:对头|安逸|巴适|可以|得劲|舒服|攒劲|要得|中|美|很好|蛮好|交关好|挺好|不错|好|没毛病|没问题)(?:了|啦|咯|咧|哒|喽)?(?:的|吧|啊|哈|嘞|喔|哦|嘛|噻|撒)*$/;
const YES_BESIDE = /^(?:安逸|巴适|得劲|舒服|攒劲|要得|中|美得很|可以|好|行|对|对的)(?:了|啦|咧|得很)?$/;

/** Agreement to an edit's preview: said alone (AGREES), or the change praised in clauses that say nothing else. */
export function editAgreed(core: string, norm: string): boolean {
  if (AGREES.test(core)) return true;
  const clauses = norm.split(/[，,。！!～~\s]+/).filter((c) => c !== "");
  return (
    clauses.some((c) => EDIT_PRAISED.test(c)) &&
    clauses.every((c) => EDIT_PRAISED.test(c) || YES_BESIDE.test(c) || dialectAnswer(c) === "yes")
  );
}

/**
 * 「对啦 就是这样 感谢」「系呀，唔该晒你」: a reply in clauses, each a yes word (any dialect's), an
 * agreement or courtesy, at least one of them a yes — the yes, whatever 对啦 means before more words.
 */
const NOTHING_THE_MATTER = /^(?:没|莫|木)(?:得|有)?(?:啥|什么|么|么子|撒)?事(?:了|啊|哈|咯|撒|嘛|的|儿)*$/u;
/**
 * 「数我看了」「数我都核过了」「我都对过了」「每个数都跟台账对过一遍了」 (round fifty-four): the check said done on what the card says — said beside the yes (「数我都核过了 莫得
 * 问题 存嘛」), no yes of its own (round fifty-two). A check still ahead (再核一下) or a figure is no such clause.
 */
const CHECK_DONE =
  /^(?:每(?:一)?(?:个|条)数|数|数字|数据|内容|这条|这个|卡片)?(?:我|俺|额)?(?:都|也|全|已经|刚)?(?:(?:跟|和|同|照)(?:台账|账本|账|底账|原始记录|记录|表格?|单子|原件)(?:上)?)?(?:核|对|看|瞧|瞅|查|核对|核实|过目)(?:过|完|好)?(?:一遍|一下|一回)?(?:了|咧|哩|嘞|过)(?:一遍|一下)?$/u;

export function yesBesideCourtesy(clauses: readonly string[], isYes: (clause: string) => boolean): boolean {
  if (clauses.length < 2) return false;
  let yes = false;
  for (const c of clauses) {
    // 「冇得么事 存起来撒」: nothing the matter, said beside the yes (alone it may be 「never mind」).
    if (COURTESY.test(c) || NOTHING_THE_MATTER.test(c) || CHECK_DONE.test(c)) continue;
    if (AGREES.test(c) || isYes(c) || dialectAnswer(c) === "yes") yes = true;
    else return false;
  }
  return yes;
}

/**
 * 「不用改了」「没必要再动」「对 不用再改了」: no change wanted — the card (or the preview) is right as it
 * stands, a yes. To a card it is so as said; to an edit preview only with 再 (「不用再改了」), since
 * there 「不用改了」 alone may turn the edit down.
 */
const NOT_NEEDED =
  /^(?:那|就|也)?(?:不用|不需要|无需|用不着|没必要|不必|甭|别|莫)(再)?(?:改|修改|动|调整|调|变)(?:了|啦|哒|咯|吧|啊|嘞|嘛)*$/;

export function changeNotNeeded(clause: string, card: boolean): boolean {
  const m = NOT_NEEDED.exec(clause);
  return m !== null && (card || m[1] !== undefined);
}
