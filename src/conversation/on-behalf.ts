import { foldWidth, toSimplified } from "../domain/normalize.js";
import { findSection, type Org, type Person, reportableSections, sectionName } from "../domain/org.js";
import { cardReply } from "./render-update.js";
import { setState, stampOf } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * 「帮办公室那边报一下，王主任让我报的：本月全局开展消防演练1次」「帮李明报一下 他住院了 项目科完成3个
 * 项目中期检查」「小徐让我帮她报的：…」: work reported for a colleague or another section. 填报 goes by
 * the sections each person is responsible for, so it is not filed under the sender's own section
 * unasked: the bot says so in one line, with 「记为我的填报」 (when it is the sender's own work too)
 * and 「不用」. Someone reporting for one of their own sections (王志强: 帮党建这边报一下) is not asked;
 * 帮企业报了3个项目 / 帮村里报了两个项目 (work done for others) are reports.
 */
export interface ForOther {
  /** Who or what it is for, as said (李明, 办公室, 王主任). */
  whom: string;
  /** The report itself, the lead and remarks about the absent colleague taken off. */
  content: string;
  /** 代报: the one roster colleague named — the report is filed for them (report-for-colleague.ts). */
  colleague?: Person;
  /** A person said (小张、何老师) whom the roster names not once: `none` not found, `several` more than one. */
  unknown?: "none" | "several";
}

const X = "[\\u4e00-\\u9fff]{1,6}?";
/** 「帮X报一下」「替X报一条」「代X填一下」「X让我报的」「X托我帮她报」, then the report. */
const LEADS = [
  new RegExp(
    `^(?:帮|替|代|给)(${X})(?:那边|这边|那块)?(?:报|填|填报|发|录|上报)(?:一下|一条|一个|下)?(?:的)?[：:，,。\\s]*`,
  ),
  new RegExp(
    `^(?:这(?:个|条)?是|下面是?|以下是?)?(${X})(?:让|叫|托|请|要)我(?:帮(?:他|她|忙)?|替(?:他|她)|代)?(?:报|填|填报|发|上报)(?:的|哩|嘞|一下|一条)?[：:，,。\\s]*`,
  ),
  // 「陈静那边科普的我也帮着报一下哈：…」「老孙他们的我顺便替他报了」: the colleague first, then 我 reports for them.
  // 「何婷出差了 我帮她报」「小何下乡克了 我替她报一下：」: why the colleague is not reporting, said between — or only
  // where they went (「孙磊上秦岭里头去了」「去商南县了」「到西安去了」, round fifty-three; 克/下 said for 去 — 「孙磊克大峡谷那边了」「何婷下盟里了」 — and 一哈 for 一下, dlg54).
  /^([\u4e00-\u9fff]{2,6}?)(?:那边|这边|那块|他们|她们)?(?:[\u4e00-\u9fff]{0,4}的|[^，,。\s我俺]{0,8}?(?:出差|下乡|住院|生病|病了|请假|休假|外出|不在|开会)(?:克|去)?了?|(?:去|到|上|回|克|下)[^，,。\s我俺]{1,8}?(?:去|克)?了)?[，,\s]?(?:我|俺)(?:也|就|顺便|先)*(?:帮(?:着|忙)?|替|代)(?:他|她|他们|她们)?(?:报|填|填报|发|上报)(?:一下|一哈|一条|下|了)?(?:哈|啊|吧|哦)?[：:，,。!！\s]+/,
];
/** A remark about why the colleague is not reporting: 他住院了、她出差了、他请假了. */
const ABSENT_REMARK =
  /^(?:他|她|人家|对方)?(?:住院|生病|病了|请假|出差|休假|外出|不在|开会|忙)[^，,。；;\s]{0,6}[，,。；;\s]+/;

export function reportsForOther(text: string, person: Person, org: Org): ForOther | undefined {
  const t = toSimplified(foldWidth(text.trim()));
  for (const lead of LEADS) {
    const m = lead.exec(t);
    if (!m) continue;
    const whom = m[1]!;
    const named = colleaguesNamed(whom, person, org);
    // 「合作社的人出差了 我帮他们报 …」: people of somewhere (X的人), or a group (帮他们报), and no roster colleague —
    // the sender's own report, as before 代报 (round 52: 「这条是替合作报的吗？」).
    const after = m[0].slice(whom.length);
    if (
      named.length === 0 &&
      (/^[\u4e00-\u9fff]{0,3}的(?:人|同志|同事|师傅)/.test(after) || /[帮替代](?:他们|她们)/.test(after))
    )
      return undefined;
    // 「小张住院了 我替他报」: someone said to be a person, not on the roster (or named twice) — asked, nothing filed.
    const unknown =
      named.length > 1
        ? "several"
        : named.length === 0 && personSaid(whom, lead === LEADS[2], org)
          ? "none"
          : undefined;
    if (named.length === 0 && !unknown && mine(whom, person, org)) return undefined;
    let content = t.slice(m[0].length);
    // 「帮办公室报一下，王主任让我报的：…」: a second lead after the first.
    for (const again of LEADS) content = content.replace(again, "");
    content = content.replace(ABSENT_REMARK, "").trim();
    if (content === "") return undefined;
    const colleague = named.length === 1 ? named[0] : undefined;
    return {
      whom: whom.replace(/那边|这边$/, ""),
      content,
      ...(colleague ? { colleague } : {}),
      ...(unknown ? { unknown } : {}),
    };
  }
  return undefined;
}

/**
 * Whether the one named is the sender or a section of theirs: undefined-safe — an X that names no
 * colleague and no section (企业、村里、3家企业) is no colleague, so the message stays a report.
 */
function mine(whom: string, person: Person, org: Org): boolean {
  const w = whom.replace(/那边|这边|那块|科室$/, "");
  if (/^(?:他|她|他们|她们|人家)$/.test(w)) return false;
  if (colleaguesNamed(whom, person, org).length > 0) return false;
  const section = findSection(org, w) ?? org.sections.find((s) => s.aliases.some((a) => w.includes(a)));
  if (section) return reportableSections(org, person).some((s) => s.id === section.id);
  return true;
}

/** The roster colleagues (not the sender) `whom` names: 孙磊, 小孙 / 老孙 (surname), 何老师 / 王主任 (surname and title). */
export function colleaguesNamed(whom: string, person: Person, org: Org): Person[] {
  const w = whom.replace(/那边|这边|那块|科室$/, "");
  return org.people.filter(
    (p) =>
      p.id !== person.id &&
      (p.name === w ||
        (w.length >= 2 && /^(?:小|老)/.test(w) && p.name.startsWith(w.slice(1))) ||
        (w.length >= 2 && /(?:主任|科长|局长|书记|老师)$/.test(w) && p.name.startsWith(w[0]!))),
  );
}

/**
 * Whether `whom`, found on no roster line, is said as a person: 小张、老刘、张科长、何老师, or any two or three
 * characters before 「我替他报」 with the reason said (the third lead) — not 企业、村里、办公室 (sections are looked up first).
 */
function personSaid(whom: string, absentLead: boolean, org: Org): boolean {
  if (findSection(org, whom) || org.sections.some((s) => s.aliases.some((a) => whom.includes(a))))
    return false;
  if (/^(?:小|老)[\u4e00-\u9fff]$|^[\u4e00-\u9fff](?:主任|科长|局长|书记|老师|姐|哥)$/.test(whom))
    return true;
  if (/^(?:他|她|人家)|企业|公司|村|乡|镇|局|站|所|科|办|组|队|中心|那边|这边|那块|他们|她们/.test(whom))
    return false;
  return absentLead && /^[\u4e00-\u9fff]{2,3}$/.test(whom);
}

/** The one-line question, with 记为我的填报 / 不用; nothing stored meanwhile. */
export async function askForOther(
  services: Services,
  input: { person: Person; messageId?: string },
  other: ForOther,
): Promise<Reply> {
  const own = reportableSections(services.org, input.person)
    .map((s) => sectionName(services.org, s.id))
    .join("、");
  await setState(
    services.store,
    input.person.id,
    { mode: "ask-report", text: other.content, forOther: other.whom },
    stampOf(services, input),
  );
  const shown =
    [...other.content].length > 60 ? `${[...other.content].slice(0, 60).join("")}…` : other.content;
  return cardReply({
    title: `这条是替${other.whom}报的吗？`,
    template: "orange",
    blocks: [
      `> ${shown}`,
      other.unknown
        ? `名册里${other.unknown === "several" ? `不止一位` : "没有"}${other.whom}，这条我先没有保存。代同事报请写同事的全名（帮＋全名＋报一下：内容）；如果这是您（${own}）自己做的工作，点「记为我的填报」。`
        : `填报按各人负责的科室记，这条我先没有保存。${other.whom}的工作请${other.whom}那边自己发给我；如果这也是您（${own}）自己做的工作，点「记为我的填报」。`,
    ],
    buttons: [
      { label: "记为我的填报", command: "记为填报", style: "primary" },
      { label: "不用", command: "不用记" },
    ],
  });
}

/** 「让他自己报吧」「叫李明自己来报」「她自己报」「那让她自己回来报」: the colleague will report it themselves. */
export function leavesItToThem(text: string): boolean {
  return /(?:让|叫|请|等)?(?:他|她|他们|人家|[\u4e00-\u9fff]{1,3}?)自己(?:来|回来|回头|过来|再)?(?:报|填|发)/.test(
    toSimplified(foldWidth(text)),
  );
}
