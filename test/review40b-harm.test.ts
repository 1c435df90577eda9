import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * Review40b: harm-suffered.ts (fig40) read 让/叫 + someone + 吃了/挖了/压了 as harm done to a thing — but 让 also makes
 * someone do something: 「让群众吃了定心丸」「让施工队挖了三条排水沟」 are work done and were filed as problems. And
 * 冷冻了、速冻了 (storing, not frost) with a count of head read as a crop hit by the weather. Phrasings are this test's own.
 */
describe("让 that makes someone do a thing is no harm", () => {
  it("work done through others stays done", () => {
    expect(kindOf("上门宣讲政策，让搬迁户吃了定心丸", "定心丸", "2026-05-25")).toBe("done");
    expect(kindOf("让施工队挖了三条排水沟", "排水沟", "2026-05-25")).toBe("done");
    expect(kindOf("冷库冷冻了两百头生猪储备", "冷库", "2026-05-25")).toBe("done");
  });
  it("harm said with 让 still is harm", () => {
    expect(kindOf("地里的玉米让野猪给吃了", "玉米", "2026-05-25")).toBe("problem");
    expect(kindOf("新栽的苗子叫羊吃了两百多棵", "苗子", "2026-05-25")).toBe("problem");
    expect(kindOf("护栏让大车压坏了", "护栏", "2026-05-25")).toBe("problem");
  });
});
