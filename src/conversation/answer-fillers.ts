/**
 * The small words around a short answer to a waiting question (answer-pending-question.ts): what opens it without
 * answering, what closes it, the keep said in so many words, and the slip owned with nothing else said.
 */

/**
 * The draft kept in so many words: 存上、存起来、存下、给我记上、报上去、交上去、就这么存 — with the particles of any
 * region after it (存下咯、记上噻、报上去嘛); 记到起、存倒起 (西南: 记着, round fifty-five); and 存/保存 said whole, a particle after it or not (存吧、那就保存吧、存嘛).
 */
export const KEEP_SAID =
  /(?:存|记|报|交)(?:上|起来?|下来?|进去|上去|着|到起|倒起)(?:吧|哈|啊|呀|嘛|咯|噻|撒|嘞|哦|喽|咧|了|呗)*$|就这么(?:存|记|报)|^(?:那就?|就|你就?|您就?)?(?:保存|存)(?:吧|哈|啊|呀|嘛|咯|噻|撒|嘞|哦|喽|咧|呗)*$/;

/**
 * Fillers opening a reply without answering anything: 等等、稍等、那个、呃; 那就 before 存/记/报/交 (那就存吧、那就交上去嘛);
 * 那 before a no (那不行、那不中、那可不行、那不用记、那要不得: "then", the no is what follows).
 */
export const ANSWER_FILLER =
  /^(?:等等|等一下|等下|稍等|慢着|那个|呃|额|唔|那(?:你|您)?就?(?=[存记报交提])|(?:你|您)就(?=[存记报交提])|那(?:可|就|也)?(?=不|要不得|莫|别|甭))+/;

/** 算了 (or 哎 算了) before an answer: it only turns away from what was offered. */
export const TURN_AWAY = /^(?:哎呀?|唉|嗨)?(?:算了)+[，,、\s]*/;

/** Particles that may close a short answer: 吧、啊、哈、就行. */
export const ANSWER_TAIL = /(?:吧|啊|呀|哈|了|的|嘛|呗|喽|咯|啰|啦|嘞|咧|哦|噢|就行|就好|就可以)+$/;

/** 「我记岔了」「哎呀 我搞混了」「是我记错咯」: a slip owned (edit-dropped.ts reads the same words beside a drop). */
export const SLIP =
  /^(?:刚才|刚刚|刚)?(?:是)?(?:我|俺|额|偶|咱)?(?:刚才|刚刚|刚)?(?:自己)?(?:记|看|搞|弄|算|数|想|听|写)(?:混|岔|错|差|叉)(?:了|咧|啦|嘞|哒|喽|咯|嘅)?$/u;
const SIGH = /^(?:哦|噢|哎|唉|哎呀|哎哟|哎吆|啊呀|嗨|不好意思|对不起|sorry)$/iu;

/**
 * 「我记岔了」「哎呀 我搞混了」 to a card, and nothing else: the card is wrong and the person has not said where — a no,
 * answered with 「哪里不对」 (README: 「不对」 on a card), never a chat line that leaves the wrong draft waiting for 确认.
 * With a figure or a keep beside it (「我记岔了 是4个」「记混了 不改了」) it is read as those say.
 */
export function slipOnly(norm: string): boolean {
  const clauses = norm.split(/[，,。；;！!～~\s]+/u).filter((c) => c !== "");
  return clauses.some((c) => SLIP.test(c)) && clauses.every((c) => SLIP.test(c) || SIGH.test(c));
}
