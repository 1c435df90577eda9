import { alikeCard, filedAlike } from "./behalf-duplicate.js";
import { olderDrafts, olderLine, prevAndOlderLine } from "./older-drafts.js";
import { randomUUID } from "node:crypto";
import { type Org, type Person, reportableSections, sectionName } from "../domain/org.js";
import { isoWeekOfDate, localDateString, parseDate } from "../domain/period.js";
import { type Extraction, type Update, extractedFields } from "../domain/update.js";
import { sectionHints } from "../domain/section-hints.js";
import { looseSectionParts, markedSections, splitBySection } from "../domain/split-by-section.js";
import { extractText } from "./extract-text.js";
import { partsAtJoiner, unnamedLine } from "./parts-at-joiner.js";
import { forwardedColleagueSection } from "./forwarded-colleague.js";
import { halfWaiting, joinedText } from "./half-joined.js";
import { cardReply, confirmCard, updateSubject } from "./render-update.js";
import { partsFirst, sectionPartsQuestion } from "./section-parts-question.js";
import { ASK_SECTION_NOTE, sectionUnchosen } from "./section-unchosen.js";
import { elsewhereCard, sectionElsewhere } from "./section-elsewhere.js";
import { getState, setState, stampOf } from "./state.js";
import type { Incoming, Reply, Services } from "./types.js";

/**
 * Recording: a message the intent classifier took for a report becomes a *draft* update at once
 * (so nothing typed is lost), is shown back, and counts for the summary only once confirmed.
 * The section is asked for when the person reports for several and the text does not say which.
 */
/** `forColleague`: 代报 — filed under that colleague's sections, `reportedFor` them (report-for-colleague.ts). */
export type Known = Incoming & { person: Person; forColleague?: Person };

/**
 * Store a new draft update and show it, asking for the section first when it is unclear.
 * `askedFirst`: the person said it is work when the bot asked (「值班」→ 记为填报), so a short text
 * is stored rather than refused as too short — the bot offered to store it.
 */
