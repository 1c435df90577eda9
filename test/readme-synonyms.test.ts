import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * The README's command table promises that its 「也可以这样说」 phrasings work. Each one is sent
 * through the engine as the role it is for, and must be answered as that command — never with the
 * how-to line of the feature, never as chat 「没有记为填报」, never asked 「要记为工作填报吗」, and
 * never stored. The table is read from the README itself, so a phrasing added there is checked.
 */
const README = readFileSync(path.resolve(import.meta.dirname, "../README.md"), "utf8");

/** The rows of the command table: the command cell and its everyday phrasings. */
function tableRows(): Array<{ command: string; phrases: string[] }> {
  const start = README.indexOf("| 命令 | 也可以这样说 | 作用 |");
  const rows = README.slice(start).split("\n").slice(2);
  const out: Array<{ command: string; phrases: string[] }> = [];
  for (const row of rows) {
    if (!row.startsWith("|")) break;
    const [command = "", said = ""] = row
      .split(/(?<!\\)\|/)
      .slice(1, 3)
      .map((c) => c.trim());
    const phrases = said
      .replace(/（[^）]*）/g, "") // notes on when a phrase applies
      .split(/[、；·]/)
      .map((p) => p.replace(/[「」]/g, "").trim())
      .filter((p) => p !== "" && !/[…\d]|：/.test(p));
    out.push({ command, phrases });
  }
  return out;
}

/** What each leaders' row must be answered with (its command's own reply). */
const LEADER_ROWS: Array<{ row: RegExp; reply: RegExp }> = [
  { row: /^进度/, reply: /填报情况|未填报/ },
  { row: /^催报/, reply: /已提醒|没有要催的人|刚提醒过/ },
  { row: /^查看填报/, reply: /填报|没有/ },
  { row: /^查数/, reply: /报过|没有人报过/ },
  { row: /^生成总结/, reply: /生成|起草|草稿/ },
  { row: /^查看草稿/, reply: /工作总结|部分|草稿/ },
  { row: /^重写/, reply: /重写|哪一部分|部分/ },
  { row: /^定稿/, reply: /定稿|核实/ },
  { row: /^退回/, reply: /退回/ },
  { row: /^导出/, reply: /导出|对比|版本|v\d/ },
];

const text = (rs: Reply[]) => rs.map((r) => [r.card?.title ?? "", r.text].join("\n")).join("\n");
const NOT_UNDERSTOOD = /没有记为填报|要记为工作填报吗|发送「帮助」查看全部用法/;

let t: TestApp;
/** 陈静's updates that carry material (本周无进展 is a record of its own, no report). */
const reports = async () =>
  (await t.app.services.store.listUpdates({ author: "chen-kp" })).filter((u) => !u.noProgress).length;
const api = () => t.app.services.features.drafting as DraftingApi;

beforeAll(async () => {
  t = await makeTestApp({ now: "2026-12-01T10:00:00+08:00" });
  await t.say("li-rd", "本周走访县内规上企业8家，宣讲研发费用加计扣除政策，收集企业技术需求11条。");
  await t.say("li-rd", "确认");
  await t.say("zhao-zh", "帮助企业对接高校成果，签订技术合同3项，成交额120万元");
  await t.say("zhao-zh", "1");
  await t.say("zhao-zh", "确认");
  await t.say("zhou-ju", "生成总结");
  await api().whenIdle();
});
afterAll(async () => {
  await t.app.close();
  cleanTmpDirs();
});

describe("the README's leader phrasings reach their commands", () => {
  const rows = tableRows().filter((r) => LEADER_ROWS.some((l) => l.row.test(r.command)));
  it("the table has the leaders' rows", () => expect(rows.length).toBe(LEADER_ROWS.length));
  for (const { command, phrases } of rows) {
    const expected = LEADER_ROWS.find((l) => l.row.test(command))!.reply;
    it.each(phrases)(`${command.split(" ")[0]}: 「%s」`, async (said) => {
      const before = (await t.app.services.store.listUpdates()).length;
      const sent = t.sent.length;
      const replies = await t.say("zhou-ju", said);
      await api().whenIdle();
      // 生成总结 answers when the draft is ready, through the outbox.
      const reply = text([...replies, ...t.sent.slice(sent).map((s) => s.reply)]);
      expect(reply).not.toMatch(NOT_UNDERSTOOD);
      expect(reply).toMatch(expected);
      expect((await t.app.services.store.listUpdates()).length).toBe(before);
    });
  }
});

