import { filedForMeShown } from "../behalf-number.js";
import { filedForMe, ownAfterAll, reportedForMe } from "../report-for-colleague.js";
import { matcher } from "../../store/update-query.js";
import { isLeader, reportableSections, sectionName } from "../../domain/org.js";
import { isoWeek, isoWeekOfDate, localDateString, parseDate, summaryYear } from "../../domain/period.js";
import { minePeriodArg, minePeriodDates } from "../mine-period.js";
import { helpAbout, helpLine } from "../how-to.js";
import { setGuidedSection, startGuided } from "../guided.js";
import { chooseSection, newUpdate, nextUnchosen, pickSection, sectionQuestion } from "../intake.js";
import { cardReply, oneLine, statusLabel, understoodBlocks, updateButton } from "../render-update.js";
import { LEADER_SYNONYM_HELP } from "../leader-request.js";
import { declined } from "../pending-question.js";
import { offerWithdraw } from "../ask-which-update.js";
import { leavesItToThem } from "../on-behalf.js";
import { historyLines } from "../render-history.js";
import { getState, setState, stampOf } from "../state.js";
import { cancelNoteFor } from "../pending-notes.js";
import { cancelEdit } from "../edit-cancel.js";
import { weekSectionsLine } from "../week-sections.js";
import { waitingList } from "../mine-waiting.js";
import type { Command, CommandContext, Reply } from "../types.js";
import { holidayHelpLine } from "../../reminders/holiday-status.js";

const help: Command = {
  names: ["帮助", "使用说明", "菜单", "/help", "help", "?", "？"],
  help: "帮助 — 查看用法（也可以问：怎么用、咋报、怎么填、你都会搞哪样、你识做啲乜嘢；问某一项如「怎么导出」「咋删」只讲那一项）",
  async run(ctx) {
    const leader = isLeader(ctx.person);
    // 「帮助 恢复」 (or 「撤回了还能找回来吗」 read as it): the help on that one feature.
    const year = summaryYear(ctx.services.clock.now(), ctx.services.timezone);
    const about = helpAbout(ctx.args, ctx.person, ctx.commands, year);
    if (about) return about;
    const lines = [
      `${ctx.person.name}您好，我是${ctx.services.org.unit}的总结助手。`,
      "",
      "【怎么填报】直接发一段文字：做了什么、关键数据、遇到的问题、下一步打算。例如：",
      "「组织科技活动周广场宣传，群众参与约1500人次，发放科普资料1.2万份；场地偏小，下一步计划分乡镇开展。」",
      "我会整理后给您确认，确认后才计入年度总结。",
      "",
      "【命令】",
      ...ctx.commands
        .filter((c) => leader || !c.leadersOnly)
        .map((c) => helpLine(c.help, summaryYear(ctx.services.clock.now(), ctx.services.timezone))),
      "",
      "【也可以这样说】",
      ...SYNONYM_HELP.map((l) => `· ${l}`),
      "谢谢、收到、在吗这类话我会回复，但不会记成填报；没看懂的话我会先问您，不会乱记。",
      ...(leader ? ["", "【审核草稿也可以这样说】", ...LEADER_SYNONYM_HELP.map((l) => `· ${l}`)] : []),
    ];
    // A year the working calendar lacks, told to leaders and the admin where they look (reminders/holiday-status.ts).
    const holidays = leader ? holidayHelpLine(ctx) : undefined;
    if (holidays) lines.splice(1, 0, holidays);
    return { text: lines.join("\n") };
  },
};

