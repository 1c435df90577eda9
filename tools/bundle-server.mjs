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
// - zod/mini gets its own tree-shaken copy of zod's core (earlyZod), and what the server loads
//   before it accepts events is merged into one file afterwards (mergeIntake): see each below.
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
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => lazyLocalesModule(args.path));
  },
};

function lazyLocalesModule(file) {
  const names = [...readFileSync(file, "utf8").matchAll(/default as (\w+) } from "\.\/([\w-]+)\.js"/g)];
  const lines = [
    'import en from "./en.js";',
    "import { createRequire } from 'node:module';",
    "const load = (file) => { const m = createRequire(import.meta.url)(`zod/v4/locales/${file}.cjs`); return (m.default ?? m)(); };",
    "export { en };",
    ...names.filter(([, n]) => n !== "en").map(([, n, f]) => `export const ${n} = () => load(${JSON.stringify(f)});`),
  ];
  return { contents: lines.join("\n"), loader: "js", resolveDir: path.dirname(file) };
}

/**
 * zod/mini (the settings', the inbox's and the event envelope's schemas — what the server checks
 * before it accepts events) gets its own copy of zod's core, tree-shaken to what those schemas
 * use (~40 KB), instead of sharing classic zod's whole core (~300 KB, ~15 ms of CPU to compile
 * and run) with the processing side. The two copies of the same zod version work together
 * (zod's objects are recognised by their traits, and its settings and registry live on
 * globalThis), so a classic schema may contain a mini one (the dump format contains the inbox
 * entry's).
 */
const earlyZod = {
  name: "early-zod",
  setup(b) {
    const NS = "zod-early";
    b.onResolve({ filter: /^zod\/(mini|v4\/locales\/en\.js)$/ }, async (args) => {
      if (args.namespace === NS || args.pluginData?.early) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { early: true } });
      return r.errors.length ? { errors: r.errors } : { path: r.path, namespace: NS };
    });
    b.onResolve({ filter: /.*/, namespace: NS }, (args) =>
      args.path.startsWith(".")
        ? { path: path.resolve(args.resolveDir, args.path), namespace: NS }
        : args.path.startsWith("node:")
          ? { path: args.path, external: true }
          : { errors: [{ text: `zod-early: unexpected import ${args.path} in ${args.importer}` }] },
    );
    b.onLoad({ filter: /.*/, namespace: NS }, (args) =>
      /[\\/]locales[\\/]index\.js$/.test(args.path)
        ? lazyLocalesModule(args.path)
        : { contents: readFileSync(args.path, "utf8"), loader: "js", resolveDir: path.dirname(args.path) },
    );
  },
};

const t0 = performance.now();
// --metafile: esbuild's account of what went into which file, written to <outdir>/meta.json.
const metafile = process.argv.includes("--metafile");
const result = await build({
  metafile: true,
  absWorkingDir: root,
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
  plugins: [earlyZod, lazyZodLocales],
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
const merged = await mergeIntake(result.metafile);
if (metafile) writeFileSync(path.join(outdir, "meta.json"), JSON.stringify({ ...result.metafile, merged }));
console.log(`${path.relative(root, outdir) || "."}/ written in ${Math.round(performance.now() - t0)} ms`);

/**
 * What the server loads before it accepts events as two files instead of ~17: esbuild splits that
 * code into chunks by which later parts share it, and Node's ES module loader costs about 1 ms of
 * CPU per file (importing the intake took ~25–33 ms split, ~18–20 ms merged; the entry's own
 * chunks ~8.5 ms, ~5.3 ms merged). The entry's chunks are bundled into dist/main.js itself, what
 * it imports before READY (src/intake.ts and its chunks) into dist/chunks/intake-merged.js; each
 * chunk merged is replaced by a stub re-exporting its names from the file it went into — so
 * whatever imports a chunk later (the app, the command line) gets the same module instances, not
 * a second copy. (The command line thereby loads dist/main.js as a module: it only starts the
 * server when it is the program run.)
 */
async function mergeIntake(meta) {
  const outs = meta.outputs;
  const entry = (src) => Object.keys(outs).find((k) => outs[k].entryPoint === src);
  const closure = (start) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of outs[f].imports) if (i.kind === "import-statement" && !i.external) visit(i.path);
    };
    visit(start);
    return seen;
  };
  const abs = (f) => path.resolve(root, f);
  const main = entry("src/main.ts");
  const before = closure(main);
  const early = [...before].filter((f) => f !== main);
  const parts = [...closure(entry("src/intake.ts"))].filter((f) => !before.has(f));
  const dir = path.dirname(abs(entry("src/intake.ts")));
  const file = path.join(dir, "intake-merged.js");
  await mergeChunks(outs, parts.map(abs), file);
  await mergeChunks(outs, early.map(abs), abs(main), abs(main));
  return { file: path.relative(root, file), parts, early: { file: main, parts: early } };
}

/**
 * Bundles the chunk files `parts` (esbuild's output, keyed by absolute path) into `file` — after
 * `lead`, a module importing them, when given — and replaces each by a stub re-exporting its names
 * from `file`. Everything else they import (Node's modules, packages, other chunks, what they
 * import dynamically) stays an import.
 */
async function mergeChunks(outs, parts, file, lead) {
  const key = new Map(Object.keys(outs).map((k) => [path.resolve(root, k), k]));
  const dir = path.dirname(file);
  const ids = new Map(parts.map((f, i) => [f, `m${i}`]));
  if (lead) ids.set(lead, "lead");
  const exportsOf = (f) => outs[key.get(f)].exports;
  const lines = lead ? [`import ${JSON.stringify(lead)};`] : [];
  for (const f of parts)
    lines.push(...exportsOf(f).map((name) => `export { ${name} as ${ids.get(f)}_${name} } from ${JSON.stringify(f)};`));
  // Chunks without exports still run (their side effects), in the order esbuild gave them.
  for (const f of parts) if (exportsOf(f).length === 0) lines.push(`import ${JSON.stringify(f)};`);
  await build({
    stdin: { contents: lines.join("\n"), resolveDir: dir, sourcefile: "merge-chunks-entry.js", loader: "js" },
    outfile: file,
    allowOverwrite: true,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
    plugins: [
      {
        name: "only-the-merged-chunks",
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            const p = /^[./]/.test(args.path) ? path.resolve(args.resolveDir, args.path) : undefined;
            if (args.kind === "import-statement" && p && ids.has(p)) return undefined; // merged
            // Node's modules, packages, other chunks, the parts loaded later: imported.
            return { path: p ? `./${path.relative(dir, p)}` : args.path, external: true };
          });
        },
      },
    ],
  });
  for (const f of parts) {
    const names = exportsOf(f);
    const id = ids.get(f);
    let target = path.relative(path.dirname(f), file);
    if (!target.startsWith(".")) target = `./${target}`;
    writeFileSync(
      f,
      names.length
        ? `export { ${names.map((n) => `${id}_${n} as ${n}`).join(", ")} } from ${JSON.stringify(target)};\n`
        : `import ${JSON.stringify(target)};\n`,
    );
  }
}
