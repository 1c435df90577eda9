import type { Org, Person, Section } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import { type Prefs, leaveOn } from "./reminder-records.js";

/**
 * Who gets this week's reminder, and why everybody else does not.
 *
 * Rule (decided here, documented in docs/reminders.md): a person is pinged when AT LEAST ONE
 * of their own sections has no confirmed update FROM THEM in the week — 「本周无进展」 counts
 * as an update. The ping names the missing section(s). A colleague's report for a shared
 * section does not count for you: each person answers for their own part.
 *
 * Who is asked at all: role `staff`, and `admin`s who have sections. Leaders (局领导) are
 * never pinged. Nobody is pinged on a day covered by their leave, or in a week they snoozed.
 */
export type Verdict = "missing" | "reported" | "on-leave" | "snoozed" | "not-asked";

export interface MissingDecision {
  person: Person;
  ping: boolean;
  verdict: Verdict;
  /** Own sections with no confirmed update from the person this week. */
  missing: Section[];
  /** Own sections with one (including 「本周无进展」). */
  reported: Section[];
  /**
   * Missing sections a colleague who shares them has reported this week (work, not 「本周无进展」): the reminder names
   * who and how many, so the person neither reads that the section has nothing nor reports it twice.
   */
  coveredBy: SectionCover[];
  /** One Chinese sentence for dry runs. */
  reason: string;
}

export interface SectionCover {
  section: Section;
  /** Colleagues' names, in roster order, and how many confirmed updates they sent for the section this week. */
  names: string[];
  count: number;
}

export interface WhoIsMissingInput {
  org: Org;
  week: string;
  /** Updates of the week; anything not confirmed or of another week is ignored here. */
  updates: readonly Update[];
  /** Preferences by person id (leave, snooze). */
  prefs: (personId: string) => Prefs | undefined;
  /** Local dates (YYYY-MM-DD) to check leave against: the reminder day, and the day it is sent. */
  dates: readonly string[];
}

/** True for people the weekly reminder is about. */
export function isAsked(p: Person): boolean {
  return p.sections.length > 0 && (p.role === "staff" || p.role === "admin");
}

const names = (ss: Section[]) => ss.map((s) => `「${s.name}」`).join("");

/** Decides, for every person on the roster, whether to ping them and why. */
export function whoIsMissing(input: WhoIsMissingInput): MissingDecision[] {
  const { org, week } = input;
  const done = new Set<string>();
  const noProgressOnly = new Map<string, boolean>();
  for (const u of input.updates) {
    if (u.status !== "confirmed" || u.week !== week) continue;
    // 代报: an update a colleague filed for the person (reportedFor) counts as theirs for the section.
    const key = `${u.reportedFor ?? u.author}\u0000${u.section}`;
    done.add(key);
    noProgressOnly.set(key, (noProgressOnly.get(key) ?? true) && u.noProgress);
  }

  const work = input.updates.filter((u) => u.status === "confirmed" && u.week === week && !u.noProgress);
  const coverOf = (person: Person, missing: Section[]): SectionCover[] =>
    missing.flatMap((section) => {
      const theirs = work.filter((u) => u.section === section.id && u.author !== person.id);
      if (theirs.length === 0) return [];
      const authors = new Set(theirs.map((u) => u.author));
      const names = org.people.filter((p) => authors.has(p.id)).map((p) => p.name);
      return [{ section, names, count: theirs.length }];
    });

  return org.people.map((person): MissingDecision => {
    const own = org.sections.filter((s) => person.sections.includes(s.id));
    if (!isAsked(person)) {
      const reason = person.role === "leader" ? "局领导不接收填报提醒" : "没有负责的科室，不需填报";
      return { person, ping: false, verdict: "not-asked", missing: [], reported: [], coveredBy: [], reason };
    }
    const reported = own.filter((s) => done.has(`${person.id}\u0000${s.id}`));
    const missing = own.filter((s) => !done.has(`${person.id}\u0000${s.id}`));
    if (missing.length === 0) {
      const np = reported.filter((s) => noProgressOnly.get(`${person.id}\u0000${s.id}`));
      const tail = np.length > 0 ? `（其中${names(np)}为「本周无进展」）` : "";
      return {
        person,
        ping: false,
        verdict: "reported",
        missing,
        reported,
        coveredBy: [],
        reason: `本周已填报${names(reported)}${tail}`,
      };
    }
    const coveredBy = coverOf(person, missing);
    const prefs = input.prefs(person.id);
    for (const d of input.dates) {
      const leave = leaveOn(prefs, d);
      if (leave) {
        const reason = `请假中（${leave.from} 至 ${leave.to}），不提醒；未填报${names(missing)}`;
        return { person, ping: false, verdict: "on-leave", missing, reported, coveredBy, reason };
      }
    }
    if (prefs?.snoozedWeeks.includes(week)) {
      const reason = `已回复「下周提醒」，本周不提醒；未填报${names(missing)}`;
      return { person, ping: false, verdict: "snoozed", missing, reported, coveredBy, reason };
    }
    const also = reported.length > 0 ? `（${names(reported)}已填报）` : "";
    return {
      person,
      ping: true,
      verdict: "missing",
      missing,
      reported,
      coveredBy,
      reason: `本周${names(missing)}尚无已确认的填报${also}`,
    };
  });
}
