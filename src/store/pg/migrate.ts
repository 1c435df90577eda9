import type { PoolClient } from "pg";
import { AppError } from "../../errors.js";
import { withSessionLock } from "./advisory-lock.js";
import { MIGRATIONS, SCHEMA_VERSION, type SqlMigration } from "./schema-sql.js";

/**
 * Brings the database's schema to SCHEMA_VERSION. The versions applied are rows of
 * `schema_migrations`; each pending migration runs in its own transaction together with its row,
 * so it is applied entirely, exactly once. Replicas starting at the same moment queue on an
 * advisory lock: the first applies, the others find nothing left to do.
 *
 * A database whose schema is newer than this bot knows (written by a newer release) is refused
 * with STORE_CORRUPT and left as it is: an old bot must not write into a layout it does not know.
 * Returns the versions applied now.
 */
export async function migrate(
  client: PoolClient,
  label: string,
  log: (msg: string) => void,
  migrations: readonly SqlMigration[] = MIGRATIONS,
): Promise<number[]> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  return withSessionLock(client, "schema-migrations", async () => {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const applied = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...applied);
    if (newest > latest) {
      throw new AppError(
        "STORE_CORRUPT",
        `数据库 ${label} 由更新版本的总结助手建立（结构版本 ${newest}，本程序只认识到 ${latest}），为免损坏数据，拒绝打开 / database schema v${newest} is newer than this bot (v${latest})`,
        { hint: "升级总结助手到与其他副本相同（或更新）的版本后再启动" },
      );
    }
    const done: number[] = [];
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
          m.version,
          m.name,
        ]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw new AppError(
          "STORE_IO",
          `数据库结构升级失败 / migration ${m.version} (${m.name}) failed on ${label}: ${(e as Error).message}`,
          { cause: e, hint: "数据库未被改动（该步骤已整体回滚）；检查数据库用户是否有建表权限" },
        );
      }
      done.push(m.version);
      log(`store: database ${label} migrated to schema v${m.version} (${m.name})`);
    }
    return done;
  });
}

export { SCHEMA_VERSION };
