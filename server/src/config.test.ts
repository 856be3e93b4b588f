import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("defaults to the embedded database on 127.0.0.1:4000", () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeNull();
    expect(config.host).toBe("127.0.0.1");
    expect(config.port).toBe(4000);
    expect(config.embeddedDataDir).toMatch(/\.data[/\\]pglite$/);
    expect(config.trustProxy).toBe(false);
  });

  it("takes relative paths from where the command was run", () => {
    const config = loadConfig({ INIT_CWD: "/somewhere", SEED_DIR: "packages/mine", EMBEDDED_DATA_DIR: "db" });
    expect(config.seedDir).toBe(path.resolve("/somewhere/packages/mine"));
    expect(config.embeddedDataDir).toBe(path.resolve("/somewhere/db"));
    expect(loadConfig({ EMBEDDED_DATA_DIR: "memory://" }).embeddedDataDir).toBe("memory://");
  });

  it.each([
    [{ PORT: "http" }, /PORT must be a whole number from 0 to 65535, got "http"/],
    [{ PORT: "70000" }, /PORT must be a whole number/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be silent, info or debug, got "loud"/],
    [{ API_MAX_DEPTH: "1" }, /API_MAX_DEPTH must be a whole number from 2 to 100/],
    [{ TRUST_PROXY: "maybe" }, /TRUST_PROXY must be a whole number/],
  ])("refuses %o with a message naming the setting", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
