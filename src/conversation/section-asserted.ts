import type { Section } from "../domain/org.js";
import { NOT_CORE } from "./intent-lexicon.js";
import { reportsWork } from "./message-clauses.js";
import { mentions } from "./section-denied.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * While the bot asks which section (or the card of someone reporting for several waits), a section said
 * in a sentence with its reason and maybe the other section conceded: 「这个是引进专家的事 算人才那块吧」
 * 「专利质押那个嘛 当然是成果转化」「我觉得是人才吧 虽然也沾点成果转化」「两个都沾边 你就放人才吧」
 * 「呢个系成果转化嘅 唔该」. A colleague hears the one section put forward; the others are only granted
 * a share (沾点、也有关、虽然). Nothing is read when a clause carries work (a figure, a long clause) or asks
 * something of the draft (改、核、删、数据) or names an update (第一条是研发那块的: 科室 on it), or when two
 * sections are put forward.
 */

type Sections = ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>;

/** A section granted a share, not chosen: 沾点、也有关、有点关系、相关、涉及、带点、虽然… */
const CONCEDED = /沾|也有|有点|有些|有关|相关|涉及|带点|挂钩|挂点|搭点|^(?:虽然|虽说|尽管|就算)/;
/** A clause about the draft itself, not its section: a change, a check, a withdrawal, its figures. */
const ABOUT_DRAFT =
  /改|核|错|不对|删|撤|数据|数字|人数|问问|再看|补充|不报|不要|第[一二两三四五六七八九十]+[条个项]|[一二两三四五六七八九十]号|[头前后](?:一|面)?[条个]/;
/** Words beside a section word in a clause that puts it forward (算、放、这个是…那块的吧). */
const BESIDE_MAX = 10;
/** A clause with no section word: its reason (这个是引进专家的事), a hedge, thanks. */
const REASON_MAX = 12;

/** Said before a section word to put the draft there: 算、放、归、是、属于、记到. */
const PUT_BEFORE = /(?:算|放|归|是|属于|记|划|挪|搁|填|报)(?:到|在|进|给|成|为|去)?[^，,。\s]{0,2}$/;
/** 「两个都沾边」: both sections granted, no count of work. */
const BOTH = /(?:两|俩|二)(?:个|样|块|边|头)?都/g;

export function sectionAsserted(norm: string, sections: Sections): string | undefined {
  if (sections.length < 2 || [...norm].length > 36 || /\d/.test(norm)) return undefined;
  if (FIGURE.test(norm.replace(BOTH, "都"))) return undefined;
  const clauses = norm
    .split(/[，,。；;！!～~\s]+/)
    .map((c) => c.replace(NOT_CORE, ""))
    .filter((c) => c !== "");
  if (clauses.length > 4 || clauses.some((c) => ABOUT_DRAFT.test(c))) return undefined;
  const put = new Set<string>();
  for (const clause of clauses) {
    const ms = mentions(clause, sections);
    if (ms.length === 0) {
      if ([...clause].length > REASON_MAX) return undefined;
      continue;
    }
    if (CONCEDED.test(clause)) continue;
    // 「帮企业申请了发明专利」: work that names a section's word is a report, unless the section is put forward.
    if (reportsWork(clause) && !ms.some((m) => PUT_BEFORE.test(clause.slice(0, m.at)))) return undefined;
    let rest = clause;
    for (const m of ms) {
      put.add(m.id);
      rest = rest.replace(clause.slice(m.at, m.end), "");
    }
    if ([...rest].length > BESIDE_MAX) return undefined;
  }
  return put.size === 1 ? [...put][0] : undefined;
}
