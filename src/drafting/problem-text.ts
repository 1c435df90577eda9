import { cleanChat } from "./clean-chat.js";
import { trimEnd } from "./document-labels.js";
import { writtenProblem } from "./written-clauses.js";
import { withoutFeelings } from "./feeling-only.js";
import { problemTopicJoined } from "./topic-said-first.js";

/** A problem as the problems part writes it: chat cleaned, 「一是」「存在的问题：」 dropped; a feeling alone is none. */
export function problemText(said: string, date: string): string {
  // draft50: 「心里没底」「压力蛮大」 name no problem (feeling-only.ts); draft51: nor does such a clause of one.
  // draft56: the topic said first stays with the problem (topic-said-first.ts).
  const p = withoutFeelings(problemTopicJoined(said));
  if (!p) return "";
  // draft53: 「晚上急诊只有一个医生值班」: a part of the day in a problem is when it keeps happening (夜间), never the day it
  // was said (absoluteDates writes 晚上 said in a work clause as that day's date).
  const night = p.replace(/(^|[。；;，,\s])(?:晚上|夜里|夜晚|晚间|半夜|夜间)(?=[\u4e00-\u9fff])/gu, "$1夜间");
  const t = trimEnd(cleanChat(night, date)).replace(/^[一二三四五六七八九十]是/u, "");
  return writtenProblem(
    t.replace(
      /^(?:存在的?)?(?:问题|困难|不足)(?:嘛|呢|啊|吧)?(?:主要)?(?:就是|主要是|在于|是)?[：:，,]?/u,
      "",
    ),
  ).replace(/^[，,、；;]+/u, ""); // draft49: a judgement with nothing before it (还是老问题) starts no sentence with a comma
}
