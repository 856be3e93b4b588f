import "reflect-metadata";
import path from "node:path";
import { loadConfig } from "../src/config";
import { startServer } from "../src/server";
startServer({ ...loadConfig({}), databaseUrl: null, embeddedDataDir: "memory://", port: 4517, logLevel: "info", seedDir: path.resolve(__dirname, "..", "..", "data", "seed"), webDistDir: "/nonexistent" }).then((s) => console.log("up", s.url));
