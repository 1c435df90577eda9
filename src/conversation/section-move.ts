import type { Intent, IntentContext } from "./intent-types.js";
import { sectionAnswer } from "./section-answer.js";
import { edgeless, intentText } from "./intent-lexicon.js";

/**
 * 「刚那条放错科室了 应该是高企的」「这条不是项目的 改到高企那边」: the section of an update said to
 * be wrong and the right one named — 科室 with that section (the engine files the draft there, or
 * says honestly that the roster decides), never a 修改 of the update's text. Only when the section
 * named is one the person reports for.
 */
const SAID_WRONG =
  /(?:放|选|弄|搞|分|归|填)错(?:了)?(?:科室|地方)|科室(?:放|选|弄|搞|分|填)?错了|不是[\u4e00-\u9fff]{2,8}?(?:的|那块|那边)/;
const RIGHT_ONE =
  /^(?:应该|应)?(?:是|算|归|放到?|放在|改到|改成|换到|换成|挪到|调到|移到)\s*([\u4e00-\u9fff]{2,12}?)(?:的|那边|那块|这边|科)?(?:吧|啊|哈|嘛|呀)*$/;

export function sectionMoveRequest(norm: string, ctx: IntentContext): Intent | undefined {
  if (!SAID_WRONG.test(norm)) return undefined;
  const last =
    norm
      .split(/[，,。；;！!\s]+/)
      .filter((c) => c !== "")
      .at(-1) ?? "";
  const named = RIGHT_ONE.exec(edgeless(intentText(last).core))?.[1];
  if (!named || !sectionAnswer(named, ctx.sections)) return undefined;
  return { kind: "command", command: "科室", text: `科室 ${named}` };
}
