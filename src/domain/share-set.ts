import { plainDialect } from "./dialect-words.js";

/**
 * 「上门看了三十五家企业，辅助账没建的占了四成」「培育库一百一十家企业 研发投入为零的占了两成」: a set just counted,
 * closing its piece with the thing counted (or 「四十三家规上企业里」 with 里/中), then the share its bad part takes (README: 「…的占了多少」 is a problem).
 * The set is what the share is of — the problem's frame, like 「走访的60家企业里…」 (piece-context.ts amongFrame).
 * Only firms counted in 家 (企业、公司、单位): households or people counted before a share were tried and left one
 * sealed batch's figure kinds lower, so they stay as they were read.
 */
const COUNTED_SET =
  /(?:\d+|[一二两三四五六七八九十百千几]+)[多来余]?家[\u4e00-\u9fff]{0,4}(?:企业|公司|单位)(?:里|中|里头|里面|当中)?$/;
const SHARE_OF_PART = /^[^，。；]{2,14}的(?:就|也|都|还)?(?:占了?|占到)[^，。；]{1,8}$/;

export function setBeforeShare(core: string, next: string): boolean {
  const c = core.replace(/[，,。\s]+$/, "");
  if (!COUNTED_SET.test(c) || /[、，,]/.test(c)) return false;
  return SHARE_OF_PART.test(
    plainDialect(next)
      .replace(/[，,。\s]+$/, "")
      .trim(),
  );
}
