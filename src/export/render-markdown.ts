import type { Period } from "../domain/period.js";
import type { DraftVersion } from "../drafting/draft-model.js";
import { type Block, type LayoutOptions, layoutDraft } from "./layout-draft.js";

/**
 * Markdown of a draft. Export mode (default) is the clean document; review mode adds the
 * source ids, statuses and 〔待核实〕 notes.
 */
export function blocksToMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case "title":
        out.push(`# ${b.text}`);
        break;
      case "subtitle":
        out.push(`**${b.text}**`);
        break;
      case "h1":
        out.push(`## ${b.text}`);
        break;
      case "h2":
        out.push(`### ${b.text}`);
        break;
      case "item":
        out.push(`${b.lead ?? ""}${b.text}`);
        break;
      case "note":
        out.push(`> ${b.text}`);
        break;
      case "signature":
        out.push(`<div align="right">${b.text}</div>`);
        break;
      default:
        out.push(b.text);
    }
  }
  return `${out.join("\n\n")}\n`;
}

export function renderMarkdown(v: DraftVersion, period: Period, opts: LayoutOptions = {}): string {
  return blocksToMarkdown(layoutDraft(v, period, opts));
}
