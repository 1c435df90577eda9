import type { Intent, IntentContext } from "./intent-types.js";
import { findRef, refCommand } from "./correction-request.js";
import { canonical } from "./everyday-command.js";
import { draftItemAdded, draftItemText } from "./draft-item-text.js";
import { wordsAsTyped } from "./words-as-typed.js";
export { draftItemText };
import { canonicalPeriod, partIn, toldToReport } from "./leader-request.js";
import { personNudged } from "./person-nudged.js";
import { versionsOf } from "./version-words.js";
import { hasFigure } from "./leader-part.js";
import { withoutTrailingMarks } from "./trailing-marks.js";
import { periodWordsIn } from "../domain/resolve-dates.js";
import { sectionSaid } from "./section-reports.js";
import { datesSaid } from "./not-own-work.js";
import { DONE_WITH_COMMAND_VERB, edgeless, MARKED_NUM, numberOf } from "./intent-lexicon.js";
import { sectionAnswer } from "./section-answer.js";
import {
  type Action,
  ACTIONS,
  ASKING,
  ASKS_COLLEAGUES,
  FEELING,
  NEXT_WEEK,
  NOT_YET,
  NOT_A_REQUEST,
  NOTHING_DONE,
  OBJECTS,
  REMIND,
  THIS_WEEK,
} from "./verb-object-words.js";
import { progressWeek } from "./progress-week.js";
import { personSaid } from "./person-said.js";
import { materialAsked } from "./material-question.js";
import { NO_BEFORE_VERB } from "./withdraw-denied.js";

/**
 * A command read as an action on an object the bot keeps (docs/understanding.md 「动作 × 对象」):
 * the action class (withdraw, restore, view, confirm, edit, move, make, rework, replace, approve,
 * back, export, compare — verb-object-words.ts) and the object class (an update by number, by
 * recency or by content; every waiting draft; one's own records; the summary or a part of it; a
 * file format; versions; a person or a section; everyone's reporting) together name the command,
 * whatever the words: 「3号帮我清掉」 is 撤回 3, 「第2条能不能再放回去」 恢复 2, 「稿子出个文件给我」
 * 导出. Run after the whole-phrase rules (everyday-command.ts, leader-request.ts) found nothing.
 *
 * It reads requests only: work done with the same verbs (撤回了两个项目、把旧材料删了一遍), talk about
 * them (出稿真累、老周说初稿写得不错) and an object the bot does not keep (档案、方案、记录本) are left
 * to the rules after it. Pure: nothing is stored or looked up.
 */

/** Someone else's errand for the sender (领导叫我下周陪专家去): no reminder asked of the bot. */
const ERRAND =
  /(?:领导|局长|主任|书记|[\u4e00-\u9fff]长|他|她|人家)(?:叫|让|喊|通知)我|陪|去|到(?!时候?)[\u4e00-\u9fff]{2}|学习|培训|出差|开会|不在/;
/** A look that others take (领导能看到我报的吗、我报的东西领导能看着不): a question of who sees, not a look asked for. */
const OTHERS_SEE =
  /(?:领导|别人|其他人|他们|局长|同事|谁)[\u4e00-\u9fff]{0,3}(?:看|瞅|瞧)|(?:能|会|可以)?(?:看到|看得到|看得见|看见|看着)/;
/** Approval said as a decision on the draft: 吧, 就按这个, 没意见, 没啥改的, 可以. */
const APPROVE_ASKED = /吧|就按|就这么|没意见|没啥改|没什么改|可以|行了/;
/** Whether it can be settled, asked: 能不能定、可以定了吗、能定不. */
const CAN_SETTLE = /(?:能不能|可不可以|能否|可否|能|可以)(?:定稿|定下来|定)(?:了)?(?:吗|不|没|么|嘛)?$/;
/** Something in the draft still to check (核实、核对、没核的数; the check said doubled or once over: 再核核、核一遍、复核). */
const TO_CHECK = /核实|核对|没核|要核|待核|核一下|核核|核一?遍|复核/;
/** What is left, asked: 还有、哪些、哪几条、哪里、列一下、多少. */
const LEFT_ASKED = /还有|哪些|哪几|哪里|哪儿|啥|什么|列(?:一下|下|出来)?|多少|几处|几个/;
/** A request in so many words is short. */
const MAX_CORE = 32;

