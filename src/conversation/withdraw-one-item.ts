import type { Update } from "../domain/update.js";
import { editBase, showEdit } from "./edit-update.js";
import type { CommandContext, Reply } from "./types.js";
import { matchesWords } from "./update-words.js";

/**
 * 「把那条直播培训的删了」 when 直播培训 is one item of three in #1 (round forty-six, lead): the person names one piece of
 * work, not the whole update. Withdrawing #1 would take the other two items out of the summary with it, so the edit
 * that takes out only that item is shown (nothing changes until it is confirmed), and the line before it says how to
 * withdraw the whole update instead. Only when the words name exactly one item of two or more, and that item can be
 * cut out of the text cleanly (a line of its own, or a clause between separators); else the update is withdrawn as
 * before (asked first).
 */
export async function offerItemWithdraw(
  ctx: CommandContext,
  u: Update,
  words: string,
  lead: string,
): Promise<Reply[] | undefined> {
  if (u.status === "withdrawn" || u.items.length < 2) return undefined;
  const hits = u.items.map((it, i) => ({ i, text: it.text })).filter((it) => matchesWords(it.text, words));
  if (hits.length !== 1) return undefined;
  const base = editBase(u);
  const rest = withoutItem(base, hits[0]!.text);
  if (rest === undefined) return undefined;
  const preview = await showEdit(ctx.services, ctx.input, ctx.person.id, u, rest, "replace");
  const say = `${lead}「${words}」是 #${u.seq} 里的第 ${hits[0]!.i + 1} 项（共 ${u.items.length} 项）。下面是只删去这一项后的样子，确认后才改；要把整条 #${u.seq} 都撤回，请发送「撤回 ${u.seq}」。`;
  return [{ text: say }, preview];
}

/** A list number opening a line (1. 2、 三）), with the space after it. */
const LIST_MARK = /^\s*(?:\d{1,2}|[一二三四五六七八九十])[.、．)）]\s*/u;
/** Separators a clause item stands between. */
const SEP = "[，,；;。！!\\n]";

/**
 * The text without the item: its own line (a list number before it goes with it), or the clause between separators.
 * Undefined when the item's words are not found as one piece, or nothing would be left.
 */
export function withoutItem(text: string, item: string): string | undefined {
  const bare = item.replace(LIST_MARK, "").trim();
  if ([...bare].length < 2) return undefined;
  const lines = text.split("\n");
  const own = lines.findIndex((l) => l.replace(LIST_MARK, "").trim() === bare);
  let out: string;
  if (own >= 0) out = renumbered(lines.filter((_, i) => i !== own)).join("\n");
  else {
    const at = text.indexOf(bare);
    if (at < 0 || text.indexOf(bare, at + 1) >= 0) return undefined;
    const before = text.slice(0, at);
    const after = text.slice(at + bare.length);
    // The clause must stand between separators (or the text's ends), so no half-sentence is left.
    if (!(before === "" || new RegExp(`${SEP}\\s*$`, "u").test(before))) return undefined;
    if (!(after === "" || new RegExp(`^\\s*${SEP}`, "u").test(after))) return undefined;
    // The separator after the clause goes with it; at the end, the one before does.
    out =
      after.trim() === ""
        ? before.replace(new RegExp(`${SEP}\\s*$`, "u"), "")
        : before + after.replace(new RegExp(`^\\s*${SEP}\\s*`, "u"), "");
  }
  out = out.trim();
  return out === "" || out === text.trim() ? undefined : out;
}

const LIST_NUMBER = /^(\s*)(\d{1,2})(?=[.、．)）])/u;

/** A list numbered 1, 2, 3… before the line went out is numbered 1, 2… again (3. 科普e站 → 2. 科普e站). */
function renumbered(lines: string[]): string[] {
  const numbers = lines.flatMap((l) => {
    const m = LIST_NUMBER.exec(l);
    return m ? [Number(m[2])] : [];
  });
  // Only a list that ran 1, 2, 3… with the one gap the line left (1, 3 or 2, 3): any other numbering stays as written.
  const gapped =
    numbers.length >= 1 &&
    numbers.every((n, i) => n === i + 1 || n === i + 2) &&
    numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1 || n === numbers[i - 1]! + 2) &&
    numbers.filter((n, i) => n === i + 2).length > 0;
  if (!gapped) return lines;
  let k = 0;
  return lines.map((l) =>
    LIST_NUMBER.test(l) ? l.replace(LIST_NUMBER, (_, sp: string) => `${sp}${++k}`) : l,
  );
}
