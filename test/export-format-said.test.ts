import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * An export asked for with its format said in any words (「发到飞书文档里」「弄成飞书文档」「导到云文档」):
 * the format goes with the command — whether the rules read it or the learned guess asks about it —
 * so a yes exports what was asked, never the default Word file.
 */
const t = appPerFile();

/** The command the message comes to: run at once, or asked about first. */
function commandText(said: string): string | undefined {
  const got = classifyIntent(said, intentContextFor(t.app, "zhou-ju"));
  if (got.kind === "command") return got.text;
  if (got.kind === "ask-command") return got.guess.text;
  return undefined;
}

describe("an export's format said in everyday words", () => {
  it.each([
    ["发到飞书文档里", "飞书文档"],
    ["弄成飞书文档", "飞书文档"],
    ["导到飞书云文档", "飞书文档"],
    ["放到云文档上", "飞书文档"],
    ["转成word", "docx"],
  ])("「%s」 exports as %s", (said, format) => {
    const text = commandText(said);
    expect(text).toMatch(/^导出/);
    expect(text).toContain(format);
  });

  it("a message sent to a chat group is no export", () => {
    expect(commandText("材料发到群里了") ?? "").not.toMatch(/^导出/);
  });
});
