import type { IntentContext } from "./intent-types.js";
import { sectionAsserted } from "./section-asserted.js";
import { sectionDescribed } from "./section-described.js";
import { sectionAnswer } from "./section-answer.js";
import { edgeless } from "./intent-lexicon.js";

/**
 * The section question (or a several-section person's card) answered by naming whose work it is: 「算李明那块的」「李明嗰边」
 * 「算小孙那块的」「归老徐那边」「記到何婷那邊」 — that colleague's section, when it is one of those offered and the only
 * one of theirs among them (何婷 keeps 高企 and 项目: then nothing is read, and the bot asks again). A colleague is called
 * by full name, 小/老 + surname, or surname + 哥/姐; a place word (那块、那边、嗰边、这边、管的) or 算/归/记到 must go with the
 * name: a bare name, 「李明说算高企的」 or 「问下李明」 is no such answer. Round forty-seven (dlg47); d47-d06, d47-d11.
 * Round fifty (dlg50): called by surname and title too (王主任那边的), and of a colleague's several sections the one the
 * draft's words point at when only one of them is.
 */
const PLACE =
  "(?:嗰边|嗰便|嗰度|那边|那邊|那块儿?|那塊|那摊|那攤|那头|那頭|那一块|这边|這邊|那儿|那里|管的|负责的|負責的|的活|嘅)";
const BEFORE =
  "(?:这事儿?|这个事儿?|那事儿?|这件事|这个|这条|这|呢个|呢条|勒条|勒个|那个|那条|那)?(?:应该|應該)?(?:算|归|歸|记到|記到|记在|記在|放到|放在|放|划到|划给|劃給|是|系|係|属于|屬於)?";
// 「这个是李明管的营生」 (round fifty-four, 晋: 营生 work): the work word after whose it is.
const AFTER =
  "(?:管|负责|負責|搞|弄)?(?:的|嘅|噶)?(?:营生|活儿?|事儿?|事情|工作|业务)?(?:吧|哈|嘛|啊|噻|哦|喔|咯|呗|撒)*$";

/** Titles colleagues are called by after their surname (王主任、李科长、李科、何老师). */
const TITLES = ["主任", "科长", "副科长", "科", "书记", "老师", "股长", "站长"];

type Colleague = NonNullable<IntentContext["colleagues"]>[number];

function calledForms(c: Colleague): string[] {
  const surname = c.name.slice(0, 1);
  const given = c.name.slice(1);
  return [
    c.name,
    `小${surname}`,
    `老${surname}`,
    `${surname}哥`,
    `${surname}姐`,
    ...(given.length >= 2 ? [given] : []),
    // 「王主任那边的」「李科那块」: surname and a title (dlg50).
    ...TITLES.map((t) => `${surname}${t}`),
  ];
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The one offered section of the colleague the reply names, if it names one as above. */
export function colleagueSection(
  norm: string,
  ctx: Pick<IntentContext, "sections" | "colleagues" | "shownHints">,
): string | undefined {
  // 「企业认定的事 归何婷她们」: a clause saying what the work is may go before the colleague's (round fifty-six, b109-099);
  // its words point at one of the colleague's sections when they keep several.
  const clauses = norm.split(/[，,。！!～~\s]+/).filter((c) => c !== "");
  const lead = clauses.length === 2 && !/\d/.test(clauses[0]!) ? clauses[0]! : "";
  const said = norm.replace(/[，,。！!～~\s]+/g, "").slice(lead.length);
  for (const c of ctx.colleagues ?? []) {
    const called = `(?:${calledForms(c).map(literal).join("|")})(?:他们|她们|他們|她們|们|們|那伙人|那帮人)?`;
    const withPlace = new RegExp(`^${BEFORE}(?:${called})${PLACE}+${AFTER}`, "u");
    const withVerb = new RegExp(
      `^(?:这事儿?|这个事儿?|那事儿?|这件事|这个|这条|这|呢个|呢条|勒条|那个|那条|那)?(?:应该)?(?:算|归|歸|记到|記到|划给|劃給)(?:${called})${AFTER}`,
      "u",
    );
    if (!withPlace.test(said) && !withVerb.test(said)) continue;
    const offered = c.sections.filter((id) => ctx.sections.some((s) => s.id === id));
    if (offered.length === 1) return offered[0];
    // 王主任 keeps 综合 and 党建: the one of them the draft's words point at, if only one (dlg50).
    const hinted = offered.filter(
      (id) =>
        ctx.shownHints?.includes(id) || (lead !== "" && sectionDescribed(`这是${lead}`, ctx.sections) === id),
    );
    return hinted.length === 1 ? hinted[0] : undefined;
  }
  return undefined;
}

const OWN_PLACE =
  /^(?:算|归|是)?(?:我|我们|我們|俺|俺们|咱|咱们)(?:那边|这边|那块儿?|这块儿?|那头|这头|那摊|那邊|這邊)[，,\s]*/u;

const NAMED_PLACE = /^[\u4e00-\u9fff]{2,3}?(?:那边|这边|那块儿?|那头|那摊|那邊|這邊)[，,\s]*/u;

/** A section put forward, described, or named by whose it is (the readings answer-pending-question.ts asks in turn). */
export function sectionPut(
  norm: string,
  ctx: Pick<IntentContext, "sections" | "colleagues" | "shownHints">,
): string | undefined {
  // 「我那边党建的活」 (徐芳's own name read as 我): the sender's own place before what is said — the rest is read (round fifty-six).
  const own = OWN_PLACE.exec(norm);
  const rest = own ? norm.slice(own[0].length) : "";
  if (rest !== "") return sectionAnswer(edgeless(rest), ctx.sections) ?? sectionPut(rest, ctx);
  // 「徐芳那边党建的活」: whoever's place, the section then said outright is the answer.
  const whose = NAMED_PLACE.exec(norm);
  const named =
    whose && whose[0].length < norm.length
      ? sectionAnswer(edgeless(norm.slice(whose[0].length)), ctx.sections)
      : undefined;
  if (named) return named;
  return (
    sectionAsserted(norm, ctx.sections) ?? sectionDescribed(norm, ctx.sections) ?? colleagueSection(norm, ctx)
  );
}
