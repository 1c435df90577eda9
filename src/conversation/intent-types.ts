import type { Section } from "../domain/org.js";
import type { Guess } from "./command-guess.js";
import type { GuidedContext } from "./free-text-answer.js";
import type { SmallTalkTopic } from "./intent-lexicon.js";
import type { CommandTable } from "./match-command.js";
import type { SectionWaiting } from "./pending-answers.js";
import type { Vague } from "./vague-message.js";
import type { WorkMatter } from "./work-matter.js";

/**
 * The shapes of intent classification (classify-intent.ts): what the bot waits for, the context a
 * message is judged in, and what a message is.
 */
/** What the bot is waiting for from this person. */
export type Awaiting =
  | "nothing"
  /** A draft card was shown: 确认 / 修改 / 撤回. */
  | "confirm"
  /** The section of a draft. */
  | "section"
  /** The new text of an update (after 修改 N). */
  | "edit-text"
  /** An edit preview was shown. */
  | "edit-confirm"
  /** A question of the guided mode (填报). */
  | "guided"
  /** The guided mode's 「先选择科室」: a section, or the work itself (guided.ts takes it as answer 1). */
  | "guided-section"
  /** The bot asked whether an unclear message is a report. */
  | "report-or-not"
  /** The bot listed several drafts and asked which to confirm. */
  | "which-draft"
  /** The bot asked a leader which part of the draft a command meant. */
  | "part"
  /**
   * The bot asked a yes/no question whose yes (and maybe no) is a command: 要撤回 #3 吗？, or
   * 「您是想…吗？」 about a command it guessed (command-guess.ts) — one pending question either way.
   */
  | "yes-no"
  /** The bot listed updates, a button each, and asked which one: 要撤回哪一条？ */
  | "which-update";

export interface IntentContext extends GuidedContext {
  awaiting: Awaiting;
  /** The pending question is recent: a bare 好的 may answer it. */
  justAsked: boolean;
  /** The person's unconfirmed drafts. */
  pendingDrafts: number;
  /** A notice was answered with a 记为填报 button still on offer (a bare 好的 is no yes to it). */
  offeredReport?: boolean;
  /** The bot just asked what a vague message meant (ask-report, vague): 「不记 打错了」 answers it no. */
  vagueAsked?: boolean;
  /** The sections a section answer may name, in the order the bot listed them. */
  sections: ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>;
  /**
   * The roster's sections, all of them: an update moved to a section the person does not report for (「第一条其实是高企的
   * 帮我挪过去」 from 李明) is still 科室, which says honestly that the roster decides (section-move.ts).
   */
  rosterSections?: ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>;
  /** The numbers of all the person's drafts, ascending (draft-subset.ts reads 「前两条确认」 against them). */
  pendingSeqs?: readonly number[];
  /**
   * The person's latest update (draft or confirmed), when nothing is asked but a card was just
   * answered and they report for several sections: a section named then is that update's.
   */
  latestSeq?: number;
  /**
   * The number of the update whose withdrawal is the person's latest change, made recently while
   * nothing is asked: 「算了还是留着吧」 then keeps it (keep-withdrawn.ts).
   */
  justWithdrew?: number;
  /**
   * The number of the update whose confirming is the person's latest change, made just now while nothing is asked
   * and no draft waits: 「存吧」 then answers that card, told it is stored already (just-confirmed.ts).
   */
  justConfirmed?: number;
  /** The texts of those drafts, so 「防溺水那个和推文确认」 names some of them by their words (draft-subset.ts). */
  pendingTexts?: ReadonlyArray<{ seq: number; text: string }>;
  /** For a draft-number answer: the numbers the bot listed. */
  draftNumbers?: readonly number[];
  /**
   * The listed drafts' texts, so 「中药材那条」 names one of them (which-draft-answer.ts), and their
   * sections, so 「成果转化」 to drafts of two sections names the one filed there.
   */
  draftTexts?: ReadonlyArray<{ seq: number; text: string; section?: string }>;
  /** For a part answer: the command that asked, and its instruction. */
  partQuestion?: { command: string; rest: string; options?: readonly string[]; about?: "draft" };
  /** An earlier draft still waiting for its section while a newer card shows, as its question listed. */
  sectionWaiting?: SectionWaiting;
  /** Asked whether a report goes to another section (section-elsewhere.ts): the person's own, for 「我这边」. */
  ownSection?: string;
  /** The text of the update whose card was shown last (draft or just confirmed): words of it corrected. */
  shownText?: string;
  /** For an edit preview: the update's text before the edit and the text it would have after. */
  editing?: { before: string; after: string };
  /** 「这是改 #N，还是另一件事？」 waits: a typed answer is its button (edit-or-new-answer.ts). */
  editOrNew?: { seq: number; command: string };
  /** For a yes/no question: the command a yes runs, and the one a no runs (if any). */
  yesNo?: { yes: string; no?: string };
  /** For a which-update question: the listed numbers and the command each one's button sends. */
  updateChoice?: ReadonlyArray<{ seq: number; command: string }>;
  commands: CommandTable;
  leader: boolean;
  /** The roster's names, so a leader's 「李明报了啥」 names someone (leader-request.ts). */
  people?: readonly string[];
  /** The other staff and their section ids: 「算李明那块的」 to the section question (section-of-colleague.ts). */
  colleagues?: ReadonlyArray<{ name: string; sections: readonly string[] }>;
  /** The sections the shown draft's words point at (section-hints.ts), best first: which of a colleague's is meant. */
  shownHints?: readonly string[];
  /**
   * The second opinion asked before a report is stored (report-odds.ts): true asks instead.
   * Defaults to the shipped model; the leave-one-batch-out evaluation passes its own or none.
   */
  doubt?: ((text: string) => boolean) | null;
  /**
   * The learned command guess (command-guess.ts), consulted where the rules end unclear or in
   * small talk of no topic. Defaults to the shipped model; the evaluation passes its own or none.
   */
  guess?: ((text: string, ctx: IntentContext) => Guess | undefined) | null;
  /**
   * The learned second opinion on unclear vs small talk (talk-odds.ts), consulted where the rules end
   * in either with nothing but a card waiting. Defaults to the shipped model; the evaluation passes
   * its own or none.
   */
  talk?: ((intent: Intent, text: string, leader: boolean) => Intent) | null;
}

