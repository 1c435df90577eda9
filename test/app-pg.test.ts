import { afterEach, expect, it } from "vitest";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";
import { usePgServer } from "./helpers/use-pg-server.js";

/**
 * The whole app on PostgreSQL (DATABASE_URL), twice on one database — two replicas, each with
 * its own DATA_DIR: a conversation begun on one continues on the other, numbers run on, and one
 * message delivered to both at once is recorded once.
 */
useTmpDirs();
const { describePg, server } = usePgServer();
const apps: TestApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.app.close();
});

const POPSCI =
  "组织科技活动周广场宣传，1500名群众参与，发放科普资料1.2万余份。问题：乡镇场地偏小。下一步计划到集市开展流动科普。";

async function replicas(): Promise<[TestApp, TestApp]> {
  const url = await server().createDatabase("app");
  const a = await makeTestApp({ env: { DATABASE_URL: url } });
  apps.push(a);
  const b = await makeTestApp({ env: { DATABASE_URL: url } });
  apps.push(b);
  return [a, b];
}

describePg("the app on PostgreSQL", () => {
  it("DATABASE_URL opens the PostgreSQL store; a conversation started on one replica is finished on the other", async () => {
    const [a, b] = await replicas();
    expect(a.app.services.store.kind).toBe("postgres");
    expect(b.app.services.store.dataDir).not.toBe(a.app.services.store.dataDir);
    const [card] = await a.say("chen-kp", POPSCI);
    expect(card?.card?.title).toContain("请确认");
    expect(await b.sayText("chen-kp", "确认")).toContain("已确认");
    const [u] = await a.app.services.store.listUpdates({ status: "confirmed" });
    expect(u).toMatchObject({ author: "chen-kp", seq: 1, section: "popsci" });
    await b.say("chen-kp", "开展科普进校园活动3场，覆盖学生860人。");
    expect(await a.sayText("chen-kp", "好的")).toContain("已确认");
    expect((await b.app.services.store.listUpdates({ author: "chen-kp" })).map((x) => x.seq)).toEqual([1, 2]);
  });

  it("one message delivered twice to each replica at once is recorded once", async () => {
    const [a, b] = await replicas();
    const replies = await Promise.all(
      [a, b, a, b].map((r) => r.say("chen-kp", POPSCI, { messageId: "om_twice" })),
    );
    expect(replies.every((r) => r.length > 0)).toBe(true);
    expect(await a.app.services.store.listUpdates({ messageId: "om_twice" })).toHaveLength(1);
  });
});
