import { storedAsked } from "./stored-asked.js";
import { withoutTrailingMarks } from "./trailing-marks.js";
import { ASKED_TO_BE_ASKED, materialAfterAsk } from "./guided-request.js";
import type { Intent, IntentContext } from "./classify-intent.js";
import { COMMAND_RULES } from "./command-rules.js";
import { ASKS_WHAT_TO_DO, HOW_LEAD } from "./how-asked.js";
import {
  DONE_WITH_COMMAND_VERB,
  EDIT_WORDS,
  FREE_TEXT_COMMANDS,
  MARKED_NUM,
  numberOf,
  POLITE_LEAD,
  REQUEST_VERB,
  RESTORE_WORDS,
  WITHDRAW_WORDS,
} from "./intent-lexicon.js";
import { matchCommand } from "./match-command.js";
import { spokenBreaks } from "./message-clauses.js";
import { FIGURE } from "./work-lexicon.js";
import { NO_BEFORE_VERB } from "./withdraw-denied.js";

/**
 * A command said in everyday words, found by its structure rather than as a whole phrase:
 * - the request is a command verb with its object — an update number (第6条、#3、2号) or one's own
 *   records (我的记录) — in either order (删掉第二条 / 第二条删掉), with polite words around or
 *   between them (麻烦、帮我、吧、谢谢、就行);
 * - in a message of several clauses the request is the last clause that is one, and the others
 *   may only explain it (「刚才那条发错了，撤回第6条」), never carry a figure of work; the update
 *   number may sit in another clause (「第7条不用报了，帮我撤了吧」).
 */

/** Staff text this short that starts with a leaders' command word is taken as that command. */
export const STAFF_COMMAND_MAX_CHARS = 16;
/** A question of what to do (ASKS_WHAT_TO_DO) is short. */
const WHAT_TO_DO_MAX_CHARS = 24;
/** A request said over several clauses is short: longer messages are reports or questions. */
const CLAUSED_REQUEST_MAX_CHARS = 32;
/** A request found by its verb and update number alone is shorter still. */
const STRUCTURED_REQUEST_MAX_CHARS = 24;
/** The commands whose object is an update number (filled in from another clause). */
const NUMBERED = new Set(["撤回", "恢复", "查看", "修改", "确认"]);

/** The rest of an edit request that is no new content: 我改一下、我来改、重新填. */
const EDIT_ONLY =
  /^(?:我|我来|我再|我要|要|得|需要)?(?:改|修改|更正|重新填|重填|重新改|重新写)(?:一下|下)?(?:[了吧啊呀哈嘛哦]|谢谢)*[。.！!～~]*$/;

/** Particles and thanks with nothing else: 哈、吧、谢谢啦. */
const PARTICLES_ONLY = /^(?:[了吧啊呀哈嘛哦噢啦呗嘞]|谢谢|谢啦)+[。.！!～~\s]*$/;

/**
 * The rest of a 「第2条写错了，…」 request that only asks for the update to go (删掉、直接删了吧、
 * 不要了、作废): a withdrawal, never new content for the update.
 */
const WITHDRAW_ONLY = new RegExp(
  `^(?:那就|就|直接|干脆|帮我|给我|麻烦)*(?:${WITHDRAW_WORDS}|不要|不算)(?:一下|下|掉)?(?:[了吧啊呀哈嘛哦]|谢谢)*(?:[，,。\\s]*(?:我)?(?:重发|重新发|重报|重新报|重填|重新填)(?:一下|一条)?)?[。.！!～~]*$`,
);

/** A withdrawal said of an update: 不要了、删了、撤了、作废. */
const WITHDRAW_SAID = /不要了|删|撤|作废/;

/** A clause that only names a slip (删错了、点错了、搞错了): the reason for the request beside it. */
const EXPLAINS_MISTAKE = /^(?:刚才|刚刚|我)?(?:删|撤|点|按|搞|弄|发)错了?[了啊呀吧]*$/;
/** 45人没错、人数是对的、80份没问题: a figure said to be right, the reason beside a request. */
const FIGURE_RIGHT =
  /^[\u4e00-\u9fff]{0,4}[\d一二两三四五六七八九十百千万]+\s*[\u4e00-\u9fff]{0,2}(?:是)?(?:没错|没问题|是对的|对的|对着呢|不错)[了的啊呀吧哈]*$/;
/** A count of one's updates or drafts (两条、3个草稿), not of work. */
const UPDATE_COUNT = /[一两二三四五六七八九十几\d]+\s*(?:条|个草稿)/g;

