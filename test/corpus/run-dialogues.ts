import path from "node:path";
import { z } from "zod";
import type { App } from "../../src/app.js";
import { type Awaiting, classifyIntent, type Intent } from "../../src/conversation/classify-intent.js";
import { cleanInput } from "../../src/conversation/guards.js";
import { intentContext } from "../../src/conversation/intent-context.js";
import { buildTable } from "../../src/conversation/match-command.js";
import { getState } from "../../src/conversation/state.js";
import type { Reply } from "../../src/conversation/types.js";
import { findPerson } from "../../src/domain/org.js";
import { snapshot, untruths } from "./reply-truth.js";
import { IntentCaseSchema, intentMatches, readJsonl, SPLITS } from "./score-intents.js";

const DialogueSplitSchema = z.enum([
  ...SPLITS,
  "correct",
  "correct-heldout",
  "staff",
  "s11",
  "s12",
  "s13",
  "s14a",
  "s14b",
  "s15a",
  "s15b",
  "s16a",
  "s16b",
  "s17a",
  "s17b",
  "s20a",
  "s20b",
  "s21a",
  "s21b",
  "s22a",
  "s22b",
  "s23a",
  "s23b",
  "s24a",
  "s24b",
  "s25a",
  "s25b",
  "s26a",
  "s26b",
  "s28a",
  "s28b",
  "s32a",
  "s32b",
  "s33a",
  "s33b",
  "s34a",
  "s34b",
  "s35a",
  "s35b",
  "s36a",
  "s36b",
  "s37a",
  "s37b",
  "s38a",
  "s38b",
  "s39a",
  "s39b",
  "s39c",
  "s39d",
  "s40a",
  "s40b",
  "s40c",
  "s40d",
  "d46a",
  "d46b",
  "d47a",
  "d48a",
  "d49a",
  "d50a",
  "d51a",
  "d52a",
  "d52p",
  "d53a",
  "d53p",
  "d54a",
  "d55a",
  "d56a",
] as const);
/** The intent splits that have dialogues (all but the early one-line blind batch), plus the corrections. */
export const DIALOGUE_SPLITS: ReadonlyArray<z.infer<typeof DialogueSplitSchema>> = [
  ...SPLITS.filter((s) => s !== "blind"),
  "correct",
  "correct-heldout",
];

/**
 * The dialogue corpus (test/corpus/dialogues.jsonl): short exchanges as staff have them in
 * Feishu, each turn labelled with its intent and with how many updates it may store (reports
 * store one; everything else none unless labelled), and each dialogue with how it must end
 * (confirmed, drafts, withdrawn). Run through the real engine and store.
 */
export const DialogueSchema = z.object({
  id: z.string(),
  /**
   * `blind4`/`blind6`: written blind, never tuned on; `blind5`: scored untouched, then tuned on.
   * Each played and counted apart. `correct` / `correct-heldout` (dialogues-correct.jsonl): requests
   * on an earlier update (corrections, withdrawals, views); the held-out part is never tuned on.
   */
  split: DialogueSplitSchema,
  who: z.string(),
  /** When the dialogue happens (ISO); batches written knowing today's date carry it. Default: the test clock. */
  at: z.string().optional(),
  turns: z
    .array(
      z.object({
        /** Who says this turn when not `who` (a colleague answering a 代报, round fifty-three); default `who`. */
        as: z.string().optional(),
        say: z.string(),
        expect: IntentCaseSchema.shape.expect,
        stores: z.number().int().min(0).optional(),
      }),
    )
    .min(1),
  end: z.object({
    confirmed: z.number().int(),
    drafts: z.number().int(),
    withdrawn: z.number().int(),
    /** Text the person's updates that are not withdrawn must (contains) or must not (lacks) hold. */
    contains: z.array(z.string()).optional(),
    lacks: z.array(z.string()).optional(),
    /** The sections of the updates that are not withdrawn, in order of their numbers. */
    sections: z.array(z.string()).optional(),
  }),
});
export type Dialogue = z.infer<typeof DialogueSchema>;

