import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { buildTable } from "../src/conversation/match-command.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「3号那个改过的版本拿来我看下嘛」 (round twenty-one, cmd21): the version of an update named by its number is
 * that update looked at (查看 3), not the summary draft (查看草稿, which a staff member is refused) — while
 * 「第2版发我看看」「最新那版发我看看」 still ask for the draft.
 */
const { open } = appPerTest();

describe("an update's version, or the draft's", () => {
  it("reads each", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    const ctx = (leader: boolean) =>
      ({
        awaiting: "nothing",
        justAsked: false,
        pendingDrafts: 0,
        sections: [],
        commands: buildTable(t.app.engine.commands),
        leader,
        people: [],
      }) as const;
    expect(classifyIntent("3号那个改过的版本拿来我看下嘛", ctx(false))).toMatchObject({
      command: "查看",
      text: "查看 3",
    });
    expect(classifyIntent("第三条改过的版本发我看看", ctx(false))).toMatchObject({
      command: "查看",
      text: "查看 3",
    });
    for (const said of ["第2版发我看看", "最新那版发我看看"])
      expect(classifyIntent(said, ctx(true))).toMatchObject({ command: "查看草稿" });
  });
});
