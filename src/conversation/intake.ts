import { randomUUID } from "node:crypto";
import { type Org, type Person, reportableSections, sectionName } from "../domain/org.js";
import { isoWeekOfDate, localDateString, parseDate } from "../domain/period.js";
import { type Extraction, type Update, extractedFields } from "../domain/update.js";
import { extractText } from "./extract-text.js";
import { cardReply, confirmCard, updateSubject } from "./render-update.js";
import { getState, setState } from "./state.js";
import type { Incoming, Reply, Services } from "./types.js";
import { confirmPending } from "./commands/confirm.js";
import { continueGuided } from "./guided.js";

/**
 * Free text from a staff member: either the next step of a dialogue in progress, or a new
 * update. A new update is stored at once as a *draft* (so nothing typed is lost), shown back,
 * and counts for the summary only once confirmed.
 */

const CONFIRM_WORDS = new Set([
  "好",
  "好的",
  "对",
  "对的",
  "是",
  "是的",
  "可以",
  "没问题",
  "确认",
  "ok",
  "OK",
  "Ok",
  "嗯",
  "行",
]);
const GREETINGS = /^(你好|您好|hi|hello|在吗|在么|早上好|下午好|晚上好|谢谢|多谢|辛苦了)[!！。.～~]*$/i;

type Known = Incoming & { person: Person };

export async function handleText(services: Services, input: Known, text: string): Promise<Reply[]> {
  const { store } = services;
  const person = input.person;
  const state = getState(store, person.id);

  switch (state.mode) {
    case "guided":
      return continueGuided(services, input, state, text);
    case "edit": {
      const u = store.getUpdate(state.updateId);
      if (!u) break;
      await setState(store, person.id, { mode: "confirm-edit", updateId: u.id, text });
      const preview = await extractText(services, text);
      return [
        confirmCard(
          services.org,
          { ...u, ...preview },
          `这是修改后的内容，确认后替换 #${u.seq} 的原内容（原内容保留在修改记录中）。`,
        ),
      ];
    }
    case "choose-section": {
      const chosen = pickSection(services.org, state.options, text);
      if (chosen) return chooseSection(services, person, state.updateId, chosen);
      if ([...text].length <= 12)
        return [sectionQuestion(services.org, state.options, store.getUpdate(state.updateId))];
      break; // a long message: a new update; the earlier one stays as a draft
    }
    case "confirm":
    case "confirm-edit":
      if (CONFIRM_WORDS.has(text.replace(/[!！。.～~\s]/g, ""))) {
        return confirmPending(services, person, state);
      }
      break;
    case "idle":
      break;
  }

  if (GREETINGS.test(text)) {
    return [
      {
        text: `${person.name}您好！直接发给我本周的工作情况（做了什么、关键数据、问题、下一步）即可填报；发送「填报」按提问逐项填写，发送「帮助」查看全部用法。`,
      },
    ];
  }
  return newUpdate(services, input, text, "chat");
}

