import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * A correction on the card just shown said in two orders the rules missed (blind42's b42-d16 and blind78's b78-d02 in the
 * dialogue corpus, docs/understanding.md 第三十七轮 intent37): the new value with what it counts between 是 and the number
 * (「写错了 是入库98家」), and the change asked for before the part said wrong (「要改 金额不对」). Lines written for the test.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);
const card = { awaiting: "confirm", justAsked: true, pendingDrafts: 1 } as const;

describe("corrections on a card, said either way round (intent37)", () => {
  it.each([
    ["chen-kp", "写错了 是参加培训65人"],
    ["he-gq", "写错了 是备案6家"],
    ["li-rd", "写岔了 是入库15家"],
    ["zhao-zh", "打错了 是专利授权12件"],
  ])("%s: 「%s」 (是 + what it counts + the value) is 修改 of the card", (who, text) => {
    expect(heard(who, text, card)).toMatch(/^\/ref 修改 shown /);
  });

  it.each([
    ["zhao-zh", "要改 合同金额不对"],
    ["li-rd", "得改一下 企业名字写错了"],
    ["xu-dj", "帮我改 地点搞错了"],
  ])("%s: 「%s」 (the change asked for, then the part said wrong) is 修改 of the card", (who, text) => {
    expect(heard(who, text, card)).toMatch(/^\/ref 修改 shown /);
  });

  it.each([
    ["sun-tp", "不对 是去年的事"],
    ["chen-kp", "要改 我回头再弄"],
  ])("%s: 「%s」 names no new value nor a part wrong: not 修改", (who, text) => {
    expect(heard(who, text, card)).not.toMatch(/修改/);
  });
});
