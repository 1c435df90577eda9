import { createInterface } from "node:readline/promises";
import type { App } from "../../app.js";
import { findPerson, type Person } from "../../domain/org.js";
import { pendingPrompt } from "../../conversation/replay.js";
import type { CardButton } from "../../conversation/types.js";
import { BLOCK_CLOSE, BLOCK_OPEN, createLineJoiner } from "./join-lines.js";
import { renderForConsole } from "./render-text.js";

/** 「/按 2」 or 「/click 2」: click button 2 of the last card. */
const CLICK = /^\/(?:按|click)\s*(\d+)$/i;

/**
 * The local console: a chat with the bot in the terminal, through the same engine Feishu uses.
 * 「/as 名字」 switches who you are; 「/who」 lists the roster; 「/按 N」 clicks button N of the
 * last card (carrying its subject, as a Feishu click does); 「/quit」 leaves. A message of several
 * lines: end each line but the last with 「\」, or paste it between lines 「<<<」 and 「>>>」.
 */
export interface ConsoleIo {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

export async function runConsole(
  app: App,
  as: Person,
  io: ConsoleIo = { input: process.stdin, output: process.stdout },
): Promise<void> {
  const { org } = app.services;
  let me = as;
  const rl = createInterface({ input: io.input, output: io.output, terminal: io.input.isTTY ?? false });
  const print = (s: string) => io.output.write(`${s}\n`);
  print(`总结助手 · 本地控制台（${org.unit}）。您现在是：${me.name}（${me.title ?? me.role}）。`);
  print(
    "输入「帮助」查看用法；「/as 姓名」切换身份，「/who」查看名册，「/按 编号」点击上一张卡片的按钮，「/quit」退出。",
  );
  print(
    `一条消息要写多行：行尾加「\\」接着写下一行，或者单独一行「${BLOCK_OPEN}」开始、单独一行「${BLOCK_CLOSE}」结束，中间的内容作为一条消息发出。\n`,
  );
  let n = 0;
  /** The buttons of the last card shown, for 「/按 N」. */
  let buttons: CardButton[] = [];
  /** Started again (or switched to someone) with a question still open: it is shown first. */
  const showWaiting = async () => {
    const waiting = await pendingPrompt(app.services, me.id);
    if (!waiting) return;
    print(`（${me.name}上次还有没说完的：）\n${renderForConsole(waiting)}\n`);
    if (waiting.card?.buttons?.length) buttons = waiting.card.buttons;
  };
  await showWaiting();
  const send = async (text: string, button?: CardButton) => {
    n += 1;
    const replies = await app.engine.handle({
      person: me,
      chat: "p2p",
      kind: "text",
      text,
      messageId: `console-${Date.now()}-${n}`,
      ...(button ? { fromButton: true, ...(button.subject ? { subject: button.subject } : {}) } : {}),
    });
    if (!io.input.isTTY) print(button ? `[${button.label}] ${text}` : text);
    for (const r of replies) print(`${renderForConsole(r)}\n`);
    const last = replies.findLast((r) => r.card?.buttons?.length);
    if (last?.card?.buttons) buttons = last.card.buttons;
  };
  const joiner = createLineJoiner();
  const prompt = () => io.output.write(joiner.open ? "…> " : `${me.name}> `);
  prompt();
  try {
    // Async iteration (not rl.question) so piped input is read line by line without losing any.
    for await (const typed of rl) {
      const line = joiner.feed(typed);
      if (line === undefined) {
        prompt();
        continue;
      }
      const text = line.trim();
      if (text === "/quit" || text === "/exit" || text === "退出") break;
      if (text === "/who") {
        print(org.people.map((p) => `  ${p.id}\t${p.name}\t${p.title ?? p.role}`).join("\n"));
      } else if (text.startsWith("/as ")) {
        const p = findPerson(org, text.slice(4));
        if (p) {
          me = p;
          print(`已切换为 ${p.name}（${p.title ?? p.role}）。`);
          await showWaiting();
        } else print("名册中没有这个人。发送「/who」查看名册。");
      } else if (CLICK.test(text)) {
        // 「/按 2」 clicks button 2 of the last card, subject and all, as the current person —
        // switch with /as first to see what happens when someone else clicks.
        const b = buttons[Number(CLICK.exec(text)?.[1]) - 1];
        if (!b) print("没有这个按钮。按钮编号见上一张卡片。");
        else await send(b.command, b);
      } else {
        await send(line);
      }
      prompt();
    }
    // Input ended inside a multi-line message: it is sent as typed, not dropped.
    const rest = joiner.flush();
    if (rest !== undefined) {
      print(`\n（多行消息没有以「${BLOCK_CLOSE}」或不带「\\」的一行结束，已按一条消息发送。）`);
      await send(rest);
    }
  } finally {
    rl.close();
  }
}
