// `npm run bundle`: dist/ (tsc's output, `npm run build`) bundled with esbuild into dist/bundle/,
// for the fastest server start: `node dist/bundle/main.js`. One file per entry and per lazily
// imported part instead of ~200 modules resolved and read one by one, and zod in one piece:
// about a third less CPU before the webhook accepts events (docs/performance.md).
//
// - The heavy SDKs stay outside (imported from node_modules as before): they are loaded after
//   the server is ready or on first use, bundling them gains nothing at start, and the Lark SDK
//   reads its own package.json (for its User-Agent) relative to its file.
// - dist/bundle/ sits two levels below the repository, like every dist/<dir>/ file, so the paths
//   the code computes from its own URL ("../../prompts", "../../data/…") still resolve.
// - CommonJS dependencies bundled into ESM get `require`, `__filename` and `__dirname`.
import { rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// --entry / --outdir: tests bundle src/main.ts into a scratch tree shaped like the repository.
const arg = (name, fallback) =>
  path.resolve(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const entry = arg("entry", path.join(root, "dist/main.js"));
const outdir = arg("outdir", path.join(root, "dist/bundle"));
try {
  statSync(entry);
} catch {
  console.error(`${path.relative(root, entry)} is missing: run \`npm run build\` first`);
  process.exit(1);
}
rmSync(outdir, { recursive: true, force: true });
const t0 = performance.now();
await build({
  entryPoints: [entry],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
  external: ["@larksuiteoapi/node-sdk", "@langchain/*", "langchain", "openai", "docx"],
  banner: {
    js: [
      "import { createRequire as __bundleRequire } from 'node:module';",
      "import { fileURLToPath as __bundlePath } from 'node:url';",
      "import { dirname as __bundleDir } from 'node:path';",
      "const require = __bundleRequire(import.meta.url);",
      "const __filename = __bundlePath(import.meta.url);",
      "const __dirname = __bundleDir(__filename);",
    ].join(" "),
  },
});
console.log(`${path.relative(root, outdir)}/ written in ${Math.round(performance.now() - t0)} ms`);
