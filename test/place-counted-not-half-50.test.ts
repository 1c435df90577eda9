import { describe, expect, it } from "vitest";
import { placeFirstHalf } from "../src/conversation/place-first-half.js";

/**
 * Round fifty (closing CI, s14-d20): dlg50 let 「早上去了铅山紫溪乡」 (where one went) be a report's first half as 「上午在竹岭村」
 * is; 「下午跑了俩村」 then became a draft on a card too. It counts places and names none: an account of the afternoon
 * that is asked about, as before — a half names the place.
 */
describe("a half of a report names its place", () => {
  it.each([
    "早上去了铅山紫溪乡",
    "上午在竹岭村",
    "下午克了松坪村",
    "下午跑了石门村",
  ])("「%s」 is a half", (said) => {
    expect(placeFirstHalf(said)).toBe(true);
  });
  it.each([
    "下午跑了俩村",
    "上午去了三个乡",
    "下午到了两家合作社",
    "上午跑了5个村",
  ])("「%s」 is not", (said) => {
    expect(placeFirstHalf(said)).toBe(false);
  });
});
