import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./child.js";

/** Thrown by a benchmark that cannot run yet (a module it measures is missing). */
export class Skip extends Error {}

/**
 * Imports a module of the repository by its path from the repository root (`src/x/y.js`), or
 * throws Skip naming what is missing — so a benchmark whose module has not landed prints
 * "skipped: <why>" instead of failing.
 */
export async function importOrSkip<T>(fromRoot: string, what: string): Promise<T> {
  try {
    return (await import(pathToFileURL(join(REPO_ROOT, fromRoot)).href)) as T;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ERR_MODULE_NOT_FOUND" || /Cannot find module/.test(err.message)) {
      throw new Skip(`${what} not available yet (${err.message.split("\n")[0]})`);
    }
    throw e;
  }
}

export interface BenchResult {
  rows: import("./stats.js").Row[];
  data: unknown;
  notes: string[];
}
