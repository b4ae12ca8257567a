import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  ElicitationRecordSchema,
  MAX_ELICITATIONS_PER_CALL,
  external_exports
} from "./chunk-6BKRNGNI.js";

// src/engine/types.ts
var ToolParamSchema = external_exports.object({
  name: external_exports.string(),
  kind: external_exports.enum(["positional_only", "positional_or_keyword", "var_positional", "keyword_only", "var_keyword"]),
  /** The annotation or type exactly as written in the tools module, or null when absent. */
  annotation: external_exports.string().nullable(),
  /** Source text of the default value, or null when the parameter has none. */
  default: external_exports.string().nullable(),
  /** Per-parameter documentation (JSDoc @param), when the language has it. */
  doc: external_exports.string().nullable().default(null)
});
var ToolSpecSchema = external_exports.object({
  name: external_exports.string(),
  params: external_exports.array(ToolParamSchema),
  returns: external_exports.string().nullable(),
  doc: external_exports.string(),
  async: external_exports.boolean(),
  /** A remark the model or a reviewer should see (e.g. a type that could not be rendered). */
  note: external_exports.string().nullable().default(null),
  /** Parameters whose type is missing or Any, plus 'return' when the result is: the model has to guess these. */
  untyped: external_exports.array(external_exports.string()).default([])
});
var LANGUAGES = ["typescript", "python"];
var TraceEntrySchema = external_exports.object({
  tool: external_exports.string(),
  args: external_exports.unknown(),
  ok: external_exports.boolean(),
  result: external_exports.unknown().optional(),
  error: external_exports.string().nullable().optional(),
  /** Milliseconds from the program's start to the call's start. */
  start_ms: external_exports.number(),
  duration_ms: external_exports.number(),
  /** Answered from an earlier attempt's identical call instead of calling the tool again. */
  replayed: external_exports.boolean().optional(),
  /** An MCP call's elicitations, each with the answer the run's policy gave. */
  elicitations: external_exports.array(ElicitationRecordSchema).max(MAX_ELICITATIONS_PER_CALL).optional()
});

export {
  ToolSpecSchema,
  LANGUAGES,
  TraceEntrySchema
};
