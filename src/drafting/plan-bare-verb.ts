import { PLAN_VERBS } from "./plan-verbs.js";

/**
 * 「今年帮企业申报高企，过了5家…明年接着报」「培训班办了5期，明年继续办」: a plan that is only 接着/继续 and a verb
 * once its year is gone says what it goes on with by pointing back at the work of its message. A written plan names it:
 * the same verb and object the message's work said (继续申报高新技术企业, 继续举办农村实用技术培训班). When the
 * message never said the verb with an object, the plan is left as it was (and the 定稿 check still sees a fragment).
 * draft49: the object said before the verb (高新技术企业申报5家, 培训班办了5期) is the same object; and where the message
 * names none, the plan no longer stands bare (「继续申报。」): the thing is a visible blank, 继续申报×, for the reviewer
 * to fill (the 定稿 check counts it) — never a thing made up.
 * lead47: 「明年再报」 reaches here as a bare 「报」 (its year and 再 already gone) — the verb alone is the same pointer back.
 */
const GOES_ON =
  /^(?:接着|继续|再接着|还要接着|还要|还是|再|还)?(报|申报|上报|交|提交|办|举办|建|建设|改|整改|推|推广)(?:吧|了|哈)?$/u;

/** The plan with the verb's object from its message's written work (see module comment), or as it was. */
export function bareVerbFromWork(plan: string, writtenContext: string): string {
  const verb = GOES_ON.exec(plan)?.[1];
  if (!verb) return plan;
  const work = writtenContext.split("\n")[0] ?? "";
  const said = new RegExp(
    `(?:${(PLAN_VERBS[verb] ?? [verb]).join("|")})(?!了)([\\u4e00-\\u9fffA-Za-z]{2,14}?)(?=[\\d零一二两三四五六七八九十百千]+[\\u4e00-\\u9fff]|[，,。；;、\\s]|$)`,
    "u",
  ).exec(work);
  if (!said) return objectBefore(verb, work) ?? `继续${(PLAN_VERBS[verb] ?? [verb])[0]}×`;
  const verbSaid = said[0].slice(0, said[0].length - (said[1] as string).length);
  return `继续${verbSaid}${said[1]}`;
}

/** Time words before a clause's object, and helping verbs whose object comes after the verb (handled above). */
const NOT_OBJECT = /^(?:今年|全年|上半年|下半年|年内|我们|我局|组织|帮助|帮|协助|指导)/u;

/** 「高新技术企业申报5家」「培训班举办5期」: the object said before the verb and its count, or undefined. */
function objectBefore(verb: string, work: string): string | undefined {
  const verbs = PLAN_VERBS[verb] ?? [verb];
  const m = new RegExp(
    `(?:^|[，,。；;：:\\s])(?:今年|全年|上半年|下半年|年内)?([\\u4e00-\\u9fffA-Za-z]{2,10}?)(${verbs.join("|")})了?(?=[\\d零一二两三四五六七八九十百千])`,
    "u",
  ).exec(work);
  if (!m || NOT_OBJECT.test(m[1] as string)) return undefined;
  return `继续${m[2]}${m[1]}`;
}
