import { asksSomething } from "./workday-asked.js";
import { withMinePeriod } from "./mine-period.js";
import { rulesAnswer } from "./staff-questions.js";
import type { Intent, IntentContext } from "./classify-intent.js";
import { periodWordsIn } from "../domain/resolve-dates.js";
import { asksHowTo } from "./how-to.js";
import { ASKS_ABOUT, ASKS_FOR_CHANGE, hasFigure } from "./leader-part.js";
import { weekNothing } from "./week-nothing.js";
import { DONE_WITH_COMMAND_VERB, intentText, MARKED_NUM, numberOf } from "./intent-lexicon.js";
import { canonicalPeriod, formatSaid, partIn } from "./leader-request.js";
import { sectionSaid } from "./section-reports.js";
import { datesSaid } from "./not-own-work.js";
import { talkAbout } from "./verb-object.js";
import { vagueMessage } from "./vague-message.js";
import { dayAsked } from "./workday-asked.js";
import { type Action, ACTIONS } from "./verb-object-words.js";
import type { CommandTable } from "./match-command.js";
import { reportFeatures } from "./report-odds.js";
import { actsOnGuess } from "./guess-act.js";
import shipped from "./command-model.json" with { type: "json" };
import { progressWeek } from "./progress-week.js";
import { versionsOf, versionsStated } from "./version-words.js";

/**
 * A learned guess at the command an everyday message asks for, consulted only where the rules
 * (classify-intent.ts) end without one — unclear text or small talk of no particular topic
 * (「你都能干点啥」「你一项一项问我吧」「这周基本没进展，都在忙迎检」). Multinomial naive Bayes over
 * the message's character 1–3-grams (the features of report-odds.ts), trained on the labelled
 * intent and leader lines outside the sealed batches (`npx tsx tools/train-command-model.ts`
 * writes command-model.json). Classes: each command, and `report`, `chat` and `answer` — a
 * message nearer those than to any command is left to the rules.
 *
 * The guess never stores anything and never overrides a rule: a read-only command (帮助、我的填报、
 * 进度…) is run and the reply says how the message was understood; anything that changes data is
 * asked about in one line with buttons (「您是想…吗？」). Staff are never offered a leaders' command.
 */
export interface CommandModel {
  /** Class names: commands by their first name, or report / chat / answer. */
  classes: string[];
  /** Training messages per class. */
  docs: number[];
  /** Feature occurrences per class. */
  totals: number[];
  /** Distinct features kept. */
  vocab: number;
  alpha: number;
  /** Per feature, its counts as flat [class index, count, class index, count, …]. */
  counts: Record<string, number[]>;
}

/** The classes that are no command. */
export const NON_COMMANDS: ReadonlySet<string> = new Set(["report", "chat", "answer"]);

/**
 * Commands that change nothing: run on a guess, with the reply saying how it was understood.
 * Every other command is asked about first.
 */
export const READ_ONLY: ReadonlySet<string> = new Set([
  "帮助",
  "我的填报",
  "查看",
  "进度",
  "查看草稿",
  "查看填报",
  "待核实",
  "对比",
  // Whether a day is worked, answered from the calendar (「12月12号上班不上班呀」).
  "上班吗",
]);

/**
 * The log-probability margin the top class needs over the next one (leave-one-batch-out over the
 * blind batches, bench/evaluate-command-guess.ts: no read-only command run wrongly, no wrong
 * command asked about at this margin). 4.5 rather than 4 since round thirty-four: the same right
 * guesses leave-one-batch-out (11424 of 11633 at 4, 4.5 and 5), one fewer right command asked about
 * at first sight (101 → 100), and room for what a model retrained on new batches shifts — at 4, learning
 * any of blind73, i33b or i34a tipped one sealed line over the edge (docs/understanding.md 第三十四轮 lead).
 */
export const GUESS_MARGIN = 4.5;

/**
 * What 帮助 needs beyond GUESS_MARGIN. The help class learns every dialect's how-questions (咋使、怎么弄、咋个整), so
 * it grows a little with each batch learned and reaches into talk that merely asks something; a right 帮助
 * guess stands far clear (margin ≥ 6 with round thirty-eight's batches learned), a wrong one near the edge.
 * Chosen by leave-one-batch-out (bench/evaluate-command-guess.ts, docs/understanding.md 第三十八轮 model38b).
 */
export const HELP_MORE = 1.5;

/** Longer messages are reports or explanations; a request said in a sentence is short. */
export const GUESS_MAX_CHARS = 30;

