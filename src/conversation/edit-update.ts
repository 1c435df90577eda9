import { onlyMoneyTail, withMoneyTail } from "./money-magnitude.js";
import { diffChars } from "diff";
import { findFigures } from "../domain/figure-scan.js";
import { toSimplified } from "../domain/normalize.js";
import type { Org } from "../domain/org.js";
import type { Extraction, Update } from "../domain/update.js";
import { correctionOfFigure } from "./correction-request.js";
import { extractText } from "./extract-text.js";
import { figuresAs, restatedFigures } from "./figures-restated.js";
import { colleaguePreview } from "./behalf-edit.js";
import { heldIn, previewNote } from "./held-draft.js";
import { holdSaidWithFix } from "./hold-with-fix.js";
import { cancelEdit } from "./edit-cancel.js";
import { prefixSettled } from "./estimate-edited.js";
import { replacedInPlace } from "./replaced-in-place.js";
import { cardReply, understoodBlocks, updateSubject } from "./render-update.js";
import { type DialogueState, getState, setState, stampOf } from "./state.js";
import type { CardButton, Command, CommandContext, Incoming, Reply, Services } from "./types.js";
import { sectionUnchosen, shownSection } from "./section-unchosen.js";

/**
 * 修改 N 新内容: an edit is shown as the whole update after the change, old beside new, and the
 * stored update changes only on 确认. What was typed is read as the person most likely meant it:
 * - 「1500改成1600」 (X 改成 Y, X found in the text) changes just that: substitute;
 * - 「获批是6项」 (one figure whose words and unit name exactly one figure of the text, with
 *   another value) changes just that figure: substitute;
 * - a revised version of the text (most of it shared, or about as long) replaces it: replace;
 * - a short fragment (「获奖总数比去年增加35%」) is added to the end, never silently put in the
 *   place of the whole text: append — with a button to replace instead.
 */
export type EditHow = "replace" | "append" | "substitute";

export interface EditPlan {
  text: string;
  how: EditHow;
  from?: string;
  to?: string;
  /** Several figures changed, nothing else: each old figure and its new one. */
  changes?: Array<{ from: string; to: string }>;
  /** The new figures said without a unit, written with the old figure's (一千三百万元). */
  filled?: Array<{ to: string; unit: string }>;
}

const SUBSTITUTE =
  /^(?:把|将)?\s*[「“"‘']?([^「」“”"'‘’]{1,30}?)[」”"’']?\s*(?:改成|改为|换成|更正为|修改为|应为|应该是)\s*[「“"‘']?([^「」“”"'‘’]{1,60}?)[」”"’']?[。.！!]?$/;
/** Closing words saying only the rest stays as it is (就行、其他不动、其余不变), and the particles after them (吧、哈). */
const REST_STAYS =
  /(?:[，,\s]*(?:就行|就好|就可以|即可)(?:了|吧)?)?(?:[，,。\s]*(?:其他|其余|其它|别的)(?:的|地方|内容)?都?(?:不动|不变|不用动|不用改|不改|照旧|保持不变)(?:了|吧)?)?[吧啊呀哈嘛呗咯哟哦噢啦～~\s。.！!]*$/;
/** A number alone, with no unit: 2.5、一千三百万、七十多. */
const BARE_NUMBER =
  /^(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)[万亿]?[多余来]?$/;
const END_PUNCT = /[。！？；.!?;]$/;

/** Share of `old` kept in `input` (character diff), 0–1. */
function overlap(old: string, input: string): number {
  if (old.length === 0) return 0;
  const kept = diffChars(old, input)
    .filter((p) => !p.added && !p.removed)
    .reduce((n, p) => n + p.value.length, 0);
  return kept / old.length;
}

