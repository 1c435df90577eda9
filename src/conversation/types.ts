import type { Org, Person } from "../domain/org.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/types.js";
import type { ButtonSubject } from "./button-subject.js";

export type { ButtonSubject } from "./button-subject.js";

/**
 * The transport-neutral shape of the dialogue. Feishu (long connection or webhook) and the
 * local console both turn what they receive into an `Incoming` and render the `Reply`s;
 * nothing under conversation/ knows which one it is talking to.
 */
export interface Incoming {
  /** The roster person, when the transport could identify the sender. */
  person?: Person;
  /** What the transport knows of an unidentified sender, for the "how to get added" reply. */
  senderLabel?: string;
  /**
   * An unidentified sender whose claim to be a roster person waits for an admin ("pending") or
   * was refused by one ("refused"); the reply says so instead of "you are not in the roster".
   */
  identityWaiting?: "pending" | "refused";
  /** The platform's account id of an unidentified sender (Feishu open_id), remembered for the admins. */
  senderId?: string;
  chat: "p2p" | "group";
  /** "text" for text and rich text flattened to text; anything else is politely refused. */
  kind: "text" | "image" | "file" | "sticker" | "audio" | "video" | "other";
  text: string;
  /** Transport message id, kept on the record for de-duplication and traceability. */
  messageId?: string;
  /** Set when the input came from a card button rather than typed text. */
  fromButton?: boolean;
  /**
   * The clicked button's subject (see CardButton.subject), checked by the engine against
   * `person` before anything runs; commands may use it to find what they act on.
   */
  subject?: ButtonSubject;
}

export type ButtonStyle = "primary" | "default" | "danger";

export interface CardButton {
  label: string;
  /** The text command this button stands for; a click is handled exactly like typing it. */
  command: string;
  /**
   * Where `command` is internal (`/ref …`, made for the click), what a person types for the same
   * action; text channels (the console, a card's text copy) show this instead.
   */
  typed?: string;
  style?: ButtonStyle;
  /**
   * What the button acts on (an update and its author, a draft and its version…). Transports
   * carry it with the click (Feishu: card `value.subject`) and the engine refuses the click —
   * with a clear reply, changing nothing — when the clicker is not the owner, is not a leader
   * for a leaders-only subject, or the card shows an older version than the current one.
   * Set it on every button whose command names something by a number or a period; see
   * conversation/button-subject.ts for the kinds and how a feature registers its own.
   */
  subject?: ButtonSubject;
}

/** A card as a model; each transport renders it (Feishu card JSON 2.0, console text). */
export interface CardModel {
  title: string;
  template?: "blue" | "green" | "orange" | "red" | "grey";
  /** Markdown-ish blocks: plain lines, with **bold** allowed. */
  blocks: string[];
  buttons?: CardButton[];
  /**
   * A drop-down of choices (Feishu select_static): each option is a text command, handled like
   * a button. Keeps long lists (a draft's parts) out of the buttons.
   */
  select?: { placeholder: string; options: CardButton[]; subject?: ButtonSubject };
  /** A short line under the buttons. */
  note?: string;
}

/** One run of rich text. */
export interface RichRun {
  text: string;
  bold?: boolean;
  /** Secondary text (review notes, sources). */
  muted?: boolean;
}

/** Rich text as lines of runs (Feishu post paragraphs). */
export interface RichText {
  title: string;
  lines: RichRun[][];
}

export interface Reply {
  /**
   * Always present. A message of its own that every transport delivers with the card (inside
   * it or before it) — unless `textIsCardCopy` says it is only the card written out as text.
   */
  text: string;
  card?: CardModel;
  /**
   * True when `text` merely restates the card (its plain-text copy for transports without
   * cards); then a transport that shows the card shows nothing else. Unset: the text is never
   * dropped, so a warning put in `text` always reaches the reader.
   */
  textIsCardCopy?: boolean;
  /**
   * A long formatted text (a full draft): Feishu sends it as rich text (post) instead of `text`,
   * never as raw Markdown; the console prints `text`.
   */
  rich?: RichText;
  /** A file to send (exports), path on disk. */
  file?: { path: string; name: string };
}

/** Pushes that are not replies (reminders, digest, progress of a long job). */
export interface Outbox {
  /**
   * Send to a roster person outside a reply. With `updateKey`, a transport that can edit sent
   * messages (Feishu card patch) replaces the message it sent earlier under the same key —
   * used for progress cards; others just send a new message.
   */
  sendToPerson(personId: string, reply: Reply, opts?: { updateKey?: string }): Promise<void>;
  /**
   * How the platform names a roster person (Feishu: the open_id we know, else the roster's
   * user_id or email), for granting access to what the bot creates; undefined if unknown.
   */
  platformId?(personId: string): Promise<{ type: "open_id" | "user_id" | "email"; id: string } | undefined>;
}

export interface Clock {
  now(): Date;
}

/** Everything a command handler may use. Built once per app, passed down. */
export interface Services {
  org: Org;
  store: Store;
  clock: Clock;
  timezone: string;
  log: Logger;
  /** Optional features register here when they are wired (drafting, reminders). */
  outbox?: Outbox;
  /**
   * Extension points filled by feature modules at wiring time (src/app.ts). Keys are feature
   * names ("drafting", "reminders"); values are whatever that feature's commands need.
   */
  features: Record<string, unknown>;
}

export interface CommandContext {
  services: Services;
  person: Person;
  input: Incoming;
  /** The text after the command word, trimmed. */
  args: string;
  /** Every command the engine knows (for 帮助). */
  commands: readonly Command[];
}

/**
 * A text command. `names` are matched at the start of the message: Chinese words and slash
 * aliases (帮助, /help). Buttons map to the same commands.
 */
export interface Command {
  names: string[];
  /** Shown by 帮助; leaders-only commands are hidden from staff. */
  help: string;
  leadersOnly?: boolean;
  /** What staff are told instead of the generic refusal (what they can do for themselves). */
  staffRefusal?: string;
  /** Staff typing its words mean something of their own (「撤销上一步」 = their update): read on, not refused. */
  staffReadsOn?: boolean;
  run(ctx: CommandContext): Promise<Reply | Reply[]>;
}
