import type { Command } from "./types.js";

/** The engine's commands by name, longest name first so 「我的填报」 wins over 「填报」. */
type Named = Pick<Command, "names" | "leadersOnly">;

export interface CommandTable<C extends Named = Named> {
  entries: Array<{ name: string; command: C }>;
}

export function buildTable<C extends Named>(commands: readonly C[]): CommandTable<C> {
  const entries = commands.flatMap((command) => command.names.map((name) => ({ name, command })));
  entries.sort((a, b) => b.name.length - a.name.length);
  return { entries };
}

/** A command word must be followed by the end, a space, a digit or punctuation. */
export function matchCommand<C extends Pick<Command, "names" | "leadersOnly">>(
  table: { entries: Array<{ name: string; command: C }> },
  text: string,
): { command: C; name: string; args: string } | undefined {
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
      return { command, name, args: rest.replace(/^[\s:：,，]+/, "").trim() };
    }
  }
  return undefined;
}
