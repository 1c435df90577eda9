import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type App, createApp } from "../../src/app.js";
import { ASK_SECTION_NOTE, sectionUnchosen } from "../../src/conversation/section-unchosen.js";
import { type DialogueState, getState } from "../../src/conversation/state.js";
import { howToReply } from "../../src/conversation/how-to.js";
import { reminderFacts, rulesAnswer } from "../../src/conversation/staff-questions.js";
import type { Reply } from "../../src/conversation/types.js";
import { localDateString, parseDate, summaryYear } from "../../src/domain/period.js";
import type { DraftingApi } from "../../src/drafting/command-helpers.js";
import { findPerson, isLeader, type Org, type Person, reportableSections } from "../../src/domain/org.js";
import { loadOrgFile } from "../../src/load-org.js";
import type { Update } from "../../src/domain/update.js";
import { loadConfig } from "../../src/load-config.js";
import { silentLogger } from "../../src/log.js";
import type { IntentCase } from "./score-intents.js";

/**
 * Plays one corpus line in the situation its label describes, through the real engine and store
 * (score-in-context.ts judges what it did). The situation is made for real, never faked in the
 * classifier's input: the person's earlier updates (confirmed) and their unconfirmed drafts are
 * sent through the engine; the question the bot is waiting on is the dialogue state the engine
 * itself writes; and a leader finds the desk as in December — the half-year draft made in June and
 * approved, the year's draft generated this morning. Each situation is built once (a template
 * data directory) and copied for every line, so no line sees another's changes.
 */
export type Stage = IntentCase["context"];

const ORG_FILE = join(import.meta.dirname, "../../data/org.example.json");
/** When every line is sent: a December morning, the year's draft made minutes before. */
export const PLAY_AT = "2026-12-01T10:05:00+08:00";
const YEAR_DRAFT_AT = "2026-12-01T10:00:00+08:00";
const HALF_DRAFT_AT = "2026-06-29T10:00:00+08:00";
/** The confirmed updates a staff member has before the line (numbers 1–3) unless drafts say otherwise. */
const HISTORY = 3;
/** What the bot asked about before a line sent while a 记为填报 question waits. */
export const ASKED_ABOUT = "下午去柳河乡那边看看";

/** Each section's everyday reports, as staff send them (written here, in the corpus's manner). */
const REPORTS: Record<string, string[]> = {
  rd: [
    "走访规上企业6家，宣讲研发费用加计扣除政策",
    "完成2个市级科技项目的立项评审",
    "催报研发投入统计，已有15家企业报送",
  ],
  transfer: [
    "登记技术合同12份，成交额380万元",
    "组织专利申请培训1场，40家企业参加",
    "协助企业办理知识产权质押融资1笔",
  ],
  popsci: ["举办科普讲座3场，听众260人次", "发放科普资料1500份", "科技活动周布置科普展板20块"],
  envoy: [
    "科技特派员下乡服务12次，培训农户180人",
    "新建中药材种植示范基地1个",
    "结对帮扶村引进食用菌新品种2个",
  ],
  hitech: ["指导4家企业申报高新技术企业认定", "科技型中小企业入库28家", "新认定市级星创天地1个"],
  talent: ["引进急需紧缺专家人才3名", "落实人才引进政策，兑现安家补贴2人", "组织专家服务团下企业1次"],
  party: ["开展主题党日活动1次，党员22人参加", "组织廉政学习2次", "党支部书记讲党课1次"],
  office: ["完成安全生产检查4次", "整理归档文书档案300卷", "办理信访件2件"],
};

export interface Snapshot {
  updates: Array<Pick<Update, "seq" | "status" | "section" | "normalizedText"> & { unchosen: boolean }>;
  /** The summary drafts; `said` is what leaders' comments and instructions put on record. */
  drafts: Array<{ id: string; status: string; versions: number; events: string[]; said: string }>;
  state: DialogueState;
}

export interface Played {
  before: Snapshot;
  after: Snapshot;
  replies: Reply[];
  /** The ids the staged situation gave its items: the card shown, the update being edited. */
  staged: { shownId?: string; editId?: string; sections: string[]; seqs: number[] };
  /** The help the engine gives about what this text asks (how-to.ts, staff-questions.ts), if it asks that. */
  howTo?: string;
}

interface Layout {
  who: string;
  /** Every number 1..count; `drafts` are unconfirmed, the rest confirmed. */
  count: number;
  drafts: number[];
  /** One more draft after them whose section the bot asked for and was not told. */
  unchosen: boolean;
}

