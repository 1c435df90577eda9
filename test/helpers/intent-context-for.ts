import type { App } from "../../src/app.js";
import type { IntentContext } from "../../src/conversation/classify-intent.js";
import { buildTable } from "../../src/conversation/match-command.js";
import { findPerson, isLeader, reportableSections } from "../../src/domain/org.js";

/** The intent context the engine builds for roster person `who` with nothing pending, plus `extra`. */
export function intentContextFor(app: App, who: string, extra: Partial<IntentContext> = {}): IntentContext {
  const org = app.services.org;
  const person = findPerson(org, who);
  if (!person) throw new Error(`no such person ${who}`);
  return {
    awaiting: "nothing",
    justAsked: false,
    pendingDrafts: 0,
    sections: reportableSections(org, person),
    commands: buildTable(app.engine.commands),
    leader: isLeader(person),
    people: org.people.filter((p) => p.id !== person.id).map((p) => p.name),
    colleagues: org.people
      .filter((p) => p.id !== person.id && p.sections.length > 0)
      .map((p) => ({ name: p.name, sections: p.sections })),
    ...extra,
  };
}
