import { isLeader } from "../domain/org.js";
import { errorMessage } from "../errors.js";
import { checkSubject } from "./button-subject.js";
import { cleanInput, inputProblem, problemReply } from "./guards.js";
import type { Command, Incoming, Reply, Services } from "./types.js";

/**
 * The one dispatcher every transport calls. Order of concerns:
 * identity → input guards → the clicked button's subject → commands (by leading word) → the active dialogue state
 * (section choice, guided questions, pending edit) → free text as a new update.
 */
/** Staff text this short that starts with a leaders' command word is taken as that command. */
const STAFF_COMMAND_MAX_CHARS = 16;

export interface Engine {
  handle(input: Incoming): Promise<Reply[]>;
  readonly commands: readonly Command[];
}

/** Fallback for text that is not a command: set by the intake module. */
export type TextHandler = (
  services: Services,
  input: Incoming & { person: NonNullable<Incoming["person"]> },
  text: string,
) => Promise<Reply[]>;

export function createEngine(services: Services, commands: Command[], onText: TextHandler): Engine {
  const table = buildTable(commands);

  async function handle(input: Incoming): Promise<Reply[]> {
    const person = input.person;
    if (!person) {
      const who = input.senderLabel ? `（${input.senderLabel}）` : "";
      if (input.identityWaiting === "pending")
        return [
          {
            text: `您好${who}！您的飞书账号还没有和${services.org.unit}的填报名册对应上，已请管理员确认，确认后即可使用。${services.org.contact}。`,
          },
        ];
      if (input.identityWaiting === "refused")
        return [
          {
            text: `您好${who}！管理员没有确认您的飞书账号对应的名册身份，暂时不能使用总结助手。${services.org.contact}。`,
          },
        ];
      return [
        {
          text: `您好${who}！您还不在${services.org.unit}的填报名册中，暂时不能使用总结助手。${services.org.contact}。`,
        },
      ];
    }
    const text = cleanInput(input.text ?? "");
    const problem = inputProblem(input, text);
    if (problem) return [{ text: problemReply(problem, input.kind) }];
    // A clicked button acts only on a subject the clicker may touch, at the version they saw.
    const refusal = input.subject ? checkSubject(services, person, input.subject) : undefined;
    if (refusal) {
      services.log.info("button click refused", { person: person.id, kind: input.subject?.kind });
      return [{ text: refusal }];
    }

    const match = matchCommand(table, text);
    try {
      if (match) {
        if (match.command.leadersOnly && !isLeader(person) && [...text].length > STAFF_COMMAND_MAX_CHARS) {
          // 「通过3家企业的复审…」「对比2024年增长…」 from staff is a report, not a leaders' command;
          // a short 「生成2025年总结」 is a request we refuse.
          return await onText(services, { ...input, person }, text);
        }
        if (match.command.leadersOnly && !isLeader(person)) {
          return [
            {
              text: `「${match.command.names[0]}」仅限局领导和办公室使用。发送「帮助」查看您可以使用的功能。`,
            },
          ];
        }
        const out = await match.command.run({ services, person, input, args: match.args, commands });
        return Array.isArray(out) ? out : [out];
      }
      if (text.startsWith("/")) {
        return [{ text: `没有「${text.split(/\s/)[0]}」这个命令。发送「帮助」查看可用命令。` }];
      }
      return await onText(services, { ...input, person }, text);
    } catch (e) {
      services.log.error("conversation handler failed", { person: person.id, error: errorMessage(e) });
      return [{ text: "抱歉，处理这条消息时出错了，您的已确认内容不受影响。请稍后再试，或联系办公室。" }];
    }
  }

  return { handle, commands };
}

interface Table {
  entries: Array<{ name: string; command: Command }>;
}

function buildTable(commands: Command[]): Table {
  const entries = commands.flatMap((command) => command.names.map((name) => ({ name, command })));
  // Longest names first so 「我的填报」 wins over 「填报」.
  entries.sort((a, b) => b.name.length - a.name.length);
  return { entries };
}

/** A command word must be followed by the end, a space, a digit or punctuation. */
export function matchCommand(table: Table, text: string): { command: Command; args: string } | undefined {
  const lower = text.toLowerCase();
  for (const { name, command } of table.entries) {
    const n = name.toLowerCase();
    if (!lower.startsWith(n)) continue;
    const rest = text.slice(name.length);
    if (
      rest === "" ||
      /^[\s\d:：,，#＃]/.test(rest) ||
      (!/^[/a-z]/i.test(name) && rest.length <= 40 && /^[^\u4e00-\u9fff]/.test(rest))
    ) {
      return { command, args: rest.replace(/^[\s:：,，]+/, "").trim() };
    }
  }
  return undefined;
}
