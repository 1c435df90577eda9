import { writeFile } from "node:fs/promises";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { isoWeekOfDate, parseDate } from "../../src/domain/period.js";
import type { Update } from "../../src/domain/update.js";
import { serializeSnapshot } from "../../src/store/month-shard.js";

/**
 * Plausible confirmed updates, generated fast and deterministically, for seeding a store.
 * The text, figures and history look like what the intake stores for a chat message, so the
 * records (and the shard files) have a realistic size (~0.8 KB of JSON each).
 */

const SECTIONS = ["rd", "transfer", "popsci", "envoy", "hitech", "talent", "party", "office"];
const SENTENCES = [
  "举办科技活动周，{a}名群众参与，发放资料{b}万份",
  "组织{a}家企业申报高新技术企业，完成入库{b}家",
  "开展科技特派员下乡服务{a}次，培训农民{b}人次",
  "受理专利申请{a}件，技术合同成交额{b}亿元",
  "召开主题党日活动，{a}名党员参加，学习研讨{b}次",
  "完成安全生产检查{a}次，整改隐患{b}处",
  "推动研发费用加计扣除政策落实，惠及企业{a}家，减免{b}万元",
];

function textFor(i: number): { text: string; a: number; b: number } {
  const a = 10 + ((i * 37) % 1900);
  const b = 1 + ((i * 13) % 90) / 10;
  const s = SENTENCES[i % SENTENCES.length]!.replace("{a}", String(a)).replace("{b}", String(b));
  return { text: `${s}。下一步将继续抓好相关工作，确保各项任务按期完成。`, a, b };
}

/** Date `i` of `count` spread over a year (never past `lastDay`, 1..365). */
function dateIn(year: number, i: number, count: number, lastDay = 360): string {
  const day = 1 + Math.floor((i * lastDay) / Math.max(1, count));
  const d = new Date(Date.UTC(year, 0, day));
  return d.toISOString().slice(0, 10);
}

export interface SeedOptions {
  year: number;
  count: number;
  /** Prefix for ids, unique per seeded batch. */
  tag: string;
  /** Next seq per author; shared across batches so (author, seq) stays unique. */
  seqs: Map<string, number>;
  authors?: number;
  /** Keep dates in the first `lastDay` days of the year (so later appends land after them). */
  lastDay?: number;
}

export function makeUpdates(o: SeedOptions): Update[] {
  const authors = o.authors ?? 50;
  const out: Update[] = new Array(o.count);
  for (let i = 0; i < o.count; i++) {
    const author = `staff-${i % authors}`;
    const seq = (o.seqs.get(author) ?? 0) + 1;
    o.seqs.set(author, seq);
    out[i] = makeRecord({ id: `${o.tag}-${i}`, author, seq, date: dateIn(o.year, i, o.count, o.lastDay), i });
  }
  return out;
}

/** One confirmed update. `seq` 0 asks the store to number it. */
export function makeRecord(p: { id: string; author: string; seq: number; date: string; i: number }): Update {
  const { text, a, b } = textFor(p.i);
  const at = `${p.date}T09:${String(p.i % 60).padStart(2, "0")}:00.000Z`;
  const d = parseDate(p.date)!;
  return {
    id: p.id,
    seq: p.seq,
    author: p.author,
    section: SECTIONS[p.i % SECTIONS.length]!,
    date: p.date,
    week: isoWeekOfDate(d),
    createdAt: at,
    updatedAt: at,
    originalText: text,
    normalizedText: text,
    items: [{ text: text.split("。")[0]!, figures: [] }],
    figures: [
      { raw: `${a}名`, value: a, unit: "名", context: "参与", approx: false },
      { raw: `${b}万份`, value: b * 10000, unit: "份", context: "资料", approx: false },
    ],
    problems: [],
    plans: ["下一步将继续抓好相关工作"],
    status: "confirmed",
    noProgress: false,
    source: "chat",
    history: [
      { at, by: p.author, action: "created" },
      { at, by: p.author, action: "confirmed" },
    ],
  };
}

/**
 * Writes DATA_DIR/updates/<YYYY-MM>.json (one snapshot per month of `updates`) in the store's
 * current format, as a compaction writes them (src/store/month-shard.ts). Returns the bytes written.
 */
export async function writeMonthShards(dataDir: string, updates: readonly Update[]): Promise<number> {
  const dir = join(dataDir, "updates");
  await mkdir(dir, { recursive: true });
  const byMonth = new Map<string, Update[]>();
  for (const u of updates) {
    const m = u.date.slice(0, 7);
    const list = byMonth.get(m);
    if (list) list.push(u);
    else byMonth.set(m, [u]);
  }
  let bytes = 0;
  for (const [month, list] of byMonth) {
    const body = serializeSnapshot(month, list);
    await writeFile(join(dir, `${month}.json`), body);
    bytes += body.length;
  }
  return bytes;
}
