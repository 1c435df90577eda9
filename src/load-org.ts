import { readFile } from "node:fs/promises";
import { type Org, parseOrg } from "./domain/org.js";
import { AppError } from "./errors.js";

/** Read and validate the roster file. Throws ORG_INVALID with the file name and every problem. */
export async function loadOrgFile(file: string): Promise<Org> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (e) {
    throw new AppError("ORG_INVALID", `名册文件无法读取 / cannot read roster: ${file}`, {
      cause: e,
      hint: "set ORG_FILE to your roster, or copy data/org.example.json to data/org.json and edit it",
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new AppError(
      "ORG_INVALID",
      `名册文件不是有效的 JSON / roster is not valid JSON: ${file}: ${(e as Error).message}`,
    );
  }
  return parseOrg(json, file);
}
