import { extractUpdate } from "../../src/domain/extract.js";
import { parseOrg } from "../../src/domain/org.js";

/** A one-section roster and readers of an extraction's clause kinds and figures, for the extract-shape tests. */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
export const run = (text: string, today = "2026-12-16") => extractUpdate(text, org, { today });
/** Each figure as 「raw=value unit」 (三十一个=31人). */
export const units = (text: string, today = "2026-12-03") =>
  run(text, today).figures.map((f) => `${f.raw}=${f.value}${f.unit}`);
export const kinds = (text: string, today?: string) => (run(text, today).clauses ?? []).map((c) => c.kind);
export const kindOf = (text: string, part: string, today?: string) =>
  (run(text, today).clauses ?? []).find((c) => c.text.includes(part))?.kind;
/** Clause kinds and each figure as 「raw:kind」 (两千来个:achieved), read together. */
export const kindsAndFigures = (text: string, today?: string) => {
  const ex = run(text, today);
  return {
    kinds: (ex.clauses ?? []).map((c) => c.kind),
    figures: ex.figures.map((f) => `${f.raw}:${f.kind}`),
  };
};
