import { classifyIntent, type IntentContext } from "../../src/conversation/classify-intent.js";
import type { Intent } from "../../src/conversation/intent-types.js";
import { selfAsMe } from "../../src/conversation/staff-questions.js";
import { intentContextFor } from "./intent-context-for.js";
import type { TestApp } from "./test-app.js";

/**
 * How the rules alone (no learned guess) read a line said by a person of the example roster — the scaffolding of the
 * said-loosely test files. `read` is the intent; `said` is a command's text or else the intent's kind; `heard` reads
 * with more of the context (a card waiting, drafts listed) and gives an answer's kind too (yes, no, `number 7`); the
 * sender's own name in the line is read as 我 (selfAsMe) unless `asMe` is false.
 */
export function rulesReading(t: TestApp, opts: { asMe?: boolean } = {}) {
  const nameOf = (who: string) => t.app.services.org.people.find((p) => p.id === who)!.name;
  const read = (who: string, text: string, pendingDrafts = 0): Intent =>
    classifyIntent(
      opts.asMe === false ? text : selfAsMe(text, nameOf(who)),
      intentContextFor(t.app, who, { guess: null, pendingDrafts }),
    );
  const said = (who: string, text: string, pendingDrafts = 0): string => {
    const got = read(who, text, pendingDrafts);
    return got.kind === "command" ? got.text : got.kind;
  };
  const heard = (who: string, text: string, extra: Partial<IntentContext> = {}): string => {
    const got = classifyIntent(
      opts.asMe === false ? text : selfAsMe(text, nameOf(who)),
      intentContextFor(t.app, who, { guess: null, ...extra }),
    );
    if (got.kind === "command") return got.text;
    if (got.kind === "answer") return got.answer === "number" ? `number ${got.n}` : got.answer;
    return got.kind;
  };
  return { nameOf, read, said, heard };
}