export function planEdit(old: string, input: string, force?: "replace" | "append"): EditPlan {
  const typed = input.trim();
  const base = old.trim();
  if (force === "replace") return { text: typed, how: "replace" };
  if (force === "append") return { text: appendTo(base, typed), how: "append" };
  // The whole text again with only figures changed (a correction of a correction): those changes.
  const changes = figuresChanged(base, typed);
  if (changes) return { text: typed, how: "substitute", changes };
  // 「帮9家企业申报」 against 「本月帮8家企业申报高新技术企业…」: a stretch of the text said again with its figures
  // changed — those figures change in place, the rest stays (never added as a second, contradicting figure).
  const restated = restatedStretch(base, typed);
  if (restated) return restated;
  const fix = correctedFigure(base, typed);
  if (fix) return { text: base.replace(fix.from, fix.to), how: "substitute", ...fix };
  // 「把6家改成8家就行 其他不动」: the closing words only say the rest stays; the change is before them.
  // Twice: a particle before the closing words (「50家哈 其他不动」) is left by the first pass.
  const sub =
    SUBSTITUTE.exec(typed.replace(REST_STAYS, "").replace(REST_STAYS, "")) ?? SUBSTITUTE.exec(typed);
  if (sub) {
    const [, from = "", to = ""] = sub;
    // 「人才公寓改成20套」: a thing named and a new figure for it — the figure of that unit in the
    // thing's words changes (18套 → 20套), never the name itself; nor is a name replaced by a bare
    // number (「成交额改成一千三百万」).
    const number = findFigures(to).some((f) => f.figure.unit !== "") || BARE_NUMBER.test(to);
    // 「三百二十万」 is a number in words, not a name.
    const named = !/\d/.test(from) && findFigures(from).length === 0 && !BARE_NUMBER.test(from);
    if (named && number) {
      const figure = correctionOfFigure(base, typed);
      if (figure) return figureEdit(base, figure);
    }
    if (from && base.includes(from) && from !== to && !(number && named)) {
      // 「走访企业6家改成7家」: the words before the old figure name it; only the figure changes.
      const f = findFigures(from);
      const g = findFigures(to);
      if (
        f.length === 1 &&
        f[0]!.start > 0 &&
        f[0]!.end === from.length &&
        g.length === 1 &&
        g[0]!.start === 0 &&
        g[0]!.end === to.length
      ) {
        // 「大概六百人」改成「六百五十人」: an estimate word before it goes with the old figure (estimate-edited.ts).
        const kept = prefixSettled(from.slice(0, f[0]!.start), to);
        const named = from.slice(kept.length);
        return {
          text: replacedInPlace(base, from, `${kept}${to}`),
          how: "substitute",
          from: named,
          to,
        };
      }
      return { text: replacedInPlace(base, from, to), how: "substitute", from, to };
    }
  }
  // 「是48人」「数字不对，应该是700人」: a new value said for the one figure of its unit.
  const said = correctionOfFigure(base, typed);
  if (said) return figureEdit(base, said);
  const long = [...typed].length >= 0.6 * [...base].length;
  if (long || overlap(base, typed) >= 0.5) return { text: typed, how: "replace" };
  // 「来了150个农户」 for 「…来了大概一百二三十个农户」: the update said again in fewer words, a figure corrected
  // (a text about as long as the update is its new version, as before: 「组织召开科技项目推进会，参会企业20家」).
  const again = restatedFigures(base, typed);
  if (again) return { text: again.text, how: "substitute", changes: again.changes };
  return { text: appendTo(base, typed), how: "append" };
}

/** Words saying something in the update is wrong (写错了、数不对、应该是、不是21): a correction said about it. */
const SAYS_WRONG =
  /(?:写|填|报|算|记|录|数|打|整|弄|搞)(?:错|少|多)了?|错了|有误|不对|不准|应该是|应该为|应为|应是|不是\s*[\d零〇一二两三四五六七八九十]/;
/** Longest correction said about an update; longer text is taken as its new content. */
const MAX_CORRECTION = 40;

/**
 * 「写错了 应该是23人 不是21」 after 「修改 1」: words about the update, not its new text — planEdit
 * would take them as the whole new content when no figure of the update fits. The caller finds the
 * figure meant or asks (correct-update.ts), never stores the complaint as the work done.
 */
export function correctionNotText(old: string, typed: string): boolean {
  const said = typed.trim();
  if (!SAYS_WRONG.test(said) || [...said].length > MAX_CORRECTION) return false;
  if (planEdit(old, said).how === "substitute") return false;
  return overlap(old.trim(), said) < 0.5;
}

/** One figure changed; a unit taken from the old figure is said in the preview. */
function figureEdit(base: string, c: { from: string; to: string; unit?: string }): EditPlan {
  return {
    text: base.replace(c.from, c.to),
    how: "substitute",
    from: c.from,
    to: c.to,
    ...(c.unit ? { filled: [{ to: c.to, unit: c.unit }] } : {}),
  };
}