export type Intent =
  | { kind: "report" }
  /** `text` is the canonical command ("撤回 2") the engine runs through its table. */
  | { kind: "command"; command: string; text: string; guessed?: true }
  | { kind: "answer"; answer: "no" | "all" | "text" }
  /** `more`: work said with the yes to 「要记为工作填报吗？」 (「是的，另外…」), kept in the same draft. */
  | { kind: "answer"; answer: "yes"; more?: string }
  /** `seq`: the earlier draft whose section question it answers, not the card showing. */
  | { kind: "answer"; answer: "section"; section: string; seq?: number }
  | { kind: "answer"; answer: "sections"; sections: string[]; ordered: boolean } // section-answer.ts
  /** `left`: listed drafts the answer kept back (「第二条不要了」「2号我还得改改」): still drafts, said so. */
  | { kind: "answer"; answer: "number"; n: number; left?: readonly number[] }
  | { kind: "smalltalk"; topic: SmallTalkTopic }
  | { kind: "unclear"; suggest?: "withdraw" }
  /** A matter of one's work named with nothing done or asked of the bot (work-matter.ts): asked about. */
  | { kind: "unclear"; suggest: WorkMatter }
  /** Something wanted or pointed at, but what cannot be told (vague-message.ts): what is meant is asked. */
  | { kind: "unclear"; suggest: "vague"; vague: Vague }
  /** Not one's own work done (not-own-work.ts): asked about with its own offer; nothing stored. */
  | { kind: "unclear"; suggest: "away"; when?: string }
  | { kind: "unclear"; suggest: "assigned"; task: string }
  /** An update named with no clear action (第2条给我弄一下、3号那条): what to do with it is asked (ask-bare-number.ts). */
  | { kind: "unclear"; suggest: "update"; n: number }
  /** The learned guess names a command that changes data: asked about, never run unasked. */
  | { kind: "ask-command"; guess: Guess };