export async function newUpdate(
  services: Services,
  input: Known,
  text: string,
  source: Update["source"],
  preset?: Partial<Pick<Extraction, "problems" | "plans">> & {
    items?: string[];
    section?: string;
    /** What a figure counts when the text does not say it next to it (a guided answer's 「四次」). */
    labels?: ReadonlyArray<{ raw: string; context: string }>;
  },
  askedFirst = false,
): Promise<Reply[]> {
  const { store, org } = services;
  const person = input.person;
  const sections = reportableSections(org, input.forColleague ?? person);
  if (sections.length === 0) {
    return [{ text: `您在名册中还没有所属科室，暂时无法填报。${org.contact}。` }];
  }
  // A leader with no section of their own: a stray line is no report until they say it is one
  // (the roster lets leaders report for any section, so the offer is made; nothing is stored).
  // 「转发 孙磊：…」: a colleague's update passed on by name goes to that colleague's section (forwarded-colleague.ts).
  const forwardedTo =
    person.sections.length === 0 && !preset?.section ? forwardedColleagueSection(text, org) : undefined;
  if (person.sections.length === 0 && !askedFirst && !preset && !forwardedTo) {
    await setState(store, person.id, { mode: "ask-report", text }, stampOf(services, input));
    const shown = [...text].length > 60 ? `${[...text].slice(0, 60).join("")}…` : text;
    return [
      cardReply({
        title: "这条要记为填报吗？",
        template: "orange",
        blocks: [
          `> ${shown}`,
          "您在名册中没有所属科室，这条我先没有保存。如果是要代某个科室记为工作填报，请点「记为填报」。",
        ],
        buttons: [
          { label: "记为填报", command: "记为填报", style: "primary" },
          { label: "不用", command: "不用记" },
        ],
      }),
    ];
  }
  if (![...text].some((c) => /[\p{L}\p{N}]/u.test(c)) || ([...text].length < 4 && !askedFirst)) {
    return [
      { text: "这条内容太短了，我没有保存。请描述具体做了什么工作、有哪些数据；发送「帮助」查看用法。" },
    ];
  }
  if (input.messageId) {
    // A redelivered or replayed message: show what was recorded, never record it twice.
    const made = (await store.listUpdates({ author: person.id, sourceMessageId: input.messageId })).filter(
      (u) => u.sourceMessageId === input.messageId,
    );
    // Filed as one update per section: show them all again.
    if (made.length > 1) return [{ text: splitText(org, made) }, ...made.map((u) => confirmCard(org, u))];
    if (made[0]) return replayCreated(services, input, made[0]);
  }
  const earlier = await getState(store, person.id);
  // 「上午在竹岭村」 waiting on its card: this report is the rest of it, joined into that draft (half-joined.ts).
  const half =
    source === "chat" && !preset && !input.forColleague
      ? await halfWaiting(services, earlier, text)
      : undefined;
  if (half) text = joinedText(half, text);
  const ex = await extractText(services, text);
  // The guided questions already say what each answer is: their sorting stands, even when empty.
  for (const { raw, context } of preset?.labels ?? [])
    for (const f of ex.figures) if (f.raw === raw && context) f.context = context;
  if (preset?.items?.length)
    ex.items = preset.items.map((t) => ({ text: t, figures: ex.figures.filter((f) => t.includes(f.raw)) }));
  if (preset?.problems) ex.problems = preset.problems;
  if (preset?.plans) ex.plans = preset.plans;
  // A figure's kind follows the part it was sorted into (「去企业跑了跑，大概七八家」 is work done).
  if (preset?.items)
    for (const f of ex.figures) {
      const kind = preset.items.some((t) => t.includes(f.raw))
        ? "achieved"
        : preset.problems?.some((t) => t.includes(f.raw))
          ? "problem"
          : preset.plans?.some((t) => t.includes(f.raw))
            ? "target"
            : f.kind;
      if (kind) f.kind = kind;
    }

  const options = sections.map((s) => s.id);
  const given = preset?.section ?? forwardedTo;
  let section = given && options.includes(given) ? given : undefined;
  // 「高企申报今年过了9家」 from someone whose one section is 特派员: asked, not filed there unasked (section-elsewhere.ts).
  const elsewhere = given || input.forColleague ? undefined : sectionElsewhere(org, person, text);
  if (!section) {
    if (options.length === 1) section = options[0];
    else {
      const hinted = ex.sectionHints.filter((h) => options.includes(h));
      if (hinted.length === 1) section = hinted[0];
    }
  }

  // One message about two of the person's sections: a draft for each, shown apart.
  // Sections opened by markers (高企那边… 项目这块…) are cut even when the words lean to one.
  const marked = !preset?.section && options.length > 1 && markedSections(text, org, options).length >= 2;
  const cutParts = section && !marked ? undefined : splitBySection(ex, org, options);
  // 「…技术转让合同 四十万 还有…引进了一个博士 安家费二十万」: two matters joined, each its section (parts-at-joiner.ts).
  // Parts by one keyword each are shown and asked (looseSectionParts, the 分成两条 card): left to that question.
  const asked = !section && looseSectionParts(ex, org, options);
  const joined =
    cutParts || preset || half || given || asked
      ? undefined
      : await partsAtJoiner(services, text, org, options);
  const parts = cutParts ?? joined?.parts;
  const suggested = section ?? ex.sectionHints.find((h) => options.includes(h)) ?? options[0]!;
  const drafts: Update[] = [];
  // One after the other, so the parts take consecutive numbers in message order.
  for (const p of parts ?? [{ text, extraction: ex, section: suggested }]) {
    const note = parts ? SPLIT_NOTE : section ? undefined : ASK_SECTION_NOTE;
    drafts.push(
      half && drafts.length === 0
        ? await joinHalf(services, input, half, p.text, p.extraction, p.section)
        : await addDraft(services, input, p.text, p.extraction, p.section, source, note),
    );
  }
  const update = drafts[0]!;

  const replies: Reply[] = [];
  let waiting = earlier.mode === "confirm" ? earlier.waiting : undefined;
  if (
    (earlier.mode === "confirm" || earlier.mode === "choose-section") &&
    !drafts.some((d) => d.id === earlier.updateId)
  ) {
    const prev = await store.getUpdate(earlier.updateId);
    // The question about the earlier draft is not answered by a new report: it waits, and is asked
    // again once this one is confirmed (confirmUpdate); its section is never guessed meanwhile.
    if (prev?.status === "draft") {
      // That question stays the one a bare 「1」 or a section name answers (intent-context.ts).
      if (earlier.mode === "choose-section" && sectionUnchosen(prev))
        waiting = { updateId: prev.id, options: earlier.options };
      // Drafts older still are named too: a colleague never lets them drop from sight (older-drafts.ts).
      const older = await olderDrafts(store, person.id, [prev, ...drafts]);
      replies.push({
        text: sectionUnchosen(prev)
          ? `上一条 #${prev.seq} 还没有选科室，已保留为草稿（没有计入总结）；这条确认后我再问您 #${prev.seq} 的科室。${olderLine(older)}`
          : older.length > 0
            ? prevAndOlderLine(prev.seq, older)
            : `上一条 #${prev.seq} 还没有确认，已保留为草稿；需要时发送「确认 ${prev.seq}」。`,
      });
    }
  }
  const stamp = stampOf(services, input);
  if (drafts.length > 1) {
    await setState(store, person.id, { mode: "choose-draft", seqs: drafts.map((d) => d.seq) }, stamp);
    const guessed = joined?.unnamed === undefined ? undefined : drafts[joined.unnamed];
    const told = guessed ? `\n${unnamedLine(guessed.seq, sectionName(org, guessed.section))}` : "";
    replies.push({ text: `${splitText(org, drafts)}${told}` }, ...drafts.map((d) => confirmCard(org, d)));
    return replies;
  }
  if (!section) {
    const own = partsFirst(org, orderBy(options, ex.sectionHints), update);
    // The section the text plainly names, not one of the sender's, is offered too — last, so the numbers of their own
    // sections stay what they always were (section-elsewhere.ts).
    const ordered = elsewhere && !own.includes(elsewhere) ? [...own, elsewhere] : own;
    await setState(
      store,
      person.id,
      { mode: "choose-section", updateId: update.id, options: ordered },
      stamp,
    );
    replies.push(sectionQuestion(org, ordered, update));
    return replies;
  }
  await setState(store, person.id, { mode: "confirm", updateId: update.id, waiting, elsewhere }, stamp);
  // The same work a colleague filed for them this week: asked whether it replaces that one (behalf-duplicate.ts).
  const alike = input.forColleague || elsewhere ? undefined : await filedAlike(services, person.id, update);
  replies.push(
    alike
      ? alikeCard(org, update, alike)
      : elsewhere
        ? elsewhereCard(org, update, elsewhere)
        : confirmCard(org, update),
  );
  return replies;
}

