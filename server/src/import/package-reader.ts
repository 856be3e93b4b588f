import fs from "node:fs";
import path from "node:path";
import { readCsv } from "./csv";
import type { Problem } from "../write/problems";
import { RESOURCES, type ResourceName } from "../write/resources";
import type { PackageTables } from "../write/validate";

export interface PackageDescriptor {
  name: string;
  title: string;
  description?: string;
  licenses?: { name: string; path?: string; title?: string }[];
  resources: { name: string; path: string; schema?: { fields?: { name: string }[] } }[];
}

export interface ReadPackage {
  descriptor: PackageDescriptor | null;
  tables: PackageTables;
  problems: Problem[];
}

/**
 * Reads datapackage.json and the CSV files it lists. A package may hold only some resources (a later package may
 * add batches and events for agencies already stored); each file's header must name the format's fields.
 */
export function readPackage(folder: string): ReadPackage {
  const problems: Problem[] = [];
  const tables: PackageTables = {};
  const descriptorPath = path.join(folder, "datapackage.json");
  if (!fs.existsSync(descriptorPath)) {
    return { descriptor: null, tables, problems: [{ file: "datapackage.json", message: `not found in ${folder}` }] };
  }
  let descriptor: PackageDescriptor;
  try {
    descriptor = JSON.parse(fs.readFileSync(descriptorPath, "utf8")) as PackageDescriptor;
  } catch (error) {
    return {
      descriptor: null,
      tables,
      problems: [{ file: "datapackage.json", message: `is not valid JSON: ${(error as Error).message}` }],
    };
  }
  if (typeof descriptor.name !== "string" || descriptor.name === "") {
    problems.push({ file: "datapackage.json", field: "name", message: "is required" });
  }
  if (!Array.isArray(descriptor.resources) || descriptor.resources.length === 0) {
    problems.push({ file: "datapackage.json", field: "resources", message: "must list at least one resource" });
    return { descriptor, tables, problems };
  }
  for (const resource of descriptor.resources) {
    const spec = RESOURCES.find((r) => r.name === resource.name);
    if (!spec) {
      problems.push({
        file: "datapackage.json",
        field: "resources",
        message: `unknown resource "${resource.name}"; expected one of ${RESOURCES.map((r) => r.name).join(", ")}`,
      });
      continue;
    }
    const file = resource.path || spec.file;
    const filePath = path.join(folder, file);
    if (!fs.existsSync(filePath)) {
      problems.push({ file, message: `listed in datapackage.json but not found` });
      continue;
    }
    try {
      const csv = readCsv(filePath);
      const expected = spec.fields.map((f) => f.name);
      const optional = new Set(spec.fields.filter((f) => "optionalColumn" in f).map((f) => f.name));
      const missing = expected.filter((f) => !csv.header.includes(f) && !optional.has(f));
      const extra = csv.header.filter((f) => !expected.includes(f));
      if (missing.length > 0) problems.push({ file, line: 1, message: `header lacks ${missing.join(", ")}` });
      if (extra.length > 0) problems.push({ file, line: 1, message: `header has unknown columns ${extra.join(", ")}` });
      if (missing.length === 0) tables[resource.name as ResourceName] = csv;
    } catch (error) {
      const e = error as Error & { lines?: number };
      problems.push({ file, line: e.lines, message: `is not valid CSV: ${e.message}` });
    }
  }
  return { descriptor, tables, problems };
}
