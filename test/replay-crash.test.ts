import { describe, expect, it } from "vitest";
import type { Reply, Services } from "../src/conversation/types.js";
import { getState } from "../src/conversation/state.js";
import type { Store } from "../src/store/types.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Replay after a crash, at the conversation level (issue 9, item 6). The process "dies" before
 * the k-th store write of a message's handling — for every k, including after the last write
 * (the reply was never delivered) — the store is closed and reopened from disk, and the same
 * message (same transport id) is handled again, as the Feishu inbox replays it. The replay must
 * give the answer the message would have given, leave the dialogue where the message would have
 * left it, and never act twice.
 */
useTmpDirs();

const WRITES = new Set(["addUpdate", "addUpdates", "modifyUpdate", "setConversation"]);
const NOW = "2025-03-14T10:00:00+08:00";

class Crash extends Error {}

/** Makes the store throw (as a dying process would stop) at the k-th write from now on. */
function crashAtWrite(services: Services, k: number): { writes: () => number } {
  const real = services.store;
  let n = 0;
  services.store = new Proxy(real, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target);
      if (typeof v !== "function") return v;
      return (...args: unknown[]) => {
        if (WRITES.has(String(prop))) {
          n += 1;
          if (n === k) throw new Crash(`simulated crash before write ${k} (${String(prop)})`);
        }
        return v.apply(target, args);
      };
    },
  }) as Store;
  return { writes: () => n };
}

interface Scenario {
  name: string;
  who: string;
  /** Messages sent (and fully handled) before the one that crashes. */
  setup: string[];
  text: string;
  /** What the answer to the message must say (both the first and the replayed answer). */
  answer: RegExp;
  /** Checks on the store and state after the replay, and a follow-up that must behave. */
  after: (t: TestApp, replay: string) => Promise<void>;
}

const REPORT = "组织科技活动周广场宣传，1500名群众参与，发放科普资料1.2万余份。";
const TWO_SECTIONS = "本月走访县内企业6家，收集企业需求18条。";

const scenarios: Scenario[] = [
  {
    name: "intake: a report becomes one draft and the card is shown",
    who: "chen-kp",
    setup: [],
    text: REPORT,
    answer: /请确认填报内容（#1）/,
    async after(t) {
      const store = t.app.services.store;
      expect(await store.listUpdates()).toHaveLength(1);
      expect(await getState(store, "chen-kp")).toMatchObject({ mode: "confirm" });
      expect(await t.sayText("chen-kp", "好的")).toContain("已确认保存（#1");
    },
  },
  {
    name: "intake: a report for one of two sections asks which, and 「1」 then chooses",
    who: "zhao-zh",
    setup: [],
    text: TWO_SECTIONS,
    answer: /属于哪个科室/,
    async after(t) {
      const store = t.app.services.store;
      expect(await store.listUpdates()).toHaveLength(1);
      expect(await getState(store, "zhao-zh")).toMatchObject({ mode: "choose-section" });
      expect(await t.sayText("zhao-zh", "1")).toContain("请确认填报内容（#1）");
      expect(await store.listUpdates()).toHaveLength(1);
    },
  },
  {
    name: "section answer: 「2」 moves the draft and shows it for confirmation",
    who: "zhao-zh",
    setup: [TWO_SECTIONS],
    text: "2",
    answer: /请确认填报内容（#1）[\s\S]*科技人才与创新环境/,
    async after(t) {
      const store = t.app.services.store;
      expect((await store.findBySeq("zhao-zh", 1))?.section).toBe("talent");
      expect(
        (await store.findBySeq("zhao-zh", 1))?.history.filter((h) => h.action === "section-changed"),
      ).toHaveLength(1);
      expect(await t.sayText("zhao-zh", "确认")).toContain("已确认保存（#1，科技人才与创新环境）");
    },
  },
  {
    name: "confirm: 「确认」 confirms once and the pending state is cleared",
    who: "chen-kp",
    setup: [REPORT],
    text: "确认",
    answer: /已确认保存（#1，科普宣传与培训）/,
    async after(t) {
      const store = t.app.services.store;
      const u = (await store.findBySeq("chen-kp", 1))!;
      expect(u.status).toBe("confirmed");
      expect(u.history.filter((h) => h.action === "confirmed")).toHaveLength(1);
      expect((await getState(store, "chen-kp")).mode).toBe("idle");
      expect(await t.sayText("chen-kp", "好的")).not.toContain("已确认保存");
    },
  },
  {
    name: "confirm: a bare 「好的」 right after the card",
    who: "chen-kp",
    setup: [REPORT],
    text: "好的",
    answer: /已确认保存（#1/,
    async after(t) {
      expect((await t.app.services.store.findBySeq("chen-kp", 1))?.status).toBe("confirmed");
      expect((await getState(t.app.services.store, "chen-kp")).mode).toBe("idle");
    },
  },
  {
    name: "edit: confirming 「修改 1 …」 saves the edit once, keeping the earlier text",
    who: "chen-kp",
    setup: [REPORT, "确认", "修改 1 组织科技活动周广场宣传，1600名群众参与，发放科普资料1.3万份。"],
    text: "确认",
    answer: /已保存修改（#1/,
    async after(t) {
      const u = (await t.app.services.store.findBySeq("chen-kp", 1))!;
      expect(u.originalText).toContain("1600名");
      expect(u.history.filter((h) => h.action === "edited")).toHaveLength(1);
      expect(u.history.find((h) => h.action === "edited")?.previousText).toBe(REPORT);
      expect((await getState(t.app.services.store, "chen-kp")).mode).toBe("idle");
    },
  },
  {
    name: "全部确认 with three drafts: every one confirmed, none twice",
    who: "chen-kp",
    setup: [REPORT, "开展科普进校园活动3场，覆盖学生860人。", "举办科普讲座2场，听众300人。"],
    text: "全部确认",
    answer: /已确认 3 条：#1（科普宣传与培训）、#2（科普宣传与培训）、#3/,
    async after(t) {
      const list = await t.app.services.store.listUpdates({ author: "chen-kp" });
      expect(list.map((u) => u.status)).toEqual(["confirmed", "confirmed", "confirmed"]);
      for (const u of list) expect(u.history.filter((h) => h.action === "confirmed")).toHaveLength(1);
    },
  },
  {
    name: "withdraw: 「删除 1」 withdraws once",
    who: "chen-kp",
    setup: [REPORT, "确认"],
    text: "删除 1",
    answer: /已撤回 #1/,
    async after(t) {
      const u = (await t.app.services.store.findBySeq("chen-kp", 1))!;
      expect(u.status).toBe("withdrawn");
      expect(u.history.filter((h) => h.action === "withdrawn")).toHaveLength(1);
    },
  },
];