export const DIALOGUE_CORPUS = path.resolve(import.meta.dirname, "dialogues.jsonl");
/** Staff-side flows, round nine's own phrasings (split `staff`): test/staff-flows.test.ts. */
export const STAFF_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-staff.jsonl");
/** Round eleven's own multi-turn flows (split `s11`), written before reading the engine: test/s11-dialogues.test.ts. */
export const S11_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s11.jsonl");
/** Round twelve's own multi-turn flows (split `s12`), written before the fixes: test/s12-dialogues.test.ts. */
export const S12_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s12.jsonl");
/** Round thirteen's own multi-turn flows (split `s13`): what is stored or changed, told truly; test/s13-dialogues.test.ts. */
export const S13_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s13.jsonl");
/**
 * Round fourteen's own whole conversations (splits `s14a`, written before any change, and `s14b`,
 * after): second thoughts, subsets settled, sections answered, 算了不报了, help in guided filling,
 * older updates edited by what they are about, withdraw and restore; test/s14-dialogues.test.ts.
 */
export const S14_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s14.jsonl");
/**
 * Round fifteen's own whole conversations (splits `s15a`, written before any change, and `s15b`, after):
 * answers with more words than the answer, corrections before confirming, subsets settled, sections
 * answered in a sentence or moved by number, 算了不报了, help in guided filling, withdraw and restore;
 * test/s15-dialogues.test.ts.
 */
export const S15_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s15.jsonl");
/**
 * Round sixteen's own whole conversations (splits `s16a`, written before any change, and `s16b`, after):
 * a section said by what the work is about while the bot asks, yes said with other words, all said with
 * a count, guided filling to its card, a two-section message, withdraw and restore, 撤掉 on a card, and
 * the one update offered after a correction that finds nothing; test/s16-dialogues.test.ts.
 */
export const S16_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s16.jsonl");
/**
 * Round seventeen's own whole conversations (splits `s17a`, written before any change, and `s17b`, after):
 * yes beside thanks or talk on a card, an edit preview or 要记吗, a figure named by its label or unit on a
 * card, an edit asking for a figure the update lacks, 不用改了 on a preview, 撤回 on a card, small talk after a
 * confirm never read as 本周无进展; test/s17-dialogues.test.ts.
 */
export const S17_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s17.jsonl");
/**
 * Round twenty's own whole conversations (splits `s20a`, written before any change, and `s20b`, after): chat on
 * a card that must not confirm it, a put-off that keeps the draft, new work while a card waits, a correction on
 * the card, withdraw and restore by number, a question about what to write, one own day away; test/s20-dialogues.test.ts.
 */
export const S20_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s20.jsonl");
/**
 * Round twenty-one's own whole conversations (splits `s21a`, written before any change, and `s21b`, after): answers
 * said with more words on a card, a section question answered with a yes or a section, corrections before and after
 * confirming, a put-off, withdraw and restore, several drafts, guided filling, thanks and talk in between;
 * test/s21-dialogues.test.ts.
 */
export const S21_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s21.jsonl");
/**
 * Round twenty-two's own whole conversations (splits `s22a`, written before any change, and `s22b`, after): answers
 * said with more words than the answer, a no with a correction after it, a put-off to ask someone, 确认修改 on a draft
 * card, a number inside a phrase for the list of drafts, a remark or new work while a card shows, guided filling;
 * test/s22-dialogues.test.ts.
 */
export const S22_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s22.jsonl");
/**
 * Round twenty-three's own whole conversations (splits `s23a`, written before any change, and `s23b`, after): yes said
 * as a negated problem word, answers with talk around them, corrections after 不对/不是, 算了 with a reason, a remark
 * or new work while a card shows, an edit dropped, guided filling; test/s23-dialogues.test.ts.
 */
export const S23_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s23.jsonl");
/**
 * Round twenty-four's own whole conversations (splits `s24a`, written before any change, and `s24b`, after): new work
 * with a figure taken back while a card waits, a denial asked before a yes, 放弃修改 with a reason, 刚才那个草稿
 * confirmed, put-offs, list answers, guided filling; test/s24-dialogues.test.ts.
 */
