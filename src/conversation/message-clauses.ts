import { intentText } from "./intent-lexicon.js";
import { judgeWork } from "./work-content.js";

/** The clauses of a message, cut at commas, stops, exclamations, tildes and spaces. */
export function clausesOf(norm: string): string[] {
  return spokenBreaks(norm)
    .split(/[，,。；;！!～~\s]+/)
    .filter((c) => c !== "");
}

/**
 * Voice input runs clauses together with no punctuation (「帮我把第三条删掉吧我发错了」): in a message
 * with no break of its own, a sentence particle followed by more words ends a clause (吧、嘛、啦、呀、
 * 啊、哈 — not the 哈 of 哈尔滨 or 哈哈).
 */
export function spokenBreaks(norm: string): string {
  if (/[，,。；;！!？?～~\s]/.test(norm)) return norm;
  return norm.replace(/(吧|嘛|啦|呀|啊|(?<!哈)哈(?![尔密哈]))(?=[\u4e00-\u9fff])/g, "$1，");
}

/** Whether a stretch of a message (the clauses around an answer or a closing) reports work on its own. */
export function reportsWork(text: string): boolean {
  return judgeWork(text, intentText(text).core) === "report";
}
