import type { Org } from "../domain/org.js";
import type { Extraction } from "../domain/update.js";
import { callJson, type Meter } from "../llm/call-json.js";
import type { LlmClient } from "../llm/llm-client.js";
import { repairMessage } from "./build-requests.js";
import { type Prompts, quoteMaterial } from "./load-prompts.js";
import { ExtractOutputSchema } from "./part-schemas.js";

/**
 * Model-assisted extraction of one staff message (prompts/extract-update.md), for intake when
 * LLM_EXTRACT is on. Returns undefined when the model is unavailable or answers badly twice:
 * the caller keeps its rule-based extraction. Figures the model reports are kept only when
 * their raw text really occurs in the message.
 */
export async function extractWithModel(
  llm: LlmClient,
  prompts: Prompts,
  org: Org,
  text: string,
  today: string,
  meter?: Meter,
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
      schema: ExtractOutputSchema,
      repairMessage: repairMessage(prompts),
    },
    meter ?? { calls: 0, retries: 0, repairs: 0, inputTokens: 0, outputTokens: 0, totalTokens: 0 },
  );
  if (!out.ok) return undefined;
  const known = new Set(org.sections.map((s) => s.id));
  const items = out.value.items.map((i) => ({
    text: i.text,
    figures: i.figures.filter((f) => text.includes(f.raw)),
  }));
  return {
    normalizedText: out.value.normalizedText || text,
    items,
    figures: items.flatMap((i) => i.figures),
    problems: out.value.problems,
    plans: out.value.plans,
    sectionHints: out.value.sectionHints.filter((h) => known.has(h)),
  };
}
