import type { Intent, IntentContext } from "./intent-types.js";

/**
 * Where the rules read a message as nothing sure — small talk, unclear, a question about a guess, or a
 * command only the learned guess found: a second reading of the message (a command word's slip put right,
 * command-typos.ts; a period said apart, mine-period.ts) may take its place.
 */
export function rulesUnsure(intent: Intent): boolean {
  return (
    intent.kind === "smalltalk" ||
    intent.kind === "unclear" ||
    intent.kind === "ask-command" ||
    (intent.kind === "command" && intent.guessed === true)
  );
}

/**
 * A second reading of a message: `intent` is what the rules made of it as typed, `norm` the message, `classify`
 * the whole classifier to run on the text read again; undefined keeps the first reading.
 */
export type SecondReading = (
  intent: Intent,
  norm: string,
  ctx: IntentContext,
  classify: (text: string, ctx: IntentContext) => Intent,
) => Intent | undefined;
