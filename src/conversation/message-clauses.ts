import { intentText } from "./intent-lexicon.js";
import { judgeWork } from "./work-content.js";

/** The clauses of a message, cut at commas, stops, exclamations, tildes and spaces. */
export function clausesOf(norm: string): string[] {
  return norm.split(/[，,。；;！!～~\s]+/).filter((c) => c !== "");
}

/** Whether a stretch of a message (the clauses around an answer or a closing) reports work on its own. */
export function reportsWork(text: string): boolean {
  return judgeWork(text, intentText(text).core) === "report";
}
