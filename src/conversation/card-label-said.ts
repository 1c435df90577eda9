/**
 * Words of chat left at the edges of a figure's label, taken off for the confirm card (trial36: 「学生有 500多人」
 * 「还发了科普读物 300册」「已经通过认定的有 9家」 while the card's other labels name what is counted):
 * - 有 (共有、大概有…) ending the label, after who or what is counted, or after 「…的」 (参加培训的有 50人): the label is
 *   that thing (学生 500多人, 参加培训 50人); 没有、只有、还有、拥有… say something else and stay;
 * - 还 (also) opening a label of work done (还发了、还走访了): chat joining it to the clause before.
 */

/** 有 after a count's subject: the label ends in it with nothing counted after. */
const HAVE_END =
  /(?<=[\u4e00-\u9fff]{2})(?<![没只还拥具所占含带持享现])(?:的)?(?:一共|总共|共|大概|大约|大致|差不多|将近|约)?有$/u;
/** 还 before work done. */
const ALSO_START =
  /^(?:另外|同时|而且)?还(?=发|送|赠|印|走访|开展|组织|举办|召开|帮|为|给|向|培训|慰问|协助|指导|接待|受理|新增|完成|建|办|搞|做|带|推广|引进|申报|争取|解决)/u;

export function labelAsWritten(label: string): string {
  const noAlso = label.replace(ALSO_START, "");
  const p = noAlso.length >= 2 ? noAlso : label;
  const noHave = p.replace(HAVE_END, "");
  return noHave.length >= 2 ? noHave : p;
}
