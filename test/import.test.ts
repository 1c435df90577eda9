import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseCsv } from "../src/import/parse-csv.js";
import { importRows } from "../src/import/import-updates.js";
import { parseImport } from "../src/import/parse-import.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();
let t: TestApp;
afterEach(async () => {
  await t?.app.close();
});

const GOOD_CSV = [
  "\uFEFF填报人,科室,日期,内容",
  '陈静,科普,2024-05-20,"举办科技活动周，发放资料1.2万份，""科普大篷车""进村12次"',
  "li-rd,rd,2024/9/3,走访规上企业15家，研发投入预计1.2亿元",
  'sun-tp,envoy,2024-11-08,"培训两期，\n受训农民300人次"',
].join("\r\n");

describe("CSV parsing", () => {
  it("handles BOM, quotes, escaped quotes and newlines inside fields", () => {
    const rows = parseCsv(GOOD_CSV);
    expect(rows).toHaveLength(4);
    expect(rows[1]?.cells[3]).toBe('举办科技活动周，发放资料1.2万份，"科普大篷车"进村12次');
    expect(rows[3]?.cells[3]).toBe("培训两期，\n受训农民300人次");
    expect(rows[3]?.line).toBe(4);
  });
});

describe("import", () => {
  it("imports every row of a good CSV as confirmed updates, and a second run adds nothing", async () => {
    t = await makeTestApp();
    const { org, store, clock } = t.app.services;
    const rows = parseImport(GOOD_CSV, "csv", org);
    expect(rows.map((r) => r.section)).toEqual(["popsci", "rd", "envoy"]);
    expect(rows[1]?.date).toBe("2024-09-03");
    expect(await importRows(store, org, rows, clock.now())).toEqual({ added: 3, skipped: 0 });
    const stored = await store.listUpdates({ status: "confirmed" });
    expect(stored).toHaveLength(3);
    expect(stored.find((u) => u.author === "li-rd")?.figures.map((f) => f.value)).toContain(120_000_000);
    expect(stored.every((u) => u.source === "import")).toBe(true);
    expect(await importRows(store, org, rows, clock.now())).toEqual({ added: 0, skipped: 3 });
    expect(await store.listUpdates()).toHaveLength(3);
  });

  it("imports JSONL", async () => {
    t = await makeTestApp();
    const { org } = t.app.services;
    const jsonl = [
      JSON.stringify({ author: "何婷", section: "高企", date: "2024-10-10", text: "新认定高新技术企业5家" }),
      "",
      JSON.stringify({
        author: "xu-dj",
        section: "党建与作风建设",
        date: "2024-07-01",
        text: "开展主题党日活动",
      }),
    ].join("\n");
    expect(parseImport(jsonl, "jsonl", org).map((r) => r.author)).toEqual(["he-gq", "xu-dj"]);
  });

  it("rejects a bad file whole, naming every bad row, and stores nothing", async () => {
    t = await makeTestApp();
    const { org, store } = t.app.services;
    const bad = [
      "author,section,date,text",
      "陈静,科普,2024-05-20,举办科技活动周",
      "查无此人,科普,2024-05-21,内容",
      "陈静,不存在的科室,2024-02-30,内容",
      "陈静,科普,2024-05-22,",
    ].join("\n");
    let message = "";
    try {
      parseImport(bad, "csv", org);
    } catch (e) {
      message = (e as Error).message;
      expect((e as { code: string }).code).toBe("IMPORT_INVALID");
    }
    expect(message).toContain("第 3 行");
    expect(message).toContain("查无此人");
    expect(message).toContain("第 4 行");
    expect(message).toContain("2024-02-30");
    expect(message).toContain("第 5 行");
    expect(message).not.toContain("第 2 行");
    expect(await store.listUpdates()).toHaveLength(0);
  });

  it("rejects malformed JSONL lines and a CSV without the needed columns", async () => {
    t = await makeTestApp();
    const { org } = t.app.services;
    expect(() => parseImport('{"author":"陈静"\n', "jsonl", org)).toThrowError(/第 1 行/);
    expect(() => parseImport("name,when\n陈静,2024-01-01\n", "csv", org)).toThrowError(/缺少列/);
    expect(() => parseImport("", "csv", org)).toThrowError(/没有数据行/);
  });

  it("the CLI import command rejects a bad file with row numbers and a non-zero exit", async () => {
    t = await makeTestApp();
    const file = path.join(t.dataDir, "bad.csv");
    writeFileSync(file, "author,section,date,text\n陈静,科普,昨天,内容\n");
    const { execFileSync } = await import("node:child_process");
    await t.app.close();
    let out = "";
    let code = 0;
    try {
      execFileSync("npx", ["tsx", "src/cli.ts", "import", file], {
        cwd: path.resolve(import.meta.dirname, ".."),
        // tsx keeps a cache and an IPC folder under the temp dir: keep them in one the test removes.
        env: { ...process.env, DATA_DIR: t.dataDir, LOG_LEVEL: "silent", TMPDIR: makeTmpDir("zongjie-tsx-") },
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (e) {
      const err = e as { status: number; stderr: string; stdout: string };
      code = err.status;
      out = err.stderr + err.stdout;
    }
    expect(code).toBe(1);
    expect(out).toContain("第 2 行");
    t = await makeTestApp({ dataDir: t.dataDir });
    expect(await t.app.services.store.listUpdates()).toHaveLength(0);
  });
});
