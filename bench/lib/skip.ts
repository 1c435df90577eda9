/** Thrown by a benchmark that cannot run yet (a module it measures is missing). */
export class Skip extends Error {}

/** Imports a module of the app, or throws Skip naming what is missing. */
export async function importOrSkip<T>(specifier: string, what: string): Promise<T> {
  try {
    return (await import(specifier)) as T;
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