export const S24_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s24.jsonl");
/**
 * Round twenty-five's own whole conversations (splits `s25a`, written before any change, and `s25b`, after): 那就报上去
 * and 那不中 on a card, a slip owned then the fix, a question about a coming event while a card waits, 那条 + 帮我撤,
 * a supplement then 行, put-offs, list answers, guided filling; test/s25-dialogues.test.ts.
 */
export const S25_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s25.jsonl");
/**
 * Round twenty-six's own whole conversations (splits `s26a`, written before any change, and `s26b`, after): a yes with
 * chat after it, others' doings and rest days while a card waits, work told after a return clause, personal errands
 * with a work noun, 那条 with one card; test/s26-dialogues.test.ts.
 */
export const S26_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s26.jsonl");
/**
 * Round twenty-eight's own whole conversations (splits `s28a`, written before any change, and `s28b`, after): a place
 * among the choices shown, a yes with a reservation, 撤哒它先 on a card, a time alone, an update named by its day, a
 * leader's thanks while a draft is in review; test/s28-dialogues.test.ts.
 */
export const S28_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s28.jsonl");
/**
 * Round thirty-two's own whole conversations (splits `s32a`, written before any change, and `s32b`, after): a figure
 * fixed after two or three messages, withdraw then restore, what one reported this month or half-year, two-section
 * staff not naming a section, guided filling given up halfway, an image or file where text was expected, long pasted
 * reports, a leader's draft, parts rewritten, approved, exported, cancelled; test/s32-dialogues.test.ts.
 */
export const S32_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s32.jsonl");
/**
 * Round thirty-three's own whole conversations (splits `s33a`, written before any change, and `s33b`, after): staff
 * reporting and fixing a figure by what the update is about, withdraw and restore, what one reported this week, month
 * or half-year, guided filling left, a typo'd measure word, a leader's draft, a part rewritten with an instruction,
 * approved, exported, cancelled; test/s33-dialogues.test.ts.
 */
export const S33_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s33.jsonl");
/**
 * Round thirty-four's own whole conversations (splits `s34a`, written before any change, and `s34b`, after): staff
 * reporting in colloquial Chinese with typos, full-width punctuation and emoji, fixing a figure, withdrawing, a plan
 * said before it is done, what one reported this week, a leader's draft, a part rewritten, approved, exported;
 * test/s34-dialogues.test.ts.
 */
export const S34_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s34.jsonl");
/**
 * Round thirty-five's own whole conversations (splits `s35a`, written before any change, and `s35b`, after): staff
 * reporting with typos, doubled full-width commas, emoji and their own list numbers, 「不用」 on a card, a meeting still
 * ahead said as tomorrow's, 「第N条不改了 直接确认」, near-identical items from two people, a leader's draft, a part
 * rewritten with a style instruction, approved, exported; test/s35-dialogues.test.ts.
 */
export const S35_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s35.jsonl");
/**
 * Round thirty-six's own whole conversations (splits `s36a`, written before any change, and `s36b`, after): staff
 * reporting with spoken counts, fixing a figure, withdrawing and restoring, 我的填报 this month, guided filling, a
 * year-end task said in December, a leader's draft, a part rewritten with a style instruction, approved past its
 * findings, exported; test/s36-dialogues.test.ts.
 */
export const S36_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s36.jsonl");
/**
 * Round thirty-seven's own whole conversations (splits `s37a`, written before any change, and `s37b`, after): staff
 * reporting a year in chat (搞、来了 + a crowd, 俺们/中, 20来家), a count corrected by 「不是X 是Y」 beside another count,
 * a withdrawal, vague lines, a problem and a plan in one message, a leader's draft, a part rewritten by hand and one
 * by instruction, approved past its findings, exported to Markdown and Word; test/s37-dialogues.test.ts.
 */
export const S37_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s37.jsonl");
/**
 * Round thirty-eight's own whole conversations (splits `s38a`, written before any change, and `s38b`, after): staff
 * reporting a year in chat (一共42家, 180来人次 corrected, 俺们/中, 过了5家高企), a problem and a plan without its object
 * in one message, a vague line, a withdrawal while the section is asked, a leader's draft, a part rewritten by hand, an
 * instruction the offline drafter cannot follow, approved past its findings, exported; test/s38-dialogues.test.ts.
 */