export interface Guess {
  /** The command's first name. */
  command: string;
  /** The command as the engine runs it, with the arguments the text gives (撤回 2). */
  text: string;
  readOnly: boolean;
  margin: number;
}

/** Every class by its log-probability for `text`, best first. */
export function rankClasses(
  text: string,
  model: CommandModel = shipped,
): Array<{ cls: string; logp: number }> {
  const k = model.classes.length;
  const scores = model.docs.map((d) => Math.log(d + 1));
  const denom = model.totals.map((t) => Math.log(t + model.alpha * model.vocab));
  const logAlpha = Math.log(model.alpha);
  let known = 0;
  for (const f of reportFeatures(text)) {
    const flat = model.counts[f];
    if (!flat) continue;
    known++;
    // Every class gets the unseen share; the classes that saw the feature, their count's.
    for (let i = 0; i < flat.length; i += 2)
      scores[flat[i]!]! += Math.log(flat[i + 1]! + model.alpha) - logAlpha;
  }
  for (let c = 0; c < k; c++) scores[c]! += known * (logAlpha - denom[c]!);
  return model.classes
    .map((cls, i) => ({ cls, logp: scores[i]! }))
    .sort((a, b) => b.logp - a.logp || (a.cls < b.cls ? -1 : 1));
}

export interface GuessContext {
  leader: boolean;
  commands: CommandTable;
  /** The roster's names, for 查看填报 (「把何婷报的拿来我看看」). */
  people?: readonly string[];
  /** The sections a part of the draft may be named by (「高企那块发我看看」). */
  sections?: IntentContext["sections"];
}

/** How, asked of a verb the bot itself does (咋报、怎么改、如何查). */
const BOT_HOW = /(?:怎么|咋|如何|怎样)(?:个|样)?(?:才能)?(?:用|报|填|改|删|撤|查|看|交|写|确认|恢复)/;

/** Taking a moment (我看看、让我想想、我再看下): no object, so no request. */
const THINKING =
  /^(?:我|让我|等我|容我)?(?:再|先)?(?:看看|看下|看一下|想想|想一下|琢磨琢磨)(?:吧|哈|啊|哦)?$/;

/**
 * The command `raw` most likely asks for, when the model is clear about it: its top class is a
 * command this deployment has and this person may use, ahead of the next class by `margin`.
 */
