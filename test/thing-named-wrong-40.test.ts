import { describe, expect, it } from "vitest";
import { thingNamedWrong } from "../src/conversation/thing-named-wrong.js";
import type { Update } from "../src/domain/update.js";
import { UpdateSchema } from "../src/domain/update.js";

/** hold40: a correction naming the thing it is about goes to the one recent update that says that thing. */
const upd = (seq: number, text: string): Update =>
  UpdateSchema.parse({
    id: `u${seq}`,
    seq,
    author: "sun-tp",
    section: "envoy",
    date: "2026-12-06",
    week: "2026-W49",
    createdAt: "2026-12-06T02:00:00.000Z",
    updatedAt: "2026-12-06T02:00:00.000Z",
    originalText: text,
    normalizedText: text,
    status: "draft",
  });
const recent = [
  upd(2, "带技术员到三个乡镇开展果树修剪培训 培训农户150人次"),
  upd(1, "在柳坪村新建食用菌大棚12个"),
];

describe("the thing named in a correction", () => {
  for (const said of ["大棚不对 是15个", "食用菌大棚的数字不对 应该是15个", "大棚写错了，15个"])
    it(`「${said}」 names #1`, () => expect(thingNamedWrong(said, recent)?.seq).toBe(1));
  it("a thing both updates say names neither", () =>
    expect(thingNamedWrong("培训不对 是15个", [...recent, upd(3, "举办培训2场")])).toBeUndefined());
  for (const said of ["数字不对 是15个", "人数不对 是160人次", "刚才不对 是15个", "不对 是15个", "是15个"])
    it(`「${said}」 names no thing`, () => expect(thingNamedWrong(said, recent)).toBeUndefined());
});
