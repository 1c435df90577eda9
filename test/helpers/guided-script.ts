import { toSimplified } from "../../src/domain/normalize.js";
import type { Update } from "../../src/domain/update.js";
import { getState } from "../../src/conversation/state.js";
import type { TestApp } from "./test-app.js";

/**
 * Scripted guided conversations (填报) and what a careful colleague would have recorded from
 * them: each conversation is run through the real engine and turned into a list of checks.
 */
export interface Turn {
  say: string;
  /** The reply must match this. */
  reply?: RegExp;
  /** The reply must not match this. */
  not?: RegExp;
  /** When the reply matches `when`, this is said next (the bot may ask the section or infer it). */
  ifAsked?: { when: RegExp; say: string };
}

export interface Final {
  /** How many updates the person has (drafts and confirmed, not withdrawn) at the end. */
  count?: number;
  section?: string;
  /** Each must be inside some item. */
  items?: string[];
  /** None of these may be in any item, problem or plan. */
  nowhere?: string[];
  /** A figure (raw as typed, simplified) whose item also holds this piece of the work answer. */
  figureWith?: Array<[raw: string, work: string]>;
  /** A figure whose label (context) holds these words. */
  figureLabel?: Array<[raw: string, label: string]>;
  /** Exactly this many problems / plans, each holding the given piece in order. */
  problems?: string[];
  plans?: string[];
  /** The dialogue is back to idle (left or finished). */
  idle?: boolean;
  /** At most this many replies in the whole conversation match the pattern (a question not nagged). */
  atMost?: Array<[pattern: RegExp, times: number]>;
  /** Each of these figures (raw, simplified) is on the update. */
  figures?: string[];
}

export interface Conversation {
  name: string;
  who: string;
  before?: string[];
  turns: Turn[];
  end: Final;
}

export type Check = { what: string; ok: boolean };

export async function runGuided(t: TestApp, c: Conversation): Promise<Check[]> {
  const checks: Check[] = [];
  const replies: string[] = [];
  for (const line of c.before ?? []) await t.say(c.who, line);
  for (const turn of c.turns) {
    let reply = await t.sayText(c.who, turn.say);
    replies.push(reply);
    if (turn.ifAsked?.when.test(reply)) {
      reply = await t.sayText(c.who, turn.ifAsked.say);
      replies.push(reply);
    }
    if (turn.reply)
      checks.push({
        what: `「${turn.say}」 → ${turn.reply} (got ${reply.slice(0, 80)})`,
        ok: turn.reply.test(reply),
      });
    if (turn.not)
      checks.push({
        what: `「${turn.say}」 ↛ ${turn.not} (got ${reply.slice(0, 80)})`,
        ok: !turn.not.test(reply),
      });
  }
  const all = (await t.app.services.store.listUpdates({ author: c.who })).filter(
    (u) => u.status !== "withdrawn" && u.source === "guided",
  );
  const u: Update | undefined = all[0];
  const e = c.end;
  const s = (x: string) => toSimplified(x);
  const items = u?.items.map((i) => s(i.text)) ?? [];
  if (e.count !== undefined)
    checks.push({ what: `count ${e.count} (got ${all.length})`, ok: all.length === e.count });
  if (e.section)
    checks.push({ what: `section ${e.section} (got ${u?.section})`, ok: u?.section === e.section });
  for (const piece of e.items ?? [])
    checks.push({
      what: `an item holds ${piece} (${items.join("|")})`,
      ok: items.some((i) => i.includes(piece)),
    });
  const everything = [...items, ...(u?.problems ?? []), ...(u?.plans ?? [])].map(s);
  for (const piece of e.nowhere ?? [])
    checks.push({
      what: `nowhere ${piece} (${everything.join("|")})`,
      ok: !everything.some((x) => x.includes(piece)),
    });
  for (const [raw, work] of e.figureWith ?? []) {
    const item = u?.items.find((i) => i.figures.some((f) => s(f.raw) === raw));
    const fig = item?.figures.find((f) => s(f.raw) === raw);
    checks.push({
      what: `${raw} with ${work} (item ${item?.text}, label ${fig?.context})`,
      ok: !!item && s(item.text).includes(work) && !!fig?.context && !/主要数据|^大概$/.test(fig.context),
    });
  }
  for (const [raw, label] of e.figureLabel ?? []) {
    const fig = u?.figures.find((f) => s(f.raw) === raw);
    checks.push({
      what: `${raw} labelled ${label} (got ${fig?.context})`,
      ok: !!fig && s(fig.context).includes(label),
    });
  }
  for (const [name, want] of [
    ["problems", e.problems],
    ["plans", e.plans],
  ] as const) {
    if (!want) continue;
    const got = (name === "problems" ? u?.problems : u?.plans) ?? [];
    checks.push({
      what: `${name} ${JSON.stringify(want)} (got ${JSON.stringify(got)})`,
      ok: got.length === want.length && want.every((w, i) => s(got[i]!).includes(w)),
    });
  }
  // Each figure is on the update; one in a work item is no problem or target.
  for (const raw of e.figures ?? []) {
    const f = u?.figures.find((x) => s(x.raw) === raw);
    const inItem = u?.items.some((i) => i.figures.some((x) => s(x.raw) === raw));
    checks.push({
      what: `figure ${raw} (got ${u?.figures.map((x) => `${x.raw}/${x.kind}`).join("|")})`,
      ok: !!f && !(inItem && (f.kind === "problem" || f.kind === "target")),
    });
  }
  for (const [pattern, times] of e.atMost ?? []) {
    const n = replies.filter((r) => pattern.test(r)).length;
    checks.push({ what: `at most ${times} × ${pattern} (got ${n})`, ok: n <= times });
  }
  if (e.idle) {
    const state = await getState(t.app.services.store, c.who);
    checks.push({ what: `idle (got ${state.mode})`, ok: state.mode === "idle" });
  }
  return checks;
}
