/**
 * The console reads one line per message; a message of several lines (「改写 （三）」 and its
 * paragraphs) is typed either with a 「\」 at the end of each line but the last, or pasted between a
 * line 「<<<」 and a line 「>>>」. Lines are joined with a newline, as Feishu keeps them.
 */
export const BLOCK_OPEN = "<<<";
export const BLOCK_CLOSE = ">>>";

export interface LineJoiner {
  /** One typed line: the whole message once it is complete, else undefined (more to come). */
  feed(line: string): string | undefined;
  /** Whether a message is half-typed (the prompt shows it). */
  readonly open: boolean;
  /** At the end of input: what was typed of an unfinished message, if anything. */
  flush(): string | undefined;
}

export function createLineJoiner(): LineJoiner {
  let lines: string[] = [];
  let mode: "none" | "block" | "continued" = "none";
  const take = (): string => {
    const text = lines.join("\n");
    lines = [];
    mode = "none";
    return text;
  };
  return {
    get open() {
      return mode !== "none";
    },
    feed(line) {
      if (mode === "block") {
        if (line.trim() === BLOCK_CLOSE) return take();
        lines.push(line);
        return undefined;
      }
      if (mode === "none" && line.trim() === BLOCK_OPEN) {
        mode = "block";
        return undefined;
      }
      // 「…\」: the message goes on in the next line (the backslash is no part of it).
      if (/\\\s*$/.test(line)) {
        lines.push(line.replace(/\\\s*$/, ""));
        mode = "continued";
        return undefined;
      }
      lines.push(line);
      return take();
    },
    flush() {
      if (mode === "none") return undefined;
      const text = take();
      return text.trim() === "" ? undefined : text;
    },
  };
}
