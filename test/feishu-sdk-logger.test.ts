import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/load-config.js";
import { draftingFeature } from "../src/drafting/drafting-feature.js";
import { createLogger } from "../src/log.js";
import { FEISHU_ORG } from "./fakes/feishu-harness.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Every lark.Client the app builds logs through our logger (masked secrets), never through the
 * SDK's console logger — including the drafting feature's client for Feishu doc export.
 */
useTmpDirs();

const SECRET = "AppSecretForSdkLogger9xK4mR8w";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the drafting feature's Feishu client", () => {
  it("logs through our masked logger, at error level and above only, never to the console", async () => {
    const consoleSpies = (["log", "info", "warn", "error", "debug", "trace"] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    const config = loadConfig({
      DATA_DIR: makeTmpDir(),
      ORG_FILE: FEISHU_ORG,
      LOG_LEVEL: "debug",
      FEISHU_APP_ID: "cli_a1b2c3d4e5f60718",
      FEISHU_APP_SECRET: SECRET,
      FEISHU_DOMAIN: "http://127.0.0.1:9",
      REMINDERS_ENABLED: "false",
    });
    const lines: string[] = [];
    const log = createLogger({ level: "debug", secrets: config.secrets, sink: (l) => lines.push(l) });
    const app = await createApp({ config, log, features: [draftingFeature] });
    try {
      const docx = (app.services.features.drafting as { docx?: { client: unknown } } | undefined)?.docx;
      expect(docx).toBeDefined();
      // The SDK client is made on first use (the SDK is not imported at start): make it now.
      const real = await (docx?.client as { load: () => Promise<unknown> }).load();
      const sdkLog = (real as { logger: Record<string, (...a: unknown[]) => void> }).logger;
      lines.length = 0;
      sdkLog.error?.("token request failed", { app_secret: SECRET });
      sdkLog.info?.("below the client's level: dropped");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain("lark sdk: token request failed");
      expect(lines[0]).not.toContain(SECRET);
      for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
    } finally {
      await app.close();
    }
  });
});