/** Store a new draft update and show it, asking for the section first when it is unclear. */
export async function newUpdate(
  services: Services,
  input: Known,
  text: string,
  source: Update["source"],
  preset?: Partial<Pick<Extraction, "problems" | "plans">> & { section?: string },
): Promise<Reply[]> {
  const { store, org } = services;
  const person = input.person;
  const sections = reportableSections(org, person);
  if (sections.length === 0) {
    return [{ text: `您在名册中还没有所属科室，暂时无法填报。${org.contact}。` }];
  }
  if (![...text].some((c) => /[\p{L}\p{N}]/u.test(c)) || [...text].length < 4) {
    return [
      { text: "这条内容太短了，我没有保存。请描述具体做了什么工作、有哪些数据；发送「帮助」查看用法。" },
    ];
  }
  if (input.messageId) {
    // A redelivered or replayed message: show what was recorded, never record it twice.
    const already = store
      .listUpdates({ author: person.id })
      .find((u) => u.sourceMessageId === input.messageId);
    if (already)
      return [
        already.status === "draft"
          ? confirmCard(org, already)
          : { text: `这条消息已记录为 #${already.seq}。` },
      ];
  }
  const ex = await extractText(services, text);
  if (preset?.problems?.length) ex.problems = preset.problems;
  if (preset?.plans?.length) ex.plans = preset.plans;

  const options = sections.map((s) => s.id);
  let section = preset?.section && options.includes(preset.section) ? preset.section : undefined;
  if (!section) {
    if (options.length === 1) section = options[0];
    else {
      const hinted = ex.sectionHints.filter((h) => options.includes(h));
      if (hinted.length === 1) section = hinted[0];
    }
  }

  const earlier = getState(store, person.id);
  const now = services.clock.now();
  const date = localDateString(now, services.timezone);
  const at = now.toISOString();
  const suggested = section ?? ex.sectionHints.find((h) => options.includes(h)) ?? options[0]!;
  const update = await store.addUpdate({
    id: randomUUID(),
    seq: 0,
    author: person.id,
    section: suggested,
    date,
    week: isoWeekOfDate(parseDate(date)!),
    createdAt: at,
    updatedAt: at,
    ...extractedFields(text, ex),
    status: "draft",
    noProgress: false,
    source,
    sourceMessageId: input.messageId,
    history: [{ at, by: person.id, action: "created" }],
  });

  const replies: Reply[] = [];
  if ((earlier.mode === "confirm" || earlier.mode === "choose-section") && earlier.updateId !== update.id) {
    const prev = store.getUpdate(earlier.updateId);
    if (prev?.status === "draft") {
      replies.push({
        text: `上一条 #${prev.seq} 还没有确认，已保留为草稿；需要时发送「确认 ${prev.seq}」。`,
      });
    }
  }
  if (!section) {
    await setState(store, person.id, {
      mode: "choose-section",
      updateId: update.id,
      options: orderBy(options, ex.sectionHints),
    });
    replies.push(sectionQuestion(org, orderBy(options, ex.sectionHints), update));
    return replies;
  }
  await setState(store, person.id, { mode: "confirm", updateId: update.id });
  replies.push(confirmCard(org, update));
  return replies;
}

function orderBy(options: string[], hints: string[]): string[] {
  const rank = (id: string) => {
    const i = hints.indexOf(id);
    return i < 0 ? hints.length : i;
  };
  return [...options].sort((a, b) => rank(a) - rank(b));
}

export function sectionQuestion(org: Org, options: string[], u?: Update): Reply {
  const lines = options.map((id, i) => `${i + 1}. ${sectionName(org, id)}`);
  return cardReply({
    title: u ? `这条内容（#${u.seq}）属于哪个科室？` : "属于哪个科室？",
    template: "orange",
    blocks: [
      u
        ? `> ${[...u.normalizedText].slice(0, 60).join("")}${[...u.normalizedText].length > 60 ? "…" : ""}`
        : "",
      lines.join("\n"),
    ].filter(Boolean),
    buttons: options.map((id) => ({
      label: sectionName(org, id),
      command: `科室 ${sectionName(org, id)}`,
      ...(u ? { subject: updateSubject(u) } : {}),
    })),
    note: "回复序号或科室名称即可。",
  });
}

/** Match a reply to a section choice: a number from the list, an id, a name or an alias. */
export function pickSection(org: Org, options: string[], text: string): string | undefined {
  const t = text.replace(/^(科室|选|选择)\s*/, "").trim();
  const n = Number(t.replace(/[.、。]$/, ""));
  if (Number.isInteger(n) && n >= 1 && n <= options.length) return options[n - 1];
  const sections = org.sections.filter((s) => options.includes(s.id));
  const exact = sections.find((s) => s.id === t || s.name === t || s.aliases.includes(t));
  if (exact) return exact.id;
  const partial = sections.filter(
    (s) => t.length >= 2 && (s.name.includes(t) || s.aliases.some((a) => a.includes(t) || t.includes(a))),
  );
  return partial.length === 1 ? partial[0]!.id : undefined;
}

export async function chooseSection(
  services: Services,
  person: Person,
  updateId: string,
  section: string,
): Promise<Reply[]> {
  const { store, org } = services;
  const at = services.clock.now().toISOString();
  const u = await store.modifyUpdate(updateId, (x) =>
    x.section === section
      ? x
      : {
          ...x,
          section,
          updatedAt: at,
          history: [
            ...x.history,
            { at, by: person.id, action: "section-changed", note: `${x.section} → ${section}` },
          ],
        },
  );
  if (u.status === "draft") {
    await setState(store, person.id, { mode: "confirm", updateId: u.id });
    return [confirmCard(org, u)];
  }
  await setState(store, person.id, { mode: "idle" });
  return [{ text: `已把 #${u.seq} 改到「${sectionName(org, section)}」。` }];
}
