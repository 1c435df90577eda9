import { execFileSync, spawnSync } from "node:child_process";
import {
  accessSync,
  existsSync,
  chmodSync,
  chownSync,
  constants,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import pg from "pg";
import { freePort } from "./free-port.js";

/**
 * A throw-away PostgreSQL server for tests and the bench: `initdb` into a fresh temp dir, started
 * with `pg_ctl` on 127.0.0.1 (a free port) with its unix socket in that dir, fsync off (unless
 * `durable`). The
 * superuser `zongjie` has a password (scram), so connection strings look like production ones.
 *
 * Binaries are found on PATH or under /usr/lib/postgresql/<version>/bin (Debian's layout, highest
 * version first). PostgreSQL refuses to run as root: as root, initdb and the server run as the
 * `postgres` user (Debian's package creates it; else `nobody`) via `runuser`, with the data dir
 * given to that user. `stop()` shuts the server down and removes the dir.
 */
export interface PgServer {
  /** postgres://zongjie:…@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  readonly host: string;
  readonly port: number;
  readonly password: string;
  /** A new empty database on this server; its URL. */
  createDatabase(prefix?: string): Promise<string>;
  /** Runs SQL as the superuser on `database` (default: postgres). */
  sql(text: string, params?: unknown[], database?: string): Promise<pg.QueryResult>;
  /** An outage: stops the server, keeping its data; `resume` starts it again on the same port. */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

export interface PgBinaries {
  dir: string;
  initdb: string;
  pgCtl: string;
}

const NEEDED = ["initdb", "pg_ctl", "postgres"] as const;

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A directory holding initdb, pg_ctl and postgres, or undefined when this machine has none. */
export function findPgBinaries(env: NodeJS.ProcessEnv = process.env): PgBinaries | undefined {
  const candidates = (env.PATH ?? "").split(delimiter).filter(Boolean);
  try {
    const versions = readdirSync("/usr/lib/postgresql")
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  } catch {
    // no Debian layout
  }
  for (const dir of candidates) {
    if (NEEDED.every((b) => executable(join(dir, b)))) {
      return { dir, initdb: join(dir, "initdb"), pgCtl: join(dir, "pg_ctl") };
    }
  }
  return undefined;
}

/** Why PostgreSQL tests cannot run here, for a visible skip message. */
export const NO_PG_REASON =
  "PostgreSQL binaries (initdb, pg_ctl, postgres) not found on PATH or under /usr/lib/postgresql/*/bin — install Debian's `postgresql` package to run these tests";

/** The user the server runs as: ourselves, or as root an unprivileged account. */
function serverUser(): string | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  for (const name of ["postgres", "nobody"]) {
    if (spawnSync("id", ["-u", name]).status === 0) return name;
  }
  throw new Error("running as root and neither a `postgres` nor a `nobody` user exists to run PostgreSQL");
}

function run(user: string | undefined, cmd: string, args: string[], cwd: string): void {
  const [file, argv] = user ? ["runuser", ["-u", user, "--", cmd, ...args]] : [cmd, args];
  const r = spawnSync(file, argv, { cwd, encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args[0] ?? ""} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout || r.error}`,
    );
  }
}

let dbCounter = 0;

export interface PgServerOptions {
  /** Durable commits (fsync, synchronous_commit): for the bench. Tests run without (default false). */
  durable?: boolean;
}

export async function startPgServer(bins: PgBinaries, opts: PgServerOptions = {}): Promise<PgServer> {
  const user = serverUser();
  const root = mkdtempSync(join(tmpdir(), "zongjie-pg-"));
  const data = join(root, "data");
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  try {
    if (user) {
      // The server's user must reach the dir: the temp dirs above it are root's (0700).
      grantTraverse(root);
      const id = execFileSync("id", ["-u", user], { encoding: "utf8" }).trim();
      const gid = execFileSync("id", ["-g", user], { encoding: "utf8" }).trim();
      chownSync(root, Number(id), Number(gid));
    }
    const pwfile = join(root, "pwfile");
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (user) chownSync(pwfile, statSync(root).uid, statSync(root).gid);
    run(
      user,
      bins.initdb,
      [
        "-D",
        data,
        "-U",
        "zongjie",
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync",
      ],
      root,
    );
    rmSync(pwfile);
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const settings = [
        `-p ${port}`,
        "-c listen_addresses=127.0.0.1",
        `-c unix_socket_directories=${root}`,
        ...(opts.durable ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
        "-c max_connections=200",
        "-c shared_buffers=32MB",
      ].join(" ");
      const start = () =>
        run(
          user,
          bins.pgCtl,
          ["start", "-D", data, "-w", "-t", "60", "-l", join(root, "server.log"), "-o", settings],
          root,
        );
      try {
        start();
        return makeServer({ bins, user, root, data, port, password, start });
      } catch (e) {
        lastError = e; // most likely the port was taken meanwhile: try another
      }
    }
    throw lastError;
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
}

/** Adds o+x to every ancestor of `dir` inside the OS temp dir that lacks it (root-owned 0700 run dirs). */
function grantTraverse(dir: string): void {
  const base = tmpdir();
  for (let p = dir; p.startsWith(base) && p !== "/"; p = join(p, "..")) {
    const mode = statSync(p).mode;
    if ((mode & 0o001) === 0) chmodSync(p, (mode & 0o7777) | 0o011);
    if (p === base) break;
  }
}

function makeServer(o: {
  bins: PgBinaries;
  user: string | undefined;
  root: string;
  data: string;
  port: number;
  password: string;
  start: () => void;
}): PgServer {
  const { bins, user, root, data, port, password } = o;
  const host = "127.0.0.1";
  const url = (database = "postgres") =>
    `postgres://zongjie:${encodeURIComponent(password)}@${host}:${port}/${database}`;
  const sql = async (text: string, params: unknown[] = [], database = "postgres") => {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    try {
      return await client.query(text, params);
    } finally {
      await client.end();
    }
  };
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stopNow);
    try {
      if (existsSync(join(data, "postmaster.pid")))
        run(user, bins.pgCtl, ["stop", "-D", data, "-m", "immediate", "-w", "-t", "60"], root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  // A test process that exits without stop() (a crash, a forgotten afterAll) still takes its server down.
  process.on("exit", stopNow);
  return {
    url,
    host,
    port,
    password,
    sql,
    async createDatabase(prefix = "t") {
      dbCounter += 1;
      const name = `${prefix}_${process.pid}_${dbCounter}`;
      await sql(`CREATE DATABASE ${name}`);
      return url(name);
    },
    pause() {
      run(user, bins.pgCtl, ["stop", "-D", data, "-m", "fast", "-w", "-t", "60"], root);
    },
    resume() {
      o.start();
    },
    async stop() {
      stopNow();
    },
  };
}
