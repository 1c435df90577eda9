import { findPerson, findSection, sectionName } from "../../domain/org.js";
import { localDateString, parseDate } from "../../domain/period.js";
import type { Update } from "../../domain/update.js";
import { minePeriodArg, minePeriodDates } from "../mine-period.js";
import { cardReply, oneLine } from "../render-update.js";
import { sectionsHeaded } from "../section-reports.js";
import type { Command } from "../types.js";

/**
 * 查看填报 姓名|科室: a leader (or the office) reads what one person, or one section, reported this
 * year — 「李明报了啥」「看看赵丽的填报」「高企那块报了哪些」. Read-only: nothing changes.
 */
const othersReports: Command = {
  names: ["查看填报", "/reports"],
  help: "查看填报 姓名或科室 [本周|上周|本月|上月|11月|上半年…] — 领导、办公室查看某人（或某科室）今年（或某一段时间）的填报（也可以说：李明报了啥、看看赵丽的填报、小李这周报了啥）",
  leadersOnly: true,
  staffRefusal:
    "只有局领导和办公室可以查看别人的填报，这条消息没有记为填报。您自己的填报发送「我的填报」查看；想知道同事报了什么，可以直接问他本人。",
  async run(ctx) {
    const { store, org, clock, timezone } = ctx.services;
    // 「查看填报 李明 本周」「小李这周报了啥」: a period (mine-period.ts's words and dates) after the name or section.
    const label = minePeriodArg(ctx.args);
    const said = (label ? ctx.args.replace(label, "") : ctx.args).trim();
    if (!said) return { text: "请说明要看谁的填报，如「查看填报 李明」或「查看填报 科普」。" };
    const person = findPerson(org, said);
    // 「科技科报了啥」「查看填报 创新」: an office name several sections start with, or a word several names hold and
    // no section is called — which one is asked, none picked.
    const called = org.sections.some((s) => s.id === said || s.name === said || s.aliases.includes(said));
    const headed = sectionsHeaded(said, org.sections);
    const heads =
      person || called
        ? []
        : headed.length > 0
          ? headed
          : org.sections.filter(
              (s) =>
                [...said].length >= 2 && (s.name.includes(said) || s.aliases.some((a) => a.includes(said))),
            );
    if (heads.length > 1)
      return cardReply({
        title: `「${said}」是哪个科室？`,
        template: "orange",
        blocks: [`「${said}」可能是 ${heads.length} 个科室，您要看哪个科室的填报？`],
        buttons: heads.map((h) => ({ label: h.name, command: `查看填报 ${h.name}` })),
      });
    const section = person ? undefined : findSection(org, said);
    if (!person && !section)
      return { text: `名册中没有「${said}」这个人或科室。发送「进度」可以查看各科室本周的填报情况。` };
    const today = localDateString(clock.now(), timezone);
    const year = today.slice(0, 4);
    const span = label ? minePeriodDates(label, parseDate(today)!) : undefined;
    const when = span ? `${label}（${span.from} 至 ${span.to}）` : `${year}年`;
    const list = (
      await store.listUpdates({
        ...(person ? { author: person.id } : { section: section!.id }),
        status: ["confirmed", "draft"],
        ...(span ?? { from: `${year}-01-01`, to: `${year}-12-31` }),
      })
    ).sort((a, b) => (a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1));
    const who = person ? person.name : `「${section!.name}」`;
    if (list.length === 0) return { text: span ? `${who}${when}没有填报。` : `${who}${year}年还没有填报。` };
    const confirmed = list.filter((u) => u.status === "confirmed").length;
    const shown = list.slice(-20);
    const line = (u: Update) =>
      person ? oneLine(u, org) : `${findPerson(org, u.author)?.name ?? u.author} ${oneLine(u, org)}`;
    return {
      text: [
        `${who}${when}填报 ${list.length} 条（已确认 ${confirmed} 条，未确认的草稿不计入总结）${list.length > shown.length ? `，显示最近 ${shown.length} 条` : ""}：`,
        ...shown.map(line),
        person && person.sections.length > 1
          ? `（涉及科室：${person.sections.map((id) => sectionName(org, id)).join("、")}）`
          : "",
      ]
        .filter(Boolean)
        .join("\n"),
    };
  },
};

export const othersReportsCommands: Command[] = [othersReports];