export function guessCommand(
  raw: string,
  ctx: GuessContext,
  model: CommandModel = shipped,
  margin = GUESS_MARGIN,
  helpMore = HELP_MORE,
): Guess | undefined {
  const { norm, core } = intentText(raw);
  const len = [...core].length;
  // 「怎么撤回」 asks how: answered about the feature (how-to.ts), not guessed into it.
  if (len < 2 || len > GUESS_MAX_CHARS || asksHowTo(norm)) return undefined;
  // 「我的记录本找不到了 谁看见了」「出稿真累」: talk that asks nothing of the bot (verb-object.ts).
  if (talkAbout(norm, core)) return undefined;
  // 「第三条」「5号吧」: an update named with no verb says nothing of what to do with it.
  if (ONLY_A_NUMBER.test(core)) return undefined;
  // 「我看看」「让我想想」: a moment taken to think, with nothing to look at named.
  if (THINKING.test(core)) return undefined;
  // 「呢个点算」「那个你看着弄」: what is meant cannot be told (vague-message.ts) — asked, never guessed;
  // a how with a verb of the bot's own (咋报、怎么改) may still be 帮助.
  const vague = vagueMessage(norm, core);
  if (vague && vague !== "bare" && !(vague === "status" && BOT_HOW.test(norm))) return undefined;
  const [top, next] = rankClasses(norm, model);
  if (!top || !next || NON_COMMANDS.has(top.cls)) return undefined;
  if (top.logp - next.logp < margin + (top.cls === "帮助" ? helpMore : 0)) return undefined;
  // 「把何婷报的拿来我看看」: someone else's reports are no 我的填报 — a leader's 查看填报, or nothing.
  const named = (ctx.people ?? []).find((p) => norm.includes(p));
  const cls = top.cls === "我的填报" && named ? (ctx.leader ? "查看填报" : undefined) : top.cls;
  if (!cls) return undefined;
  const entry = ctx.commands.entries.find((e) => e.command.names[0] === cls);
  if (!entry || (entry.command.leadersOnly && !ctx.leader)) return undefined;
  // 「哎删错了，恢复吧」: a command word the text itself says outweighs the model's other choice.
  const says = ctx.commands.entries.find(
    ({ name }) =>
      name.length >= 2 && /^[\u4e00-\u9fff]+$/.test(name) && norm.includes(name) && !cls.includes(name),
  );
  if (says && says.command.names[0] !== cls) return undefined;
  // 「3号那条详细的发我」: the words say an action on an update (verb-object-words.ts) — a guess of
  // another action on it (撤回 for a look) contradicts them; so do words that move it to a section
  // (「刚才那条应该归人才那个口」 asks 科室, never 修改).
  const family = UPDATE_ACTION[cls];
  if (family) {
    const said = (Object.keys(UPDATE_ACTION_OF) as Action[]).filter((a) => ACTIONS[a].test(norm));
    if (said.length > 0 && !said.includes(family)) return undefined;
  }
  // 「咋整」「这咋弄啊」: "what now?" with no matter named asks what is meant, not how the bot works.
  if (cls === "帮助" && BARE_WHAT_NOW.test(core)) return undefined;
  // 「12月31号放假伐」: a question about the calendar (放假、上班、调休) asks no leave for oneself.
  if (cls === "请假" && CALENDAR_QUESTION.test(norm)) return undefined;
  // 「刚从乡下回来」: someone coming back is no update brought back — 恢复 needs a word that brings one back.
  if (family === "restore" && !ACTIONS.restore.test(norm)) return undefined;
  // 「麻烦把会议室钥匙留在门卫」: an errand asks no update taken away — 撤回 needs a word of taking back,
  // of a mistake or of not counting it (删、撤、不要了、错、重复、当我没说 …).
  if (
    family === "withdraw" &&
    !ACTIONS.withdraw.test(norm) &&
    !/错|重复|重了|多了|不对|算了|取消|不用|别管|忽略|没说|作数|白报/.test(norm)
  )
    return undefined;
  // 「第一部分的情况属实不」: a question about the draft (属实不、准不准) that asks no change of it is no rewrite.
  if ((cls === "重写" || cls === "改写") && ASKS_ABOUT.test(norm) && !ASKS_FOR_CHANGE.test(norm))
    return undefined;
  // 「去年那份总结再给我拉出来看一眼」: a look at a draft (看、瞅、拉出来) with no word of making one asks
  // for no new draft.
  if (cls === "生成总结" && ACTIONS.view.test(norm) && !ACTIONS.make.test(norm)) return undefined;
  // 「把上半年那稿下载下来」: a file of the draft asked for (下载、导出) is no new draft either.
  if (cls === "生成总结" && ACTIONS.export.test(norm) && !ACTIONS.make.test(norm)) return undefined;
  // 「元旦那天我值班 在单位守着」: a day and work named, nothing asked — no question of the calendar.
  if (cls === "上班吗" && !asksSomething(norm)) return undefined;
  // 「元旦那天我值班 要不要报」: whether something is reported, asked — the rules, not the calendar.
  if (cls === "上班吗" && REPORTING_ASKED.test(norm) && !/上班|放假|补班|调休|休息|放几天/.test(norm))
    return undefined;
  // 「下礼拜天用不用来单位」: a reminder put off is said with a reminder or the reporting itself.
  if (cls === "下周提醒" && !/提醒|催|叫|喊|报|填|交|写/.test(norm)) return undefined;
  // 「忙着迎检」: being busy says nothing of the week's progress — 本周无进展 needs a word that the week
  // came to nothing (没、无、啥也、空) or of the reporting itself.
  if (cls === "本周无进展" && !/没|无|啥也|什么也|空|白|报|填|交|进展|进度/.test(norm)) return undefined;
  // 「这周下乡3天 别的没啥新情况」「项目这周没进展，卡在审批」: work with its figure, or a named matter's
  // stall, is reported — never the week marked empty (week-nothing.ts).
  if (cls === "本周无进展" && (hasFigure(norm) || weekNothing(norm) === "matter")) return undefined;
  // 「这个礼拜也得报么」: a question about reporting is no statement that this week came to nothing,
  // nor a reminder put off.
  if ((cls === "本周无进展" || cls === "下周提醒") && QUESTION_END.test(norm)) return undefined;
  // 「去福利院讲了些啥内容？」: what was said at a visit, asked, is no look at one's own reports.
  if (
    cls === "我的填报" &&
    /(?:讲|说|聊|谈)(?:了|的)?些?(?:啥|什么)/.test(norm) &&
    !/报(?!告)|填|交|写/.test(norm)
  )
    return undefined;
  const args = argsFor(cls, norm, ctx);
  // 查看 needs the update: without a number the guess would only ask for one.
  if (args === undefined) return undefined;
  return {
    command: cls,
    text: [cls, args].filter((x) => x !== "").join(" "),
    // 「把第二次的稿子跟四版对一下」: arguments the text states but the guess cannot read are never run without —
    // the command is asked about instead (ask-command.ts says which versions it could not make out).
    readOnly: READ_ONLY.has(cls) && !argsUnread(cls, args, norm),
    margin: top.logp - next.logp,
  };
}

