import fs from "node:fs";
import path from "node:path";
import type { Problem } from "../write/problems";
import { RESOURCES, type ResourceSpec } from "../write/resources";

export interface PackageDescriptor {
  name: string;
  title: string;
  description?: string;
  licenses?: { name: string; path?: string; title?: string }[];
  resources: { name: string; path: string; schema?: { fields?: { name: string }[] } }[];
}

export interface PackageFile {
  spec: ResourceSpec;
  /** The file's name as problems give it. */
  file: string;
  filePath: string;
}

export interface PackageContents {
  descriptor: PackageDescriptor | null;
  /** The files listed and found, in the order of RESOURCES (the order they are imported in). */
  files: PackageFile[];
  problems: Problem[];
}

/**
 * Reads datapackage.json and finds the CSV files it lists, without reading them (the importer streams them). A
 * package may hold only some resources (a later package may add batches and events for agencies already stored).
 */
export function readPackageContents(folder: string): PackageContents {
  const problems: Problem[] = [];
  const files: PackageFile[] = [];
  const descriptorPath = path.join(folder, "datapackage.json");
  if (!fs.existsSync(descriptorPath)) {
    return { descriptor: null, files, problems: [{ file: "datapackage.json", message: `not found in ${folder}` }] };
  }
  let descriptor: PackageDescriptor;
  try {
    descriptor = JSON.parse(fs.readFileSync(descriptorPath, "utf8")) as PackageDescriptor;
  } catch (error) {
    return {
      descriptor: null,
      files,
      problems: [{ file: "datapackage.json", message: `is not valid JSON: ${(error as Error).message}` }],
    };
  }
  if (typeof descriptor.name !== "string" || descriptor.name === "") {
    problems.push({ file: "datapackage.json", field: "name", message: "is required" });
  }
  if (!Array.isArray(descriptor.resources) || descriptor.resources.length === 0) {
    problems.push({ file: "datapackage.json", field: "resources", message: "must list at least one resource" });
    return { descriptor, files, problems };
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
    files.push({ spec, file, filePath });
  }
  files.sort((a, b) => RESOURCES.indexOf(a.spec) - RESOURCES.indexOf(b.spec));
  return { descriptor, files, problems };
}

/** What a file's header lacks or has too many of, as problems (line 1); `usable` is false when fields are missing. */
export function checkHeader(
  spec: ResourceSpec,
  file: string,
  header: string[],
): { usable: boolean; problems: Problem[] } {
  const problems: Problem[] = [];
  const expected = spec.fields.map((f) => f.name);
  const optional = new Set(spec.fields.filter((f) => "optionalColumn" in f).map((f) => f.name));
  const missing = expected.filter((f) => !header.includes(f) && !optional.has(f));
  const extra = header.filter((f) => !expected.includes(f));
  if (missing.length > 0) problems.push({ file, line: 1, message: `header lacks ${missing.join(", ")}` });
  if (extra.length > 0) problems.push({ file, line: 1, message: `header has unknown columns ${extra.join(", ")}` });
  return { usable: missing.length === 0, problems };
}