/** 这两天、前几天、过两周: a stretch of time near now (the reason beside a request), no figure of work. */
const NEAR_DAYS = /(?:这|那|前|后|过|近|头|最近)(?:[两几一二三])(?:天|日|周|个?星期|个?礼拜|个?月)/g;

/** A command verb made a modifier of an update: 删掉的那条、撤回的那个. */
const POINTS_AT_UPDATE = /^[\u4e00-\u9fff]{2}的(?:那|这)?一?(?:条|个)/;

export function everydayCommand(norm: string, core: string, ctx: IntentContext): Intent | undefined {
  const coreLen = [...core].length;
  if (coreLen <= WHAT_TO_DO_MAX_CHARS && (ASKS_WHAT_TO_DO.test(norm) || HOW_LEAD.test(norm)))
    return canonical("帮助", "");
  // 「刚才那条存上没 我怎么冇看到」: whether the message just sent was stored — the list of one's own (stored-asked.ts).
  if (ctx.awaiting === "nothing" && storedAsked(norm)) return canonical("我的填报", "");
  const whole = requestIn(norm, coreLen, ctx) ?? requestByStructure(norm, coreLen);
  if (whole) return whole;
  if (coreLen > CLAUSED_REQUEST_MAX_CHARS) return undefined;
  const clauses = spokenBreaks(norm)
    .split(/[，,。；;！!？?\s]+/)
    .filter((c) => c.trim() !== "");
  if (clauses.length < 2) return undefined;
  // 「技术中心那条不要了 下周再报」: 下周再报 after a request on an update is its reason, not a reminder asked.
  const onUpdate = clauses
    .slice(0, -1)
    .some((c) => /(?:那|这)条|第.{1,3}条|\d号/.test(c) && WITHDRAW_SAID.test(c));
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i]!;
    // 「第4条恢复一下，删错了」: a mistake named after a request explains it; it is no 修改 of its own.
    if (i > 0 && EXPLAINS_MISTAKE.test(clause)) continue;
    const said = requestIn(clause, [...clause].length, ctx);
    if (said?.kind !== "command") continue;
    if (onUpdate && said.command === "下周提醒" && !/提醒|催|叫|喊|通知/.test(clause)) return undefined;
    const others = clauses.filter((_, j) => j !== i);
    // 「走访企业8家，发现3家数据填错了，已督促更正」: the other clauses report work. A count of the
    // person's own updates (两条都没问题) is no figure of work.
    // A figure said to be right (45人没错、数是对的) is the reason for the request, not work.
    const work = (c: string) =>
      !FIGURE_RIGHT.test(c) && FIGURE.test(c.replace(UPDATE_COUNT, "").replace(NEAR_DAYS, ""));
    if (others.some(work)) return undefined;
    const numbered = withNumberFrom(norm, said);
    // 「刚刚那个发错了，删掉」「那条报错了，撤了吧」 name no number: a reference (刚刚那个 → the latest)
    // is resolved by correction-request.ts and acted on; without one the bot offers the latest
    // with a button (a withdraw) or leaves it to the rest of the order.
    // 「哎删错了，恢复吧」: 恢复 without a number restores the one just withdrawn, or asks which.
    // 「刚发的那条对的 确认吧」: 确认 without a number confirms the one waiting (or lists them).
    if (
      NUMBERED.has(numbered.command) &&
      !/^\S+ \d/.test(numbered.text) &&
      numbered.command !== "恢复" &&
      numbered.command !== "确认"
    )
      // To the card just sent (one draft waiting), the draft on it is the one meant: 撤回 takes it.
      return numbered.command === "撤回"
        ? ctx.awaiting === "confirm" && ctx.justAsked && ctx.pendingDrafts <= 1
          ? numbered
          : { kind: "unclear", suggest: "withdraw" }
        : undefined;
    return numbered;
  }
  return undefined;
}

/**
 * 「哎呀第九条重复了，帮忙撤一下」「编号7的那条还原」「我想看看第十一条的详情」: one update number
 * marked as such, and a verb of withdraw / restore / view that closes the message (REQUEST_VERB),
 * in a short message carrying no figure of work.
 */
