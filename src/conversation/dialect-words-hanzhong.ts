/**
 * 陕南 (汉中) 西南官话 words typed in Mandarin chat, folded after the other dialect folds (dialect-words.ts spreads
 * these last; 莫得、啥子、啷个、巴适、噻 are read there already). Round forty (blind87 沔川县). Used for understanding
 * only; what is stored is the message as written.
 *
 * - 莫 as 没 before a what-word or a word of what a week brings (莫啥子进展、莫什么动静、莫多少变化、莫进展): none of it —
 *   莫 before a verb (莫搞、莫急、莫报) is 别 and stays.
 */
export const HANZHONG_FOLDS: Array<[RegExp, string]> = [
  [/莫(?=啥|什么|甚么|多少|好多|进展|进度|动静|变化|起色|名堂|新的?(?:进展|情况|东西))/g, "没"],
];
