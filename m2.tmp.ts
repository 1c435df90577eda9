// usage: npx tsx measure2.ts <srcRoot> <corpus: culture|bureau|health>
import { readFileSync } from "node:fs";
const [root, corpus] = process.argv.slice(2);
const W = "/work/wt-draft";
const { parseOrg } = await import(`${root}/src/domain/org.js`);
const { importRows } = await import(`${root}/src/import/import-updates.js`);
const { groupMaterial } = await import(`${root}/src/drafting/gather-material.js`);
const { draftOffline } = await import(`${root}/src/drafting/draft-offline.js`);
const { memoryStore } = await import(`${W}/test/fixtures/drafting/memory-store.js`);
const { findFigures } = await import(`${W}/src/domain/figures.js`);
const { parseCsv } = await import(`${W}/src/import/parse-csv.js`);
let orgJson: any, msgs: any[], year: number;
if (corpus === "market") {
  const m = await import(`/work/wt-draft/test/fixtures/drafting/market-year.js`);
  orgJson = m.MARKET_ORG; msgs = m.MARKET_MESSAGES; year = 2026;
} else if (corpus === "culture") {
  const m = await import(`${W}/test/fixtures/drafting/culture-year.js`);
  orgJson = m.CULTURE_ORG; msgs = m.CULTURE_MESSAGES; year = 2026;
} else if (corpus === "bureau") {
  const m = await import(`${W}/bench/corpus/bureau-year.js`);
  orgJson = m.BUREAU; msgs = m.MESSAGES; year = 2025;
} else {
  orgJson = JSON.parse(readFileSync(`${W}/test/fixtures/health-year/org.json`, "utf8"));
  const rows = parseCsv(readFileSync(`${W}/test/fixtures/health-year/updates.csv`, "utf8"));
  const people = orgJson.people;
  msgs = rows.slice(1).map((r: any) => {
    const [name, sectionName, date, text] = r.cells;
    const p = people.find((x: any) => x.name === name);
    const s = orgJson.sections.find((x: any) => x.name === sectionName || x.id === sectionName);
    return { author: p?.id ?? name, section: s?.id ?? sectionName, date, text };
  });
  year = 2026;
}
const org = parseOrg(orgJson);
const store = memoryStore();
await importRows(store, org, msgs.map((m: any, i: number) => ({ row: i + 1, ...m })), new Date(`${year}-12-20T00:00:00Z`));
const material = groupMaterial(org, { year }, store.updates);
const d = draftOffline(org, material);
const parts = d.parts.filter((p: any) => p.origin !== "placeholder");
const bodies = parts.flatMap((p: any) => [...p.paragraphs, ...p.items.map((i: any) => i.text), p.closing ?? ""]).filter(Boolean);
const sentences = bodies.flatMap((t: string) => t.split(/(?<=[。！？])|(?<=；)(?=[一二三四五六七八九十]是)/u)).map((s: string) => s.trim()).filter(Boolean);
// Independent chat markers (not the product's check): emoji, topic tags, spoken words, typos, broken punctuation.
const MARKERS: Array<[string, RegExp]> = [
  ["emoji", /\p{Extended_Pictographic}/u],
  ["tag", /(?:那边|这边|这块|那块)(?=[，,：:。；;]|$)/u],
  ["spoken", /挺|咱|啥|咋|搞(?!好)|弄|差不多|大概|来了|太少|不太|的很|蛮|[\u4e00-\u9fff](?:呢|吧|啊|哈|嘛)(?=[，。；]|$)/u],
  ["typo", /再(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|村|县)|全县|\d{1,2}月)|(?:做|办|干|开展)的(?:很|非常|比较)?(?:好|扎实|顺利)/u],
  ["punct", /[。；，、][。；，、]|^[；，]/u],
  ["fragment", /(?:^|[，；])[\u4e00-\u9fff]{1,2}(?=[；。])|(?:^|[，；。])(?:再|力争|争取)?(?:新?建|新增|创建|修)\d+[个家座项]/u],
];
const CN = /^[^\d]*[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/u;
let marked = 0;
const byKind: Record<string, number> = {};
for (const s of sentences) {
  const kinds = MARKERS.filter(([, re]) => re.test(s)).map(([k]) => k);
  if (kinds.length) marked++;
  for (const k of kinds) byKind[k] = (byKind[k] ?? 0) + 1;
}
const figs = sentences.flatMap((s: string) => findFigures(s).map((f: any) => f.figure.raw));
const cnFigs = figs.filter((r: string) => CN.test(r) && !/^[一壹][^十百千万亿]/u.test(r));
const cnSentences = sentences.filter((s: string) => findFigures(s).some((f: any) => CN.test(f.figure.raw) && !/^[一壹][^十百千万亿]/u.test(f.figure.raw))).length;
const text = bodies.join("\n");
// Figures kept: every reported figure's value+unit (formal numerals read as everyday ones) in the draft.
const plain = (t: string) => t.replace(/[壹贰叁肆伍陆柒捌玖拾佰仟]/gu, (c) => "一二三四五六七八九十百千"["壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(c)]);
const key = (f: any) => `${f.value}|${f.unit}`;
const reported = msgs.flatMap((m: any) => findFigures(plain(m.text)).map((f: any) => f.figure));
const inDraft = new Set(findFigures(plain(text)).map((f: any) => key(f.figure)));
const lost = reported.filter((f: any) => !inDraft.has(key(f)));
if (process.env.SHOW) { console.log(bodies.join("\n")); }
console.log(`${corpus}: sentences ${sentences.length}, with chat markers ${marked} (${((100 * marked) / sentences.length).toFixed(1)} %) ${JSON.stringify(byKind)}; figures ${figs.length}, in Chinese numerals ${cnFigs.length} (${((100 * cnFigs.length) / figs.length).toFixed(1)} %), sentences with them ${cnSentences}; reported figures ${reported.length}, missing from draft ${lost.length} ${JSON.stringify(lost.map((f: any) => f.raw))}`);