export const S38_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s38.jsonl");
/**
 * Round thirty-nine's own whole conversations (splits `s39a`, written before any change, and `s39b`, after): staff
 * reporting a year in chat (弄了50亩羊肚菌, 去了15个农户, 送了政策汇编, 明年力争过千万), a count corrected by 「刚才那条不对」,
 * a section asked and answered by number, a vague line, a problem and a plan without its object in one message, a
 * leader's draft, the plan rewritten by hand, approved past its findings, exported; test/s39-dialogues.test.ts.
 */
export const S39_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s39.jsonl");
/**
 * Round thirty-nine's second console cycle (splits `s39c`, written before any change, and `s39d`, after): four staff
 * (一共办了18场, 跑了11个乡镇 corrected by 「不对，刚才是12个乡镇」, 想办法补充, 总数到了, 发了120万, 完善配套), then the
 * leaders ask progress loosely, draft, read and rewrite parts with loose instructions (别写那么虚, 别写那么长, 数字核一下),
 * approve past the findings and export Markdown, Word and a Feishu document; test/s39c-dialogues.test.ts.
 */
export const S39C_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s39c.jsonl");
/**
 * Round forty's console cycle (splits `s40a`, written before any change, and `s40b`, after): four staff say a year's
 * work in chat (full-width digits, a typo, voice without pauses, a problem and a plan in one message), hold a draft
 * and fix it in one message (「先别存 是44家」), hold one and fix it after another card came between, withdraw and
 * restore, say 存吧 after the restore, go through the guided questions, send a bare 「4」 on a card; the leader drafts
 * once; test/s40-dialogues.test.ts.
 */
export const S40_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s40a.jsonl");
/**
 * Round forty's second console cycle (splits `s40c`, written before any change, and `s40d`, after): three staff
 * (高企总数到了41家 corrected by 「刚才那条不对」, 多/余 across items, 参加20多人, a problem and a plan in one message),
 * then the leaders ask progress loosely, draft, check a part's figures without 把, ask to move a part, rewrite the plan
 * by hand with numbered items on one line, approve past the findings and export; test/s40b-dialogues.test.ts.
 */
export const S40B_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-s40b.jsonl");
/**
 * Round forty-six's own multi-turn check (splits `d46a`, written before any change, and `d46b`, after), in 承德-flavoured
 * 北京/冀鲁官话 (今儿个, 头晌/过晌, 得嘞, 贼, 整, 归置): a correction saying the new and the old figure, a second message
 * finishing the first while its card waits and 俩都存上, guided filling asked for in one's own words, a withdrawal with its
 * reason on a card, an edit naming the old figure in Chinese numerals, a draft picked by the time of day, a late reply to
 * the reminder naming one section, a quote-reply correction, a leader's forward, a hold then the fix, a withdrawal by
 * content, an estimate restated; test/d46-dialogues.test.ts.
 */
export const D46_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-d46.jsonl");
/**
 * Round forty-seven's own multi-turn check (split `d47a`, written before any change), in 铜仁-flavoured 西南官话 (要不得,
 * 要得, 莫慌, 存起, 搞哪样, 巴实, 对头): a correction saying both figures, a second message finishing the first and 两条都存起,
 * guided filling asked for in one's own words, a hold with its reason after a section answer, 先莫存 + why then the fix,
 * the section question answered with a colleague's name, a quote-reply of the card with a new figure, withdrawals by
 * content, 「修改 2 大概七百户」 beside another update with the same figure, a leader's forward; test/d47-dialogues.test.ts.
 */
export const D47_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-d47.jsonl");
/**
 * Round forty-eight's own multi-turn check (split `d48a`, written before any change), in 都匀-flavoured 黔南 西南官话 (哪样,
 * 莫得, 要得, 克 for 去, 遭了, 板扎, 晓得咯): a report sent in two messages, a figure corrected by its difference while the card
 * waits, the section question answered with a colleague's name, withdrawals by content or with a reason, 存起没得, a wait
 * with its reason, a quote-reply of the card with a new figure, 「那条…路灯装好了 二十四盏」 as new work beside 「那条…改成…」;
 * test/d48-dialogues.test.ts.
 */
