// A graphql-codegen plugin: the schema's own descriptions as a data dictionary (JSON) that the methodology page
// renders. Generated with the typed documents, so the dictionary is never out of step with the API.
const { isEnumType, isInputObjectType, isObjectType, isScalarType } = require("graphql");

function typeKind(type) {
  if (isObjectType(type)) return "object";
  if (isInputObjectType(type)) return "input";
  if (isEnumType(type)) return "enum";
  if (isScalarType(type)) return "scalar";
  return "other";
}

function field(f) {
  return {
    name: f.name,
    type: String(f.type),
    description: f.description ?? null,
    args: (f.args ?? []).map((a) => ({ name: a.name, type: String(a.type), description: a.description ?? null })),
  };
}

const BUILT_IN_SCALARS = new Set(["String", "Int", "Float", "Boolean", "ID"]);

module.exports = {
  plugin(schema) {
    const types = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith("__") && !BUILT_IN_SCALARS.has(type.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((type) => {
        const kind = typeKind(type);
        const entry = { name: type.name, kind, description: type.description ?? null };
        if (kind === "object" || kind === "input") {
          entry.fields = Object.values(type.getFields()).map(field);
        }
        if (kind === "enum") {
          entry.values = type.getValues().map((v) => ({ name: v.name, description: v.description ?? null }));
        }
        return entry;
      });
    return `${JSON.stringify({ types }, null, 2)}\n`;
  },
};