/** What the preview says of units taken from the old figures (the new number said without one). */
export function unitNote(filled: readonly { to: string; unit: string }[]): string | undefined {
  // 「15万」 for 「12万元」: 万 was said — only the money word after it came from the old figure (money-magnitude.ts).
  const tails = filled.filter(onlyMoneyTail);
  const bare = filled.filter((f) => !onlyMoneyTail(f));
  const list = (fs: readonly { to: string }[]) => fs.map((f) => `「${f.to}」`).join("、");
  const notes = [
    bare.length > 0 ? `您没说单位，按原来的单位记为${list(bare)}。` : "",
    tails.length > 0 ? `按原来的单位补上「${tails[0]!.unit}」，记为${list(tails)}。` : "",
  ].join("");
  return notes || undefined;
}

/** Most figure changes one preview lists; more is a new text. */
const MAX_CHANGES = 4;

/**
 * 「…获批立项6项，争取上级资金三百万元」 for 「…获批立项5项，争取上级资金二百六十万元」: the same
 * words with only figures changed — each changed figure with its new one, in order. Undefined when
 * anything else differs, or nothing does.
 */
export function figuresChanged(base: string, typed: string): Array<{ from: string; to: string }> | undefined {
  const a = findFigures(base);
  const b = findFigures(typed);
  if (a.length !== b.length || a.length === 0) return undefined;
  if (figuresAs(base, a, "\u0000") !== figuresAs(typed, b, "\u0000")) return undefined;
  const changes = a
    .map((f, i) => ({ from: base.slice(f.start, f.end), to: typed.slice(b[i]!.start, b[i]!.end) }))
    .filter((c) => c.from !== c.to);
  return changes.length > 0 && changes.length <= MAX_CHANGES ? changes : undefined;
}

