import { z } from "zod";
import {
  ClauseExtractionSchema,
  checkedExtraction,
  type GroundingReport,
} from "../domain/extraction-schema.js";
import { normalizeText } from "../domain/normalize.js";
import type { Org } from "../domain/org.js";
import type { Extraction } from "../domain/update.js";
import { callJson, type Meter } from "../llm/call-json.js";
import type { LlmClient } from "../llm/llm-client.js";
import { repairMessage } from "./build-requests.js";
import { type Prompts, quoteMaterial } from "./load-prompts.js";

/**
 * Model extraction of one staff message (prompts/extract-update.md): the message cut into
 * clauses, each with its kind (done / problem / plan) and figures. The answer is checked with the
 * same zod schema and grounding as the rules' own result (domain/extraction-schema.ts): a figure
 * the model lists stays only when the message states that value with that unit. Returns
 * undefined when the model is unavailable or answers badly twice — the caller uses the rules.
 */
export async function extractWithModel(
  llm: LlmClient,
  prompts: Prompts,
  org: Org,
  text: string,
  today: string,
  meter?: Meter,
  onGrounding?: (r: GroundingReport) => void,
): Promise<Extraction | undefined> {
  const user = prompts.render("extract-update", {
    sections: org.sections.map((s) => `${s.id}：${s.name}`).join("\n"),
    today,
    material: quoteMaterial(text),
  });
  const out = await callJson(
    llm,
    {
      label: "extract",
      messages: [
        { role: "system", content: prompts.render("system", { unit: org.unit }) },
        { role: "user", content: user },
      ],
      schema: ClauseExtractionSchema,
      jsonSchema: {
        name: "extract",
        schema: z.toJSONSchema(ClauseExtractionSchema, { io: "input" }) as Record<string, unknown>,
      },
      repairMessage: repairMessage(prompts),
    },
    meter ?? { calls: 0, retries: 0, repairs: 0, inputTokens: 0, outputTokens: 0, totalTokens: 0 },
  );
  if (!out.ok) return undefined;
  const { extraction, report } = checkedExtraction(normalizeText(text), out.value, org);
  onGrounding?.(report);
  // A model answer with no clause at all for a message with words in it is not an answer.
  if (extraction.clauses?.length === 0 && /[\u4e00-\u9fff]{2}/.test(text)) return undefined;
  return extraction;
}
