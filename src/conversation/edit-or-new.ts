import { findFigures } from "../domain/figure-scan.js";
import { applyChanges } from "./correction-segments.js";
import type { TextHandler } from "./engine.js";
import type { Intent } from "./classify-intent.js";
import type { Known } from "./intake.js";
import { planCorrection } from "./plan-correction.js";
import { cardReply, updateSubject } from "./render-update.js";
import { type DialogueState, getState, setState, stampOf } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * While #2's edit preview waits for 确认, a short line with a figure #2 already counts, in #2's own words
 * (「哦还有 来了90个人」 when #2 says 来了80人, 「还有人数 90」): a second change to #2, or a new thing? Not
 * guessed — asked in one line with two buttons: 改 #2 (the preview again, with both changes) or 另记一条
 * (记为填报, which records the line). Nothing is stored meanwhile and #2's preview stays open. A line that
 * names work #2 does not (another place, another activity) is a report, as before.
 */
export function askEditOrNew(handler: TextHandler): TextHandler {
  return async (services, input, text, intent) => {
    const asked = await editOrNew(services, input, text, intent);
    return asked ? [asked] : handler(services, input, text, intent);
  };
}

/** What leads a line on: its words say nothing of the work. */
const LEAD = /^(?:哦|噢|喔|嗯|啊|呃|对了|还有就是|还有|另外|然后|补充一下|补充|再补一句|哦对)[，,。\s]*/u;
/** Words that name no work of their own (来的人是90个: 来 and 人 are #2's own; 的、是 are no one's). */
const FILLER = /[的了是有也都共总又还就个人呢啊吧哈嘛]/gu;
/** Longer than this, the line is a report of its own. */
const MAX_CHARS = 16;

async function editOrNew(
  services: Services,
  input: Known,
  text: string,
  intent: Intent,
): Promise<Reply | undefined> {
  // 「还有人数 90」 reads as chat to the classifier: a figure of #2's is asked about all the same.
  const chat = intent.kind === "smalltalk" && intent.topic === "other";
  if (intent.kind !== "report" && intent.kind !== "unclear" && !chat) return undefined;
  const state = await getState(services.store, input.person.id);
  if (state.mode !== "confirm-edit") return undefined;
  const u = await services.store.getUpdate(state.updateId);
  if (!u || u.status === "withdrawn") return undefined;
  let said = text.trim();
  for (let m = LEAD.exec(said); m && m[0] !== ""; m = LEAD.exec(said)) said = said.slice(m[0].length);
  if (said === "" || [...said].length > MAX_CHARS) return undefined;
  const figures = findFigures(said);
  if (figures.length > 1) return undefined;
  const plan = planCorrection(state.text, said);
  if (plan.kind !== "substitute") return undefined;
  // Every word left, beside the figure, is #2's own (its text, or what its figures count).
  const own = `${state.text}${u.figures.map((f) => `${f.context}${f.counted ?? ""}`).join("")}`;
  const rest = (figures[0] ? said.slice(0, figures[0].start) + said.slice(figures[0].end) : said)
    .replace(/[0-9０-９.零〇一二两三四五六七八九十百千万]+/gu, "")
    .replace(FILLER, "")
    .replace(/[^\u4e00-\u9fff]/gu, "");
  if (![...rest].every((ch) => own.includes(ch))) return undefined;
  const both = applyChanges(state.text, [plan]);
  const editOrNew = { seq: u.seq, command: `修改 ${u.seq} ${both}` };
  await setState(
    services.store,
    input.person.id,
    { ...state, unsaved: text, editOrNew },
    stampOf(services, input),
  );
  return askCard(u.seq, u, text, plan.from, plan.to, both, state);
}

function askCard(
  seq: number,
  u: Parameters<typeof updateSubject>[0],
  text: string,
  from: string,
  to: string,
  both: string,
  state: Extract<DialogueState, { mode: "confirm-edit" }>,
): Reply {
  const shown = [...text].length > 40 ? `${[...text].slice(0, 40).join("")}…` : text;
  const earlier = state.text !== both ? "（连同刚才那处修改）" : "";
  return cardReply({
    title: `这是改 #${seq}，还是另一件事？`,
    template: "orange",
    blocks: [
      `> ${shown}`,
      `#${seq} 里有「${from}」：是把它改成「${to}」${earlier}，还是另记一条新的填报？两样都还没有保存。`,
    ],
    buttons: [
      { label: `改 #${seq}`, command: `修改 ${seq} ${both}`, subject: updateSubject(u), style: "primary" },
      { label: "另记一条", command: "记为填报" },
    ],
    note: `也可以直接回复「改${seq}的」或「新的」。#${seq} 的修改预览还在：回复「确认」只保存预览里原来那处修改，「放弃修改」保持 #${seq} 原样。`,
  });
}