export const D48_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-d48.jsonl");
/**
 * Round forty-nine's own multi-turn check (split `d49a`, written before any change), in 吉安-flavoured 赣语 with 西南官话
 * (冇, 上昼, 今朝, 尔, 哩, 要得, 莫, 蛮): a report's first half sent alone, a figure corrected by its difference, the section
 * question answered with a colleague's name by one-section staff, 「对的 入库」「要得 入库」, a withdrawal then the fix, a
 * quote-reply of the weekly reminder with 本周无进展, a hold with its reason then the fix, guided filling, a move to another
 * section, a leader's forward; test/d49-dialogues.test.ts.
 */
export const D49_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-d49.jsonl");
/**
 * Round fifty's own multi-turn check (split `d50a`, written before any change), in 上饶-flavoured 赣东北 speech (么事, 冇,
 * 嘞, 啵, 今朝): a report's first half sent alone then joined, 「数字写错了 先撤回来」 on a pending card, 「对着呢 存」「么麻达 存」
 * 「没毛病 存上」, the section question answered with a colleague's name, a hold with its reason then the fix and a plain yes,
 * 本周无进展 quote-reply, a leader's forward; test/d50-dialogues.test.ts.
 */
export const D50_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-d50.jsonl");
/**
 * Round fifty-one's own multi-turn check (split `d51a`, written before any change), in 荆州-flavoured 湖北话 (么事, 冇得, 撒, 咧,
 * 克, 伢): a correction saying only the difference (少了五户、多了三十万), work reported for a colleague who is away
 * (何婷出差了 我帮她报), the duty roster asked about (礼拜六排班有我没得), 我讲一句你记一句, two sections' material in one
 * message, a hold then a difference, a withdrawal with its reason, a section answered; test/d51-dialogues.test.ts.
 */
export const D51_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-d51.jsonl");
/**
 * Round fifty-two's own multi-turn check (split `d52a`, written before any change), in 孝感/黄冈-flavoured 湖北话 (么事, 冇得,
 * 撒, 克, 伢, 莫, 么样): two sections' material in one message with no section word for one part (技术转让、技术许可), a quoted
 * question answered in guided filling (村主任问我们明年还有冇得补贴), a staff member's 「删掉第2条」, a hold then the new
 * figure, a leave, a withdrawal and a resend; test/d52-dialogues.test.ts.
 * Round fifty-two's own 代报 check (split `d52p`, written before any change), in 曲靖/昭通-flavoured 云南话 (克, 咯, 哩, 板扎,
 * 么么, 得了, 憨): work reported for a roster colleague who is away, with a yes, a no, a section named, a name not on the
 * roster, a correction of the pending card, a withdraw after storing, 「不是 是我自己哩」; test/d52-dialogues.test.ts.
 */
export const D52_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-d52.jsonl");
/**
 * Round fifty-three's own multi-turn check (split `d53a`, written before any change), in 莆田-flavoured 普通话 (厝, 伓, 呣知,
 * 底事, 囝, 着): a withdrawal with a complaint, a section answered by a person's office or with a reason, a struck-through
 * figure replaced, a colleague's forwarded report, a leader's 「删掉第2条」 then 「是」, two sections in one message, guided
 * filling; test/d53-dialogues.test.ts.
 * Round fifty-three's own check (split `d53p`, written before any change), in 商洛-flavoured 陕南话 (啥子, 咋个, 么得, 嘹咋咧,
 * 美得很, 瓜娃): the colleague fixing or withdrawing a 代报 by their own number, the colleague resending the same work, the
 * sender withdrawing a confirmed 代报, a held draft then 「核过了 是26人」, a leader's bare 「1」「好」; turns with `as` are said
 * by the colleague; test/d53-dialogues.test.ts.
 */
