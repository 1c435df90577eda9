import type { DraftPart } from "./draft-model.js";
import { bodyOf } from "./part-texts.js";
import { wordsToAdd } from "./words-to-add.js";

/**
 * 「存在问题那块加一句经费保障不足」「（三）补一句：群众参与热情高」 (round fifty, console trial): the reviewer dictates a
 * sentence of their own. The offline drafter writes no word of its own, but it can put the reviewer's words in — the
 * same as 改写 does, without retyping the part: the sentence goes at the end of the part as a new item with no source
 * (it is the reviewer's text, not reported material), and 撤销上一步 takes it out again. Words that only say what kind
 * of thing to add (关于人才的、数据方面) or carry a figure (figures are the material's) are not taken as the sentence.
 */
export interface AddStep {
  kind: "add";
  words: string;
  said: string;
}

/** What only points at a kind of content (关于人才的、科普方面、相关情况), not a sentence to print. */
const POINTER = /^(?:关于|有关|对于?|针对|涉及)|(?:的|方面|相关|这块|那块|部分)$/u;

export function addStep(said: string): AddStep | undefined {
  const words = wordsToAdd(said);
  if (!words || POINTER.test(words)) return undefined;
  return { kind: "add", words, said };
}

/** The sentence as printed: the reviewer's words with the full stop of an item. */
export const addedSentence = (words: string) => `${words.replace(/[，,；;、\s]+$/u, "")}。`;

/**
 * The part with the sentence added at its end, or why not: the opening is a fixed formula (改写 it instead), and words
 * already there are not added twice.
 */
export function withSentence(p: DraftPart, words: string): DraftPart | { why: string } {
  if (p.kind === "opening")
    return { why: "开头是固定格式的一段话，不能在末尾追加；请用「改写 开头 新的文字」写整段" };
  const sentence = addedSentence(words);
  if (bodyOf(p).includes(words)) return { why: `这一部分已经写了「${words}」，没有重复添加` };
  return { ...p, items: [...p.items, { title: "", text: sentence, sourceIds: [], manual: true }] };
}
