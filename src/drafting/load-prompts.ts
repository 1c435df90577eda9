import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { repoPath } from "../repo-path.js";
import { z } from "zod";
import { AppError } from "../errors.js";

/**
 * Prompt templates live in `prompts/*.md` as plain text with named `{variables}` so the office
 * can read and adjust the wording without touching code. Each template declares its inputs
 * here; at start the loader checks that a template uses exactly the declared variables, so a
 * typo in a prompt file stops the start instead of silently sending `{titel}` to the model.
 *
 * Only `{identifier}` (lower-case letters, digits, `_`) is a variable: JSON examples such as
 * `{"heading": …}` are left alone. Substitution is single-pass, so staff text that happens to
 * contain `{instruction}` is never expanded.
 */
const text = z.string();

export const PROMPT_INPUTS = {
  system: z.object({ unit: text }),
  "style-guide": z.object({}),
  "extract-update": z.object({ sections: text, today: text, material: text }),
  "reduce-material": z.object({ section_name: text, material: text }),
  "draft-section": z.object({
    style_guide: text,
    unit: text,
    title: text,
    section_number: text,
    section_name: text,
    period_label: text,
    material: text,
    instruction: text,
  }),
  "draft-document": z.object({
    style_guide: text,
    unit: text,
    title: text,
    plan_label: text,
    period_label: text,
    superiors: text,
    section_digest: text,
    headline_figures: text,
    problems_material: text,
    outline_material: text,
    plans_material: text,
    instruction: text,
  }),
  "repair-json": z.object({ error: text }),
} as const;

export type PromptName = keyof typeof PROMPT_INPUTS;
export type PromptVars<N extends PromptName> = z.input<(typeof PROMPT_INPUTS)[N]>;

/** The loaded, checked templates. */
export interface Prompts {
  readonly dir: string;
  /** Raw template text (for --show-prompts and cache keys). */
  template(name: PromptName): string;
  /** Fill a template; the variables are validated against the declared schema. */
  render<N extends PromptName>(name: N, vars: PromptVars<N>): string;
  /** Short hash of all templates, recorded on each draft version. */
  readonly hash: string;
}

const VARIABLE = /\{([a-z][a-z0-9_]*)\}/g;

/** The repository's prompts/ directory (from src/ under tsx and from the bundled dist/ alike). */
export function defaultPromptsDir(): string {
  return repoPath(import.meta.url, "prompts");
}

/** Variables a template uses, in order of first appearance. */
export function templateVariables(template: string): string[] {
  const seen = new Set<string>();
  for (const m of template.matchAll(VARIABLE)) seen.add(m[1] as string);
  return [...seen];
}

/** Check one template's variables against its schema; throws PROMPT_INVALID naming file and variable. */
export function checkTemplate(file: string, template: string, schema: z.ZodObject): void {
  const declared = Object.keys(schema.shape);
  const used = templateVariables(template);
  const unknown = used.filter((v) => !declared.includes(v));
  const unused = declared.filter((v) => !used.includes(v));
  if (unknown.length > 0) {
    throw new AppError(
      "PROMPT_INVALID",
      `提示词模板 ${file} 使用了未声明的变量 {${unknown[0]}}` +
        (unknown.length > 1
          ? `（另有 ${unknown
              .slice(1)
              .map((v) => `{${v}}`)
              .join("、")}）`
          : ""),
      { hint: `可用变量：${declared.map((v) => `{${v}}`).join("、") || "（无）"}` },
    );
  }
  if (unused.length > 0) {
    throw new AppError("PROMPT_INVALID", `提示词模板 ${file} 缺少变量 {${unused[0]}}`, {
      hint: `该模板必须使用：${declared.map((v) => `{${v}}`).join("、")}`,
    });
  }
}

/** Read and check every declared template from `dir` (default: the repository's prompts/). */
export async function loadPrompts(dir = defaultPromptsDir()): Promise<Prompts> {
  const templates = new Map<PromptName, string>();
  for (const name of Object.keys(PROMPT_INPUTS) as PromptName[]) {
    const file = path.join(dir, `${name}.md`);
    let body: string;
    try {
      body = await readFile(file, "utf8");
    } catch (e) {
      throw new AppError("PROMPT_INVALID", `缺少提示词模板 ${file}`, { cause: e });
    }
    body = body.replace(/\r\n/g, "\n").trim();
    checkTemplate(file, body, PROMPT_INPUTS[name]);
    templates.set(name, body);
  }
  const hash = createHash("sha256");
  for (const [name, body] of templates) hash.update(`${name}\n${body}\n`);
  const digest = hash.digest("hex").slice(0, 12);

  return {
    dir,
    hash: digest,
    template: (name) => templates.get(name) as string,
    render(name, vars) {
      const parsed = PROMPT_INPUTS[name].safeParse(vars);
      if (!parsed.success) {
        throw new AppError(
          "PROMPT_INVALID",
          `提示词 ${name} 的输入不完整：${parsed.error.issues[0]?.path.join(".")}`,
        );
      }
      const values = parsed.data as Record<string, string>;
      return (templates.get(name) as string).replace(VARIABLE, (whole, v: string) => values[v] ?? whole);
    },
  };
}

/**
 * Staff text goes inside <material> blocks; neutralise anything that could close the block
 * early and make the rest read as instructions.
 */
export function quoteMaterial(s: string): string {
  return s.replace(/<\s*\/?\s*material\s*>/gi, (m) => m.replace(/</g, "＜").replace(/>/g, "＞"));
}
