import { createRequire } from "node:module";

export type LarkSdk = typeof import("@larksuiteoapi/node-sdk");

let sdk: LarkSdk | undefined;

/**
 * The Lark SDK, loaded on first call with `require`, not `import()`: it is one 6 MB CommonJS
 * file, and an ESM import of CommonJS first runs Node's export scanner over the whole source —
 * measured on Node 20, `import()` cost ~400 ms of CPU and ~65 MB of RSS where `require` costs
 * ~155 ms and ~33 MB (docs/performance.md). The module and its exports are the same either way.
 */
export function loadLarkSdk(): LarkSdk {
  sdk ??= createRequire(import.meta.url)("@larksuiteoapi/node-sdk") as LarkSdk;
  return sdk;
}
