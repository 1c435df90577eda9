import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listUnknownSenders } from "../src/conversation/unknown-senders.js";
import { parseOrg } from "../src/domain/org.js";
import { runRemindCli } from "../src/reminders/remind-cli.js";
import { rosterFeature } from "../src/roster/roster-feature.js";
import { messageText } from "./fakes/fake-feishu.js";
import { postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { FEISHU_ORG, useFeishuHarness } from "./fakes/feishu-harness.js";
import { EXAMPLE_ORG, makeTestApp } from "./helpers/test-app.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * People who message the bot without being in the roster: remembered, listed to the roster
 * admins in the weekly digest, and added from chat by an admin with 「添加 姓名 科室」.
 */
useTmpDirs();

const { fake, harness } = await useFeishuHarness();
const KEY = TEST_FEISHU.encryptKey;

function rosterCopy(from = FEISHU_ORG): string {
  const file = path.join(makeTmpDir(), "org.json");
  copyFileSync(from, file);
  return file;
}

describe("adding a person from chat", () => {
  it("remembers an unknown sender; an admin adds them; they can report at once", async () => {
    const orgFile = rosterCopy();
    const h = await harness({ env: { ORG_FILE: orgFile }, features: [rosterFeature] });
    fake.addUser({ open_id: "ou_zhangsan", name: "张三" });
    const say = async (openId: string, text: string) => {
      const before = fake.messages.length;
      await postEvent(`${h.url}/webhook/event`, textEvent(openId, text), { encryptKey: KEY });
      await h.settle();
      return fake.messages.slice(before).map(messageText).join("\n");
    };

    expect(await say("ou_zhangsan", "你好，我是新来的")).toContain("已记下您的飞书账号");
    await say("ou_zhangsan", "怎么填报？");
    const remembered = await listUnknownSenders(h.app.services.store);
    expect(remembered).toMatchObject([{ id: "ou_zhangsan", name: "张三", messages: 2 }]);

    // Staff and leaders may not (staff text is not even taken as the command); the admin may.
    expect(await say("ou_chen", "添加 张三 科普")).not.toContain("已把");
    expect(await say("ou_zhou", "添加 张三 科普")).toContain("只有名册管理员可以添加人员");
    expect(await say("ou_wangban", "添加 张三 外星科")).toContain("名册中没有「外星科」这个科室");
    expect(await say("ou_wangban", "添加 李四 科普")).toContain("最近没有名为「李四」的未登记人员");
    expect(parseOrg(JSON.parse(readFileSync(orgFile, "utf8"))).people.some((p) => p.name === "张三")).toBe(
      false,
    );

    const done = await say("ou_wangban", "添加 张三 科普");
    expect(done).toContain("已把张三加入名册（科普宣传与培训）");
    const org = parseOrg(JSON.parse(readFileSync(orgFile, "utf8")));
    expect(org.people.find((p) => p.name === "张三")).toMatchObject({
      role: "staff",
      sections: ["popsci"],
      feishu: { open_id: "ou_zhangsan" },
    });
    expect(await listUnknownSenders(h.app.services.store)).toEqual([]);
    // No restart needed: 张三 is known now.
    expect(await say("ou_zhangsan", "帮助")).not.toContain("不在");
    expect(await say("ou_wangban", "添加 张三 科普")).toContain("最近没有名为「张三」的未登记人员");
  });

  it("writes nothing into the example roster", async () => {
    const t = await makeTestApp();
    await t.app.engine.handle({
      senderId: "ou_new",
      senderLabel: "王五",
      chat: "p2p",
      kind: "text",
      text: "在吗",
    });
    const reply = await t.sayText("王志强", "添加 王五 科普");
    expect(reply).toContain("示例名册");
    expect(readFileSync(EXAMPLE_ORG, "utf8")).not.toContain("ou_new");
    await t.app.close();
  });
});

describe("the weekly digest", () => {
  it("lists unknown senders to the roster admins only", async () => {
    const orgFile = rosterCopy(EXAMPLE_ORG);
    const t = await makeTestApp({ env: { ORG_FILE: orgFile }, now: "2025-11-24T09:30:00+08:00" });
    for (const [id, name] of [
      ["ou_a1", "钱多多"],
      ["ou_a2", undefined],
    ] as const)
      await t.app.engine.handle({ senderId: id, senderLabel: name, chat: "p2p", kind: "text", text: "你好" });
    await runRemindCli(t.app, { digest: true }, () => {});
    const toAdmin = t.sent.find((s) => s.personId === "wang-ban")?.reply.text ?? "";
    const toLeader = t.sent.find((s) => s.personId === "zhou-ju")?.reply.text ?? "";
    expect(toAdmin).toContain("四、给机器人发过消息但不在名册中（2人）");
    expect(toAdmin).toContain("钱多多（账号 ou_a1");
    expect(toAdmin).toContain("（无姓名）（账号 ou_a2");
    expect(toAdmin).toContain("「添加 张三 科普」");
    expect(toLeader).toContain("上周填报情况");
    expect(toLeader).not.toContain("不在名册中");
    await t.app.close();
  });
});
