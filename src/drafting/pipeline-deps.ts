import { createHash } from "node:crypto";
import type { Org } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import type { ModelSession } from "./ask-model.js";
import type { RequestContext } from "./build-requests.js";
import type { DraftPart } from "./draft-model.js";
import type { Material } from "./gather-material.js";
import type { Prompts } from "./load-prompts.js";

/** What every drafting step needs, and the small helpers the section and document steps share. */
export interface Progress {
  done: number;
  total: number;
  label: string;
}

export interface PipelineDeps {
  org: Org;
  prompts: Prompts;
  session: ModelSession;
  contextTokens: number;
  onProgress?: (p: Progress) => void;
}

/** Hash of the content of the updates a part is made from (ids, edits and text). */
export function contentHash(updates: readonly Update[]): string {
  const h = createHash("sha256");
  for (const u of updates) h.update(`${u.id}\n${u.updatedAt}\n${u.normalizedText}\n`);
  return h.digest("hex").slice(0, 16);
}

export function ctxOf(deps: PipelineDeps, material: Material): RequestContext {
  return { org: deps.org, prompts: deps.prompts, material };
}

export function fallback(part: DraftPart, reason: string, offlineByChoice: boolean): DraftPart {
  if (part.origin === "placeholder") return part;
  return offlineByChoice
    ? { ...part, origin: "offline" }
    : { ...part, origin: "fallback", fallbackReason: reason };
}