/** A day off or a working day asked about (放假吗、上不上班、调休伐？), not asked for. */
const CALENDAR_QUESTION =
  /(?:放不放假|上不上班|(?:放假|上班|调休|补班)(?:吗|么|不|没|伐|呢|嘛|啊)*[?？]+|(?:放假|上班|调休|补班)(?:吗|么|不|没|伐|嘛))[啊呀呢哈]*[?？。]*$/;
/** 「咋整」「那咋办」「这怎么弄呀」: a bare "what now?", nothing named to do it with. */
const BARE_WHAT_NOW =
  /^(?:那|这|这可|那可)?(?:咋|怎么|怎|咋个|怎样|怎么样)(?:整|办|弄|搞|做|个整法|个弄法)(?:啊|呀|呢|哈|嘞|咧|嘛)?$/;
/** A message closed as a question (吗、么、？), emoji and spaces aside. */
const QUESTION_END = /(?:[吗么嘛]|[?？])(?:[\s～~。.!！]|\p{Extended_Pictographic}|\u200d|\ufe0f)*$/u;

/** The action class (verb-object-words.ts) of each command on an update. */
const UPDATE_ACTION: Readonly<Record<string, Action>> = {
  撤回: "withdraw",
  恢复: "restore",
  查看: "view",
  确认: "confirm",
  修改: "edit",
};
const UPDATE_ACTION_OF: Readonly<Partial<Record<Action, true>>> = {
  withdraw: true,
  restore: true,
  view: true,
  confirm: true,
  edit: true,
  move: true,
};

