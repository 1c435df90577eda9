import { afterEach, describe, expect, it } from "vitest";
import { planCorrection } from "../src/conversation/correction-request.js";
import { planEdit } from "../src/conversation/edit-update.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A correction names a figure by the words of its own clause (「走访了7家」 is the 走访 figure, not
 * the 3家 after the comma), and 「人才公寓改成20套」 changes the figure of 人才公寓, not the name.
 */
const OLD = "本周到城南工业园走访企业6家，帮3家企业理清研发费用台账；人才公寓分配了18套";

describe("which figure a correction means", () => {
  it.each([
    ["是走访了7家", "6家", "7家"],
    ["帮了4家企业", "3家", "4家"],
    ["人才公寓应该是20套", "18套", "20套"],
  ])("「%s」 changes %s", (said, from, to) => {
    const plan = planCorrection(OLD, said);
    expect(plan).toMatchObject({ kind: "substitute", from, to });
  });

  it.each([
    "应该是7 不是6",
    "走访企业写错了 应该是7 不是6",
    "不是6 是7",
  ])("「%s」: the bare old and new numbers, in either order, change that figure (not another)", (said) =>
    expect(planCorrection(OLD, said)).toMatchObject({ kind: "substitute", from: "6", to: "7" }));

  it("a figure with no words of its own among several of its unit is still asked about", () => {
    expect(planCorrection(OLD, "应该是9家").kind).toBe("which");
  });

  it.each([
    ["人才公寓改成20套", "人才公寓分配了20套"],
    ["走访企业改成7家", "走访企业7家"],
  ])("「%s」 edits the figure, keeping the name", (typed, kept) => {
    const plan = planEdit(OLD, typed);
    expect(plan.how).toBe("substitute");
    expect(plan.text).toContain(kept);
  });

  it.each([
    ["走访企业6家改成7家吧", "「6家」→「7家」"],
    ["6家改成7家哈 其他不动", "「6家」→「7家」"],
    ["6家改成7家就行了吧 别的不变哈～", "「6家」→「7家」"],
  ])("「%s」: the particles after the new value are not part of it (%s)", (typed) => {
    const plan = planEdit(OLD, typed);
    expect(plan).toMatchObject({ how: "substitute", from: "6家", to: "7家" });
    expect(plan.text).toContain("走访企业7家，");
  });

  it("words changed for words stay a literal change", () => {
    expect(planEdit(OLD, "城南工业园改成城北工业园").text).toContain("城北工业园走访企业6家");
  });
});

let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  cleanTmpDirs();
});

describe("a correction while the bot asks for the section", () => {
  it("is an edit of the draft, not the section named inside it", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    // Back and forth between her two sections: no clean cut, so the bot asks which.
    const [ask] = await t.say(
      "zhao-zh",
      "组织12家企业参加科技成果对接会，签约项目5个；人才公寓分配了18套，成果转化的台账也理好了",
    );
    expect(ask?.card?.title ?? ask?.text).toContain("属于哪个科室");
    const [preview] = await t.say("zhao-zh", "第1条的人才公寓改成20套");
    const shown = preview?.card ? JSON.stringify(preview.card) : (preview?.text ?? "");
    expect(shown).toContain("分配了20套");
    expect(shown).not.toContain("20套分配了");
    const [u] = await t.app.services.store.listUpdates({ author: "zhao-zh" });
    expect(u?.status).toBe("draft");
    expect(u?.originalText).toContain("18套");
  });

  it("an update sent in Traditional characters is edited by what was typed in Simplified", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("sun-tp", "組織科技特派員培訓1期，參訓80人");
    await t.say("sun-tp", "確認");
    const [preview] = await t.say("sun-tp", "修改1 參訓85人");
    const shown = JSON.stringify(preview);
    expect(shown).toContain("参训85人");
    expect(shown).not.toContain("参训80人。参训85人");
    await t.say("sun-tp", "確定");
    const [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
    expect(u?.originalText).toBe("组织科技特派员培训1期，参训85人");
    expect(u?.history.find((h) => h.action === "edited")?.previousText).toBe(
      "組織科技特派員培訓1期，參訓80人",
    );
  });
});
