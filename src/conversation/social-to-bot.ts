import type { Intent } from "./intent-types.js";
import { outingAsked } from "./outing-asked.js";

/**
 * 「陪俺唠会嗑呗」「给我讲个笑话听听」「你会累不嘛」「你们机器人过年放假伐」「你们机器人也要写总结不 哈哈」:
 * the bot asked to keep company, or asked about itself as if a person (tired, on holiday, writing its
 * own summary) — social, asking nothing the bot does (docs/understanding.md 第十四轮). Read before
 * any command word in it (写总结 is no 生成总结 here); answered with what the bot is. Pure; on core.
 */

/** Company asked for: 陪我聊聊、跟我唠会儿、讲个笑话、唱首歌; or a chat offered with no one named (聊会天呗、咱唠会儿吧). */
const COMPANY =
  /^(?:咱|咱们|咱俩|咱两个|俺们|我们)?(?:聊|唠)(?:会儿?|一会儿?|两句|几句|聊|唠)(?:天|嗑)?(?:呗|吧|呀|啊|哈)*$|^(?:你|您)?(?:能|可以|会)?(?:陪|跟|和)(?:我|我们)?(?:聊|唠|说说话|说会儿?话|玩|扯|侃|谈谈心)|^(?:你|您)?(?:能|可以|会)?(?:给我|跟我)?(?:讲|说)(?:个|一个|几个|段)(?:笑话|故事|段子)|^(?:你|您)?(?:能|可以|会)?(?:给我)?唱(?:首|个|一首)歌/;

/** The bot asked about as a person: the bot (or 你 alone) with a person's state, rest or chores. */
const AS_PERSON =
  /^(?:你|您|你们|机器人|小助手|助手|你们机器人|你这机器人)(?:也|都|还|会|要|用|得|有|过年|过节|周末|晚上)*(?:累|困|饿|休息|放假|下班|睡觉|吃饭|加班|写总结|交总结|报|发工资|领工资|有工资|拿工资|年终奖|过年|过节|谈恋爱|结婚|几岁|多大|男的|女的)(?:吗|么|不|没|嘛|呀|啊|哈|哦|呢|啦)*$/;

/**
 * Sorry for a late reply, said in clauses (刚才在开会 没顾上看 不好意思哈): an apology, each other clause
 * being where one was or what one missed — never the 看 or 刚才 of a request.
 */
const APOLOGY = /^(?:不好意思|抱歉|sorry|对不起|sorry啊)(?:啊|哈|哦|呀|了)*$/;
const WHERE_I_WAS =
  /^(?:刚才|刚刚|刚|之前|上午|下午|早上)?(?:一直)?(?:在)?(?:开会|忙|路上|下乡|开车|外面|村里|会上|培训)(?:呢|了|来着)?$/;
const MISSED =
  /^(?:刚才|刚刚|刚|我)?(?:一直)?(?:没|才)(?:顾上|顾得上|来得及|空|注意|注意到)?(?:看|回|瞅|瞧|看到|看见|回复)(?:到|见)?(?:消息|信息|你的消息)?(?:了|哈|啊)*$/;

export function lateReply(norm: string): Intent | undefined {
  const clauses = norm
    .split(/[，,。！!～~\s]+/)
    .map((c) => c.replace(/[^\p{Script=Han}a-z]/gu, ""))
    .filter((c) => c !== "");
  if (clauses.length < 2 || clauses.length > 4) return undefined;
  if (!clauses.some((c) => APOLOGY.test(c)) || !clauses.some((c) => MISSED.test(c))) return undefined;
  return clauses.every((c) => APOLOGY.test(c) || MISSED.test(c) || WHERE_I_WAS.test(c))
    ? { kind: "smalltalk", topic: "sorry" }
    : undefined;
}

export function socialToBot(core: string): Intent | undefined {
  const said = core.replace(/^(?:对了|那个|诶|哎|喂|嗯|来)+/, "").replace(/(?:哈哈+|呵呵+|嘿嘿+)$/, "");
  if ([...said].length > 16) return undefined;
  if (COMPANY.test(said) || AS_PERSON.test(said)) return { kind: "smalltalk", topic: "about" };
  // 「周末一起去钓鱼不」: a colleague asked out, talk among people (outing-asked.ts).
  return outingAsked(said);
}
