import { describe, expect, it } from "vitest";
import { createLogger } from "../src/log.js";

describe("logger", () => {
  it("masks secrets in messages and in structured data, also when JSON-escaped", () => {
    const lines: string[] = [];
    const secret = 'se"cr\\et-value';
    const log = createLogger({
      level: "debug",
      secrets: [secret, "sk-plainkey"],
      sink: (l) => lines.push(l),
    });
    log.error(`token request failed with sk-plainkey`, {
      config: { appSecret: secret },
      err: new Error(`bad ${secret}`),
    });
    const all = lines.join("\n");
    expect(all).not.toContain("sk-plainkey");
    expect(all).not.toContain(secret);
    expect(all).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(all).toContain("***");
  });

  it("respects the level", () => {
    const lines: string[] = [];
    const log = createLogger({ level: "warn", sink: (l) => lines.push(l) });
    log.info("quiet");
    log.warn("loud");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("WARN loud");
  });
});
