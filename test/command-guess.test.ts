import { describe, expect, it } from "vitest";
import { NOT_MEANT, NOTHING_DONE } from "../src/conversation/ask-command.js";
import { classifyIntent, type IntentContext } from "../src/conversation/classify-intent.js";
import shipped from "../src/conversation/command-model.json" with { type: "json" };
import { GUESS_MARGIN, type Guess, guessCommand } from "../src/conversation/command-guess.js";
import { getState } from "../src/conversation/state.js";
import { findPerson } from "../src/domain/org.js";
import { openReminderCollections } from "../src/reminders/reminder-records.js";
import { guessLeaveOneOut } from "./corpus/command-guess-loo.js";
import { commandFeaturesDigest, commandLinesDigest } from "./corpus/command-model.js";
import { firstSightGuess, loadFirstSight } from "./corpus/first-sight.js";
import { batchOf } from "./corpus/report-gate-loo.js";
import { loadIntentCorpus, SEALED_SPLITS } from "./corpus/score-intents.js";
import { loadLeaderCorpus } from "./corpus/score-leader.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * The learned command guess (src/conversation/command-guess.ts) through the real engine: a
 * read-only command is run and says it was a guess; a command that changes data is asked about
 * (「您是想…吗？」), 是 runs it, 不是 does nothing; staff are never offered a leaders' command; a
 * report or a rule's command is never overridden; the shipped model is the corpus'.
 */
const t = appPerFile();

const corpus = loadIntentCorpus();
const leaders = loadLeaderCorpus();

const ctxFor = (who: string, extra: Partial<IntentContext> = {}) => intentContextFor(t.app, who, extra);

/**
 * Everyday phrasings of a command that the rules (which keep learning phrases) do not catch today:
 * the first one the classifier hands to the guess. The behaviour is tested on it.
 */
function guessedPhrase(who: string, kind: "ask-command" | "command", phrases: readonly string[]): string {
  const found = phrases.find((p) => {
    const got = classifyIntent(p, ctxFor(who));
    return got.kind === kind && (kind === "ask-command" || (got.kind === "command" && got.guessed));
  });
  if (!found)
    throw new Error(`none of ${phrases.join(" / ")} is left to the guess any more: add a fresh phrasing`);
  return found;
}

const SNOOZE = [
  "这礼拜就别催我了",
  "这周放过我吧，下礼拜再说",
  "下礼拜记得喊我填",
  "这周先放一放，过了这周再叫我",
  // 过了这周 is next week to the rules since round thirteen.
  "这周先搁着吧 下次喊我",
  "这周别喊我了",
];
const MINE = ["我这周报过的都给我看下", "之前交上去的那些都拿来我瞅瞅", "我交过哪些东西给我列列"];
// 看一眼、瞄 are read by the rules since round thirteen; 过目、递过来 are left to the guess.
const DRAFT = ["稿子给我瞅一眼", "那个稿子弄好了给我瞄一下", "总结稿发来瞧瞧", "稿子我要过目", "初稿递过来"];

const snoozed = async (id: string) => {
  const { prefs } = await openReminderCollections(t.app.services.store);
  return (await prefs.list()).find((p) => p.id === id)?.snoozedWeeks ?? [];
};

