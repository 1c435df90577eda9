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
// - zod's 60-odd locales (~370 KB, ~14 ms of CPU to load) are not bundled: English is (the
//   messages the product shows); any other is required from node_modules when first asked for
//   (`z.locales.fr()`), so `z.locales` keeps working. Bundled, every locale would be loaded before
//   the server accepts events: zod's core, which the settings' and the inbox's zod/mini schemas
//   need, lists them.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// --outdir: tests build into a scratch tree shaped like the repository.
const outdir = path.resolve(
  process.argv.find((a) => a.startsWith("--outdir="))?.slice("--outdir=".length) ?? path.join(root, "dist"),
);
rmSync(outdir, { recursive: true, force: true });
/** zod/v4/locales/index.js → English bundled, the others required from node_modules on demand. */
const lazyZodLocales = {
  name: "lazy-zod-locales",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: path.resolve(path.dirname(args.importer), args.path), namespace: "zod-locales" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => {
      const names = [...readFileSync(args.path, "utf8").matchAll(/default as (\w+) } from "\.\/([\w-]+)\.js"/g)];
      const lines = [
        `import en from ${JSON.stringify(path.join(path.dirname(args.path), "en.js"))};`,
        "import { createRequire } from 'node:module';",
        "const load = (file) => { const m = createRequire(import.meta.url)(`zod/v4/locales/${file}.cjs`); return (m.default ?? m)(); };",
        "export { en };",
        ...names.filter(([, n]) => n !== "en").map(([, n, file]) => `export const ${n} = () => load(${JSON.stringify(file)});`),
      ];
      return { contents: lines.join("\n"), loader: "js", resolveDir: path.dirname(args.path) };
    });
  },
};

const t0 = performance.now();
// --metafile: esbuild's account of what went into which file, written to <outdir>/meta.json.
const metafile = process.argv.includes("--metafile");
const result = await build({
  metafile,
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
  plugins: [lazyZodLocales],
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
if (metafile) writeFileSync(path.join(outdir, "meta.json"), JSON.stringify(result.metafile));
console.log(`${path.relative(root, outdir) || "."}/ written in ${Math.round(performance.now() - t0)} ms`);