/** The update numbers marked in a message (第3条、2号、#4), and 头一条 as 1. */
function numbersIn(norm: string): number[] {
  const found = new Set(
    [...norm.matchAll(MARKED_NUM)].map((m) => numberOf(m[1] ?? m[2])).filter((n) => n !== undefined),
  );
  if (/头一?条|第一条/.test(norm)) found.add(1);
  return [...found];
}

/** A verb of the action closed by 了/过/完 and followed by what was done: work reported, not asked. */
function doneWith(norm: string, actions: readonly Action[]): boolean {
  return actions.some((a) => {
    const re = new RegExp(
      `(?:${ACTIONS[a].source})(?:了|过|完)(?!吧|啊|呀|哈|嘛|呗|没|吗|么|的|[\\s，,。！!？?]|$)`,
    );
    return re.test(norm) && !/[了吧]$/.test(withoutTrailingMarks(norm, "，,。！!～~"));
  });
}

/** 删、撤 under a no (别删、不要撤、莫删掉: withdraw-denied.ts): what is not wanted done. */
const WITHDRAW_DENIED = new RegExp(`${NO_BEFORE_VERB}(?:删|撤)`, "g");

/** Said withdrawn already (刚删的、撤错了、删了的): what a 撤回来 then brings back. */
const WITHDRAWN_BEFORE = /(?:删|撤)(?:了|掉|错|的|过)|刚(?:删|撤)|误删|误撤/;

