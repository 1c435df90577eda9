import { cleanText } from "../domain/safe-text.js";
import type { Incoming } from "./types.js";
import { withoutStruckOut } from "./struck-out.js";
import { withoutTypedAddress } from "./typed-address.js";

/** Longest message we accept as one update; longer ones are refused before anything is stored. */
export const MAX_MESSAGE_CHARS = 5000;

export type InputProblem = "non-text" | "empty" | "emoji-only" | "too-long";

const EMOJI_OR_SYMBOL =
  /(?:\p{Extended_Pictographic}|\p{Emoji_Presentation}|\p{Emoji_Modifier}|\u200d|\ufe0f|\s|\p{P}|\p{S})/gu;

/**
 * Clean a message before anything looks at it: see domain/safe-text.ts cleanText; then words struck out (~~40~~ 45人)
 * and a copied message's 「（已编辑）」 go (struck-out.ts), and the bot's name typed as text (typed-address.ts).
 */
export const cleanInput = (text: string): string => withoutTypedAddress(withoutStruckOut(cleanText(text)));

/**
 * What a client writes in text for what was not text — a chat copied or forwarded with its pictures and files in it:
 * 「[图片]」「[文件] 12月主题党日活动记录.docx」「【语音】」「[图片][图片]」. Only the placeholder (and a file's name)
 * is there, never the thing itself: it is answered as the thing would be, and nothing is stored (s32-d13). A place
 * or a contact card shared alone (「[位置]」「[名片]」, round fifty) is such a thing too (其他消息).
 */
const PLACEHOLDER =
  /^(?:[[【]\s*(图片|照片|截图|文件|附件|语音|视频|表情|动画表情|表情包|位置|定位|名片|image|photo|file|voice|video|sticker|location)\s*(?:\d{1,3}\s*(?:秒|s|″|")|\d{1,2}[:：]\d{2})?\s*[\]】]\s*(?:\d{1,2}[:：]\d{2}\s*|\d{1,3}\s*(?:秒|″|")\s*)?)+([^\n]{0,80}\.[a-z0-9]{2,5})?$/i;
const PLACEHOLDER_KIND: Record<string, Incoming["kind"]> = {
  图片: "image",
  照片: "image",
  截图: "image",
  image: "image",
  photo: "image",
  文件: "file",
  附件: "file",
  file: "file",
  语音: "audio",
  voice: "audio",
  视频: "video",
  video: "video",
  表情: "sticker",
  动画表情: "sticker",
  表情包: "sticker",
  sticker: "sticker",
};

/** The kind of content a text that is only a placeholder stands for, or undefined when it is text. */
export function placeholderKind(cleaned: string): Incoming["kind"] | undefined {
  const m = PLACEHOLDER.exec(cleaned.trim());
  return m ? (PLACEHOLDER_KIND[(m[1] ?? "").toLowerCase()] ?? "other") : undefined;
}

/** Why an input cannot be taken as a message, or undefined when it can. */
export function inputProblem(input: Incoming, cleaned: string): InputProblem | undefined {
  if (input.kind !== "text" || placeholderKind(cleaned)) return "non-text";
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
        video: "视频",
        other: "这类消息",
        text: "",
      }[kind];
      return `收到您的${what}，不过我目前只能读懂文字消息，这条没有保存。请把工作情况用文字发给我（可直接粘贴），谢谢！`;
    }
    case "empty":
      return "没有收到内容。请直接用文字告诉我本周做了哪些工作、有哪些数据；发送「帮助」查看用法。";
    case "emoji-only":
      return "收到～ 如需填报，请用文字描述工作内容和数据；发送「帮助」查看用法。";
    case "too-long":
      return `这条消息超过 ${MAX_MESSAGE_CHARS} 字，我没有保存。请分成几条发送（例如每个科室或每项工作一条），方便核对。`;
  }
}
