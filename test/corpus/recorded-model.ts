import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractUpdate } from "../../src/domain/extract.js";
import type { Org } from "../../src/domain/org.js";
import type { Extraction } from "../../src/domain/update.js";
import { extractWithModel } from "../../src/drafting/extract-with-model.js";
import type { Prompts } from "../../src/drafting/load-prompts.js";
import type { Meter } from "../../src/llm/call-json.js";
import type { LlmClient } from "../../src/llm/llm-client.js";
import type { RecordedRequest, Script } from "../fakes/fake-openai.js";
import type { ReportCase } from "./load-reports.js";
import type { Recorded } from "./record-answers.js";

/**
 * The model path over the corpus: the fake OpenAI server answers each extraction request with the
 * recorded answer for the message quoted in it (test/corpus/recorded-extract.json), and the real
 * client, schema, grounding and rules fallback do the rest — as intake does (extract-text.ts).
 */
const FILE = join(dirname(fileURLToPath(import.meta.url)), "recorded-extract.json");

export function loadRecorded(): Record<string, Recorded> {
  return JSON.parse(readFileSync(FILE, "utf8")) as Record<string, Recorded>;
}

/** A responder for startFakeOpenAI: the recorded answer for the quoted message, 404-like 500 otherwise. */
export function recordedResponder(cases: readonly ReportCase[]): (req: RecordedRequest) => Script {
  const recorded = loadRecorded();
  const byText = new Map(cases.map((c) => [c.text, recorded[c.id]]));
  return (req) => {
    const m = /<material>\n([\s\S]*?)\n<\/material>/.exec(req.lastUser);
    const answer = m ? byText.get(m[1] ?? "") : undefined;
    if (!answer) return { kind: "status", status: 500, message: "no recorded answer for this message" };
    return "json" in answer ? { kind: "json", body: answer.json } : { kind: "text", content: answer.broken };
  };
}

export interface ModelPathStats {
  /** Messages the rules answered because the model's answer was unusable. */
  fellBack: number;
  droppedFigures: number;
  /** Figures a clause states that the answer left out or lost, read from the clause. */
  addedFigures: number;
}

/** Extract one case the way intake does with a model: the model, else the rules. */
export async function extractViaModel(
  deps: { llm: LlmClient; prompts: Prompts; org: Org; meter: Meter },
  c: ReportCase,
  stats: ModelPathStats,
): Promise<Extraction> {
  const ex = await extractWithModel(deps.llm, deps.prompts, deps.org, c.text, c.date, deps.meter, (r) => {
    stats.droppedFigures += r.droppedFigures.length;
    stats.addedFigures += r.addedFigures.length;
  });
  if (ex) return ex;
  stats.fellBack++;
  return extractUpdate(c.text, deps.org, { today: c.date, time: c.time });
}
