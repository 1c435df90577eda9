import type { Reply } from "../conversation/types.js";
import { type Org, type Person, isLeader } from "../domain/org.js";
import { localDateString, toLocal } from "../domain/period.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/types.js";
import { composeReminder } from "./compose-reminder.js";
import { listUnknownSenders } from "../conversation/unknown-senders.js";
import { markAsideAfterNotice } from "../conversation/mark-aside.js";
import { errorMessage } from "../errors.js";
import { mayDecideBindings } from "../domain/binding.js";
import { type DigestData, buildDigest, renderDigest } from "./digest.js";
import { failedSends, type ReminderCollections, leaveOn, readPrefs, sendKey } from "./reminder-records.js";
import { type SendOutcome, sendOnce } from "./send-once.js";
import type { WorkingCalendar } from "./calendar.js";
import { holidayDigestLine } from "./holiday-status.js";
import { type MissingDecision, whoIsMissing } from "./who-is-missing.js";

/**
 * One reminder round and one digest round: decide who, then send each message at most once.
 * Shared by the scheduler (on time, catch-up, retries) and the `remind` CLI command.
 */
export interface RoundDeps {
  org: Org;
  store: Store;
  log: Logger;
  timezone: string;
  now: () => Date;
  collections: ReminderCollections;
  /** Hands one message to the transport's queue; rejects when it could not be delivered. */
  deliver: (personId: string, reply: Reply) => Promise<void>;
  sleep: (ms: number) => Promise<void>;
  retry: { attempts: number; baseDelayMs: number };
  maxRounds: number;
  /** The working calendar: a year it lacks is told to the admins in the digest (holiday-status.ts). */
  calendar?: WorkingCalendar;
}

export interface ReminderRoundResult {
  week: string;
  decisions: MissingDecision[];
  outcomes: Map<string, SendOutcome>;
}

/** Everyone's verdict for the week, without sending (dry runs use this too). */
export async function decideReminders(
  deps: Pick<RoundDeps, "org" | "store" | "collections">,
  week: string,
  dates: string[],
): Promise<MissingDecision[]> {
  return whoIsMissing({
    org: deps.org,
    week,
    updates: await deps.store.listUpdates({ week, status: "confirmed" }),
    prefs: await readPrefs(deps.collections.prefs),
    dates,
  });
}

/**
 * Sends the week's reminder to everyone who is missing a section. `dueDate` (the reminder day
 * after the calendar shift) and today are both checked against leave. With `onlyFailed`, only
 * people whose earlier send failed are tried again.
 */
export async function runReminderRound(
  deps: RoundDeps,
  opts: { week: string; now: Date; dueDate?: string; late: boolean; onlyFailed?: boolean },
): Promise<ReminderRoundResult> {
  const today = localDateString(opts.now, deps.timezone);
  const dates = opts.dueDate && opts.dueDate !== today ? [opts.dueDate, today] : [today];
  const decisions = await decideReminders(deps, opts.week, dates);
  const failed = opts.onlyFailed ? await failedSends(deps.collections.sends, "remind", opts.week) : undefined;
  const targets = decisions.filter(
    (d) => d.ping && (!failed || failed.has(sendKey("remind", d.person.id, opts.week))),
  );
  const outcomes = new Map<string, SendOutcome>();
  await Promise.all(
    targets.map(async (d) => {
      const outcome = await sendOnce(sendDeps(deps), {
        kind: "remind",
        personId: d.person.id,
        week: opts.week,
        late: opts.late,
        send: async () => {
          const drafts = (await deps.store.listUpdates({ author: d.person.id, status: "draft" })).map(
            (u) => u.seq,
          );
          await deps.deliver(
            d.person.id,
            composeReminder(
              d.person,
              d.missing,
              opts.week,
              drafts,
              toLocal(opts.now, deps.timezone),
              d.coveredBy,
            ),
          );
          // The reminder is now the last thing said: a 好的 to it is no yes to an older card.
          await markAsideAfterNotice(deps.store, d.person.id).catch((e) =>
            deps.log.warn("reminder sent; the pending card was not marked", {
              person: d.person.id,
              error: errorMessage(e),
            }),
          );
        },
      });
      outcomes.set(d.person.id, outcome);
    }),
  );
  return { week: opts.week, decisions, outcomes };
}

export interface DigestRoundResult {
  digest: DigestData;
  recipients: Array<{ person: Person; skipped?: string }>;
  outcomes: Map<string, SendOutcome>;
}

/** Leaders and admins, minus those on leave today. */
export async function digestRecipients(
  deps: Pick<RoundDeps, "org" | "collections">,
  today: string,
): Promise<DigestRoundResult["recipients"]> {
  const prefs = await readPrefs(deps.collections.prefs);
  return deps.org.people.filter(isLeader).map((person) => {
    const leave = leaveOn(prefs(person.id), today);
    return leave ? { person, skipped: `请假中（${leave.from} 至 ${leave.to}）` } : { person };
  });
}

/** Sends the digest of `week` (usually last week) to every leader, at most once each. */
export async function runDigestRound(
  deps: RoundDeps,
  opts: { week: string; now: Date; late: boolean; onlyFailed?: boolean },
): Promise<DigestRoundResult> {
  const digest = await buildDigest(deps.org, deps.store, opts.week, await readPrefs(deps.collections.prefs));
  const reply = renderDigest(digest);
  // The roster admins also see who messaged the bot without being in the roster.
  const unknownSenders = await listUnknownSenders(deps.store);
  const holidays = holidayDigestLine(deps.calendar, opts.now, deps.timezone);
  const adminReply =
    unknownSenders.length > 0 || holidays
      ? renderDigest(digest, undefined, { unknownSenders, holidays })
      : reply;
  const recipients = await digestRecipients(deps, localDateString(opts.now, deps.timezone));
  const failed = opts.onlyFailed ? await failedSends(deps.collections.sends, "digest", opts.week) : undefined;
  const outcomes = new Map<string, SendOutcome>();
  await Promise.all(
    recipients
      .filter((r) => !r.skipped)
      .filter((r) => !failed || failed.has(sendKey("digest", r.person.id, opts.week)))
      .map(async (r) => {
        const outcome = await sendOnce(sendDeps(deps), {
          kind: "digest",
          personId: r.person.id,
          week: opts.week,
          late: opts.late,
          send: () => deps.deliver(r.person.id, mayDecideBindings(deps.org, r.person) ? adminReply : reply),
        });
        outcomes.set(r.person.id, outcome);
      }),
  );
  return { digest, recipients, outcomes };
}

function sendDeps(deps: RoundDeps) {
  return {
    sends: deps.collections.sends,
    now: deps.now,
    sleep: deps.sleep,
    log: deps.log,
    retry: deps.retry,
    maxRounds: deps.maxRounds,
  };
}