/** The everyday words the intent classifier understands, as 帮助 lists them (see intent-lexicon.ts). */
export const SYNONYM_HELP = [
  "撤回：删除、删掉、作废、撤销、不要了（如「删除 2」「第3条不要了」，编号是您自己的）；说清是哪条就直接撤回（「刚才那条撤了吧」「科普那条作废」，回复会写明是哪条，可「恢复」）；只说「刚才发错了」或说不清是哪条时，我用按钮问您",
  "恢复：还原、找回来、弄回来、还给我（如「把删掉的2号还给我」）；刚撤回一条就说「恢复吧」，恢复的是刚撤回的那条",
  "请假：「我12月8号到12号请假」「11-20至11-27休年假」「12.15-12.19出差去省里」「后个请一天假」（后个是后天，外天是大后天）",
  "修改：改一下、更正、改成（如「更正 3 参与群众1600人」「修改 3 1500改成1600」）",
  "我的填报：看看我报了啥、我报了哪些、我的记录",
  "帮助：怎么用、咋报、怎么填、你都能干点啥、你能干甚、这个能搞么斯",
  "填报（逐项提问）：开始填报、你一项一项问我吧、你问我答",
  "确认：确认一下、没问题、对的（有待确认的内容时）；有几条草稿时我会列出来，可「全部确认」（也可以说：都确认、通通确认、一满确认）",
  "科室：问科室时（或确认卡片还在时）直接回复序号（1、2…）、科室名称或简称（高企、综合）",
  "本周无进展：这周没什么进展、本周没啥事、这周基本没进展，都在忙迎检",
  "下周提醒：下周再提醒我、下周记得提醒我",
];

const mine: Command = {
  names: ["我的填报", "我的记录", "/mine", "/list"],
  help: "我的填报 [全部|上周|本周|本月|上月|上上月|11月|上半年|下半年|去年] — 查看自己本年（全部，或某一段时间）的填报和编号（也可以说：看看我报了啥、我上礼拜报的都拿来看看、我这礼拜报了么事啊、我这个月报了哪样、把我十一月份报的翻出来、上半年我报的那些在哪看、我报的东西 今年上半年的 拿出来看看）",
  async run(ctx) {
    const { store, org, clock, timezone } = ctx.services;
    // 「记为我的填报」 to a 代报 card: that draft is the sender's own, no list asked for (report-for-colleague.ts).
    if (/^记(?:为|到|在)/.test(ctx.input.text ?? "")) {
      const state = await getState(store, ctx.person.id);
      const own = await ownAfterAll(
        ctx.services,
        { ...ctx.input, person: ctx.person },
        state,
        ctx.input.text,
      );
      if (own) return own;
    }
    const all = /全部|all/i.test(ctx.args);
    const today = localDateString(clock.now(), timezone);
    const year = today.slice(0, 4);
    // 「还有哪些没确认的」: only the drafts waiting (mine-waiting.ts).
    if (/待确认/.test(ctx.args))
      return waitingList(org, await store.listUpdates({ author: ctx.person.id }), year);
    // 「我的填报 上周」: only that period's, said so in the header (mine-period.ts).
    const label = minePeriodArg(ctx.args);
    const span = label ? minePeriodDates(label, parseDate(today)!) : undefined;
    const list = (
      await store.listUpdates({
        author: ctx.person.id,
        ...(span ?? (all ? {} : { from: `${year}-01-01`, to: `${year}-12-31` })),
      })
    ).sort((a, b) => a.seq - b.seq);
    const week = isoWeek(clock.now(), timezone);
    // This week's own sections, reported or not, under the list of this week or of the year.
    // What a colleague filed for them this week (代报) counts for their sections, as the weekly reminder counts it.
    // Read once: this week's for the sections line, the listed span's for the list (update-query.ts matcher).
    const forMeAll = await filedForMe(ctx.services, ctx.person.id, {});
    const forMeNow = forMeAll.filter((u) => u.week === week);
    const sections =
      label === undefined || label === "本周"
        ? weekSectionsLine(org, ctx.person, [...list, ...forMeNow], week)
        : undefined;
    const tail = sections ? `\n${sections}` : "";
    if (list.length === 0 && span)
      return {
        text: `您${label}（${span.from} 至 ${span.to}）没有填报记录。发送「我的填报」看今年的全部填报。${tail}`,
      };
    if (list.length === 0 && forMeAll.length === 0)
      return { text: `您还没有填报记录。直接发一段工作情况给我即可开始。${tail}` };
    const thisWeek = list.filter((u) => u.week === week && u.status === "confirmed");
    const shown = list.slice(-30);
    // A span inside this week (本周、今天) counts this week already: its count is not said twice.
    const inWeek = span !== undefined && [span.from, span.to].every((d) => weekOfDay(d) === week);
    const weekCount = inWeek ? "" : `；本周已确认 ${thisWeek.length} 条`;
    const header = `${span ? `${label}（${span.from} 至 ${span.to}）` : all ? "全部" : `${year}年`}填报 ${list.length} 条（已确认 ${list.filter((u) => u.status === "confirmed").length} 条${weekCount}）`;
    const more = list.length > shown.length ? `\n（仅显示最近 ${shown.length} 条）` : "";
    const inSpan = matcher(span ?? (all ? {} : { from: `${year}-01-01`, to: `${year}-12-31` }));
    const forMe = reportedForMe(org, ctx.person.id, forMeAll.filter(inSpan));
    return {
      text: `${header}${more}\n${shown.map((u) => oneLine(u, org)).join("\n")}${forMe}${tail}\n\n发送「查看 编号」看详情，「修改 编号」「撤回 编号」修改或撤回。`,
    };
  },
};

