// Stands in for prettier in the bundle: json-schema-to-typescript requires it at load, but the engine compiles
// MCP schemas with `format: false`, so prettier (about 8 MB with its plugins) is never called.
export function format() {
  throw new Error('prettier is not bundled: compile JSON schemas with format: false');
}
