/**
 * 「夜儿个群里有人撤回了一条消息 说的甚俺也没看着」「刚才手滑把发给我妈的微信撤回了 哈哈」「群里谁删了条语音」: a message
 * withdrawn in another chat — a group, WeChat, someone else's — is talk about the chat, not one of one's updates
 * withdrawn (no 撤回 to run) nor work done (nothing to store). Read by what is withdrawn (a message, a voice note, a
 * red packet: 消息、信息、微信、语音) and where or whose it was (群里、微信、朋友圈, someone else: 有人、别人、谁、边个、他);
 * an update named (这条填报、第3条、#3、草稿) is the withdraw rules' however it is said. Pure.
 */
const WITHDRAWN = /撤回|撤销|撤咗|删(?:了|咗|掉)|删除/;
const CHAT_THING = /消息|信息|微信|语音|通知|图片|聊天记录|红包|表情包/;
const ELSEWHERE =
  /群里|群上|群入面|群聊|微信|朋友圈|(?:有人|别人|人家|谁|边个|哪个|哪位|他们?|她们?|佢哋?)(?:又|刚|刚刚|刚才)?(?:撤回|撤销|撤咗|删)/;
const ONE_OF_MINE =
  /填报|草稿|第\s*(?:\d{1,4}|[一二两三四五六七八九十]{1,3})\s*条|\d{1,4}\s*号|#\s*\d|那条报|这条报/;
/** Talk about a chat is short. */
const MAX = 36;

/** Whether `norm` tells of a message withdrawn in another chat (a group's, WeChat's, someone else's). */
export function chatElsewhere(norm: string, core: string): boolean {
  return (
    [...core].length <= MAX &&
    WITHDRAWN.test(norm) &&
    CHAT_THING.test(norm) &&
    ELSEWHERE.test(norm) &&
    !ONE_OF_MINE.test(norm)
  );
}