const view: Command = {
  names: ["查看", "/view"],
  help: "查看 编号 — 查看一条填报的详情和修改记录（也可以说：第三条调出来我看看、三号那条改成啥了 我看下、这个咋改的 我看看）",
  async run(ctx) {
    const m = /^#?\s*(\d+)/.exec(ctx.args);
    if (!m) return { text: "请带上编号，例如「查看 3」。" };
    const u = await ctx.services.store.findBySeq(ctx.person.id, Number(m[1]));
    // A colleague's 代报 under that number (behalf-number.ts): shown, its actions left to the one who filed it.
    if (!u)
      return (
        (await filedForMeShown(ctx.services, ctx.person, Number(m[1]))) ?? {
          text: `没有找到您的第 ${m[1]} 条填报。`,
        }
      );
    const history = historyLines(ctx.services.org, u, ctx.services.timezone);
    // An edit of this update still waiting: said, with the buttons acting on the edit (撤回 would withdraw the update).
    const state = await getState(ctx.services.store, ctx.person.id);
    const editing = state.mode === "confirm-edit" && state.updateId === u.id ? state : undefined;
    const pending = editing
      ? [
          `**还有一处修改没确认**\n修改后：${editing.text}\n回复「确认 ${u.seq}」保存这处修改，「放弃修改 ${u.seq}」放弃；上面是现在保存的内容。`,
        ]
      : [];
    return cardReply({
      title: `#${u.seq} ${u.date}【${statusLabel(u)}】`,
      template: u.status === "confirmed" ? "green" : u.status === "withdrawn" ? "grey" : "blue",
      blocks: [
        ...understoodBlocks(ctx.services.org, u),
        `**原文**\n${u.originalText}`,
        `**记录**\n${history.join("\n")}`,
        ...pending,
      ],
      buttons: editing
        ? [
            { ...updateButton(u, "确认", "primary"), label: "确认修改" },
            { ...updateButton(u, "放弃修改", "danger") },
          ]
        : u.status === "withdrawn"
          ? [updateButton(u, "恢复")]
          : [
              ...(u.status === "draft" ? [updateButton(u, "确认", "primary")] : []),
              updateButton(u, "修改"),
              updateButton(u, "撤回", "danger"),
            ],
    });
  },
};

