import type { Intent } from "./classify-intent.js";
import { findFigures } from "../domain/figure-scan.js";

/**
 * Whether a 修改 read on an update is an edit asked for now. The request is the verb said to the bot,
 * and a mistake named beside it may only be why it is asked:
 * - a look asked (看看、看下、瞅瞅、瞄一眼、睇下、给我看、调出来) with no new value and no change asked
 *   (「第3条俺瞅瞅写哩对不对」「5号那条我想看下 看有没有写错」「第4条改了啥 给我看看修改记录」) is 查看
 *   that update — 写错、对不对、不对劲、修改记录 are why it is looked at;
 * - the sender's own edit put off (「第3条里的人数我再核一下 回头改」「那条我晚点自己改」) asks nothing now.
 * An edit with what to change (改成、应该是、a new figure), or asked of the bot (帮我改、咋改), stays 修改.
 */
const LOOK_ASKED =
  /看看|查一下|查下|查查|看下|看一下|看一眼|看一哈|看哈|瞅瞅|瞅一眼|瞅一下|瞅下|瞄一眼|瞄瞄|瞄下|瞄一下|瞧瞧|瞧一眼|瞧一下|瞧下|睇下|睇睇|睇一睇|睇吓|(?:给|发|拿给)我看|调出来|翻出来|拿(?:来|过来|出来)(?:我|给我)?看/;
const CHANGE_ASKED =
  /改成|改为|换成|应该是|应该为|应为|正确的?是|其实是|(?:帮|给|替)(?:我|忙)?改|(?:咋|怎么|如何)改|改(?:一下|下|掉|过来|正)|更正|修改一下|重新(?:写|填|改)|删|撤|作废|恢复|还原|不要了/;
/**
 * What it became or how it was changed, asked (改成啥样了、改成怎么样了、改成什么了、咋改的、修改记录、改之前写的啥、原来写的啥):
 * a look at the update and its history — 查看 shows both — not a change asked.
 */
const HISTORY_ASKED =
  /改成(?:了)?(?:啥|什么|哪样|啥样|什么样|怎么样|怎样|咋样|多少|几)(?:子)?|改过的(?:版本|样子|内容)|(?:咋|怎么|如何|咋个)(?:样)?改的|修改(?:记录|历史)|改(?:之前|以前|前)(?:的|是|写)|原来(?:是|写)?(?:的)?(?:啥|什么|咋写|怎么写)|(?:之前|以前)(?:是)?(?:咋|怎么)写的|改(?:了|过)些?(?:哪里|哪儿)/;
/** Put off by the sender: 回头改、晚点再改、等会儿我自己改、我再核一下. */
const PUT_OFF =
  /(?:回头|晚点|晚些|等会儿?|等下|过会儿?|改天|明天|下午|待会儿?)(?:我)?(?:自己|再)?(?:来)?改|我(?:自己)?再(?:核|对|看|查)(?:一下|下|核|对)?/;

export function editOrLook(intent: Intent, norm: string): Intent {
  if (intent.kind !== "command" || intent.command !== "修改") return intent;
  const newValue = findFigures(norm.replace(/第?\s*\d{1,4}\s*(?:条|号)|#\s*\d{1,4}/g, "")).some(
    (f) => f.figure.unit !== "",
  );
  const asked = new RegExp(`${HISTORY_ASKED.source}|修改记录|改了(?:啥|什么|哪些|哪里)|改过`, "g");
  if (newValue || CHANGE_ASKED.test(norm.replace(asked, ""))) return intent;
  const looks = LOOK_ASKED.test(norm) || HISTORY_ASKED.test(norm);
  const putOff = !looks && PUT_OFF.test(norm);
  if (!looks && !putOff) return intent;
  if (putOff) return { kind: "smalltalk", topic: "later" };
  // 「/ref 修改 #5 …」 on the update found by reference; 「修改 3 …」 by its number.
  const ref = /^\/ref 修改 (\S+)/.exec(intent.text);
  const byNumber = ref && /^#(\d{1,6})$/.exec(ref[1]!);
  if (byNumber) return { kind: "command", command: "查看", text: `查看 ${byNumber[1]}` };
  if (ref) return { kind: "command", command: "查看", text: `/ref 查看 ${ref[1]}` };
  const n = /^修改\s+(\d{1,6})(?:\s|$)/.exec(intent.text)?.[1];
  return n ? { kind: "command", command: "查看", text: `查看 ${n}` } : intent;
}

/**
 * 「这个咋改的 我看看」「这条么样改的 我看下」「那个改成啥了」: how the update just talked about was changed, asked
 * with nothing waiting and no number — a look at the latest update and its history (查看 shows both), never the
 * put-off 「我看看」 says alone nor the how-to of 修改. A change asked beside it (改成50, 帮我改) is not this.
 */
const THIS_ONE = /^(?:这个|这条|那条|那个|这|那)(?:是|又|都|到底)?/;
export function historyOfLatest(norm: string): Intent | undefined {
  const m = THIS_ONE.exec(norm);
  if (!m) return undefined;
  const rest = norm.slice(m[0].length);
  const history = new RegExp(
    `^(?:${HISTORY_ASKED.source})(?:来着|来|了|呀|啊|哦|呢|嘞|咧)?(?:$|[\\s，,。？?!！])`,
  );
  if (!history.test(rest)) return undefined;
  const after = rest.replace(new RegExp(HISTORY_ASKED.source, "g"), "");
  if (CHANGE_ASKED.test(after) || /\d/.test(after)) return undefined;
  const tail = after.replace(/^(?:来着|来|了|呀|啊|哦|呢|嘞|咧)?[\s，,。？?!！]*/, "");
  if (tail !== "" && !LOOK_ASKED.test(tail) && !/^(?:我|给我)?(?:看|瞧|瞄|瞅|睇)/.test(tail))
    return undefined;
  return { kind: "command", command: "查看", text: "/ref 查看 recent" };
}