/** The updates a staff member's line needs: numbers 1–3 confirmed, then the drafts it names. */
function layoutOf(stage: Stage, who: string): Layout {
  const drafts = stage.draftNumbers ?? Array.from({ length: stage.pendingDrafts }, (_, i) => HISTORY + 1 + i);
  const count = Math.max(HISTORY, ...drafts, HISTORY + (stage.draftNumbers ? 0 : stage.pendingDrafts));
  return { who, count, drafts, unchosen: stage.awaiting === "section" };
}

export class ContextPlayer {
  private readonly root = mkdtempSync(join(tmpdir(), "zongjie-in-context-"));
  private readonly templates = new Map<string, string>();
  private n = 0;
  private org: Org | undefined;

  /** Plays `text` from `stage.who` in the staged situation; every app opened is closed again. */
  async play(stage: Stage, text: string): Promise<Played> {
    const dir = await this.copyOf(stage);
    let now = new Date(PLAY_AT);
    const app = await openApp(dir, () => now);
    try {
      const person = findPerson(app.services.org, stage.who);
      if (!person) throw new Error(`no such person ${stage.who}`);
      const staged = await stageState(app, person, stage);
      const before = await snapshot(app, person.id);
      this.n += 1;
      const replies = await app.engine.handle({
        person,
        chat: "p2p",
        kind: "text",
        text,
        messageId: `ctx-${this.n}`,
      });
      await (app.services.features.drafting as DraftingApi | undefined)?.whenIdle();
      // The day the line was sent: a rules answer's example dates are next week's from it (leave-example.ts).
      const sentOn = parseDate(localDateString(now, app.services.timezone));
      now = new Date(now.getTime() + 1000);
      const year = summaryYear(now, app.services.timezone);
      const howTo =
        howToReply(text, person, app.engine.commands, year)?.text ??
        rulesAnswer(text, reminderFacts(app.services), false, sentOn);
      return { before, after: await snapshot(app, person.id), replies, staged, howTo };
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  close(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  private async copyOf(stage: Stage): Promise<string> {
    this.org ??= await loadOrgFile(ORG_FILE);
    const person = findPerson(this.org, stage.who);
    if (!person) throw new Error(`no such person ${stage.who}`);
    // 局长、副局长 have no section of their own: they find the drafts, not updates of their own;
    // 办公室 (an admin with sections) finds both.
    const desk = isLeader(person);
    const layout =
      person.sections.length === 0
        ? { who: person.id, count: 0, drafts: [], unchosen: false }
        : layoutOf(stage, person.id);
    const key = JSON.stringify([layout, desk]);
    let template = this.templates.get(key);
    if (!template) {
      template = join(this.root, `t${this.templates.size}`);
      mkdirSync(template);
      await buildTemplate(template, layout, desk);
      this.templates.set(key, template);
    }
    this.n += 1;
    const dir = join(this.root, `line-${this.n}`);
    cpSync(template, dir, { recursive: true });
    return dir;
  }
}

async function openApp(dir: string, now: () => Date): Promise<App> {
  return createApp({
    config: loadConfig({ DATA_DIR: dir, ORG_FILE, LOG_LEVEL: "silent", REMINDERS_ENABLED: "false" }),
    clock: { now },
    log: silentLogger,
    outbox: { async sendToPerson() {} },
  });
}

/** A data directory holding the layout's updates (and, for leaders, December's two drafts). */
async function buildTemplate(dir: string, layout: Layout, desk: boolean): Promise<void> {
  let now = new Date(desk ? HALF_DRAFT_AT : YEAR_DRAFT_AT);
  const app = await openApp(dir, () => now);
  let n = 0;
  const say = (who: string, text: string) => {
    n += 1;
    const person = findPerson(app.services.org, who);
    return app.engine.handle({ person, chat: "p2p", kind: "text", text, messageId: `tpl-${n}` });
  };
  try {
    if (desk) {
      const api = app.services.features.drafting as DraftingApi;
      for (const [who, text] of [
        ["sun-tp", REPORTS.envoy![0]!],
        ["chen-kp", REPORTS.popsci![0]!],
        ["li-rd", REPORTS.rd![0]!],
      ] as const) {
        await say(who, text);
        await say(who, "确认");
      }
      await say("zhou-ju", "生成总结 2026上半年");
      await api.whenIdle();
      await say("zhou-ju", "仍要定稿 2026上半年");
      now = new Date(YEAR_DRAFT_AT);
      await say("zhou-ju", "生成总结 2026");
      await api.whenIdle();
      const year = await api.service.get({ year: 2026 });
      const half = await api.service.get({ year: 2026, half: 1 });
      if (!year || half?.status !== "approved") throw new Error("the leaders' desk could not be set");
    }
    if (layout.count > 0) await fileUpdates(app, layout, say);
  } finally {
    await app.close();
  }
}

/** The layout's updates, sent through the engine; each then put in the state the layout says. */
async function fileUpdates(
  app: App,
  layout: Layout,
  say: (who: string, text: string) => Promise<Reply[]>,
): Promise<void> {
  const { store, org } = app.services;
  const person = findPerson(org, layout.who)!;
  const section = reportableSections(org, person)[0]!.id;
  const texts = REPORTS[section] ?? REPORTS.rd!;
  const total = layout.count + (layout.unchosen ? 1 : 0);
  for (let seq = 1; seq <= total; seq += 1) {
    await say(layout.who, `${texts[(seq - 1) % texts.length]}${seq > texts.length ? `（第${seq}批）` : ""}`);
    const u = await store.findBySeq(layout.who, seq);
    if (!u) throw new Error(`${layout.who}: update #${seq} was not stored while staging`);
    const unchosen = layout.unchosen && seq === total;
    await store.modifyUpdate(u.id, (x) => ({
      ...x,
      section,
      status: unchosen || layout.drafts.includes(seq) ? "draft" : "confirmed",
      // Only the last, when the layout says so, waits for its section.
      history: x.history.map((h) =>
        h.action === "created" ? { ...h, note: unchosen ? ASK_SECTION_NOTE : undefined } : h,
      ),
    }));
  }
  await store.setConversation(layout.who, { mode: "idle" });
}

/** Writes the dialogue state the label says the bot is in (what the engine writes when it asks). */
async function stageState(app: App, person: Person, stage: Stage): Promise<Played["staged"]> {
  const { store, org } = app.services;
  const now = app.services.clock.now().getTime();
  const at = new Date(stage.justAsked ? now - 60_000 : now - 13 * 3600_000).toISOString();
  const mine = (await store.listUpdates({ author: person.id })).sort((a, b) => a.seq - b.seq);
  const drafts = mine.filter((u) => u.status === "draft");
  const sections = reportableSections(org, person).map((s) => s.id);
  const first = mine[0];
  const stamp = { messageId: "staged", at };
  let state: DialogueState = { mode: "idle", ...stamp };
  let shownId: string | undefined;
  let editId: string | undefined;
  switch (stage.awaiting) {
    case "confirm":
      shownId = drafts.at(-1)?.id;
      if (shownId) state = { mode: "confirm", updateId: shownId, ...stamp };
      break;
    case "section":
      shownId = drafts.at(-1)?.id;
      if (shownId) state = { mode: "choose-section", updateId: shownId, options: sections, ...stamp };
      break;
    case "edit-text":
      editId = first?.id;
      if (editId) state = { mode: "edit", updateId: editId, ...stamp };
      break;
    case "edit-confirm":
      editId = first?.id;
      if (first)
        state = {
          mode: "confirm-edit",
          updateId: first.id,
          text: `${first.normalizedText}，另有2家正在对接`,
          input: "另有2家正在对接",
          how: "append",
          ...stamp,
        };
      break;
    case "guided":
      state = {
        mode: "guided",
        step: 2,
        section: sections[0],
        answers: { work: "走访企业5家，宣讲扶持政策", figures: "无" },
        ...stamp,
      };
      break;
    case "report-or-not":
      state = { mode: "ask-report", text: ASKED_ABOUT, ...stamp };
      break;
    case "which-draft":
      state = { mode: "choose-draft", seqs: drafts.map((u) => u.seq), ...stamp };
      break;
    default:
      break;
  }
  if (stage.awaiting !== "nothing" && state.mode === "idle")
    throw new Error(`${person.id}: cannot stage 「${stage.awaiting}」 with these updates`);
  await store.setConversation(person.id, state);
  return { shownId, editId, sections, seqs: mine.map((u) => u.seq) };
}

async function snapshot(app: App, personId: string): Promise<Snapshot> {
  const { store } = app.services;
  const updates = (await store.listUpdates({ author: personId }))
    .sort((a, b) => a.seq - b.seq)
    .map((u) => ({
      seq: u.seq,
      status: u.status,
      section: u.section,
      normalizedText: u.normalizedText,
      unchosen: sectionUnchosen(u),
    }));
  const api = app.services.features.drafting as DraftingApi | undefined;
  const drafts = ((await api?.service.list()) ?? []).map((d) => ({
    id: d.id,
    status: d.status,
    versions: d.versions.length,
    events: d.events.map((e) => e.action),
    said: [
      d.comment ?? "",
      ...d.events.map((e) => e.note ?? ""),
      ...d.versions.map((v) => v.note ?? ""),
      ...(d.versions.at(-1)?.parts ?? []).map((p) => p.instruction ?? ""),
    ].join("\n"),
  }));
  return { updates, drafts, state: await getState(store, personId) };
}
