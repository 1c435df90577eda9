import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_NAME = "zongjie-bot";
const roots = new Map<string, string>();

/**
 * A path inside the project directory (prompts/, data/…), found from a module's own URL by
 * walking up to the directory whose package.json is this project's. The same call works from
 * src/ (tsx), from the bundled dist/main.js and dist/cli.js and from their chunks in
 * dist/chunks/, whatever depth esbuild puts the calling code at.
 */
export function repoPath(moduleUrl: string, ...parts: string[]): string {
  const start = path.dirname(fileURLToPath(moduleUrl));
  let root = roots.get(start);
  if (root === undefined) {
    root = findRoot(start) ?? path.resolve(start, "../..");
    roots.set(start, root);
  }
  return path.join(root, ...parts);
}

function findRoot(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      try {
        if ((JSON.parse(readFileSync(file, "utf8")) as { name?: unknown }).name === PACKAGE_NAME) return dir;
      } catch {
        // Not JSON: not ours; keep looking.
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}
