/**
 * A weekly cron setting said the way staff say it: 「0 16 * * 5」 → 「每周五 16:00」, 「30 9 * * 1,3」 →
 * 「每周一、三 09:30」. Undefined for anything that is not one time on given weekdays.
 */
export function describeCron(cron: string): string | undefined {
  const f = cron.trim().split(/\s+/);
  if (f.length !== 5 || f[2] !== "*" || f[3] !== "*") return undefined;
  const [min, hour, , , dow] = f as [string, string, string, string, string];
  if (!/^\d{1,2}$/.test(min) || !/^\d{1,2}$/.test(hour) || !/^[0-7](?:,[0-7])*$/.test(dow)) return undefined;
  const days = [...new Set(dow.split(",").map((d) => "日一二三四五六日"[Number(d)]!))].join("、");
  return `每周${days} ${hour.padStart(2, "0")}:${min.padStart(2, "0")}`;
}
