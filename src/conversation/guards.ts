import { cleanText } from "../domain/safe-text.js";
import type { Incoming } from "./types.js";

/** Longest message we accept as one update; longer ones are refused before anything is stored. */
export const MAX_MESSAGE_CHARS = 5000;

export type InputProblem = "non-text" | "empty" | "emoji-only" | "too-long";

const EMOJI_OR_SYMBOL =
  /(?:\p{Extended_Pictographic}|\p{Emoji_Presentation}|\p{Emoji_Modifier}|\u200d|\ufe0f|\s|\p{P}|\p{S})/gu;

/** Clean a message before anything looks at it: see domain/safe-text.ts cleanText. */
export const cleanInput = cleanText;

/** Why an input cannot be taken as a message, or undefined when it can. */
export function inputProblem(input: Incoming, cleaned: string): InputProblem | undefined {
  if (input.kind !== "text") return "non-text";
  if (cleaned.length === 0) return "empty";
  if (cleaned.replace(EMOJI_OR_SYMBOL, "").length === 0) return "emoji-only";
  if ([...cleaned].length > MAX_MESSAGE_CHARS) return "too-long";
  return undefined;
}

export function problemReply(problem: InputProblem, kind: Incoming["kind"]): string {
  switch (problem) {
    case "non-text": {
      const what = {
        image: "图片",
        file: "文件",
        sticker: "表情包",
        audio: "语音",
        other: "这类消息",
        text: "",
      }[kind];
      return `收到您的${what}，不过我目前只能读懂文字消息。请把工作情况用文字发给我（可直接粘贴），谢谢！`;
    }
    case "empty":
      return "没有收到内容。请直接用文字告诉我本周做了哪些工作、有哪些数据；发送「帮助」查看用法。";
    case "emoji-only":
      return "收到～ 如需填报，请用文字描述工作内容和数据；发送「帮助」查看用法。";
    case "too-long":
      return `这条消息超过 ${MAX_MESSAGE_CHARS} 字，我没有保存。请分成几条发送（例如每个科室或每项工作一条），方便核对。`;
  }
}