describe("the README's staff phrasings are never taken for chat or a report", () => {
  const rows = tableRows().filter((r) => /^(?:帮助|填报|我的填报|撤回|本周无进展)/.test(r.command));
  for (const { command, phrases } of rows) {
    it.each(phrases)(`${command.split(" ")[0]}: 「%s」`, async (said) => {
      await t.say("chen-kp", "取消");
      const before = await reports();
      const reply = text(await t.say("chen-kp", said));
      expect(reply).not.toMatch(/没有记为填报|要记为工作填报吗/);
      if (!/^帮助/.test(command)) expect(reply).not.toContain("发送「帮助」查看全部用法");
      expect(await reports()).toBe(before);
    });
  }
});

describe("asking how a thing stands is no how-to question", () => {
  // Several drafts exist by now: 林晓梅 looks at the year's first, so it is the one in front of her.
  beforeAll(async () => {
    await t.say("lin-fen", "查看草稿 2026");
  });

  it.each([
    "能定稿了吗",
    "现在可以定稿了吗？",
    "定稿前还差啥",
  ])("「%s」 lists what still needs checking", async (said) => {
    const reply = text(await t.say("lin-fen", said));
    expect(reply).toContain("需要核实");
    expect(reply).not.toContain("发送「帮助」查看全部用法");
    expect((await api().service.current())?.status).not.toBe("approved");
  });

  it.each(["进度怎么样了", "大家报的咋样了", "填报情况如何"])("「%s」 shows the reporting", async (said) => {
    expect(text(await t.say("zhou-ju", said))).toMatch(/填报情况/);
  });

  it("「怎么导出」「咋删啊」 still answer about the feature, with this year's examples", async () => {
    const exportHow = text(await t.say("zhou-ju", "怎么导出"));
    expect(exportHow).toContain("导出 [docx");
    expect(exportHow).toContain("[2026]");
    expect(exportHow).not.toContain("2025");
    expect(text(await t.say("chen-kp", "咋删啊"))).toContain("撤回 编号");
  });
});

describe("help and examples name the year a summary is drafted for now", () => {
  it("帮助 in December 2026 says 2026, never 2025", async () => {
    const help = text(await t.say("zhou-ju", "帮助"));
    expect(help).toContain("定稿 [2026]");
    expect(help).not.toContain("2025");
  });

  it("in February the examples name the year before", async () => {
    const feb = await makeTestApp({ now: "2027-02-10T10:00:00+08:00" });
    try {
      const help = text(await feb.say("zhou-ju", "帮助"));
      expect(help).toContain("生成总结 [2026|2026上半年]");
      expect(text(await feb.say("zhou-ju", "看看第二部分"))).toContain("生成2026年总结");
    } finally {
      await feb.app.close();
    }
  });
});

describe("someone about to ask is invited to", () => {
  it.each([
    "在吗？有个事问下",
    "在嗎 有個事問下",
    "打扰一下，想请教个问题",
    "在不在 问个事🙏",
  ])("「%s」", async (said) => {
    const reply = text(await t.say("xu-dj", said));
    expect(reply).toContain("您请说");
    expect(reply).not.toContain("没有记为填报");
    expect(await t.app.services.store.listUpdates({ author: "xu-dj" })).toHaveLength(0);
  });
});

describe("family news gets a colleague's word, and is not stored", () => {
  it.each([
    ["我老婆昨天生了个闺女🎉", "恭喜"],
    ["我家娃今年考上研究生了哈哈", "恭喜"],
    // Round thirteen: half a day asked off today is the leave, registered (docs/understanding.md).
    ["孩子今天发烧了 下午请个假", "已记录请假"],
    ["我妈住院了 在医院陪护呢", "注意身体"],
  ])("「%s」", async (said, word) => {
    const reply = text(await t.say("sun-tp", said));
    expect(reply).toContain(word);
    expect(reply).not.toContain("真好");
    expect(await t.app.services.store.listUpdates({ author: "sun-tp" })).toHaveLength(0);
  });
});
