import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial38, class 3: 「开展4场科普进校园」 went into the draft as typed — a count before an activity named by its slogan
 * (what goes where: 科普进校园、送科技下乡), which no measure word counts. A 公文 names the activity and counts it
 * after: 开展科普进校园活动4场. Counted nouns (培训、培训班、讲座) keep their count where it was said.
 */
describe("an activity named by its slogan is counted after it", () => {
  it.each([
    ["开展4场科普进校园，覆盖学生1200多名", "开展科普进校园活动4场，覆盖学生1200多名"],
    ["今年搞了3场科普进社区", "开展科普进社区活动3场"],
    ["组织了两次送科技下乡，发放资料800份", "组织送科技下乡活动2次，发放资料800份"],
    ["开展4场科普进校园活动", "开展科普进校园活动4场"],
    ["举办了6期法律进企业", "举办法律进企业活动6期"],
    ["全年开展科技进万家12场", "全年开展科技进万家活动12场"],
    ["参加了3场法律进企业", "参加法律进企业活动3场"],
  ])("「%s」 → 「%s」", (text, want) => {
    expect(cleanChat(text, "2026-10-02")).toBe(want);
  });

  it.each([
    ["开展4场培训", "开展4场培训"],
    ["举办2期培训班", "举办2期培训班"],
    ["开展科普讲座30场", "开展科普讲座30场"],
    // 「进」 inside a word is no slogan's end.
    ["开展3次进村入户走访", "开展3次进村入户走访"],
    // One event is told as it happened, not counted.
    ["组织了一次科普进校园", "组织一次科普进校园"],
  ])("「%s」 stays 「%s」", (text, want) => {
    expect(cleanChat(text, "2026-10-02")).toBe(want);
  });
});