export function verbObject(norm: string, core: string, ctx: IntentContext): Intent | undefined {
  if ([...core].length > MAX_CORE || core === "") return undefined;
  if (NOT_A_REQUEST.test(norm) || DONE_WITH_COMMAND_VERB.test(norm)) return undefined;
  // 「第2条别删」「3号莫撤」: a withdrawal under a no is none asked.
  const found = (Object.keys(ACTIONS) as Action[]).filter((a) =>
    ACTIONS[a].test(a === "withdraw" ? norm.replace(WITHDRAW_DENIED, "、") : norm),
  );
  // 「第3条那个不算数 撤回来」: 撤回来 beside its not counting (and nothing said withdrawn before) pulls it
  // back out of the summary — a withdraw, not the restore 撤回来 is elsewhere (刚撤的那条撤回来).
  const pulled = norm.replace(/撤回来/g, "、");
  const actions =
    pulled !== norm &&
    ACTIONS.withdraw.test(pulled) &&
    !ACTIONS.restore.test(pulled) &&
    !WITHDRAWN_BEFORE.test(pulled)
      ? found.filter((a) => a !== "restore").concat(found.includes("withdraw") ? [] : ["withdraw"])
      : found;
  // 「我刚才撤了那条，拿回啦」: what was withdrawn is said as the reason for bringing it back.
  const restoring = actions.includes("restore");
  if (doneWith(norm, restoring ? actions.filter((a) => a !== "withdraw") : actions)) return undefined;
  const has = (a: Action) => actions.includes(a);
  // Update numbers and counts (第3条、三条都、头一条) and 一块儿 (together) are no figure of work.
  const figure = hasFigure(
    norm
      .replace(MARKED_NUM, " ")
      .replace(/[头第]?[一两二三四五六七八九十几\d]+\s*条|一块儿?(?=[\u4e00-\u9fff])/g, " "),
  );
  const command = (name: string, args = "") => canonical(name, args);

  // While a step waits: leaving it (不整了、先不弄了 回头再说), or dropping the edit shown (这个改动不要了).
  if (
    ctx.awaiting === "edit-confirm" &&
    /改动|修改|改的|这么改/.test(norm) &&
    /不要|作罢|算了|原样|原来|不改/.test(norm)
  )
    return command("放弃修改");
  if (
    (ctx.awaiting === "guided" || ctx.awaiting === "edit-text") &&
    /^(?:先)?(?:不|别)(?:整|弄|搞|填|改|报)了|^算(?:球|了)|回头再说/.test(core)
  )
    return command("取消");

  // This week came to nothing (这周两手空空、这星期净写材料了 业务上没推进); next week's reminder asked for.
  if (!figure && THIS_WEEK.test(norm) && NOTHING_DONE.test(norm)) return command("本周无进展");
  // The bot is asked to call on the sender (下周记得喊我一声), not someone's errand (局长叫我下周陪…去).
  if (!figure && NEXT_WEEK.test(norm) && REMIND.test(norm) && !ERRAND.test(norm)) return command("下周提醒");
  // Leave asked for with its dates (请个假 15号到17号).
  const leave = /请(?:个|一天|几天)?假|休(?:个)?假|休年假|年假/.test(norm) ? leaveDates(norm) : undefined;
  if (leave) return command("请假", leave);

  // 「这个月31号要上班不」: a day of the month asked about.
  const day =
    /(?:这个月|本月)(\d{1,2})\s*[号日](?:那天)?(?:要|得|是不是|用不用)?(?:上班|补班|放假|调休)/.exec(norm);
  if (day && /[不吗么没?？]|是不是|用不用/.test(norm)) return command("上班吗", `${day[1]}号`);

  const nums = numbersIn(norm);
  const num = nums.length === 1 ? nums[0] : undefined;
  const ref = num === undefined && nums.length === 0 ? findRef(norm) : undefined;
  // 「这条挪到研发那块去」: the update on the card is pointed at, for a section move.
  const pointed = /^(?:这|那)(?:一)?(?:条|个)/.test(norm) && ACTIONS.move.test(norm);
  const onUpdate = num !== undefined || ref !== undefined || pointed;

  if (onUpdate && !figure) {
    const onIt = (name: "撤回" | "查看" | "修改", said = "") =>
      num !== undefined
        ? command(name, [num, said].filter((x) => x !== "").join(" "))
        : {
            kind: "command" as const,
            command: name,
            text: refCommand({ action: name, ref: ref!.code, said }),
          };
    if (has("restore") && num !== undefined) return command("恢复", String(num));
    if (has("move")) {
      const to = sectionNamed(norm.replace(/不是[\u4e00-\u9fff]{2,6}$/, ""), ctx);
      // 「把第1条挪到高企那块」: the update named goes with the section (科室 1 高企).
      if (to) return command("科室", [num, to].filter((x) => x !== undefined).join(" "));
    }
    // 「第3条科室改成高企」「7号那条其实是党建的 改下科室」: the update's section said — 科室 on that update.
    if (num !== undefined && SECTION_SAID.test(norm) && (has("edit") || /应该|其实|算|归/.test(norm))) {
      const to = sectionWord(norm, ctx);
      if (to) return command("科室", `${num} ${to}`);
    }
    // 「第4条其实是平台的活，挪一下」「刚那个是平台的事 不是研发」: the update pointed at, and clauses that
    // only name its section (or the one it is not, or ask it moved).
    if ((num !== undefined || ref !== undefined) && (has("move") || SECTION_CLAIMED.test(norm))) {
      const to = sectionClaimed(norm, ctx);
      if (to) return command("科室", [num, to].filter((x) => x !== undefined).join(" "));
    }
    if (pointed && ref === undefined && num === undefined) return undefined;
    if (has("withdraw") && !has("restore")) return onIt("撤回");
    if (has("confirm") && num !== undefined && !has("edit")) return command("确认", String(num));
    if (has("view") && !has("edit")) return num !== undefined ? command("查看", String(num)) : onIt("查看");
    if (has("edit") && num !== undefined) return command("修改", String(num));
  }
  // 「刚撤的那条还我」「撤错了 恢复下」「刚刚撤掉的那条帮我还原一下」: bringing back what was withdrawn,
  // named by recency or not at all — 恢复 with no number (the one just withdrawn, or a list to choose from).
  if (has("restore") && nums.length === 0 && !figure && RESTORE_OBJECT.test(norm)) return command("恢复");
  // 「3号那条」「第2条给我弄一下」「3号那个再整整」: the update named, no action the bot knows —
  // what to do with it is asked, with buttons (never small talk, never stored).
  if (
    num !== undefined &&
    actions.every((a) => a === "make") &&
    !figure &&
    [...core].length <= 14 &&
    !THIS_WEEK.test(norm)
  )
    if (
      /^(?:第|#|编号|头)?[\d一二两三四五六七八九十]{1,3}(?:条|号|个)?(?:那|这)?(?:一)?(?:条|个)?(?:给我|帮我|麻烦|再)*(?:弄|搞|整|处理|捣鼓)?(?:一下|下|弄|整|搞)?[吧啊呀哈嘛呢]*$/.test(
        core,
      )
    )
      return { kind: "unclear", suggest: "update", n: num };
  if (onUpdate && has("edit") && num !== undefined) {
    // 「2号人数写岔了 改成260人」: the new value after 改成/应该是 is the edit's content.
    const value = /(?:改成|改为|应该是|应为|其实是)\s*[:：]?\s*([^，,。]+)$/.exec(norm)?.[1]?.trim();
    return command("修改", [num, value ?? ""].filter((x) => x !== "").join(" "));
  }
  // Every waiting draft confirmed (三条都OK 全给我确认掉、剩下没确认的一块儿提交了吧).
  // Not with the confirming denied (「一个都莫确认」「都先别提交」: none of them — a no, read as an answer).
  if (has("confirm") && OBJECTS.every.test(norm) && !figure && (ctx.pendingDrafts > 0 || /条/.test(norm)))
    if (/确认|提交/.test(norm) && !/(?:不|别|莫|甭|勿|弗|没)(?:要|用|急着)?(?:确认|提交)(?!的)/.test(norm))
      return command("全部确认");
  // One's own records looked at (把我报过的东西拉出来瞅瞅、我今年交了几条了).
  if (
    !figure &&
    OBJECTS.mine.test(norm) &&
    !OTHERS_SEE.test(norm) &&
    (has("view") || /几条|啥|什么|哪些|多少/.test(norm))
  )
    if (!personSaid(norm, ctx.people ?? [])) return command("我的填报");

  return ctx.leader && !figure ? leaderReading(norm, ctx, has) : undefined;
}