const cancel: Command = {
  names: ["取消", "/cancel", "算了"],
  help: "取消 — 退出当前的填报/修改",
  async run(ctx) {
    const { store } = ctx.services;
    const state = await getState(store, ctx.person.id);
    if (state.mode === "idle") {
      // 「算了 等他回来自己报吧」 just after a 代报 was confirmed: that one withdrawn, the colleague told (round 53).
      const known = { ...ctx.input, person: ctx.person };
      const behalf = await ownAfterAll(ctx.services, known, state, ctx.input.text ?? "");
      if (behalf) return behalf;
      // A feature's work under way (a draft being generated) is said, not denied.
      const running = await cancelNoteFor(ctx.services, ctx.person, state);
      return running ?? { text: "当前没有进行中的操作。" };
    }
    await setState(store, ctx.person.id, { mode: "idle" }, stampOf(ctx.services, ctx.input));
    if (state.mode === "guided") return { text: "已退出逐项填报，没有保存任何内容。" };
    if (state.mode === "edit" || state.mode === "confirm-edit") {
      // As 放弃修改 (edit-update.ts): which update and how it stands; a draft's card is open again.
      const u = await store.getUpdate(state.updateId);
      return u ? cancelEdit(ctx, u) : { text: "已放弃修改，原内容不变。" };
    }
    if (state.mode === "ask-report") return { text: "好的，那条没有保存。" };
    if (state.mode === "choose-draft")
      return { text: "好的，草稿都保留着（未计入总结），需要时发送「确认」。" };
    if (state.mode === "approval-check")
      return { text: `好的，草稿没有定稿，保持审核中；需要时发送「定稿 ${state.period}」。` };
    if (state.mode === "choose-part") return { text: "好的，草稿没有改动。" };
    if (state.mode === "ask-command") return { text: declined(state) };
    if (state.mode === "choose-update") return { text: "好的，没有做任何改动。" };
    // 「算了」 to a 代报 card: that draft withdrawn, said so (report-for-colleague.ts).
    const behalf = await ownAfterAll(
      ctx.services,
      { ...ctx.input, person: ctx.person },
      state,
      ctx.input.text ?? "",
    );
    if (behalf) return behalf;
    const u = await store.getUpdate(state.updateId);
    // 「算了，让他自己报吧」 to a draft reported for a colleague: that draft is not wanted — offered.
    if (u?.status === "draft" && leavesItToThem(ctx.input.text ?? ""))
      return offerWithdraw(ctx.services, ctx.person.id, u, stampOf(ctx.services, ctx.input));
    return {
      text: u
        ? `好的。#${u.seq} 保留为草稿（未计入总结），需要时发送「确认 ${u.seq}」或「撤回 ${u.seq}」。`
        : "好的。",
    };
  },
};

