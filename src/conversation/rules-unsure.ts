import type { Intent } from "./intent-types.js";

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