/** Spaces and punctuation, left out when a stretch said again is matched against the text. */
const LOOSE = /[\s，,。.、；;：:！!？?～~「」“”"']/u;

/**
 * The text with each figure as one NUL and spaces and punctuation dropped, and where each figure stands in
 * the original (for the same figures of `findFigures`).
 */
function looseSkeleton(text: string, figs: ReturnType<typeof findFigures>): string {
  let out = "";
  let at = 0;
  for (const f of figs) {
    out += `${[...text.slice(at, f.start)].filter((c) => !LOOSE.test(c)).join("")}\u0000`;
    at = f.end;
  }
  return out + [...text.slice(at)].filter((c) => !LOOSE.test(c)).join("");
}

/**
 * A stretch of `base` said again in `typed` with only figures changed (「帮9家企业申报」 for 「…帮8家企业申报高新技术
 * 企业…」): the changed figures, each in place. Undefined unless the stretch is found exactly once, names its
 * figures with at least two other characters, and each changed figure keeps its unit.
 */
function restatedStretch(base: string, typed: string): EditPlan | undefined {
  const b = findFigures(typed);
  if (b.length === 0 || b.length > MAX_CHANGES) return undefined;
  const a = findFigures(base);
  const want = looseSkeleton(typed, b);
  if ([...want.replace(/\u0000/gu, "")].length < 2) return undefined;
  const hay = looseSkeleton(base, a);
  const at = hay.indexOf(want);
  if (at < 0 || hay.indexOf(want, at + 1) >= 0) return undefined;
  const first = [...hay.slice(0, at)].filter((c) => c === "\u0000").length;
  const pairs = b.map((g, i) => ({ old: a[first + i]!, now: g }));
  if (pairs.some((p) => p.old.figure.unit !== p.now.figure.unit)) return undefined;
  const moved = pairs.filter((p) => p.old.figure.value !== p.now.figure.value);
  if (moved.length === 0) return undefined;
  // 「15万」 for 「12万元」 keeps the 元 (money-magnitude.ts).
  const said = (p: (typeof pairs)[number]) =>
    withMoneyTail(typed.slice(p.now.start, p.now.end), base.slice(p.old.start, p.old.end));
  let text = base;
  for (const p of [...moved].reverse())
    text = `${text.slice(0, p.old.start)}${said(p)}${text.slice(p.old.end)}`;
  const changes = moved.map((p) => ({ from: base.slice(p.old.start, p.old.end), to: said(p) }));
  const filled = moved
    .filter((p) => said(p) !== typed.slice(p.now.start, p.now.end))
    .map((p) => ({ to: said(p), unit: said(p).slice(p.now.end - p.now.start) }));
  return { text, how: "substitute", changes, ...(filled.length > 0 ? { filled } : {}) };
}

/** Words between a figure's name and its new value: 获批是6项, 参与群众应为1600人. */
const COPULA = /(?:实际上?|其实|应该|应当|应|正确的?)?(?:是|为|有|达到?|共)?$/u;

/**
 * 「获批是6项」 against 「…获批5项…」: the one figure of the same unit whose preceding words end
 * with the fragment's words gets the new value. Undefined unless exactly one figure matches.
 */
function correctedFigure(
  base: string,
  typed: string,
): { from: string; to: string; filled?: Array<{ to: string; unit: string }> } | undefined {
  const found = findFigures(typed);
  if (found.length !== 1 || [...typed].length > 30) return undefined;
  const f = found[0] as (typeof found)[number];
  if (typed.slice(f.end).replace(/[。.！!，,\s]/gu, "") !== "") return undefined;
  const words = typed
    .slice(0, f.start)
    .replace(COPULA, "")
    .replace(/^[，,。\s]+/u, "")
    .trim();
  if ([...words].length < 2) return undefined;
  const hits = findFigures(base).filter(
    (g) =>
      g.figure.unit === f.figure.unit &&
      base
        .slice(Math.max(0, g.start - words.length - 3), g.start)
        .replace(/(?:了|共|达到?|为|是)$/u, "")
        .endsWith(words),
  );
  const g = hits.length === 1 ? hits[0] : undefined;
  if (!g || g.figure.value === f.figure.value) return undefined;
  const from = base.slice(g.start, g.end);
  const said = typed.slice(f.start, f.end);
  const to = withMoneyTail(said, from);
  return { from, to, ...(to !== said ? { filled: [{ to, unit: to.slice(said.length) }] } : {}) };
}

function appendTo(base: string, addition: string): string {
  if (base === "") return addition;
  return `${base}${END_PUNCT.test(base) ? "" : "。"}${addition}`;
}

function button(u: Update, label: string, command: string, style?: CardButton["style"]): CardButton {
  return { label, command: `${command} ${u.seq}`, subject: updateSubject(u), ...(style ? { style } : {}) };
}

/** The preview of an edit: old and new text, what the new text says, and buttons acting on the edit (`held`: held-draft.ts). */
export function editPreview(
  org: Org,
  u: Update,
  plan: EditPlan,
  ex: Extraction,
  extra?: string,
  held = false,
): Reply {
  const changed = (plan.changes ?? [{ from: plan.from, to: plan.to }])
    .map((c) => `「${c.from}」改成「${c.to}」`)
    .join("、");
  const note = {
    replace: `确认后用新内容替换 #${u.seq} 的原内容，原内容保留在修改记录中（「查看 ${u.seq}」可看到）。`,
    append: `您发来的内容较短，我把它作为补充加在 #${u.seq} 原文后面，原有内容都保留；如要用它替换整条，请点「改为整条替换」。`,
    substitute: `只把${changed}，其余不变。${extra ?? unitNote(plan.filled ?? []) ?? ""}`,
  }[plan.how];
  const buttons = [button(u, "确认修改", "确认", "primary"), button(u, "放弃修改", "放弃修改", "danger")];
  if (plan.how === "append") buttons.push(button(u, "改为整条替换", "改为替换"));
  if (plan.how === "replace") buttons.push(button(u, "改为追加到原文", "改为追加"));
  return cardReply({
    title: `修改预览（#${u.seq}）`,
    template: "orange",
    blocks: [
      `**修改前**\n${u.originalText}`,
      `**修改后**\n${plan.text}`,
      // The bot's first guess is not shown as the section while the person has still to choose it.
      ...understoodBlocks(
        org,
        { ...u, ...ex },
        sectionUnchosen(u) ? `${shownSection(org, u)}（确认前请先选科室）` : undefined,
      ),
    ],
    buttons,
    // A draft's preview confirms the draft with the edit (b57-d13 read 「行」 as the edit's yes only): said before it is done.
    // With its section still to choose, 确认 saves the edit and then asks the section: said so, not 「计入总结」.
    note: `${note}${previewNote(u, held)} 点「放弃修改」只放弃这次修改，#${u.seq} 本身不受影响。`,
  });
}

/**
 * The text an edit applies to: the original in Simplified characters, as what people type is read
 * (「參訓80人」 sent, 「参训85人」 typed). The original as sent stays in the update's history.
 */
export function editBase(u: Pick<Update, "originalText">): string {
  return toSimplified(u.originalText);
}

/** The edit asked for: the new text, an addition or one figure changed. */
export function editAsk(u: Update): Reply {
  return {
    text: `请发送 #${u.seq} 的修改内容：可以发完整的新内容（替换整条），也可以只发要补充的一句（加在原文后面），或写「1500改成1600」只改一处。发送「取消」放弃修改。\n原内容：\n${u.originalText}`,
  };
}

/** Work out the edit, keep it as the pending state and show it. */
export async function showEdit(
  services: Services,
  input: Incoming,
  personId: string,
  u: Update,
  typed: string,
  force?: "replace" | "append",
  /** Said under the change (「一千三百万」没写单位，按原来的「元」记). */
  note?: string,
): Promise<Reply> {
  const plan = planEdit(editBase(u), typed, force);
  const ex = await extractText(services, plan.text);
  // Held before, or in this very message (「先别存 是44家」, hold-with-fix.ts): the yes to the change only puts it in.
  const held =
    heldIn(await getState(services.store, personId), u) ||
    (u.status === "draft" && holdSaidWithFix(input.text));
  await setState(
    services.store,
    personId,
    {
      mode: "confirm-edit",
      updateId: u.id,
      text: plan.text,
      input: typed,
      how: plan.how,
      ...(note && plan.how === "substitute" ? { note } : {}),
      ...(held ? { held } : {}),
    },
    stampOf(services, input),
  );
  const preview = editPreview(services.org, u, plan, ex, plan.how === "substitute" ? note : undefined, held);
  return colleaguePreview(services, u, personId, preview);
}

/** Re-show a pending edit (after a replay): the plan is recomputed from what was typed. */
export async function pendingEditPreview(
  services: Services,
  state: Extract<DialogueState, { mode: "confirm-edit" }>,
): Promise<Reply | undefined> {
  const u = await services.store.getUpdate(state.updateId);
  if (!u) return undefined;
  const plan: EditPlan = { text: state.text, how: state.how ?? "replace" };
  if (plan.how === "substitute") Object.assign(plan, planEdit(editBase(u), state.input ?? state.text));
  const ex = await extractText(services, state.text);
  return editPreview(services.org, u, plan, ex, state.note, heldIn(state, u));
}

/** The pending edit of update `seq` (or of the one named by the clicked button), if any. */
async function pendingEdit(ctx: CommandContext): Promise<{
  state?: Extract<DialogueState, { mode: "confirm-edit" }>;
  u?: Update;
}> {
  const state = await getState(ctx.services.store, ctx.person.id);
  if (state.mode !== "confirm-edit") return {};
  const u = await ctx.services.store.getUpdate(state.updateId);
  if (!u) return {};
  const subject = ctx.input.subject;
  const m = /^#?\s*(\d+)/.exec(ctx.args);
  if (subject?.kind === "update" && subject.id !== u.id) return {};
  if (m && Number(m[1]) !== u.seq) return {};
  return { state, u };
}

/** The update whose new text is asked for (mode edit), when the command names no other. */
async function editAskedFor(ctx: CommandContext): Promise<Update | undefined> {
  const state = await getState(ctx.services.store, ctx.person.id);
  if (state.mode !== "edit") return undefined;
  const u = await ctx.services.store.getUpdate(state.updateId);
  const m = /^#?\s*(\d+)/.exec(ctx.args);
  return u && !(m && Number(m[1]) !== u.seq) ? u : undefined;
}

const noEdit = (ctx: CommandContext) => {
  const m = /^#?\s*(\d+)/.exec(ctx.args);
  return { text: `${m ? `#${m[1]} ` : ""}没有待确认的修改，没有做任何改动。` };
};

export const editCommands: Command[] = [
  {
    names: ["放弃修改", "取消修改"],
    help: "放弃修改 [编号] — 放弃刚才的修改，原内容不变（也可以说：三号那个改的不算 还是用原来的、第二条刚改的那个不要了、二号嗰个改嘅唔算 用返原来嘅、第四条改了以后不对 还是按老的来）",
    async run(ctx) {
      const { u } = await pendingEdit(ctx);
      if (u) return cancelEdit(ctx, u);
      // 「放弃修改」 while the new text is still asked for (README: said then it is the same): the edit dropped,
      // the update as it was — before, it answered there was no edit and left the question open.
      const asked = await editAskedFor(ctx);
      return asked ? cancelEdit(ctx, asked) : noEdit(ctx);
    },
  },
  {
    names: ["改为替换", "改为追加"],
    help: "改为替换 / 改为追加 [编号] — 修改预览中，用新内容替换整条或追加到原文",
    async run(ctx) {
      const { state, u } = await pendingEdit(ctx);
      if (!state || !u) return noEdit(ctx);
      const force = ctx.input.text.includes("替换") ? "replace" : "append";
      return showEdit(ctx.services, ctx.input, ctx.person.id, u, state.input ?? state.text, force);
    },
  },
];
