import type { ToolModule } from '../types.js';

/** What the TypeScript runner needs beyond the tool specs. */
export interface TypeScriptData {
  /** Source placed before the tool wrappers: `import type` of the types the signatures use, copies of unexported ones. */
  prelude: string[];
  /** Tools that are objects with an `execute(args)` method (Vercel AI SDK style), by name. */
  tool_objects: string[];
  /** The type parameters of generic tools, by tool name, as their wrappers declare them: `<T extends { id: number }>`. */
  type_parameters: Record<string, string>;
  /** Tools that are public methods of an exported class instance. */
  instance_methods: InstanceMethod[];
  /** Classes extending Error that the module exports or its tools' `@throws` name, which the runner gives type guards. */
  error_classes: ErrorClass[];
}

/** An error class: the `name` its errors arrive with, and the type the runner names it by. */
export interface ErrorClass {
  name: string;
  type: string;
}

/** A tool served by calling `method` on the exported `instance`. */
export interface InstanceMethod {
  tool: string;
  instance: string;
  method: string;
}

export type TypeScriptModule = ToolModule<TypeScriptData>;