function requestByStructure(norm: string, coreLen: number): Intent | undefined {
  if (coreLen > STRUCTURED_REQUEST_MAX_CHARS || FIGURE.test(norm)) return undefined;
  const last = [...norm.matchAll(REQUEST_VERB)].at(-1);
  const command = Object.entries(last?.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
  if (!command || !last) return undefined;
  // 「第2条别删」「3号不要撤」: the verb under a no is what is not wanted done.
  if (NO_BEFORE.test(norm.slice(0, last.index))) return undefined;
  // 「就确认第5条吧 其他的我再看看」: the closing verb said of the others is not said of the one numbered.
  const clause =
    norm
      .slice(0, last.index)
      .split(/[，,。；;！!？?\s]/)
      .at(-1) ?? "";
  if (OTHERS.test(clause)) return undefined;
  const said = withNumberFrom(norm, { kind: "command", command, text: command });
  return said.text === command ? undefined : said;
}

/** A no right before a request's verb (别、不要、莫、甭、不用…: withdraw-denied.ts): 别删 asks for nothing to be done. */
const NO_BEFORE = new RegExp(`${NO_BEFORE_VERB}$`);

/** The others, as against the one named (其他的、别的、剩下的、其余几条). */
const OTHERS = /其他|其它|别的|其余|剩下|剩余|另外/;

/** A request for an update with no number takes the one number the message marks, if exactly one. */
/** A bare number typed after a short command word at the start (删除 6、撤回 3), set apart by a space. */
const TYPED_NUMBER = /^[\u4e00-\u9fff]{1,4}\s+#?(\d{1,6})(?=[\s，,。]|$)/;

function withNumberFrom(
  norm: string,
  intent: Extract<Intent, { kind: "command" }>,
): Extract<Intent, { kind: "command" }> {
  const args = intent.text.slice(intent.command.length).trim();
  if (!NUMBERED.has(intent.command) || /^\d/.test(args)) return intent;
  const marked = new Set(
    [...norm.matchAll(MARKED_NUM)].map((m) => numberOf(m[1] ?? m[2])).filter((n) => n !== undefined),
  );
  // 「删除 6 报重复了」: the number typed right after the command word, then the reason.
  const typed = marked.size === 0 ? TYPED_NUMBER.exec(norm)?.[1] : undefined;
  if (typed !== undefined)
    return { ...intent, text: [intent.command, Number(typed), args].filter((x) => x !== "").join(" ") };
  if (marked.size !== 1) return intent;
  const n = [...marked][0]!;
  return { ...intent, text: [intent.command, n, args].filter((x) => x !== "").join(" ") };
}

/** One request, the whole of `norm` (a message or one of its clauses). */
function requestIn(
  norm: string,
  coreLen: number,
  ctx: IntentContext,
  /** `norm` was rewritten from what was said (the 把 construction put back in order). */
  rewritten = false,
): Extract<Intent, { kind: "command" }> | undefined {
  // 「嗨 下周再提醒我哈😄」: a greeting before, emoji after the request are no part of it.
  const led = withoutTrailingMarks(norm.replace(POLITE_LEAD, ""), "，,。！!～~").trim();
  const text = led.replace(/^把\s*/, "");
  // 「删掉的那条弄回来」: 删掉的 points at an update; it reports nothing done.
  if (DONE_WITH_COMMAND_VERB.test(text) && !POINTS_AT_UPDATE.test(text)) return undefined;
  // 「请确认」「麻烦撤回2」「帮我生成一下2024年的总结」: a command word behind a polite lead or
  // followed by 一下.
  const plain = text.replace(/^([\u4e00-\u9fff]{2,4}?)(?:一下|下)(?=\s*\d)/, "$1");
  if ((plain !== norm || rewritten) && coreLen <= STAFF_COMMAND_MAX_CHARS) {
    const typed = matchCommand(ctx.commands, plain);
    if (typed && (!typed.command.leadersOnly || ctx.leader) && typed.name !== "?" && typed.name !== "？")
      return canonical(typed.command.names[0]!, typed.args);
  }
  const inverted = baInverted(led, ctx);
  if (inverted) {
    const said = requestIn(inverted, coreLen, ctx, true);
    if (said) return said;
  }
  for (const rule of COMMAND_RULES) {
    if (rule.maxCore !== undefined && coreLen > rule.maxCore) continue;
    if (rule.leaders && !ctx.leader) continue;
    const m = rule.re.exec(text);
    if (!m) continue;
    // 「我说你记 今个在杨塬村看了九个牛棚」: the work said after the way is a report (guided-request.ts).
    if (rule.re === ASKED_TO_BE_ASKED && materialAfterAsk(text)) continue;
    const n = rule.num ? numberOf(m[rule.num]) : undefined;
    if (rule.num && m[rule.num] && n === undefined) continue;
    const rest = rule.rest ? (m[rule.rest] ?? "").trim() : "";
    // 「删除冗余数据200条」 is not a withdraw: without a number, only short requests are commands.
    // A rule with its own length limit (帮助、我的填报) has been checked against it above.
    if (rule.command !== "修改" && n === undefined && rule.maxCore === undefined && coreLen > 12) continue;
    if (rule.command === "修改" && n === undefined && rest.length > 0 && !/^(?:修改|更正|改)/.test(text))
      continue;
    // 「更正上报的高企名单1份」「纠正违规收费问题3起」: correcting something, with a figure and no update
    // number, is work done — unless it says what to change to (改成、应为).
    if (
      rule.command === "修改" &&
      n === undefined &&
      /^(?:更正|纠正|修正|订正)/.test(text) &&
      FIGURE.test(rest)
    )
      if (!/改成|改为|应为|应该是|换成/.test(rest)) continue;
    // 「2号那个是我打错了，删掉」: the rest asks for the update to go — a withdrawal.
    if (rule.command === "修改" && n !== undefined && WITHDRAW_ONLY.test(rest))
      return canonical("撤回", `${n}`);
    // 「第5条写错了，我改一下」: the rest says who edits, not the new content.
    // 「第二条帮我改一下哈」: particles alone are no content either.
    const content = EDIT_ONLY.test(rest) || PARTICLES_ONLY.test(rest) ? "" : rest;
    const args = [n, content].filter((x) => x !== undefined && x !== "").join(" ");
    return canonical(rule.command, args);
  }
  return undefined;
}

/**
 * 「把2025年的总结生成一下」「把第2条恢复一下」: the object before the verb (the 把 construction)
 * put back after it — 「生成 2025年的总结」 — so the command word leads as it does when typed.
 */
function baInverted(text: string, ctx: IntentContext): string | undefined {
  if (!text.startsWith("把")) return undefined;
  const names = ctx.commands.entries.map((e) => e.name).filter((n) => /^[\u4e00-\u9fff]+$/.test(n));
  const verbs = `${names.sort((a, b) => b.length - a.length).join("|")}|${WITHDRAW_WORDS}|${RESTORE_WORDS}|${EDIT_WORDS}`;
  const m = new RegExp(`^把\\s*(.{1,16}?)\\s*(${verbs})(?:一下|下)?(?:[了吧啊呀哈嘛]|谢谢|就行|就好)*$`).exec(
    text,
  );
  if (!m) return undefined;
  // 「把刚才报的都确认了吧」: all of what is named, said before the verb as it is without 把.
  return /(?:都|全部|全都|统统|一起)$/.test(m[1]!) ? `${m[1]}${m[2]}` : `${m[2]} ${m[1]}`;
}

/**
 * The command as the engine's table knows it. A period said in words (2025年总结、2024年的总结、
 * 2025上半年) becomes the period itself, so 「生成2025年总结」 is 「生成总结 2025」; an update
 * named 第2条 or 二号 becomes its number.
 */
export function canonical(name: string, args: string): Extract<Intent, { kind: "command" }> {
  let a = args.replace(/^[#＃]\s*/, "").trim();
  // 「查看 5 谢谢」「撤回 3 吧」: thanks and particles after an update number are no argument.
  if (!FREE_TEXT_COMMANDS.has(name))
    a = a.replace(
      /^(\d{1,6})[\s，,]*(?:谢谢|谢啦|多谢|辛苦了?|麻烦了|哈+|吧|啊|呀|哦|[，,。.！!～~])+$/,
      "$1",
    );
  // 「确认👍」「撤回 3 🙏」: emoji and punctuation after a command are no argument.
  a = a.replace(/(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+/gu, "").trim();
  // 「本周无进展，谢谢」: thanks after a command are no argument.
  if (/^(?:[，,。.！!～~\s]|谢谢|谢啦|多谢|辛苦了?|麻烦了|哈+|吧|啊|呀|哦)+$/.test(a)) a = "";
  const period =
    /^(\d{4})\s*年?\s*(上半年|下半年|h1|h2)?\s*(?:的)?\s*(?:全年)?\s*(?:工作)?\s*(?:总结|草稿)?$/i.exec(a);
  if (period) a = `${period[1]}${period[2] ?? ""}`;
  // 「导出word」「导出个excel表」: the file format by its everyday names.
  if (name === "导出") a = exportFormat(a);
  // 「我要填报，你引导一下」「填报 你一条一条问我吧」: asking to be asked is no report to take in.
  if (name === "填报" && (ASKED_TO_BE_ASKED.test(a) || ([...a].length < 6 && !/\d/.test(a)))) a = "";
  // 「算了 不改了」: 取消 takes nothing; what follows only says it again.
  if (name === "取消") a = "";
  // 「修改3 改成：…」「修改 2：…」: the new content, without the words or colon that lead it in.
  // 「把2号那条改一下」: the pointer after the number names the update again; it is no new content.
  if (name === "修改" || name === "撤回" || name === "恢复" || name === "查看")
    a = a.replace(/^(\d{1,6})\s*(?:那|这)(?:一)?(?:条|个)\s*$/, "$1");
  // 「把它恢复了吧」「把这条撤了」: a pronoun for the update in the dialogue names no other one.
  if (name === "撤回" || name === "恢复") a = a.replace(/^(?:它|这条|那条|这个|那个|这笔|那笔)$/, "");
  if (name === "修改")
    a = a
      .replace(/^(\d{1,6})\s*(?:(?:改成|改为|更正为|修改为|换成)\s*[:：，,]?|[:：，,])\s*/, "$1 ")
      // 「3号改一下哈 参加培训的是85人」: a particle after the number closes the request, no content.
      .replace(/^(\d{1,6})\s*(?:哈|啊|呀|哦|吧|嘛|呗|下|一下)+(?=[\s，,。:：]|$)[\s，,。:：]*/, "$1 ")
      .trim()
      // 「把2号改一改」「修改下第4条 我补两句」「第二条要改几个字」: the verb said again, who adds, or how much, is no content.
      .replace(
        /^(\d{1,6})\s*(?:一改|改改|我(?:再)?补(?:两句|几句|一下|充一下|点)?|(?:几|两)(?:个字|个地方|处|句)|(?:一)?点(?:东西|内容)?)$/,
        "$1",
      )
      .trim();
  // 「科室给我换到人才那边」: the section as named, without 那边/那块/科.
  if (name === "科室") a = a.replace(/(?:那边|这边|那块|这块|那里|这里|方面|科室|科)+$/, "");
  // 「恢复 第2条」「撤回 二号」: an update named as people name it is its number.
  // (上班吗 and 请假 take days: 「31号」 there is a day of the month.)
  const ref =
    name === "上班吗" || name === "请假"
      ? null
      : /^(?:#|no\.?|编号|第)?\s*(\d{1,6}|[一二两三四五六七八九十]{1,3})\s*(?:条|号|个)?$/.exec(a);
  const n = numberOf(ref?.[1]);
  if (n !== undefined) a = String(n);
  return { kind: "command", command: name, text: a ? `${name} ${a}` : name };
}

/** 导出's format said as people say it (word, wps, excel, 表格, markdown) as the command knows it. */
function exportFormat(args: string): string {
  const m =
    /^(?:个|一个|一份|成|为|一下)?\s*(?:(word|docx?|wps|excel|xlsx?|表格|markdown|md|csv|pdf)\s*(?:版|文档|文件|格式|表)?\s*的?)?\s*(.*)$/i.exec(
      args,
    );
  if (!m) return args;
  const f = (m[1] ?? "").toLowerCase();
  // A PDF asked for stays pdf: 导出 sends the Word file and says no PDF is made (review55).
  const format = /^(?:word|docx?|wps)$/.test(f)
    ? "docx"
    : f === "pdf"
      ? "pdf"
      : /^(?:excel|xlsx?|表格|csv)$/.test(f)
        ? "csv"
        : /^(?:markdown|md)$/.test(f)
          ? "md"
          : "";
  // 「导出word 我要打印」「导个表 拿去开会用」: why it is wanted, said after the format, is no argument of it.
  const rest = EXPORT_REASON.test(m[2]!.trim()) ? "" : m[2]!.trim();
  return [format, rest].filter((x) => x !== "").join(" ");
}

/** Why an export is wanted: (我)要打印、拿去开会、发给领导看、带回去看 — a clause of its own after the format. */
const EXPORT_REASON =
  /^(?:我|俺|我们)?(?:要|想|得|好|准备|等下|待会)?(?:拿去|拿回去|带回去|带去|发给|交给|打印|拿来)[\u4e00-\u9fff]{0,8}$/u;
