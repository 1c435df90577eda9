import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/load-config.js";
import { parseOrg } from "../src/domain/org.js";
import exampleOrg from "../data/org.example.json" with { type: "json" };

describe("loadConfig", () => {
  it("works with an empty environment: offline, console, example roster", () => {
    const c = loadConfig({}, "/tmp/nowhere");
    expect(c.dataDir).toBe("/tmp/nowhere/data");
    expect(c.orgIsExample).toBe(true);
    expect(c.orgFile).toMatch(/org\.example\.json$/);
    expect(c.llm.apiKey).toBeUndefined();
    expect(c.feishu).toBeUndefined();
    expect(c.timezone).toBe("Asia/Shanghai");
    expect(c.reminders.remindCron).toBe("0 16 * * 5");
  });

  it("treats empty strings as unset (a copied .env.example works as is)", () => {
    const c = loadConfig({ OPENAI_API_KEY: "", FEISHU_APP_ID: "", PORT: "" });
    expect(c.llm.apiKey).toBeUndefined();
    expect(c.feishu).toBeUndefined();
    expect(c.port).toBe(3000);
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ OPENAI_BASE_URL: "not a url" }, "OPENAI_BASE_URL"],
    [{ FEISHU_APP_ID: "app123" }, "FEISHU_APP_ID"],
    [{ FEISHU_APP_ID: "cli_0123456789abcdef" }, "FEISHU_APP_SECRET"],
    [
      { FEISHU_APP_ID: "cli_0123456789abcdef", FEISHU_APP_SECRET: "s", FEISHU_MODE: "webhook" },
      "FEISHU_ENCRYPT_KEY",
    ],
    [
      {
        FEISHU_APP_ID: "cli_0123456789abcdef",
        FEISHU_APP_SECRET: "s",
        FEISHU_MODE: "webhook",
        FEISHU_VERIFICATION_TOKEN: "token-only",
      },
      "FEISHU_ENCRYPT_KEY",
    ],
    [{ FEISHU_MODE: "smoke-signals" }, "FEISHU_MODE"],
    [{ TIMEZONE: "Mars/Olympus" }, "TIMEZONE"],
    [{ LLM_CONCURRENCY: "0" }, "LLM_CONCURRENCY"],
    [{ FEISHU_DOC_FOLDER: "https://x.feishu.cn/drive/folder/abc" }, "FEISHU_DOC_FOLDER"],
    [{ DATABASE_URL: "mysql://u:p@db/zongjie" }, "DATABASE_URL"],
  ])("names the bad setting %j", (env, name) => {
    expect(() => loadConfig(env)).toThrowError(new RegExp(name));
  });

  it("resolves Feishu domains and collects secrets for log masking", () => {
    const c = loadConfig({
      FEISHU_APP_ID: "cli_0123456789abcdef",
      FEISHU_APP_SECRET: "app-secret-value",
      FEISHU_DOMAIN: "lark",
      OPENAI_API_KEY: "sk-test-1234",
    });
    expect(c.feishu?.domain).toBe("https://open.larksuite.com");
    expect(c.feishu?.mode).toBe("ws");
    expect(c.feishu?.docFolder).toBeUndefined();
    expect(
      loadConfig({
        FEISHU_APP_ID: "cli_0123456789abcdef",
        FEISHU_APP_SECRET: "s",
        FEISHU_DOC_FOLDER: "fldcnAb12",
      }).feishu?.docFolder,
    ).toBe("fldcnAb12");
    expect(c.secrets).toEqual(expect.arrayContaining(["app-secret-value", "sk-test-1234"]));
  });
});

describe("DATABASE_URL", () => {
  it("unset: the embedded store; set: the PostgreSQL store, its password masked in logs", () => {
    expect(loadConfig({}).database).toBeUndefined();
    const c = loadConfig({ DATABASE_URL: "postgres://bot:p%40ss-word@db.example:5432/zongjie" });
    expect(c.database).toEqual({
      url: "postgres://bot:p%40ss-word@db.example:5432/zongjie",
      takeOverAfterMs: 30_000,
    });
    expect(c.secrets).toContain("p@ss-word");
    const quick = loadConfig({ DATABASE_URL: "postgres://b@db/z", INBOX_TAKEOVER_SEC: "5" });
    expect(quick.database?.takeOverAfterMs).toBe(5_000);
    expect(() => loadConfig({ DATABASE_URL: "postgres://b@db/z", INBOX_TAKEOVER_SEC: "0" })).toThrow(
      /INBOX_TAKEOVER_SEC/,
    );
  });

  it("a bad value is named without echoing the password", () => {
    const err = (() => {
      try {
        loadConfig({ DATABASE_URL: "postgres://bot:hunter22 x@db/zongjie" });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toContain("DATABASE_URL");
    expect(err?.message).not.toContain("hunter22");
  });
});

describe("org roster validation", () => {
  it("the example roster is valid and has 6-10 sections", () => {
    const org = parseOrg(exampleOrg);
    expect(org.sections.length).toBeGreaterThanOrEqual(6);
    expect(org.sections.length).toBeLessThanOrEqual(10);
    expect(org.people.some((p) => p.role === "leader")).toBe(true);
  });

  const base = () =>
    structuredClone(exampleOrg) as {
      sections: { id: string }[];
      people: { id: string; role: string; sections: string[] }[];
    };

  it("rejects an unknown section", () => {
    const o = base();
    o.people[3]!.sections = ["nope"];
    expect(() => parseOrg(o)).toThrowError(/unknown section "nope"/);
  });

  it("rejects duplicate ids", () => {
    const o = base();
    o.people[4]!.id = o.people[3]!.id;
    expect(() => parseOrg(o)).toThrowError(/duplicate person id/);
    const p = base();
    p.sections[1]!.id = p.sections[0]!.id;
    expect(() => parseOrg(p)).toThrowError(/duplicate section id/);
  });

  it("rejects a staff member with no section", () => {
    const o = base();
    o.people[3]!.sections = [];
    expect(() => parseOrg(o)).toThrowError(/at least one section/);
  });

  it("rejects a wrong role", () => {
    const o = base();
    o.people[3]!.role = "boss";
    expect(() => parseOrg(o)).toThrowError(/role/);
  });
});
