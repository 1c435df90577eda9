import type { ClauseKind } from "./clause-kind.js";

/** Where a clause stands outside or under a heading: work done (item), a problem or a plan. */
export type Kind = "item" | "problem" | "plan";

/**
 * Extraction options: the day the message was sent (YYYY-MM-DD), for 「12月上旬」-style dates, and
 * its local time (HH:MM), for 「下午去…」 said in the morning.
 */
export interface ExtractOptions {
  today?: string;
  time?: string;
  /**
   * A guess for a piece the rules find no sign in (and, given `own`, a piece they call done),
   * with the kind of the piece before it; undefined keeps the rules' answer.
   */
  guess?: (
    piece: string,
    prev: ClauseKind | undefined,
    own: ClauseKind | undefined,
  ) => ClauseKind | undefined;
}
