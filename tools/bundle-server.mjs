// `npm run build` (after tsc has type-checked src/): src/main.ts and src/cli.ts bundled with
// esbuild into dist/main.js and dist/cli.js, what `npm run serve` (node dist/main.js) and the
// server's command line (node dist/cli.js) run. One file per entry and per lazily imported part
// (dist/chunks/) instead of ~200 modules resolved and read one by one, and zod in one piece:
// the webhook accepts events with about a third less CPU (docs/performance.md).
//
// - The heavy SDKs stay outside (loaded from node_modules as before): they are loaded after the
//   server is ready or on first use, bundling them gains nothing at start, and the Lark SDK
//   reads its own package.json (for its User-Agent) relative to its file.
// - prompts/ and data/ are found from the project's package.json (src/repo-path.ts), not from a
//   fixed depth, so they resolve from dist/, dist/chunks/ and src/ alike.
// - CommonJS dependencies bundled into ESM get `require`, `__filename` and `__dirname`.
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// --outdir: tests build into a scratch tree shaped like the repository.
const outdir = path.resolve(
  process.argv.find((a) => a.startsWith("--outdir="))?.slice("--outdir=".length) ?? path.join(root, "dist"),
);
rmSync(outdir, { recursive: true, force: true });
const t0 = performance.now();
await build({
  entryPoints: [path.join(root, "src/main.ts"), path.join(root, "src/cli.ts")],
  outdir,
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
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
console.log(`${path.relative(root, outdir) || "."}/ written in ${Math.round(performance.now() - t0)} ms`);