const section: Command = {
  names: ["科室", "换科室", "/section"],
  help: "科室 名称 — 选择或更改刚才那条填报所属的科室（也可以说：这条算研发那块的、第二条其实是研发的活 挪一下、第三条是搞研发项目那块的 挪过去、第二条其实是项目的 帮我转过去、第三条归到项目那边去）",
  async run(ctx) {
    const { store, org } = ctx.services;
    const state = await getState(store, ctx.person.id);
    const mine = reportableSections(org, ctx.person).map((s) => s.id);
    // Numbers refer to the list the bot showed (ordered by what the text suggested).
    // The card that asked whether the report goes to the other section it names (section-elsewhere.ts) offers that one too.
    const offered = state.mode === "confirm" && state.elsewhere ? [...mine, state.elsewhere] : mine;
    const options = state.mode === "choose-section" ? state.options : offered;
    if (state.mode === "guided") {
      const chosen = pickSection(org, options, ctx.args);
      if (!chosen) return { text: "没有找到这个科室，请回复序号或科室名称。" };
      return setGuidedSection(ctx.services, { ...ctx.input, person: ctx.person }, state, chosen);
    }
    // 「科室 1 成果转化 2 人才」 (「第一条是成果转化的 第二条是人才的」): each update moved in turn.
    const pairs = [...ctx.args.matchAll(/#?(\d{1,6})\s+([^\s\d]+)/g)];
    if (pairs.length >= 2 && pairs.map((m) => m[0]).join(" ") === ctx.args.trim()) {
      const replies: Reply[] = [];
      for (const m of pairs) {
        const r = await sectionOfNumbered(ctx, Number(m[1]), m[2]!, mine);
        replies.push(...(Array.isArray(r) ? r : [r]));
      }
      return replies;
    }
    // 「科室 3 高企」 (「第3条科室改成高企」): the update named by its number, moved to the section.
    const numbered = /^#?\s*(\d{1,6})\s+(\S.*)$/.exec(ctx.args);
    if (numbered) return sectionOfNumbered(ctx, Number(numbered[1]), numbered[2]!, mine);
    // A clicked section button names its update; typed text means the one in the dialogue.
    const subject = ctx.input.subject;
    // 「科室 高企」 after the section question was pushed aside (another question came between): the
    // draft still waiting for its section is the one meant.
    const updateId =
      subject?.kind === "update"
        ? subject.id
        : "updateId" in state
          ? state.updateId
          : (await nextUnchosen(ctx.services, ctx.person.id))?.id;
    const listed = options.map((id) => sectionName(org, id)).join("、");
    // 「我现在管高企那块了，科室帮我换成高企」 with no update in the dialogue: the sections one may
    // report to are the roster's, which only the office changes — said as it is.
    if (!updateId && ctx.args) {
      const chosen = pickSection(org, options, ctx.args);
      return {
        text: chosen
          ? `「${sectionName(org, chosen)}」已经是您可以填报的科室（${listed}），不用换：以后发的填报我按内容归到其中一个，确认卡片上的科室归错了，确认前回复科室名称即可改。`
          : `「${ctx.args}」不是您可以填报的科室。您在名册里可以填报的科室是：${listed}。科室由名册决定，我这里改不了；工作调整了请联系办公室更新名册。`,
      };
    }
    if (!updateId) return { text: `您可以填报的科室：${listed}。` };
    if (!ctx.args) return sectionQuestion(org, options, await store.getUpdate(updateId));
    const chosen = pickSection(org, options, ctx.args);
    if (!chosen) return { text: notYours(ctx.args, options.map((id) => sectionName(org, id)).join("、")) };
    return chooseSection(ctx.services, { ...ctx.input, person: ctx.person }, updateId, chosen);
  },
};

/**
 * A section the person does not report for: the ones they may, and — when it is one of the roster's — that the roster
 * decides, so the work is that section's colleague's to report or the office's to change.
 */
function notYours(said: string, listed: string): string {
  return `「${said}」不是您可以填报的科室。您可以填报的科室：${listed}。科室由名册决定，我这里改不了；这项工作确属「${said}」的话，请那个科室的同事填报，或联系办公室更新名册。`;
}

/** 「科室 3 高企」: update #3 of the sender's moved to a section they report for, or said why not. */
async function sectionOfNumbered(
  ctx: CommandContext,
  seq: number,
  said: string,
  mine: string[],
): Promise<Reply | Reply[]> {
  const { store, org } = ctx.services;
  const u = await store.findBySeq(ctx.person.id, seq);
  if (!u) return { text: `没有找到您的第 ${seq} 条填报。` };
  if (u.status === "withdrawn") return { text: `#${u.seq} 已撤回，先发送「恢复 ${u.seq}」再改科室。` };
  const chosen = pickSection(org, mine, said);
  if (!chosen)
    return {
      text: `${notYours(said, mine.map((id) => sectionName(org, id)).join("、"))}#${u.seq} 没有改动。`,
    };
  return chooseSection(ctx.services, { ...ctx.input, person: ctx.person }, u.id, chosen);
}

const report: Command = {
  names: ["填报", "逐项填报", "/report"],
  help: "填报 — 按提问逐项填报（做了什么、数据、问题、计划；也可以说：你一项一项问我吧、你问一句我答一句、一问一答）",
  async run(ctx) {
    // 「填报：本周举办培训3期…」 is an update with a label in front, not a request for questions.
    if ([...ctx.args].length >= 6)
      return newUpdate(ctx.services, { ...ctx.input, person: ctx.person }, ctx.args, "chat");
    return startGuided(ctx.services, ctx.person, ctx.input);
  },
};

export const coreCommandsBase: Command[] = [help, mine, view, cancel, section, report];

/** The ISO week of a YYYY-MM-DD day (as updates carry it). */
function weekOfDay(day: string): string | undefined {
  const d = parseDate(day);
  return d ? isoWeekOfDate(d) : undefined;
}
