import type { Intent, IntentContext } from "./classify-intent.js";
import { matchCommand } from "./match-command.js";
import { namingForms } from "./reviewer-named.js";

/**
 * A leader handing the draft on to a colleague by name (round fifty-one, console trial): 「发给林局长看看」「把稿子转给王主任」
 * 「让林晓梅也过目一下」「给周局发过去」 — 转给 that person (pass-draft-command.ts says whether they may review). Only a
 * person named (a roster name, or a leader's or office member's surname and title); 「给局长发一下」 names nobody and is
 * read as before. 退给 is 退回.
 */
const DRAFT = "(?:这|那)?(?:个|份|版)?(?:稿子|草稿|初稿|总结稿?|全文|文稿)?";
const LOOK =
  "(?:看看|看一下|看下|看一眼|瞅瞅|瞧瞧|过目|过过目|过一下目|审一下|审审|审阅|审核|审|把把关|把关|看)";
const END = "(?:一下|下)?(?:吧|哈|啊|呗|呀)?[。！!～~]*$";

/** The three forms for a roster, built once per roster (every leader's message is read against them). */
let built: { key: string; forms: RegExp[] } | undefined;
function formsFor(people: readonly string[]): RegExp[] {
  const key = people.join("|");
  if (built?.key === key) return built.forms;
  const who = `(${namingForms(people)})`;
  const forms = [
    new RegExp(
      `^(?:把)?${DRAFT}(?:也)?(?:发给|转给|转发给|送给|拿给|递给|发一份给|转一份给)${who}(?:也)?${LOOK}?${END}`,
      "u",
    ),
    new RegExp(`^(?:把)?${DRAFT}(?:也)?给${who}(?:也)?(?:发|转|送|递)(?:过去|一份|个)?${LOOK}?${END}`, "u"),
    new RegExp(`^(?:让|请|叫)${who}(?:也)?${LOOK}${DRAFT}${END}`, "u"),
  ];
  built = { key, forms };
  return forms;
}

export function draftPassedOn(norm: string, people: readonly string[] | undefined): string | undefined {
  if (!people || people.length === 0 || !/[给让请叫]/u.test(norm)) return undefined;
  const said = norm.replace(/\s+/gu, "");
  for (const re of formsFor(people)) {
    const m = re.exec(said);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** 转给 the person named, for a leader (or the office) when the command is there. */
export function passedOnIntent(norm: string, ctx: IntentContext): Intent | undefined {
  const to = ctx.leader && matchCommand(ctx.commands, "转给") ? draftPassedOn(norm, ctx.people) : undefined;
  return to ? { kind: "command", command: "转给", text: `转给 ${to}` } : undefined;
}
