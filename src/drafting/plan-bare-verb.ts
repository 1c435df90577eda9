import { PLAN_VERBS } from "./plan-verbs.js";

/**
 * 「今年帮企业申报高企，过了5家…明年接着报」「培训班办了5期，明年继续办」: a plan that is only 接着/继续 and a verb
 * once its year is gone says what it goes on with by pointing back at the work of its message. A written plan names it:
 * the same verb and object the message's work said (继续申报高新技术企业, 继续举办农村实用技术培训班). When the
 * message never said the verb with an object, the plan is left as it was (and the 定稿 check still sees a fragment).
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
  if (!said) return plan;
  const verbSaid = said[0].slice(0, said[0].length - (said[1] as string).length);
  return `继续${verbSaid}${said[1]}`;
}
