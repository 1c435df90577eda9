/**
 * Signs of a clause's kind kept out of clause-kind.ts (which stays under the file-size limit).
 *
 * A shortfall against what was set: 还差9家、还少二十来个、离年初定的5家目标还差3家、离全年任务差3件、距目标差2期
 * (差不多、差异 are none). A problem, wherever a figure stands in it; the drafter reads it the same way.
 */
export const SHORTFALL =
  /还差(?!不多|异)|(?<!(?:比|较)(?:去年|上年|前年|往年|同期|上月|上个月|以前|过去)[^，。；]{0,6})还(?:少|缺)(?=[\d一二两三四五六七八九十百几])|(?:离|距离?)[^，。；]{0,12}?(?:目标|任务|计划|要求|指标)[^，。；]{0,4}?差(?!不多|异)/;

/** What is left without something: 全县还有23所农村小学没有专职音体美老师、还有5户未签约 (a problem). */
export const LEFT_WITHOUT =
  /(?:还有|尚有|仍有)[\d一二两三四五六七八九十几]+[^\s，。；]{0,12}?(?:没有|没|未|不)[\u4e00-\u9fff]/;

/** A time, then what is to be done in it: 7月份要开展…、三季度要…、年底就要… (要求、要点 are nouns): a plan. */
export const TIME_THEN_TO =
  /(?:\d|[一二三四五六七八九十])月(?:份|[上中下]旬|底|初|中)?(?:还|就|也|都)?要(?!求|点|素|闻|害|件|么|是)|(?:季度|年底|期间)(?:还|就|也|都)?要(?!求|点|素|闻|害|件|么|是)/;
