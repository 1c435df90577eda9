import type { Section } from "../domain/org.js";

type Sections = ReadonlyArray<Pick<Section, "id" | "name" | "aliases"> & { keywords?: readonly string[] }>;

/**
 * 「第2条其实是管企业认定那块的 挪过去」「是搞研发项目那块的」「算管专利的那边」: a section named by the work it does —
 * a doing verb (管、搞、做、负责、抓) and the work, before a section's tail (那块、那边、那头、口、条线、的活). The work is
 * that section when its words (name, aliases, keywords of two characters or more) belong to one section only; the
 * phrase is then put as the section's short name, for the rules that move an update to a section named.
 */
const BY_WORK =
  /(?<=^|[是算归系属于到的\s，,])(?:专门)?(?:管|搞|做|负责|抓|弄|干)(?:的)?([\u4e00-\u9fff]{2,8}?)(?=的?(?:那一?块|那边|那头|那摊子?|口|条线|的活|的事))/g;

export function sectionByWork(norm: string, sections: Sections): string {
  return norm.replace(BY_WORK, (whole, work: string) => {
    const ids = new Set(
      sections
        .filter((s) =>
          [s.name, ...s.aliases, ...(s.keywords ?? [])].some((w) => w.length >= 2 && work.includes(w)),
        )
        .map((s) => s.id),
    );
    if (ids.size !== 1) return whole;
    const s = sections.find((x) => ids.has(x.id))!;
    return s.aliases[0] ?? s.name;
  });
}