/** The half's draft rewritten to hold the whole report (half-joined.ts): its number kept, the join in its history. */
async function joinHalf(
  services: Services,
  input: Known,
  half: Update,
  text: string,
  ex: Extraction,
  section: string,
) {
  const at = services.clock.now().toISOString();
  return services.store.modifyUpdate(half.id, (u) => ({
    ...u,
    ...extractedFields(text, ex),
    section,
    updatedAt: at,
    history: [
      ...u.history,
      { at, by: input.person.id, action: "edited", messageId: input.messageId, note: "joined-half" },
    ],
  }));
}

/** History note on "created" when one message was filed as several updates, one per section. */
export const SPLIT_NOTE = "split-by-section";

export async function addDraft(
  services: Services,
  input: Known,
  text: string,
  ex: Extraction,
  section: string,
  source: Update["source"],
  note?: string,
): Promise<Update> {
  const now = services.clock.now();
  const date = localDateString(now, services.timezone);
  const at = now.toISOString();
  return services.store.addUpdate({
    id: randomUUID(),
    seq: 0,
    author: input.person.id,
    section,
    date,
    week: isoWeekOfDate(parseDate(date)!),
    createdAt: at,
    updatedAt: at,
    ...extractedFields(text, ex),
    status: "draft",
    noProgress: false,
    source,
    sourceMessageId: input.messageId,
    ...(input.forColleague ? { reportedFor: input.forColleague.id } : {}),
    history: [
      { at, by: input.person.id, action: "created", messageId: input.messageId, ...(note ? { note } : {}) },
    ],
  });
}

export function splitText(org: Org, drafts: Update[]): string {
  const list = drafts.map((d) => `#${d.seq}（${sectionName(org, d.section)}）`).join("、");
  return `这条消息说了 ${drafts.length} 个科室的工作，我按科室分成了 ${drafts.length} 条草稿：${list}。请分别确认，或回复「全部确认」；分得不对可以「修改」或「撤回」其中一条。`;
}

/**
 * The update this message already created: show it again and, when the crash came before the
 * dialogue state was written, put the question back (section first if it was asked).
 */
