import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from f6-shuju31 (一天跑十几个钟头) and f7-fig32 (三门镇): how long someone's days
 * run (一天跑十几个钟头、每天要站八九个小时) and a place named with a numeral and 门 (三门镇、九门村) are no
 * figures; hours of work done (巡查了8小时) and 门 counting things (3门课) still are.
 * Sentences written for this test, not corpus lines.
 */
const raws = (text: string) => run(text, "2026-12-04").figures.map((f) => f.raw);

describe("long days and place names", () => {
  it("are no figures", () => {
    expect(raws("收费站的同志每天要站八九个小时 太辛苦了")).toEqual([]);
    expect(raws("昨天跑了九门村和五门乡")).toEqual([]);
  });
  it("hours and 门 of work still are", () => {
    expect(raws("防汛值守连续巡查了8小时")).toEqual(["8小时"]);
    expect(raws("新开了3门课")).toEqual(["3门"]);
  });
});