export const D53_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-d53.jsonl");
/**
 * Round fifty-four's own multi-turn check (split `d54a`, written before any change), in 恩施-flavoured 普通话 (么子, 克, 冇得,
 * 要得, 莫慌, 一哈): the colleague fixing or withdrawing a 代报 by their own number (`as`), a held draft then the checked
 * figure (「问清楚了 是26个人」, also for a 代报), 「把五十万改成五十五万」 on the card, 「两条都要」, a section said with its
 * reason, 「先缓缓 合同还冇签」, 「我一条一条说」, a card's count said as its difference, a section moved after confirming,
 * a withdrawal with its reason and the resend; test/d54-dialogues.test.ts.
 */
export const D54_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-d54.jsonl");
/**
 * Round fifty-five's own multi-turn check (split `d55a`, written before any change), in 呼伦贝尔-flavoured 东北/蒙东普通话 (嘎哈, 整,
 * 妥了, 埋汰, 唠, 搁): a held draft then 「核过了 是26户」, the colleague withdrawing a 代报 by their own number (`as`), a card's count
 * said as its difference with the reason, a section moved by what the update is about, 「本周无进展」 from someone with two
 * sections, 「改成昨天下午的」, an edit of an update that opened with 「这周主要是两件事」, 「谢谢哈」 on a draft with no section,
 * the colleague fixing a 代报 (`as`), a hold with its reason, guided mode, a withdrawal and the resend; test/d55-dialogues.test.ts.
 */
export const D55_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-d55.jsonl");
/**
 * Round fifty-six's own multi-turn check (split `d56a`, written before any change), in 汉中-flavoured 陕南话 (啥子, 咋个, 莫得, 么样,
 * 嘛, 撒, 安逸, 晓得, 要得, 一哈): a held draft then 「核过了 是34人」, 「这礼拜莫得啥子进展」 from someone with two sections, an edit of
 * an update that opened with 「这礼拜主要是两件事」, 「谢谢哈」 on a draft with no section, 「先莫整 我再问问…」, 「上一条撤了嘛 重复了」
 * after the same work was stored twice, the colleague fixing and withdrawing a 代报 (`as`), 「改成昨天下午的」, guided mode, a section
 * answered, a withdrawal and the resend; test/d56-dialogues.test.ts.
 */
export const D56_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-d56.jsonl");
/** Requests on an earlier update, in their own file (splits `correct`, `correct-heldout`). */
export const CORRECTION_DIALOGUES = path.resolve(import.meta.dirname, "dialogues-correct.jsonl");

export function loadDialogues(file = DIALOGUE_CORPUS): Dialogue[] {
  return readJsonl(file, DialogueSchema);
}

export interface TurnResult {
  say: string;
  expected: Dialogue["turns"][number]["expect"];
  got: Intent;
  intentOk: boolean;
  /** Updates this turn added to the store, and how many it should have. */
  stored: number;
  shouldStore: number;
  reply: string;
  /** What the reply says that the store does not bear out (reply-truth.ts); empty when it is true. */
  untrue: string[];
}

export interface DialogueResult {
  id: string;
  turns: TurnResult[];
  end: Pick<Dialogue["end"], "confirmed" | "drafts" | "withdrawn">;
  endOk: boolean;
  /** The text of the person's updates that are not withdrawn, at the end. */
  kept: string;
}

/**
 * Dialogue labels name the command, not its arguments. While a card or an edit waits for
 * confirmation, 「确认」 typed as the command and a yes (确认一下, 确定, 好的) do the same thing,
 * so either label accepts the other.
 */
