import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * 「今年新评了县级英才15个」 was filed as a problem (「县级英才15个」) with the item cut to 「今年新评了」: the 才 of
 * 英才 (a county's title for its talents) read as 「only」 (才15个). 人才 was already kept out; 英才 and 口才 now
 * too, while 「报名的才20人」 stays a shortfall. Found while checking kind30's 英才 counted with 个.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const read = (text: string) => extractUpdate(text, org, { today: "2026-12-04" });

describe("英才 is a title, not 才 = only", () => {
  it.each([
    "今年新评了县级英才15个",
    "新评县级英才15名",
    "认定“青山英才”8人",
  ])("「%s」 is work done", (text) => {
    const ex = read(text);
    expect(ex.problems).toEqual([]);
    expect(ex.items.map((i) => i.text)).toEqual([text]);
    expect(ex.figures.every((f) => f.kind === "achieved")).toBe(true);
  });

  it("「…但是报名的才20人」 is still a shortfall", () => {
    expect(read("今年评了县级英才15个 但是报名的才20人").problems).toEqual(["但是报名的才20人"]);
  });
});
