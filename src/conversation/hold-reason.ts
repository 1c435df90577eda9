/**
 * A card held with the reason it waits (round forty-seven, blind100 b100-d05, blind98 b98-d19, d46-d10): 「慢点 企业的申报材料还差几页」
 * 「莫慌 还差两个证明没盖章」「先莫存 等村里核实了数再说」「等等 村主任话要点过先」「等会儿 村支书说要再点一遍」. A wait word, and beside it
 * only why: something still missing (还差、还缺、没盖章、没签字), someone else to count or check first (等村里核实了), or someone's
 * word that it is to be counted again. The figures in the reason (两个证明、几页) are what is missing, not a correction, so
 * card-hold.ts's figure guard does not apply — this is read before it. Without a wait word nothing fires.
 */

/** Wait words western Mandarin and others add to card-hold.ts's: 慢点、慢些、莫慌、别急、等哈、等一哈、先莫存、先别存、先缓缓 (dlg54). */
const WAIT_WORD =
  /^(?:这条|这个)?(?:慢点|慢些|慢点儿|慢一点|慢着|莫慌|莫急|别慌|别急|不急|甭急|(?:先)?缓(?:一缓|缓|一下|下|两天|几天)|等等|等下子?|等一下子?|等哈|等一哈|等会儿?|稍等|且慢|先等等?|先(?:别|莫|不要|甭|唔|覅|不|没|冇)(?:忙着|急着)?(?:存|保存|确认|确定|记|提交|报)|(?:先)?(?:别|莫|不要|甭|不)(?:整|弄|搞|忙|急|慌)(?:着|起)?)(?:哈|啊|哦|嘛|呢|先|撒|噻)*$/u;

/** Something still missing: 还差几页、还缺两个证明、证明没盖章、还没签字、材料还没交齐 (no correction word beside it). */
const STILL_MISSING =
  /(?:还|都还|尚)(?:差|缺|少|欠)|(?:没|没有|未|冇|没得)(?:盖章|签字|签章|交齐|收齐|到齐|批下来|批复|审完|出来)|还(?:没|没有|未|冇|没得)(?:交|盖|签|批|审|齐|到|发|下来)/u;

/**
 * Someone else to count or check first: 等村里核实了数再说、等数核实了、等他们点完、等会计对完账. The subject may be anyone
 * (up to six characters) — card-hold.ts's CHECK reads only 等我/等俺.
 */
const OTHERS_CHECK =
  /^(?:等|待)[\u4e00-\u9fff]{0,6}?(?:核实|核对|核|对|点|清点|数|查|确认|复核|审)(?:了|完|好|过|清楚)[\u4e00-\u9fff]{0,2}?(?:再说|再报|再存|再确认|再定|再发)?(?:吧|哈|啊)*$/u;

/** Someone's word that it is counted or checked again: 村支书说要再点一遍、村主任话要点过先、会计讲还要对一下. */
const SOMEONE_RECOUNTS =
  /^[\u4e00-\u9fff]{1,5}?(?:说|讲|话|讲了|说了|交代)(?:还)?(?:要|得|让)?(?:再|重新)?(?:点|数|核|对|查|清点|核实|核对|算)(?:过|一遍|一下|下|一次|一哈|一道)?(?:先|才行|再说)?(?:吧|哈|啊)*$/u;
/**
 * 「村里还要再数一遍」「乡里还要再点一道」「村会计还在清点」 (dlg50): who still counts, and that the counting is still to
 * come or going on (还要再、还在) — the figures not settled yet. Beside a wait word only, as the others.
 */
const STILL_COUNTING =
  /^[\u4e00-\u9fff]{1,6}?(?:还|也)(?:要再|得再|要重新|在|正在)(?:点|数|核|对|查|清点|核实|核对|算|统计)(?:过|一遍|一下|下|一次|一哈|一道|一回)?(?:呢|嘞|哩|吧|哈|啊)*$/u;

/**
 * The counting going on as it is said (dlg54, blind107): 「嘎查会计还一袋一袋数着呢」「村里还在一户一户点着」「会计正对着账呢」 —
 * who counts, then 还/正/在, one by one (一X一X) at most, the verb of counting and 着. Beside a wait word only, as the others.
 */
const COUNTING_NOW =
  /^[\u4e00-\u9fff]{1,6}?(?:还|也|正)(?:在|正在)?(?:一[\u4e00-\u9fff]一[\u4e00-\u9fff])?(?:点|数|清点|核|对|算|统计|核对|核实)着(?:账|数)?(?:呢|嘞|哩|咧|噻|哦)*$/u;

/**
 * dlg56 (d55-d01, d56-d05, b109-d15): 「先莫整 我再问问镇上到底来了好多户」「先不忙 合作社说尺子量得不准 再量一回」 — a wait said with
 * a verb of doing (先莫整、先别弄、先不忙) and beside it why: a question to ask someone first about what is not known yet (再问问…
 * 到底来了几户), someone's word that the figure is off (说…不准、对不上), or measuring again (再量一回、重新称一下). Beside a wait
 * word only, as the others.
 */
const ASK_FIRST =
  /^(?:我|俺|偶)?(?:再|先|去|还要|还得|得)*(?:问问|问一下|问下|问一?哈|打听(?:一)?下|打听打听)[\u4e00-\u9fff]{0,16}$/u;
const SOMEONE_DOUBTS =
  /^[\u4e00-\u9fff]{1,6}?(?:说|讲|话|反映|觉得)[\u4e00-\u9fff]{0,8}?(?:不准|不对|有出入|对不上|有问题|搞错了|弄错了|错了)(?:呢|嘞|哦|哈)*$/u;
const MEASURE_AGAIN =
  /^(?:我|俺|他们|村里)?(?:还)?(?:要|得)?(?:再|重新)(?:量|称|测|丈量|点|数|清点|算)(?:一)?(?:遍|下|回|次|道|哈|趟)?(?:呢|嘞|哦|哈|撒)*$/u;

/** A correction or a withdrawal beside the wait makes it more than a hold. */
const MORE = /改成|改为|应该是|不是.{0,8}是|删|撤|第\s*[\d一二三四五六七八九十]+\s*条|#\s*\d/u;

/** True when the reply waits and gives only a reason of the kinds above (or checks by others said alone). */
export function heldWithReason(norm: string): boolean {
  if ([...norm].length > 40 || MORE.test(norm)) return false;
  const clauses = norm.split(/[，,。；;！!～~\s]+/u).filter((c) => c !== "");
  const reason = (c: string) =>
    STILL_MISSING.test(c) ||
    OTHERS_CHECK.test(c) ||
    SOMEONE_RECOUNTS.test(c) ||
    STILL_COUNTING.test(c) ||
    COUNTING_NOW.test(c) ||
    ASK_FIRST.test(c) ||
    SOMEONE_DOUBTS.test(c) ||
    MEASURE_AGAIN.test(c);
  if (clauses.length === 1) return OTHERS_CHECK.test(clauses[0]!);
  return (
    clauses.some((c) => WAIT_WORD.test(c)) &&
    clauses.some(reason) &&
    clauses.every((c) => WAIT_WORD.test(c) || reason(c))
  );
}
