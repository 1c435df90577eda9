import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Review39b. intent39 read days spent away (在成都开了四天会、在省里培训了五天) as how an empty week went, not a figure of
 * work. The same words also took training or classes given to those served (给果农培训了三天、为村干部讲了两天课,
 * 下乡培训了三天): the week was then marked 无进展 and the work said in it was never stored. Days given to others are
 * work done; days away at a course or meeting stay how the week went.
 */
const { open } = appPerTest();
const NOW = "2026-12-18T16:00:00+08:00";

describe("days of training or classes given are work, not a week away", () => {
  for (const said of ["这周给果农培训了三天 别的没啥进展", "这周为村干部讲了两天课 别的没啥进展"])
    it(`「${said}」 is not marked 无进展`, async () => {
      const t = await open({ now: NOW });
      const reply = await t.sayText("sun-tp", said);
      expect(reply).not.toMatch(/无进展/);
      const mine = await t.app.services.store.listUpdates({ author: "sun-tp" });
      expect(mine.map((u) => u.normalizedText).join("")).not.toContain("本周无进展");
    });

  it("days away at a course, the matter's nothing last, stay the empty week", async () => {
    const t = await open({ now: NOW });
    const reply = await t.sayText("sun-tp", "这周在省里培训了五天 手头的项目没动");
    expect(reply).toMatch(/无进展/);
  });
});