function turnMatches(
  expect: Dialogue["turns"][number]["expect"],
  got: Intent,
  awaiting: Awaiting,
  sections: ReadonlyArray<{ id: string }>,
  pendingDrafts = 0,
  offeredNow: readonly string[] = [],
): boolean {
  // A yes to what the bot offered (「要撤回 #3 吗？」, the one update listed) runs the offered command.
  if (expect.intent === "answer" && expect.answer === "yes" && got.kind === "command")
    if (offeredNow.includes(got.text)) return true;
  const confirming = awaiting === "confirm" || awaiting === "edit-confirm";
  const isYes = (i: { intent?: string; kind?: string; answer?: string; command?: string; text?: string }) =>
    (i.intent ?? i.kind) === "answer"
      ? i.answer === "yes"
      : (i.intent ?? i.kind) === "command" &&
        i.command === "确认" &&
        (i.text === undefined || i.text === "确认");
  if (confirming && isYes(expect) && isYes(got)) return true;
  // The ask-report card's 不用记 / 记为填报 typed are its no and yes.
  if (awaiting === "report-or-not" && expect.intent === "answer" && got.kind === "command")
    if (
      (expect.answer === "no" && got.text === "不用记") ||
      (expect.answer === "yes" && got.text === "记为填报")
    )
      return true;
  // With one draft waiting, 「剩下那条确认」 read as 全部确认 confirms just that one, as 确认 does.
  const confirms = (c?: string) => c === "确认" || c === "全部确认";
  if (pendingDrafts <= 1 && expect.intent === "command" && confirms(expect.command))
    if (got.kind === "command" && confirms(got.command) && got.text === got.command) return true;
  // While an edit waits for its text, 「算了 不改了」 taken as 取消 drops the edit as 放弃修改 does.
  if (awaiting === "edit-text" && expect.intent === "command" && expect.command === "放弃修改")
    if (got.kind === "command" && got.command === "取消") return true;
  // A bare 撤回 while an edit preview waits is run as 放弃修改 (score-intents.ts says why).
  if (awaiting === "edit-confirm" && intentMatches(expect, got, awaiting, sections)) return true;
  // 「两条都确认」 to the listed drafts: the answer of all and 「全部确认」 do the same (score-intents.ts
  // accepts the command for an all label; this is the other way round).
  if (awaiting === "which-draft" && expect.intent === "command" && expect.command === "全部确认")
    if (got.kind === "answer" && got.answer === "all") return true;
  if (expect.intent === "command") return got.kind === "command" && got.command === expect.command;
  // To a guided question a none said (「毬事没有」) moves on with nothing there, labelled a no or the text answer —
  // one act, as score-intents.ts accepts either (b29, b30-001); the same here.
  return intentMatches(expect, got, awaiting === "guided" ? awaiting : undefined, sections);
}

/** Plays one dialogue on a fresh app (its own store): `say` sends a message through the engine. */
export async function runDialogue(
  app: App,
  d: Dialogue,
  say: (who: string, text: string) => Promise<Reply[]>,
): Promise<DialogueResult> {
  const { services, engine } = app;
  const person = findPerson(services.org, d.who);
  if (!person) throw new Error(`${d.id}: no such person ${d.who}`);
  const table = buildTable(engine.commands);
  const turns: TurnResult[] = [];
  // A dialogue with more than one speaker (turns with `as`) counts the updates of everyone in it (its own fresh store).
  const many = d.turns.some((t) => t.as !== undefined);
  const listed = () => services.store.listUpdates(many ? {} : { author: person.id });
  for (const turn of d.turns) {
    const speaker = turn.as ? findPerson(services.org, turn.as) : person;
    if (!speaker) throw new Error(`${d.id}: no such person ${turn.as}`);
    const state = await getState(services.store, speaker.id);
    const ctx = await intentContext(services, speaker, state, table);
    const got = classifyIntent(cleanInput(turn.say), ctx);
    const was = await listed();
    const replies = await say(speaker.id, turn.say);
    const now = await listed();
    // 本周无进展 records itself as a marker (noProgress), no work material: blind writers label it with no
    // store (b35) or, by precedent, one (b9-d14, b33-d19). A marker made for that command is neither; made
    // for anything else it is a store like any other.
    const weekNothing = turn.expect.intent === "command" && turn.expect.command === "本周无进展";
    const added = now.filter((u) => !was.some((w) => w.id === u.id));
    const stored = weekNothing ? added.filter((u) => !u.noProgress).length : added.length;
    const reply = replies.map((r) => r.text).join(" / ");
    turns.push({
      say: turn.say,
      expected: turn.expect,
      got,
      intentOk: turnMatches(turn.expect, got, ctx.awaiting, ctx.sections, ctx.pendingDrafts, [
        ...(ctx.yesNo ? [ctx.yesNo.yes] : []),
        ...(ctx.updateChoice?.length === 1 ? [ctx.updateChoice[0]!.command] : []),
      ]),
      stored,
      shouldStore: weekNothing ? 0 : (turn.stores ?? 0),
      reply,
      untrue: untruths(snapshot(was), snapshot(now), reply),
    });
  }
  const mine = await listed();
  const end = {
    confirmed: mine.filter((u) => u.status === "confirmed").length,
    drafts: mine.filter((u) => u.status === "draft").length,
    withdrawn: mine.filter((u) => u.status === "withdrawn").length,
  };
  const kept = mine
    .filter((u) => u.status !== "withdrawn")
    .map((u) => u.normalizedText)
    .join("\n");
  // Confirmed counted with or without the 本周无进展 markers (as labelled either way; see above).
  const marks = mine.filter((u) => u.status === "confirmed" && u.noProgress).length;
  const endOk =
    (end.confirmed === d.end.confirmed || (marks > 0 && end.confirmed - marks === d.end.confirmed)) &&
    end.drafts === d.end.drafts &&
    end.withdrawn === d.end.withdrawn &&
    (d.end.contains ?? []).every((x) => kept.includes(x)) &&
    !(d.end.lacks ?? []).some((x) => kept.includes(x)) &&
    (d.end.sections === undefined ||
      JSON.stringify(
        mine
          .filter((u) => u.status !== "withdrawn")
          .sort((a, b) => a.seq - b.seq)
          .map((u) => u.section),
      ) === JSON.stringify(d.end.sections));
  return { id: d.id, turns, end, endOk, kept };
}

