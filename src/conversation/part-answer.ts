import type { Intent, IntentContext } from "./classify-intent.js";
import { numberOf } from "./intent-lexicon.js";
import { clean, N } from "./leader-request.js";

/**
 * The draft named in answer to 「您说的是哪一份？」 (options are periods: 2026、2026上半年): 「上半年的」
 * 「全年那份」「2026年度」 pick the one option they fit; anything else is no answer.
 */
function draftAnswer(said: string, options: readonly string[]): string | undefined {
  const bare = said.replace(/那一?[份个稿版]|这一?[份个稿版]|的|草稿|稿子|初稿|总结|工作|[吧啊呀哈]/g, "");
  const m = /^(?:(20\d\d|\d\d)年?)?(上半年|下半年|全年|年度|整年|年终|全年度)?$/.exec(bare);
  if (!bare || !m) return undefined;
  const year = m[1] ? (m[1].length === 2 ? `20${m[1]}` : m[1]) : undefined;
  const half = m[2] === "上半年" || m[2] === "下半年" ? m[2] : m[2] ? "" : undefined;
  const fits = options.filter(
    (o) =>
      (year === undefined || o.startsWith(year)) &&
      (half === undefined || (half === "" ? /^\d{4}$/.test(o) : o.endsWith(half))),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** A part named bare, in answer to 「要重写哪一部分？」: 问题、开头、（二）、二、第二部分、二、存在的问题. */
const PART_ANSWER = new RegExp(
  `^(?:第\\s*)?[（(]?${N}[)）]?(?:[、.．]\\s*[\\u4e00-\\u9fff]{0,12})?(?:大?部分)?$|^(?:开头|开篇|导语|引言|总述|(?:存在的?)?问题(?:和不足)?|不足|(?:明年|下一年|下一?步)?的?(?:工作)?(?:计划|打算|思路))$`,
);

/**
 * The answer to the bot's which-part question: a part named bare (the same words as the
 * buttons, or a section's name or alias) runs the command that asked, on that part, with its
 * instruction. Anything else is not an answer (a new request, small talk, 取消).
 */
export function partAnswer(norm: string, core: string, ctx: IntentContext): Intent | undefined {
  const q = ctx.partQuestion;
  if (!q || !ctx.justAsked || [...core].length > 16) return undefined;
  const said = clean(norm)
    .replace(/^(?:就|是|选|要|改|那就|就是)+/, "")
    .replace(/(?:那块|这块|那段|这段|那部分|这部分|吧|啊|呀|哈|的)+$/, "");
  // 「1」「第二个」 to a numbered list of candidates: that one, as the list numbered it.
  // A bare 「二」 or 「第二」 stays a part name (二、 or （二）), asked again when it may be either.
  const pick = /^(\d{1,2})$|^(?:第\s*)?(\d{1,2}|[一二两三四五六七八九十])\s*(?:个|项|号)$/.exec(said);
  const chosen = pick && q.options ? q.options[(numberOf(pick[1] ?? pick[2]) ?? 0) - 1] : undefined;
  const command = q.command.split(" ")[0] ?? q.command;
  const draft = q.about === "draft" && !chosen ? draftAnswer(said, q.options ?? []) : undefined;
  if (draft) return { kind: "command", command, text: [q.command, draft, q.rest].filter(Boolean).join(" ") };
  if (q.about === "draft" && !chosen) return undefined;
  if (chosen)
    return { kind: "command", command, text: [q.command, chosen, q.rest].filter(Boolean).join(" ") };
  const section = ctx.sections.some(
    (s) => s.name === said || s.aliases.includes(said) || (said.length >= 2 && s.name.startsWith(said)),
  );
  if (!PART_ANSWER.test(said) && !section) return undefined;
  return { kind: "command", command, text: [q.command, said, q.rest].filter(Boolean).join(" ") };
}