/** An update number alone (第三条、#5、5号吧、第2个), with at most a particle after it. */
const ONLY_A_NUMBER =
  /^(?:第|#|编号|最后|头)?\s*(?:\d{1,6}|[一二两三四五六七八九十]{1,3})?\s*(?:条|个|号|项)?(?:吧|啊|呀|的|那条|那个)?$/;

/** The commands whose object is one of the person's updates. */
const ON_AN_UPDATE = new Set(["撤回", "恢复", "查看", "修改", "确认"]);

/** Whether `norm` states more of a command's arguments than `args` holds: versions named that were not all read. */
export function argsUnread(command: string, args: string, norm: string): boolean {
  if (command !== "对比") return false;
  const read = args === "" ? 0 : args.split(" ").length;
  return read < Math.min(2, versionsStated(norm));
}

/** The arguments the text itself gives a guessed command; undefined when it cannot run without. */
function argsFor(command: string, norm: string, ctx: GuessContext): string | undefined {
  if (ON_AN_UPDATE.has(command)) {
    const marked = new Set(
      [...norm.matchAll(MARKED_NUM)].map((m) => numberOf(m[1] ?? m[2])).filter((n) => n !== undefined),
    );
    if (marked.size === 1) return String([...marked][0]);
    return command === "查看" ? undefined : "";
  }
  if (command === "生成总结") {
    // 「上半年的总结能出不」: the period said goes with the command (resolved when it runs).
    return canonicalPeriod(periodWordsIn(norm));
  }
  // 「我12月8号到12号去省里」: leave is taken for days; without them a yes could register none.
  if (command === "请假") return datesSaid(norm);
  // 「v2和v4比比看」「把1版和2版对一下」「二稿跟第三稿比比」: the versions named go with 对比, read as the rules read them.
  if (command === "对比") return versionsOf(norm);
  // 「12月12号上班不上班呀」: the day asked about; without one there is nothing to answer.
  if (command === "上班吗") return dayAsked(norm);
  if (command === "进度") return progressWeek(norm);
  // 「发到飞书文档里」: the format said goes with 导出, so a yes exports what was asked.
  if (command === "导出") return formatSaid(norm) ?? "";
  // 「把科普那个科的填报拿来我看看」: someone named, or a section.
  if (command === "查看填报")
    return (
      (ctx.people ?? []).find((p) => norm.includes(p)) ??
      sectionSaid(norm, { sections: ctx.sections ?? [] }) ??
      ""
    );
  // 「初稿里问题那部分发我瞅瞅」: the part named, as leader-request.ts reads it.
  if (command === "查看草稿") return partIn(norm, { sections: ctx.sections ?? [] })?.label ?? "";
  return "";
}

/**
 * The one place the guess meets the rules: where they end unclear (not a withdraw offer) or in
 * small talk of no particular topic, a clear guess turns a read-only command into that command
 * (marked `guessed`, so the reply says how it was understood) and any other into a question.
 * Everything the rules are sure of — a command, an answer, a report, thanks — is left alone.
 */
/** A count and nothing else (8户、三场、1200份、十二个人). */
const BARE_COUNT =
  /^\s*(?:[\d０-９.]+|[一二两三四五六七八九十百千万几]+)\s*(?:[个户人家场次项份名台件所座期批回位亩棵株套本册条篇处村]|个人)\s*[。.！!]?\s*$/u;

export function guessWhereUnsure(verdict: Intent, norm: string, ctx: IntentContext): Intent {
  const unsure =
    (verdict.kind === "unclear" && verdict.suggest === undefined) ||
    (verdict.kind === "smalltalk" && (verdict.topic === "other" || verdict.topic === "question"));
  // 「删除了重复的专利数据23条」: a command's verb of work done is no request, whatever it resembles.
  if (!unsure || DONE_WITH_COMMAND_VERB.test(norm)) return verdict;
  // 「8户」「三场」 with nothing waiting: a bare count points at nothing to act on — asked what it is, never offered as a
  // command (lead, round forty-four: retrained on eighteen more batches, the guess offered 修改 for 「8户」).
  if (ctx.awaiting === "nothing" && BARE_COUNT.test(norm)) return verdict;
  // 「啥时候截止啊 不报咋整」: a question about the rules has its own answer (staff-questions.ts), not 帮助.
  if (verdict.kind === "smalltalk" && rulesAnswer(norm, undefined)) return verdict;
  const guess = (ctx.guess === undefined ? guessCommand : ctx.guess)?.(norm, ctx);
  if (!guess) return verdict;
  // 「过会弄 主任叫我」 with nothing waiting: there is nothing to cancel or give up, whatever the model learned from the
  // same words said while a guided report waited (model50).
  if (ctx.awaiting === "nothing" && CANCELS.has(guess.command)) return verdict;
  // 「把3家改成5家就行 其他不动」 while the bot waits for an edit's new text: the edit is the one asked
  // for, so asking 「您是想修改吗？」 about it again would be the wrong question.
  if (ctx.awaiting === "edit-text" && guess.command === "修改") return verdict;
  // 「俺前两天报的那次党课 人数写的多少哇」: what one wrote, asked, is one's own list to look at — never an edit
  // offered (nothing is said wrong).
  if (guess.command === "修改" && WRITTEN_ASKED.test(norm) && !SAID_WRONG.test(norm))
    return withMinePeriod({ kind: "command", command: "我的填报", text: "我的填报", guessed: true }, norm);
  // 「那条报错了，撤了吧」: a withdraw with no update named is the rules' own offer of the latest
  // one (「要撤回 #N 吗？」), which names the update.
  if (guess.text === "撤回") return { kind: "unclear", suggest: "withdraw" };
  // 「这周实在没啥进展 一直在陪检查组」「你一句一句问我吧」: a clear guess of a small, undoable change is
  // carried out, the reply saying so and how to undo it (guess-act.ts); other changes are asked about.
  if (actsOnGuess(guess, norm))
    return { kind: "command", command: guess.command, text: guess.text, guessed: true };
  // 「我上个礼拜报嘅嘢全部睇下」: one's own list guessed keeps the period said (mine-period.ts).
  return guess.readOnly
    ? withMinePeriod({ kind: "command", command: guess.command, text: guess.text, guessed: true }, norm)
    : { kind: "ask-command", guess };
}

/** Commands that only end what is under way (a guided report, an edit): nothing to end when nothing waits. */
const CANCELS: ReadonlySet<string> = new Set(["取消", "放弃修改"]);

/** What was written asked after: 写的多少、填的几个、报的啥来着. */
const WRITTEN_ASKED =
  /(?:写|填|报)(?:的|了)(?:是)?(?:多少|几[\u4e00-\u9fff]?|啥|什么|哪个)(?:来着|啊|哇|呀|呢|嘞|咧|哦|[?？])*$/u;
/** Something said wrong: 改、错、不对、应该是. */
const SAID_WRONG = /改|错|不对|应该|其实|不是/u;

/** Whether one reports, asked (要不要报、用不用填、还得写吗). */
const REPORTING_ASKED = /(?:要不要|用不用|需不需要|还要|还用|还得|得|要)[^，,。]{0,6}?(?:报|填|写)/;