describe("command guess", () => {
  it("ships a model trained on the current intent and leader lines (run tools/train-command-model.ts)", () => {
    expect(shipped.lines, "retrain: npx tsx tools/train-command-model.ts").toBe(
      commandLinesDigest(corpus, leaders),
    );
    // The same lines can turn into other features when a fold or reportFeatures changes (第四十二轮 model42).
    expect(
      shipped.features,
      "the training lines' features changed: retrain (tools/train-command-model.ts) and check score-splits",
    ).toBe(commandFeaturesDigest(corpus, leaders));
    expect(shipped.classes).toEqual(expect.arrayContaining(["report", "chat", "answer", "撤回", "帮助"]));
  });

  it("records each line's first sight once, at one commit (i11a had two copies under two commits)", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const r of loadFirstSight()) {
      if (seen.has(r.id)) twice.push(`${r.id} ${seen.get(r.id)} ${r.commit}`);
      seen.set(r.id, r.commit);
    }
    expect(twice).toEqual([]);
  });

  it("asks 「您是想…吗？」 about a command that changes data; 不是 does nothing, 是 runs exactly it", async () => {
    const phrase = guessedPhrase("li-rd", "ask-command", SNOOZE);
    const ask = await t.say("li-rd", phrase);
    expect(ask).toHaveLength(1);
    expect(ask[0]!.card?.title).toBe("您是想让我这周不再催、下周再提醒您吗？");
    expect(ask[0]!.card?.buttons?.map((b) => [b.label, b.command])).toEqual([
      ["是", "下周提醒"],
      ["不是", NOT_MEANT],
    ]);
    expect(await snoozed("li-rd")).toEqual([]);
    expect((await getState(t.app.services.store, "li-rd")).mode).toBe("ask-command");

    // 不是 (typed): nothing done, the question closed, nothing stored.
    expect(await t.sayText("li-rd", "不是")).toBe(NOTHING_DONE);
    expect((await getState(t.app.services.store, "li-rd")).mode).toBe("idle");
    expect(await snoozed("li-rd")).toEqual([]);
    // 是 after the question is closed is no answer to it.
    await t.say("li-rd", "是的");
    expect(await snoozed("li-rd")).toEqual([]);

    // Asked again; the 不是 button does nothing either.
    await t.say("li-rd", phrase);
    expect(await t.sayText("li-rd", NOT_MEANT)).toBe(NOTHING_DONE);
    expect(await snoozed("li-rd")).toEqual([]);

    // Asked again; a typed 是 runs the command asked about, and closes the question.
    await t.say("li-rd", phrase);
    expect(await t.sayText("li-rd", "是")).toContain("本周不再提醒您");
    expect(await snoozed("li-rd")).toHaveLength(1);
    expect((await getState(t.app.services.store, "li-rd")).mode).toBe("idle");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toEqual([]);
  });

  it("a redelivered message that was asked about asks again and does nothing", async () => {
    const phrase = guessedPhrase("zhao-zh", "ask-command", SNOOZE);
    await t.say("zhao-zh", phrase, { messageId: "guess-replay-1" });
    const again = await t.sayText("zhao-zh", phrase, { messageId: "guess-replay-1" });
    expect(again).toContain("您是想让我这周不再催、下周再提醒您吗？");
    expect(await snoozed("zhao-zh")).toEqual([]);
    expect((await getState(t.app.services.store, "zhao-zh")).mode).toBe("ask-command");
  });

  it("the 是 button runs the guessed command as a typed command", async () => {
    const ask = await t.say("chen-kp", guessedPhrase("chen-kp", "ask-command", SNOOZE));
    const yes = ask[0]!.card!.buttons![0]!;
    expect(await t.sayText("chen-kp", yes.command)).toContain("本周不再提醒您");
    expect(await snoozed("chen-kp")).toHaveLength(1);
    expect((await getState(t.app.services.store, "chen-kp")).mode).toBe("idle");
  });

  it("runs a read-only command and says how the message was understood", async () => {
    const replies = await t.sayText("sun-tp", guessedPhrase("sun-tp", "command", MINE));
    expect(replies).toMatch(/^我理解您是要「我的填报」/);
    expect(await t.app.services.store.listUpdates({ author: "sun-tp" })).toEqual([]);
    // A leader's draft asked for in words the rules miss: run, marked as understood so.
    const draft = guessedPhrase("zhou-ju", "command", DRAFT);
    expect(classifyIntent(draft, ctxFor("zhou-ju"))).toEqual({
      kind: "command",
      command: "查看草稿",
      text: "查看草稿",
      guessed: true,
    });
  });

  it("never offers staff a leaders' command", () => {
    const draft = guessedPhrase("zhou-ju", "command", DRAFT);
    const leader = guessCommand(draft, ctxFor("zhou-ju"));
    expect(leader?.command).toBe("查看草稿");
    expect(guessCommand(draft, ctxFor("li-rd"))).toBeUndefined();
    const got = classifyIntent(draft, ctxFor("li-rd"));
    expect(got.kind === "command" || got.kind === "ask-command").toBe(false);
    // Someone else's reports are no 我的填报: a leader's 查看填报 with the name, nothing for staff.
    expect(guessCommand("把陈静这周报的东西拿来看看", ctxFor("zhou-ju"), undefined, 0)?.text).toMatch(
      /^(?:查看填报 陈静|查看草稿|进度)$/,
    );
    const staff = guessCommand("把陈静这周报的东西拿来看看", ctxFor("li-rd"), undefined, 0);
    expect(staff?.command ?? "none").not.toMatch(/^(?:我的填报|查看填报|查看草稿|进度)$/);
  });

  it("never takes what was said at a visit, asked, for a look at one's own reports", () => {
    // 「去福利院讲了些啥内容？」 (i25f-013) was run as 我的填报 by a model trained without its batch (round thirty-three).
    for (const q of [
      "去福利院讲了些啥内容？",
      "昨天座谈会上领导都说了些什么",
      "你们上午去学校讲的啥",
      "报告会上专家讲了啥",
    ])
      expect(guessCommand(q, ctxFor("li-rd"), undefined, 0)?.command ?? "none", q).not.toBe("我的填报");
  });

  it("never asks leave for a question about the calendar", () => {
    // At margin 0 the model's first choice speaks whenever the guards let it.
    for (const q of ["12月31号放假吗", "元旦那天放不放假", "这礼拜六上班伐？", "下周一调休吗？"])
      expect(guessCommand(q, ctxFor("li-rd"), undefined, 0)?.command ?? "none", q).not.toBe("请假");
    expect(guessCommand("我下礼拜想歇两天", ctxFor("li-rd"), undefined, 0)?.command ?? "none").not.toMatch(
      /上班吗/,
    );
  });

  it("never overrides a report, an answer, a rule's command or specific small talk", async () => {
    const always: Guess = { command: "撤回", text: "撤回 1", readOnly: false, margin: 99 };
    let unsure = 0;
    for (const c of corpus.filter((x) => x.split === "tune" || x.split === "heldout")) {
      const person = findPerson(t.app.services.org, c.context.who)!;
      const ctx = ctxFor(person.id, {
        awaiting: c.context.awaiting,
        justAsked: c.context.justAsked,
        pendingDrafts: c.context.pendingDrafts,
        draftNumbers: c.context.draftNumbers,
      });
      // The guess alone: the talk second opinion (talk-odds.ts), consulted after it, is left out.
      const rules = classifyIntent(c.text, { ...ctx, guess: null, talk: null });
      const guessed = classifyIntent(c.text, { ...ctx, guess: () => always, talk: null });
      const open =
        (rules.kind === "unclear" && !rules.suggest) ||
        (rules.kind === "smalltalk" && (rules.topic === "other" || rules.topic === "question"));
      // Only where the rules end unsure may the guess speak (「？」 alone stays small talk).
      if (open && guessed.kind === "ask-command") unsure++;
      else expect(guessed, c.text).toEqual(rules);
    }
    expect(unsure).toBeGreaterThan(50);
    // Through the engine: a report is stored as a draft, whatever the model thinks.
    const replies = await t.say("xu-dj", "走访规上企业8家，收集技术需求11条");
    expect(replies[0]!.card?.title).not.toMatch(/您是想/);
    expect(await t.app.services.store.listUpdates({ author: "xu-dj" })).toHaveLength(1);
  }, 120_000);

  it("leave-one-batch-out on today's rules: no wrong read-only command run, no wrong command asked, nothing stored", () => {
    // Every open batch: the blind ones and the families of check lines, each unseen by its model.
    const open = [...new Set(corpus.filter((c) => !SEALED_SPLITS.has(c.split as never)).map(batchOf))];
    expect(open).toEqual(
      expect.arrayContaining(["blind", "blind5", "blind7", "blind8", "blind9", "s5a", "t"]),
    );
    const rows = guessLeaveOneOut(
      corpus,
      leaders,
      t.app.services.org,
      t.app.engine.commands,
      GUESS_MARGIN,
      open,
    );
    const sum = (k: "ranWrong" | "askedWrong" | "guessStored" | "spoiled" | "rulesRight" | "guessRight") =>
      rows.reduce((a, r) => a + r[k], 0);
    console.log(
      `command guess, leave-one-batch-out: right ${sum("rulesRight")} → ${sum("guessRight")} of ${rows.reduce((a, r) => a + r.n, 0)}`,
    );
    expect(sum("ranWrong")).toBe(0);
    expect(sum("askedWrong")).toBe(0);
    // The guess never stores what the rules did not (a batch opened but not yet tuned on, blind16, may
    // still have lines the rules store: the intent corpus's floors hold the tuned ones at 0).
    for (const r of rows) expect(r.guessStored, r.batch).toBeLessThanOrEqual(r.rulesStored);
    expect(sum("spoiled")).toBe(0);
    expect(sum("guessRight")).toBeGreaterThanOrEqual(sum("rulesRight"));
    // One model trained per open batch: a minute in CI, four or more on a machine shared with other runs
    // (seventeen with six other jobs on two cores in round forty-two, where 600 s ran out).
  }, 1_800_000);

  it("on the rules as they were at each blind batch's first sight, it gains and makes no wrong move", () => {
    const rows = firstSightGuess(corpus, leaders, t.app.services.org, t.app.engine.commands, GUESS_MARGIN);
    // The five blind batches and fifteen families of the author's check lines (b3z-, s5a- …).
    expect(rows.map((r) => r.batch)).toEqual(
      expect.arrayContaining(["blind", "blind5", "blind7", "blind8", "blind9"]),
    );
    expect(rows.length).toBeGreaterThanOrEqual(20);
    const sum = (k: "ranWrong" | "askedWrong" | "askedRight" | "rulesRight" | "guessRight") =>
      rows.reduce((a, r) => a + r[k], 0);
    console.log(
      `command guess on first-sight rules: right ${sum("rulesRight")} → ${sum("guessRight")}, asked about the right command ${sum("askedRight")}`,
    );
    expect(sum("ranWrong")).toBe(0);
    expect(sum("askedWrong")).toBe(0);
    for (const r of rows) expect(r.guessStored).toBeLessThanOrEqual(r.rulesStored);
    expect(sum("guessRight")).toBeGreaterThan(sum("rulesRight"));
    // One model trained per batch, like the check above: a minute or more on a busy machine.
  }, 600_000);
});
