/**
 * Round forty-nine: a section's own 科 by its name (项目科、科普科、高新科) is the unit too, and 这头/那头 (西南) take a unit or
 * an area whole as 这块/那块 do (「这礼拜都叫市上抽去搞评审了 项目科没动」「党建这头莫得动」).
 *
 * 「呢个礼拜都喺度迎检 支部冇乜推进」「这周党建那块没啥进展」「科普那边的事这礼拜没动」: the sender's own unit (支部、科室、
 * 办公室; 科里的事、办公室的活、我们科的事) or the area of work they answer for, said as a whole (党建那块、支部的事、科普方面) — one's own week with
 * nothing new, as 我这边 is (week-nothing.ts), not a named matter stalled. A thing of work named alone
 * (「项目这周没进展」「中药材基地…」) stays a matter.
 */
const UNIT =
  /^(?:(?:我们|我|俺们?|咱们?)(?:的)?(?:科|股)|(?:我们|我|俺们?|咱们?)?(?:的)?(?:党支部|支部|科室|科里|股室|办公室|单位|局里|所里|站里)|(?:项目|研发|科普|高新|高企|成果转化|成果|转化|人才|农村科技|农技|综合|党建)科(?:室)?)(?:里|这边|那边|这块|那块|这头|那头)?(?:自己|自个儿?|自家|本身)?(?:的)?(?:活(?:儿|路)?|事情?|事儿|工作|东西)?(?:的)?$/;
/** An area of a bureau's work, then a word that takes it whole: 那块、那边、方面、的事、的工作、的东西. */
const AREA_WHOLE =
  /^(?:党建|党务|支部|作风|科普|宣传|培训|特派员|乡村振兴|农技|人才|政策|高企|平台|成果转化|知识产权|专利|项目|研发|综合|安全生产|后勤|业务)(?:的)?(?:那块|这块|那边|这边|那头|这头|方面|上面|上|的事情?|事情?|的工作|工作|的东西|东西|的活(?:儿|路)?|活(?:儿|路)?)(?:的)?$/;

/** Whether what stands before the nothing is the sender's own unit or area taken whole. */
export function ownAreaWhole(subject: string): boolean {
  const s = subject.replace(/\s+/g, "");
  return UNIT.test(s) || AREA_WHOLE.test(s);
}