scenarios.push(
  {
    name: "guided mode: an answer moves to the next question once",
    who: "chen-kp",
    setup: ["填报"],
    text: "组织科技活动周，开展活动23场次",
    answer: /2\/4/,
    async after(t) {
      expect(await getState(t.app.services.store, "chen-kp")).toMatchObject({ mode: "guided", step: 1 });
      expect(await t.sayText("chen-kp", "参与群众1万人次")).toContain("3/4");
      expect(await t.app.services.store.listUpdates()).toHaveLength(0);
    },
  },
  {
    name: "edit preview: 「修改 1 …」 shows the same preview and keeps the edit pending",
    who: "chen-kp",
    setup: [REPORT, "确认"],
    text: "修改 1 获奖总数比去年增加35%",
    answer: /修改预览（#1）[\s\S]*获奖总数比去年增加35%/,
    async after(t) {
      expect(await getState(t.app.services.store, "chen-kp")).toMatchObject({
        mode: "confirm-edit",
        how: "append",
      });
      expect((await t.app.services.store.findBySeq("chen-kp", 1))?.originalText).toBe(REPORT);
    },
  },
);

const text = (rs: Reply[]) => rs.map((r) => r.text).join("\n");

async function run(s: Scenario, k: number | undefined) {
  const dataDir = makeTmpDir();
  let t = await makeTestApp({ dataDir, now: NOW });
  for (const m of s.setup) await t.say(s.who, m);
  const counter = k === undefined ? undefined : crashAtWrite(t.app.services, k);
  const first = text(await t.say(s.who, s.text, { messageId: "om_crash" }));
  const writes = counter?.writes() ?? 0;
  await t.app.close();
  t = await makeTestApp({ dataDir, now: NOW });
  const replay = text(await t.say(s.who, s.text, { messageId: "om_crash" }));
  return { t, first, replay, writes };
}

describe("a message replayed after a crash between any two of its writes", () => {
  for (const s of scenarios) {
    it(s.name, async () => {
      // Count the writes of an undisturbed run, then crash before each one and after the last.
      const clean = await run(s, Number.MAX_SAFE_INTEGER);
      try {
        expect(clean.first).toMatch(s.answer);
        expect(clean.replay).toMatch(s.answer); // redelivered after it finished: same answer
        await s.after(clean.t, clean.replay);
      } finally {
        await clean.t.app.close();
      }
      expect(clean.writes).toBeGreaterThan(0);
      for (let k = 1; k <= clean.writes; k++) {
        const r = await run(s, k);
        try {
          expect(r.first, `crash before write ${k}`).toContain("出错了");
          expect(r.replay, `replay after a crash before write ${k}`).toMatch(s.answer);
          await s.after(r.t, r.replay);
        } finally {
          await r.t.app.close();
        }
      }
    });
  }
});