/** A matter's figure asked of the material (查数), not how reporting stands. */
function matterAsked(norm: string, ctx: IntentContext): boolean {
  const got = materialAsked(norm, norm, ctx);
  return got?.kind === "command" && got.command === "查数";
}

/** The leaders' objects: the draft and its parts, files, versions, people and sections, everyone. */
function leaderReading(norm: string, ctx: IntentContext, has: (a: Action) => boolean): Intent | undefined {
  const command = (name: string, args = "") => canonical(name, args);
  const period = canonicalPeriod(periodWordsIn(norm));
  const draft = OBJECTS.draft.test(norm);
  const part = partIn(norm, ctx);
  if (
    OBJECTS.format.test(norm) &&
    (has("export") || has("view") || has("make") || /出个|整个|弄个|来个|要个/.test(norm))
  )
    return command("导出", [formatOf(norm), period].filter((x) => x !== "").join(" "));
  if (has("export")) return command("导出", period);
  if (has("compare") && (OBJECTS.versions.test(norm) || /两版|版/.test(norm)))
    return command("对比", versionsOf(norm));
  if (part && has("replace")) return command("改写", part.label);
  if (part && has("rework"))
    return command(
      "重写",
      `${part.label} ${norm.slice(part.at + part.length).replace(/^[\s，,]+/, "")}`.trim(),
    );
  if (has("back"))
    return command(
      "退回",
      norm
        .replace(ACTIONS.back, "")
        .replace(/^[\s，,]+/, "")
        .trim(),
    );
  // 「这稿能不能定？」「可以定了吗」: whether the draft can be settled, asked — 待核实 lists what stands in the way.
  if (CAN_SETTLE.test(withoutTrailingMarks(norm, "？?。.！!～~"))) return command("待核实", period);
  // 「还有哪些地方要核实的」「能不能定了？还有没核实的数吗」: what is left to check, asked for — 待核实, not 定稿.
  if (TO_CHECK.test(norm) && LEFT_ASKED.test(norm) && !/已经?核|核(?:实|对)?(?:完|好)了/.test(norm))
    return command("待核实", period);
  // 「没意见了 定稿吧」「把今年的定下来吧」: settled as asked; 「方案定了」「年检通过」 report a thing settled.
  if (has("approve") && !part && APPROVE_ASKED.test(norm) && !/已|终于|顺利/.test(norm))
    return command("定稿");
  const nudged = personNudged(norm, ctx);
  if (nudged) return command("催报", nudged);
  const person = personSaid(norm, ctx.people ?? []);
  if (person && !toldToReport(norm, person.said) && (has("view") || /报|交|填/.test(norm)))
    return command("查看填报", person.name);
  const unit = !draft && (has("view") || /报|交|填/.test(norm)) ? sectionSaid(norm, ctx) : undefined;
  if (unit) return command("查看填报", unit);
  // 「核桃今年全县产量好多 有人报没有」: a matter's figure asked after is 查数 (material-question.ts), not everyone's reporting.
  if (OBJECTS.everyone.test(norm) && /报|交|填|情况/.test(norm) && !matterAsked(norm, ctx))
    return command("进度", progressWeek(norm));
  if ((draft || /一版|初稿|稿/.test(norm)) && has("make")) return command("生成总结", period);
  if (part && has("view")) return command("查看草稿", [period, part.label].filter((x) => x !== "").join(" "));
  if (draft && has("view")) return command("查看草稿", period);
  return undefined;
}

