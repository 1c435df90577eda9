import { AppError } from "../../errors.js";

/**
 * What the PostgreSQL store tells users and operators when the database fails: Chinese first,
 * naming the server (host, port, database, user) but never the password.
 */

/** `postgres://user@host:port/db` without the password (or the query string, which may hold one). */
export function safeDatabaseLabel(url: string): string {
  try {
    const u = new URL(url);
    const user = u.username ? `${decodeURIComponent(u.username)}@` : "";
    const host = u.hostname || u.searchParams.get("host") || "localhost";
    const port = u.port ? `:${u.port}` : "";
    return `${u.protocol}//${user}${host}${port}${u.pathname}`;
  } catch {
    return "(DATABASE_URL 无法解析 / not a URL)";
  }
}

/** The password of a DATABASE_URL, for the logger's list of values never to print. */
export function passwordOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.password ? decodeURIComponent(u.password) : undefined;
  } catch {
    return undefined;
  }
}

interface PgLikeError {
  code?: string;
  message?: string;
  errno?: number;
  address?: string;
  port?: number;
}

const CONNECT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ECONNRESET",
]);

/** Turns a failure to connect (or to log in) into STORE_IO with a message a person can act on. */
export function connectError(e: unknown, url: string): AppError {
  const err = (e ?? {}) as PgLikeError;
  const where = safeDatabaseLabel(url);
  const detail = scrub(err.message ?? String(e), url);
  let what: string;
  let hint: string;
  if (err.code === "28P01" || err.code === "28000") {
    what = `无法登录 PostgreSQL 数据库 ${where}：用户名或密码不对 / authentication failed`;
    hint = "检查 DATABASE_URL 中的用户名和密码";
  } else if (err.code === "3D000") {
    what = `PostgreSQL 服务器上没有这个数据库 ${where} / database does not exist`;
    hint = "先创建数据库（createdb 或 CREATE DATABASE），再启动";
  } else if (err.code && CONNECT_CODES.has(err.code)) {
    what = `无法连接 PostgreSQL 数据库 ${where}（${err.code}）/ cannot connect`;
    hint = "检查数据库是否已启动、主机名和端口是否正确、防火墙是否放行";
  } else {
    what = `连接 PostgreSQL 数据库 ${where} 失败 / cannot open the database`;
    hint = "检查 DATABASE_URL 和数据库服务器的日志";
  }
  return new AppError("STORE_IO", `${what}: ${detail}`, { cause: e, hint });
}

/** A failed query, as STORE_IO (the caller's write did not happen). */
export function queryError(e: unknown, url: string, what: string): AppError {
  if (e instanceof AppError) return e;
  const err = (e ?? {}) as PgLikeError;
  return new AppError(
    "STORE_IO",
    `数据库操作失败 / ${what} failed on ${safeDatabaseLabel(url)}: ${scrub(err.message ?? String(e), url)}`,
    { cause: e, hint: "检查数据库服务器是否在运行；未确认的操作没有保存" },
  );
}

/** Removes the password from a driver message (some quote the connection string). */
function scrub(message: string, url: string): string {
  const pw = passwordOf(url);
  return pw ? message.split(pw).join("***") : message;
}

export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string };
  return err?.code === "23505" && (constraint === undefined || err.constraint === constraint);
}
