import { isLeader, type Person, reportableSections } from "../domain/org.js";
import { sectionHints } from "../domain/section-hints.js";
import type { Awaiting, IntentContext } from "./classify-intent.js";
import type { CommandTable } from "./match-command.js";
import { GUIDED_LAST } from "./guided-steps.js";
import { draftsForYes } from "./draft-hold.js";
import { justConfirmed } from "./just-confirmed.js";
import { sectionUnchosen } from "./section-unchosen.js";
import type { DialogueState } from "./state.js";
import type { Services } from "./types.js";

/** A pending question older than this is not answered by a bare 好的: the bot asks again. */
export const JUST_ASKED_MS = 12 * 60 * 60 * 1000;

/** What the classifier needs to know of the dialogue: read from the state and the store. */
export async function intentContext(
  services: Services,
  person: Person,
  state: DialogueState,
  commands: CommandTable,
): Promise<IntentContext> {
  const { store, org } = services;
  const drafts = await store.listUpdates({ author: person.id, status: "draft" });
  const mine = reportableSections(org, person);
  let sections = mine;
  let awaiting: Awaiting;
  let shownText: string | undefined;
  switch (state.mode) {
    case "confirm":
    case "choose-section": {
      const u = await store.getUpdate(state.updateId);
      shownText = u?.status === "withdrawn" ? undefined : u?.normalizedText;
      const open = u?.status === "draft";
      awaiting = !open ? "nothing" : state.mode === "confirm" ? "confirm" : "section";
      if (state.mode === "choose-section")
        sections = state.options.flatMap((id) => org.sections.filter((s) => s.id === id));
      // The card asks whether the report goes to the other section it names (section-elsewhere.ts).
      else if (state.elsewhere) sections = [...mine, ...org.sections.filter((s) => s.id === state.elsewhere)];
      break;
    }
    case "edit":
      awaiting = "edit-text";
      break;
    case "confirm-edit":
      awaiting = "edit-confirm";
      break;
    case "guided":
      awaiting = state.section ? "guided" : "guided-section";
      break;
    case "ask-report":
      awaiting = state.offered || state.vague ? "nothing" : "report-or-not";
      break;
    case "choose-draft":
      awaiting = "which-draft";
      break;
    case "choose-part":
      awaiting = "part";
      break;
    case "ask-command":
      awaiting = "yes-no";
      break;
    case "choose-update":
      awaiting = "which-update";
      break;
    default:
      awaiting = "nothing";
  }
  // An earlier draft still waiting for its section while this card shows (intake.ts).
  const earlier =
    state.mode === "confirm" && state.waiting ? await store.getUpdate(state.waiting.updateId) : undefined;
  const sectionWaiting =
    earlier && state.mode === "confirm" && state.waiting && sectionUnchosen(earlier)
      ? {
          seq: earlier.seq,
          sections: state.waiting.options.flatMap((id) => org.sections.filter((s) => s.id === id)),
        }
      : undefined;
  const edited = state.mode === "confirm-edit" ? await store.getUpdate(state.updateId) : undefined;
  const at = state.at ? Date.parse(state.at) : Number.NaN;
  const justAsked = !state.aside && (Number.isNaN(at) || services.clock.now().getTime() - at < JUST_ASKED_MS);
  // The update just reported or answered, for someone reporting for several sections: a section
  // named next, with nothing asked, is that update's (classify-intent.ts).
  const latest =
    awaiting === "nothing" && justAsked && mine.length > 1
      ? (await store.listUpdates({ author: person.id, status: ["draft", "confirmed"] })).reduce<
          number | undefined
        >((n, u) => (n === undefined || u.seq > n ? u.seq : n), undefined)
      : undefined;
  const withdrew = awaiting === "nothing" ? await lastWithdrawn(services, person) : undefined;
  const stored = awaiting === "nothing" ? await justConfirmed(services, person.id) : undefined;
  // Just after a card was answered (the state no longer names it): the latest update is the one shown.
  if (awaiting === "nothing" && justAsked && shownText === undefined)
    shownText = (await store.listUpdates({ author: person.id, status: ["draft", "confirmed"] })).reduce<
      { seq: number; normalizedText: string } | undefined
    >((a, u) => (a === undefined || u.seq > a.seq ? u : a), undefined)?.normalizedText;
  return {
    awaiting,
    justAsked,
    ...(withdrew === undefined ? {} : { justWithdrew: withdrew }),
    ...(stored === undefined ? {} : { justConfirmed: stored.seq }),
    // A draft waiting for its section cannot be confirmed by a yes: it is asked about after.
    // A held draft beside the card shown is not one a yes to that card could mean (draft-hold.ts).
    pendingDrafts: draftsForYes(
      drafts.filter((u) => !sectionUnchosen(u)),
      awaiting === "confirm" && state.mode === "confirm" ? state.updateId : undefined,
    ).length,
    sections,
    rosterSections: org.sections,
    colleagues: org.people
      .filter((p) => p.id !== person.id && p.sections.length > 0)
      .map((p) => ({ name: p.name, sections: p.sections })),
    pendingSeqs: drafts.map((u) => u.seq).sort((a, b) => a - b),
    pendingTexts: drafts.map((u) => ({ seq: u.seq, text: u.normalizedText })),
    ...(shownText === undefined ? {} : { shownText }),
    ...(shownText === undefined || awaiting !== "section"
      ? {}
      : { shownHints: sectionHints(shownText, org) }),
    ...(latest === undefined ? {} : { latestSeq: latest }),
    draftNumbers: state.mode === "choose-draft" ? state.seqs : undefined,
    draftTexts:
      state.mode === "choose-draft"
        ? drafts
            .filter((u) => state.seqs.includes(u.seq))
            .map((u) => ({ seq: u.seq, text: u.normalizedText, section: u.section }))
        : undefined,
    sectionWaiting,
    // 「记到高企，还是记在您这边？」 (section-elsewhere.ts): the one listed choice that is the person's own.
    ownSection: ownListed(state, mine),
    ...(state.mode === "ask-report" && state.offered ? { offeredReport: true } : {}),
    ...(state.mode === "ask-report" && state.vague && justAsked ? { vagueAsked: true } : {}),
    partQuestion:
      state.mode === "choose-part"
        ? { command: state.command, rest: state.rest, options: state.options, about: state.about }
        : undefined,
    editing:
      state.mode === "confirm-edit" && edited
        ? { before: edited.normalizedText, after: state.text }
        : undefined,
    ...(state.mode === "confirm-edit" && state.editOrNew && state.unsaved
      ? { editOrNew: state.editOrNew }
      : {}),
    yesNo: state.mode === "ask-command" ? { yes: state.yes, no: state.no } : undefined,
    updateChoice: state.mode === "choose-update" ? state.options : undefined,
    commands,
    leader: isLeader(person),
    guidedLast: state.mode === "guided" && !state.pick && state.step === GUIDED_LAST,
    people: org.people.filter((p) => p.id !== person.id).map((p) => p.name),
  };
}

/**
 * The update the person withdrew, when that withdrawal is the latest change to any of their updates
 * and was made within JUST_ASKED_MS (the 恢复 command's own 「刚撤回的」 reads the same, confirm.ts).
 */
async function lastWithdrawn(services: Services, person: Person): Promise<number | undefined> {
  const mine = await services.store.listUpdates({ author: person.id });
  const latest = mine.reduce<(typeof mine)[number] | undefined>(
    (a, u) => (a === undefined || u.updatedAt > a.updatedAt ? u : a),
    undefined,
  );
  if (latest?.status !== "withdrawn" || latest.history.at(-1)?.action !== "withdrawn") return undefined;
  const age = services.clock.now().getTime() - Date.parse(latest.updatedAt);
  return age < JUST_ASKED_MS ? latest.seq : undefined;
}

/** The card asks whether the report goes to another section (section-elsewhere.ts): the person's own one. */
function ownListed(state: DialogueState, mine: ReadonlyArray<{ id: string }>): string | undefined {
  return state.mode === "confirm" && state.elsewhere && mine.length === 1 ? mine[0]!.id : undefined;
}