/** A section claimed for an update: 其实是、应该算、本来归、属于、是…的事. */
const SECTION_CLAIMED =
  /应该|其实|本来|实际上|算|归|属于|是[\u4e00-\u9fff]{2,8}的(?:事|活|工作)?(?![\u4e00-\u9fff])|(?:放|分|归|选)错/;
/** A clause that only asks the update moved: 挪一下、帮我挪过去、改过去. */
const MOVE_ONLY = /^(?:帮我|给我|麻烦)?(?:挪|换|调|移|转|划|改)(?:一下|下|过去|一挪|了|吧|哈|啊)*$/;
/** A clause that only says it was filed wrong: 你给放错了、分错科室了. */
const PLACED_WRONG = /^(?:你|我|系统)?(?:给|把它)?(?:放|归|分|填|选|弄|搞|报)错(?:了|地方|科室)*$/;
/** The section it is not: 不是研发、不算综合、搞成党建了、放到综合了. */
const NOT_THERE =
  /^(?:不是|不算|不归|不属于)(.+)$|^(?:你|我)?(?:给)?(?:搞|弄|放|选|归|填|写|分)(?:成|到|在)(.+?)了$/;
/** The update pointed at, opening a clause: 第4条、刚那个、这条. */
const POINTER =
  /^(?:(?:刚才|刚刚|刚|上一|最后|前面)(?:发|报|填)?(?:的)?)?(?:那|这)?(?:一)?(?:条|个)|^(?:第|#)?[\d一二两三四五六七八九十]{1,3}(?:条|号)(?:那|这)?(?:一)?(?:条|个)?/;
/** What a restore acts on or asks: an update pointed at (那条、刚撤的), one withdrawn, or a request's words. */
const RESTORE_OBJECT =
  /(?:那|这)(?:一)?(?:条|个)|撤|删|刚才|刚刚|之前|吧|一下|下$|帮我|给我|能不能|麻烦|还我/;

/**
 * 「第4条其实是平台的活，挪一下」: the section a clause names and nothing else — the update's number,
 * its pointer and the words that claim it (其实是、应该算) set aside — as the roster names it.
 */
function sectionClaimed(norm: string, ctx: Pick<IntentContext, "sections">): string | undefined {
  let named: string | undefined;
  for (const clause of norm.split(/[\s，,。！!？?；;～~]+/).filter((c) => c !== "")) {
    const said = edgeless(clause.replace(POINTER, "").replace(/^(?:其实|本来|实际上|应该)+/, ""));
    if (said === "" || MOVE_ONLY.test(said) || PLACED_WRONG.test(said)) continue;
    if (hasFigure(said)) return undefined;
    // 「不是研发」「搞成党建了」: the section it is not.
    const not = NOT_THERE.exec(said);
    const id = sectionAnswer(not ? not.slice(1).find((x) => x !== undefined)! : said, ctx.sections);
    // Anything else said (人数写错了) makes it no section claim.
    if (id === undefined) return undefined;
    const section = ctx.sections.find((s) => s.id === id)!;
    if (!not) named ??= section.aliases[0] ?? section.name;
  }
  return named;
}

/** The section of an update spoken of: 科室, or a section's 口/那块. */
const SECTION_SAID = /科室|部门|那块|那边|那个口/;

/** A section named in the message (not one said to be wrong: 不是项目的), as the roster names it. */
function sectionWord(norm: string, ctx: Pick<IntentContext, "sections">): string | undefined {
  const said = norm.replace(/不是[\u4e00-\u9fff]{2,8}?(?:的|那块|那边|科室)/g, " ");
  const words = ctx.sections.flatMap((s) => [s.name, ...s.aliases]).sort((a, b) => b.length - a.length);
  return words.find((w) => w.length >= 2 && said.includes(w));
}

/** The section a request moves an update to (挪到研发那块、换到人才那边), as the roster names it. */
function sectionNamed(norm: string, ctx: Pick<IntentContext, "sections">): string | undefined {
  const words = ctx.sections.flatMap((s) => [s.name, ...s.aliases]).sort((a, b) => b.length - a.length);
  const at = norm.search(ACTIONS.move);
  // 「平台的活，挪一下」: named before the move when nothing follows it.
  return words.find((w) => w.length >= 2 && norm.indexOf(w) > at) ?? sectionWord(norm, ctx);
}

/** 请个假 15号到17号: the days of a leave, a bare 号 range taken in the month the dates are read in. */
function leaveDates(norm: string): string | undefined {
  const written = datesSaid(norm);
  if (written) return written;
  const m = /(\d{1,2})\s*[号日]?\s*(?:到|至|-|~|～)\s*(\d{1,2})\s*[号日]/.exec(norm);
  return m ? `${m[1]}号到${m[2]}号` : undefined;
}

function formatOf(norm: string): string {
  if (/飞书文档|在线文档/.test(norm)) return "飞书文档";
  if (/excel|xlsx?|表格/.test(norm)) return "csv";
  if (/word|docx?|wps|pdf/.test(norm)) return "docx";
  return "";
}

/**
 * Talk about the bot's objects that asks nothing of the bot (docs/understanding.md 「动作 × 对象」):
 * a feeling (出稿真累、进度太慢了 急死人) is small talk of mood; colleagues asked (谁能帮我看看这个表格咋弄),
 * something unfinished (学习笔记我还没看完), work finished or someone's word reported (稿子写完了终于、
 * 老周说初稿写得不错) read no command: the command rules and the learned guess are skipped.
 */
export function talkAbout(norm: string, core: string): "mood" | "no-command" | undefined {
  if ([...core].length > 20 || hasFigure(norm)) return undefined;
  if (ASKS_COLLEAGUES.test(norm) || NOT_YET.test(norm)) return "no-command";
  if (ASKING.test(norm) || [...norm.matchAll(MARKED_NUM)].length > 0) return undefined;
  if (THIS_WEEK.test(norm) && NOTHING_DONE.test(norm)) return undefined;
  // 「老是提醒 烦死了 我这条不要了 删掉」: a request closing the message is asked, the feeling its reason.
  const last =
    norm
      .split(/[\s，,。！!？?；;～~]+/)
      .filter((c) => c !== "")
      .at(-1) ?? "";
  const asks = (Object.keys(ACTIONS) as Action[]).some((a) => ACTIONS[a].test(last)) && !FEELING.test(last);
  if (FEELING.test(norm) && !asks) return "mood";
  return NOT_A_REQUEST.test(norm) ? "no-command" : undefined;
}

/**
 * 「开头那段换成：…」「（二）用这段替掉：…」: a part of the draft and the leader's own words to put in
 * its place (改写), figures and all — read before the review rules take 换成 for an opinion (重写).
 */
export function replacePart(norm: string, ctx: IntentContext, raw: string): Intent | undefined {
  if (!ctx.leader) return undefined;
  // 「计划部分第2条换成：…」: one item of the part (draft-item-text.ts); the words as typed (words-as-typed.ts).
  const item = draftItemText(norm, ctx, raw) ?? draftItemAdded(norm, ctx, raw);
  if (item) return item;
  const colon = norm.search(/[:：]/);
  if (colon < 0) return undefined;
  const head = norm.slice(0, colon + 1);
  const part = partIn(head, ctx);
  if (!part || !ACTIONS.replace.test(head)) return undefined;
  return wordsAsTyped(canonical("改写", `${part.label} ${norm.slice(colon + 1).trim()}`), raw);
}