/** Plays each dialogue on its own fresh app (from `open`, on the dialogue's clock) and scores them together. */
export async function playEach(
  dialogues: readonly Dialogue[],
  open: (opts?: {
    now?: string;
  }) => Promise<{ app: App; say: (who: string, text: string) => Promise<Reply[]> }>,
): Promise<DialogueScore> {
  const results: DialogueResult[] = [];
  for (const d of dialogues) {
    const t = await open(d.at ? { now: d.at } : {});
    results.push(await runDialogue(t.app, d, t.say));
  }
  return scoreDialogues(results);
}

export interface DialogueScore {
  dialogues: number;
  endOk: number;
  turns: number;
  intentOk: number;
  /** Turns that stored something they should not have (a non-report stored) or missed a report. */
  wronglyStored: number;
  missedStores: number;
  /** Turns whose reply claimed a change that did not happen, or made one without a word (reply-truth.ts). */
  untrue: number;
  failures: string[];
}

export function scoreDialogues(results: DialogueResult[]): DialogueScore {
  const failures: string[] = [];
  let turns = 0;
  let intentOk = 0;
  let wronglyStored = 0;
  let missedStores = 0;
  let untrue = 0;
  for (const r of results) {
    for (const t of r.turns) {
      if (t.untrue.length > 0) {
        untrue += 1;
        failures.push(`${r.id} 「${t.say}」 reply untrue (${t.untrue.join("; ")}): ${t.reply}`);
      }
      turns += 1;
      if (t.intentOk) intentOk += 1;
      else
        failures.push(
          `${r.id} 「${t.say}」 expected ${JSON.stringify(t.expected)} got ${JSON.stringify(t.got)}`,
        );
      if (t.stored > t.shouldStore) wronglyStored += 1;
      if (t.stored < t.shouldStore) missedStores += 1;
      if (t.stored !== t.shouldStore)
        failures.push(`${r.id} 「${t.say}」 stored ${t.stored}, expected ${t.shouldStore}: ${t.reply}`);
    }
    if (!r.endOk) failures.push(`${r.id} ended ${JSON.stringify(r.end)} holding 「${r.kept}」`);
  }
  return {
    dialogues: results.length,
    endOk: results.filter((r) => r.endOk).length,
    turns,
    intentOk,
    wronglyStored,
    missedStores,
    untrue,
    failures,
  };
}
