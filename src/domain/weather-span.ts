/**
 * How long the weather lasted (白毛风刮了三天、雪下了两天两夜、连着下了五天雨、大风刮了一整夜) is the cause of a problem,
 * not a figure of work (read by figure-context.ts). The wind, rain or snow named before its verb, or the rain or snow
 * right after the span.
 */
const SPAN_UNIT = /^(?:天|日|夜|宿|个?(?:钟头|小时|礼拜|星期)|周)$/;
const WEATHER_BEFORE = /(?:风|雪|雨|冰雹)(?:刮|吹|下|落)了?(?:整整|足足|快|差不多|将近)?$/;
const VERB_BEFORE = /(?:刮|下|落)了?(?:整整|足足|快|差不多|将近)?$/;
const WEATHER_AFTER = /^(?:[的]?(?:大|暴|小|中|连阴|冻)?(?:雨|雪|风|冰雹))/;

export function weatherSpan(t: string, cs: number, end: number, unit: string): boolean {
  if (!SPAN_UNIT.test(unit)) return false;
  const lead = t.slice(Math.max(0, cs - 10), cs);
  if (WEATHER_BEFORE.test(lead)) return true;
  return VERB_BEFORE.test(lead) && WEATHER_AFTER.test(t.slice(end));
}
