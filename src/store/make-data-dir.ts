import { mkdir } from "node:fs/promises";
import { AppError } from "../errors.js";

/** Creates `dir` (and parents) for DATA_DIR; STORE_IO saying so when it cannot be made. */
export async function makeDataDir(dir: string, shown = dir): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new AppError(
      "STORE_IO",
      `无法创建数据目录 / cannot create DATA_DIR ${shown}: ${(e as Error).message}`,
      {
        cause: e,
        hint: "把 DATA_DIR 设为可写的目录 / set DATA_DIR to a writable directory",
      },
    );
  }
}
