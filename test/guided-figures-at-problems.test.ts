import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Guided 填报, figures given when asked for problems (console trial, round 31): 「来了80人，发了1200份」 to
 * 「遇到了什么问题或困难？」 was stored as a problem (「参加人数 80人（问题）」). A careful colleague writes a
 * count of work done down as a figure of the work, whatever question it answered; what the answer says
 * is a problem stays a problem, and nothing said is lost. The step-wise questions stay as they are.
 */
const { open } = appPerTest();

async function guided(answers: [string, string, string, string]) {
  const t = await open();
  const start = await t.sayText("li-rd", "逐项填报");
  expect(start).toContain("1/4");
  let last = "";
  for (const a of answers) last = await t.sayText("li-rd", a);
  expect(last).toContain("请确认");
  const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
  return u!;
}

describe("a count of work done, said to the problems question", () => {
  it.each([
    {
      answers: ["组织科技政策宣讲会", "发放宣传册1200份", "来了80人，发了1200份", "无"],
      figures: ["80人"],
      problems: [] as string[],
    },
    {
      answers: ["走访企业", "无", "走访了6家企业，企业普遍反映融资难", "无"],
      figures: ["6家"],
      problems: ["融资难"],
    },
    {
      answers: ["下乡开展农技培训", "没有", "参训农民120人次 就是场地有点小", "明年换个大点的场地"],
      figures: ["120人次"],
      problems: ["场地有点小"],
    },
  ] as const)("$answers.2 → figures $figures, problems $problems", async ({ answers, figures, problems }) => {
    const u = await guided([...answers] as [string, string, string, string]);
    for (const raw of figures) {
      const f = u.figures.find((x) => x.raw === raw);
      expect(f, JSON.stringify(u.figures)).toBeDefined();
      expect(f?.kind).not.toBe("problem");
      expect(u.problems.join("；")).not.toContain(raw);
      expect(u.items.map((i) => i.text).join("；")).toContain(raw);
    }
    expect(u.problems).toHaveLength(problems.length);
    for (const p of problems) expect(u.problems.join("；")).toContain(p);
    // Said once: 1200份 given twice is listed once.
    expect(u.figures.filter((f) => f.raw === "1200份").length).toBeLessThanOrEqual(1);
  });

  it.each([
    ["报名的才20人", "20人"],
    ["经费缺口还有30万", "30万"],
    ["只有3家企业愿意参加", "3家"],
  ])("「%s」 to the problems question stays a problem", async (said, raw) => {
    const u = await guided(["组织企业座谈", "无", said, "无"]);
    expect(u.problems.join("；")).toContain(raw);
  });
});