export async function replayCreated(services: Services, input: Known, u: Update): Promise<Reply[]> {
  const { store, org } = services;
  if (u.status !== "draft")
    return [{ text: `这条消息已记录为 #${u.seq}（${u.status === "confirmed" ? "已确认" : "已撤回"}）。` }];
  const state = await getState(store, input.person.id);
  const askSection = sectionUnchosen(u);
  const options = reportableSections(org, input.person).map((s) => s.id);
  const setLater = state.at !== undefined && state.at > u.createdAt && state.messageId !== input.messageId;
  if (!setLater && state.messageId !== input.messageId) {
    await setState(
      store,
      input.person.id,
      askSection ? { mode: "choose-section", updateId: u.id, options } : { mode: "confirm", updateId: u.id },
      stampOf(services, input),
    );
  }
  const now = await getState(store, input.person.id);
  if (now.mode === "choose-section" && now.updateId === u.id) return [sectionQuestion(org, now.options, u)];
  return [confirmCard(org, u)];
}

/**
 * Ask (again) for the section of a draft whose section was never chosen, and wait for it: the
 * options in the order the text suggests, as when it was first asked.
 */
export async function askSection(
  services: Services,
  input: Known,
  u: Update,
  lead?: string,
): Promise<Reply[]> {
  const { store, org } = services;
  const options = orderBy(
    reportableSections(org, input.person).map((s) => s.id),
    sectionHints(u.normalizedText, org),
  );
  await setState(
    store,
    input.person.id,
    { mode: "choose-section", updateId: u.id, options },
    stampOf(services, input),
  );
  return [...(lead ? [{ text: lead }] : []), sectionQuestion(org, options, u)];
}

/** The person's oldest draft still waiting for its section, other than `except`. */
export async function nextUnchosen(services: Services, personId: string, except?: string) {
  const drafts = await services.store.listUpdates({ author: personId, status: "draft" });
  return drafts.filter((u) => u.id !== except && sectionUnchosen(u)).sort((a, b) => a.seq - b.seq)[0];
}

function orderBy(options: string[], hints: string[]): string[] {
  const rank = (id: string) => {
    const i = hints.indexOf(id);
    return i < 0 ? hints.length : i;
  };
  return [...options].sort((a, b) => rank(a) - rank(b));
}

export function sectionQuestion(org: Org, options: string[], u?: Update): Reply {
  const parts = u ? sectionPartsQuestion(org, options, u) : undefined;
  if (parts) return parts;
  const author = u ? org.people.find((p) => p.id === u.author) : undefined;
  const theirs = author ? reportableSections(org, author).map((s) => s.id) : options;
  // A section offered because the text names it, though the sender does not report for it (section-elsewhere.ts).
  const other = (id: string) => (theirs.includes(id) ? "" : "（看内容像是这个科室的工作，不是您负责的科室）");
  const lines = options.map((id, i) => `${i + 1}. ${sectionName(org, id)}${other(id)}`);
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
  input: Known,
  updateId: string,
  section: string,
): Promise<Reply[]> {
  const { store, org } = services;
  const person = input.person;
  const at = services.clock.now().toISOString();
  // Choosing the section the bot had suggested still records the choice (it is no longer a guess).
  const before = await store.getUpdate(updateId);
  const moved = before?.section !== section;
  // The bot had asked which section (the draft's section was only a placeholder): the answer is a choice made,
  // not "nothing changed".
  const asked = before !== undefined && sectionUnchosen(before);
  const u = await store.modifyUpdate(updateId, (x) =>
    x.section === section && !sectionUnchosen(x)
      ? x
      : {
          ...x,
          section,
          updatedAt: at,
          history: [
            ...x.history,
            {
              at,
              by: person.id,
              action: "section-changed",
              note: `${x.section} → ${section}`,
              messageId: input.messageId,
            },
          ],
        },
  );
  if (u.status === "draft") {
    await setState(store, person.id, { mode: "confirm", updateId: u.id }, stampOf(services, input));
    // 「算党建的」 with the card already there: said that nothing moved, so the card shown again is no change.
    const said = asked
      ? `好的，#${u.seq} 记在「${sectionName(org, section)}」，请确认：`
      : moved
        ? `已把 #${u.seq} 改到「${sectionName(org, section)}」，请确认：`
        : `#${u.seq} 的科室就是「${sectionName(org, section)}」，没有改动，请确认：`;
    return [{ text: said }, confirmCard(org, u)];
  }
  await setState(store, person.id, { mode: "idle" }, stampOf(services, input));
  // Named the section it is already in: said so, nothing changed.
  if (asked) return [{ text: `好的，#${u.seq} 记在「${sectionName(org, section)}」。` }];
  if (!moved) return [{ text: `#${u.seq} 已经在「${sectionName(org, section)}」，不用改。` }];
  return [{ text: `已把 #${u.seq} 改到「${sectionName(org, section)}」。` }];
}
