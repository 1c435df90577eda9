import { copyFileSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/load-config.js";
import { parseOrg } from "../src/domain/org.js";
import { createLogger } from "../src/log.js";
import { runRosterSync } from "../src/roster/roster-cli.js";
import { readDirectoryWith } from "../src/transports/feishu/read-directory.js";
import { type FakeFeishu, startFakeFeishu } from "./fakes/fake-feishu.js";
import { FEISHU_ORG } from "./fakes/feishu-harness.js";
import { TEST_FEISHU } from "./fakes/feishu-events.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * `roster sync` against the fake Open Platform's contact directory: a tree four levels deep,
 * 240 people, a department with more children than one page and departments with more members
 * than one page, people in two departments, and roster people to match by each identity kind.
 */
useTmpDirs();

let fake: FakeFeishu;
const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"];
let n = 0;
/** Distinct made-up names, deterministic. */
const nextName = () => {
  const i = n++;
  return `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${i >= 400 ? "二" : ""}`;
};

function seedDirectory(f: FakeFeishu): number {
  const dept = (id: string, name: string, parent: string) =>
    f.addDepartment({ open_department_id: id, name, parent_department_id: parent });
  let users = 0;
  const member = (deptIds: string[], extra: Partial<Parameters<FakeFeishu["addUser"]>[0]> = {}) => {
    users += 1;
    const openId = extra.open_id ?? `ou_dir_${String(users).padStart(4, "0")}`;
    f.addUser({ open_id: openId, name: extra.name ?? nextName(), department_ids: deptIds, ...extra });
  };
  // Level 1
  dept("od-lead", "局领导班子", "0");
  dept("od-organ", "局机关", "0");
  dept("od-center", "科技服务中心", "0");
  dept("od-agent", "乡镇科技特派员", "0");
  // Level 2
  dept("od-office", "办公室", "od-organ");
  dept("od-kp", "科普宣传科", "od-organ");
  dept("od-xm", "项目管理科", "od-organ");
  // Level 3 and 4
  dept("od-kp-youth", "青少年科普组", "od-kp");
  dept("od-kp-base", "基层科普组", "od-kp");
  dept("od-xm-key", "重点项目组", "od-xm");
  dept("od-xm-key-apply", "申报小组", "od-xm-key");
  // 55 stations: more children than one page of 50
  for (let i = 1; i <= 55; i++) dept(`od-st-${String(i).padStart(2, "0")}`, `第${i}服务站`, "od-agent");

  member(["od-lead"], { open_id: "ou_zhou", name: "周建国", job_title: "局长" });
  member(["od-lead"], { name: "钱正清", job_title: "副局长" });
  member(["od-office"], { name: "吴晓梅", job_title: "办公室主任" });
  member(["od-kp"], { open_id: "ou_chen", name: "陈静" });
  member(["od-xm"], { open_id: "ou_liming", name: "李明", enterprise_email: "liming@example.gov.cn" });
  member(["od-xm-key"], { open_id: "ou_zhaoli", name: "赵丽", mobile: "+86 13800000001" });
  member(["od-kp-base"], { open_id: "ou_sunlei", name: "孙磊", user_id: "u_sun" });
  member(["od-kp-youth"], { open_id: "ou_heting", name: "何婷" });
  // Someone in two sections' departments.
  member(["od-kp-youth", "od-xm-key-apply"], { open_id: "ou_both", name: "冯双岗" });
  for (let i = 0; i < 60; i++) member(["od-kp-youth"]); // more members than one page
  for (let i = 0; i < 30; i++) member(["od-kp-base"]);
  for (let i = 0; i < 25; i++) member(["od-xm-key-apply"]);
  for (let i = 0; i < 10; i++) member(["od-xm"]);
  for (let i = 0; i < 40; i++) member(["od-center"]);
  for (let i = 1; i <= 55; i++) member([`od-st-${String(i).padStart(2, "0")}`]);
  member(["0"], { name: "根部门直属" });
  return users;
}

let total = 0;
beforeAll(async () => {
  fake = await startFakeFeishu({ appId: TEST_FEISHU.appId, appSecret: TEST_FEISHU.appSecret });
  total = seedDirectory(fake);
});
afterAll(() => fake.close());

function setup() {
  const dir = makeTmpDir();
  const orgFile = path.join(dir, "org.json");
  copyFileSync(FEISHU_ORG, orgFile);
  const config = loadConfig({
    DATA_DIR: dir,
    ORG_FILE: orgFile,
    FEISHU_APP_ID: TEST_FEISHU.appId,
    FEISHU_APP_SECRET: TEST_FEISHU.appSecret,
    FEISHU_DOMAIN: fake.url,
  });
  const log = createLogger({ level: "silent" });
  const printed: string[] = [];
  const deps = {
    config,
    log,
    readDirectory: () => readDirectoryWith(config.feishu!, log),
    print: (l: string) => printed.push(l),
    now: () => new Date("2026-11-30T08:00:00Z"),
  };
  return { dir, orgFile, deps, printed };
}

const MAP = ["局领导班子=@leader", "办公室=@admin", "科普宣传科=科普", "项目管理科=rd", "科技服务中心=-"];

describe("roster sync from the Feishu contact directory", () => {
  it("reads every level and page, and proposes a roster with a diff an admin can read", async () => {
    expect(total).toBeGreaterThanOrEqual(200);
    const { orgFile, deps, printed } = setup();
    const before = readFileSync(orgFile, "utf8");
    const result = await runRosterSync({ map: MAP }, deps);
    // Paged: the 55 stations need two pages of children, the 61-member group two pages of users.
    const childPages = fake.calls("department.children").filter((r) => r.path.includes("/od-agent/"));
    expect(childPages).toHaveLength(2);
    const memberPages = fake
      .calls("user.find_by_department")
      .filter((r) => r.query.department_id === "od-kp-youth");
    expect(memberPages).toHaveLength(2);
    expect(fake.calls("department.children").every((r) => Number(r.query.page_size) <= 50)).toBe(true);
    expect(printed[0]).toBe(`飞书通讯录：66 个部门，${total} 人`);

    const text = printed.join("\n");
    // Nothing written without confirmation.
    expect(result.written).toBe(false);
    expect(readFileSync(orgFile, "utf8")).toBe(before);
    expect(text).toContain("未写入：核对无误后加 --yes 重新运行。");
    // New people, by section, with their department path; leaders and the office by role.
    expect(text).toContain("+ 钱正清（局领导·副局长）open_id ou_dir_0002  ← 飞书部门：局领导班子");
    expect(text).toContain("+ 吴晓梅（办公室）");
    expect(text).toContain(
      "+ 冯双岗（科普宣传与培训、科技项目与研发投入）open_id ou_both  ← 飞书部门：局机关/科普宣传科/青少年科普组；局机关/项目管理科/重点项目组/申报小组",
    );
    // Existing people matched by open_id, email, mobile, user_id and unique name gain their ids.
    expect(text).toContain("~ 李明（li-rd）：open_id （空） → ou_liming");
    expect(text).toContain("~ 赵丽（zhao-rd）：open_id （空） → ou_zhaoli");
    expect(text).toContain("~ 孙磊（sun-kp）：open_id （空） → ou_sunlei");
    expect(text).toContain("~ 何婷（he-kp）：open_id （空） → ou_heting；仅按姓名对应，请核对是否同一人");
    expect(text).not.toMatch(/~ 孙磊.*仅按姓名/);
    expect(text).not.toContain("~ 陈静"); // already bound, same section
    // Roster people Feishu does not list are kept and named; the two 王伟 stay.
    expect(text).toMatch(/飞书通讯录中未找到（4 人/); // 林晓梅, 王志强 and the two 王伟
    expect(text).toContain("? 王伟（科技项目与研发投入）");
    // Unmapped departments with counts; the skipped centre is not among them.
    expect(text).toContain("· 乡镇科技特派员/第1服务站（1 人）");
    expect(text).not.toContain("科技服务中心（");
    // 钱正清, 吴晓梅, 冯双岗 and the 125 generated members of mapped departments.
    expect(result.added).toBe(3 + 60 + 30 + 25 + 10);
  });

  it("writes only on --yes: a valid roster, a backup, every mapped person with their open_id", async () => {
    const { orgFile, deps, printed } = setup();
    const result = await runRosterSync({ map: MAP, yes: true }, deps);
    expect(result.written).toBe(true);
    const org = parseOrg(JSON.parse(readFileSync(orgFile, "utf8")));
    const before = parseOrg(JSON.parse(readFileSync(FEISHU_ORG, "utf8")));
    expect(org.people.length).toBe(before.people.length + result.added);
    const both = org.people.find((p) => p.feishu.open_id === "ou_both");
    expect(both).toMatchObject({ role: "staff", sections: ["popsci", "rd"], name: "冯双岗" });
    expect(org.people.find((p) => p.name === "钱正清")).toMatchObject({ role: "leader", title: "副局长" });
    expect(org.people.find((p) => p.id === "li-rd")?.feishu).toMatchObject({
      email: "LiMing@example.gov.cn",
      open_id: "ou_liming",
    });
    expect(org.people.every((p) => p.role !== "staff" || p.sections.length > 0)).toBe(true);
    expect(new Set(org.people.map((p) => p.id)).size).toBe(org.people.length);
    expect(result.backup && readdirSync(path.dirname(orgFile))).toContain(path.basename(result.backup ?? ""));
    expect(printed.at(-1)).toContain("已写入");

    // A second run proposes nothing new.
    const again = await runRosterSync({ map: MAP }, setupFrom(orgFile, deps));
    expect(again.added).toBe(0);
    expect(again.changed).toBe(0);
  });

  it("asks when interactive, and a no leaves the file alone", async () => {
    const { orgFile, deps } = setup();
    const before = readFileSync(orgFile, "utf8");
    const asked: string[] = [];
    const r = await runRosterSync(
      { map: MAP },
      {
        ...deps,
        confirm: async (q) => {
          asked.push(q);
          return false;
        },
      },
    );
    expect(asked[0]).toContain(orgFile);
    expect(r.written).toBe(false);
    expect(readFileSync(orgFile, "utf8")).toBe(before);
  });

  it("refuses to write with mapping mistakes and says which", async () => {
    const { orgFile, deps, printed } = setup();
    const before = readFileSync(orgFile, "utf8");
    const r = await runRosterSync({ map: [...MAP, "不存在的科=科普", "办公室=外星科"], yes: true }, deps);
    expect(r.written).toBe(false);
    expect(readFileSync(orgFile, "utf8")).toBe(before);
    const text = printed.join("\n");
    expect(text).toContain("映射「不存在的科」：飞书通讯录中没有这个部门");
    expect(text).toContain("映射「办公室=外星科」：名册中没有这个科室");
    expect(text).toContain("部门映射有误，未写入");
  });
});

function setupFrom(orgFile: string, deps: ReturnType<typeof setup>["deps"]) {
  return { ...deps, config: { ...deps.config, orgFile }, print: () => {} };
}
