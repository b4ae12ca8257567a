import type { ToolModule } from '../types.js';

/** What the Python runner needs beyond the tool specs. */
export interface PythonData {
  /** The module defines `codemode_deps()`, whose value becomes `ctx.deps`. */
  has_deps: boolean;
  /** Tools whose first parameter receives the context object (`ctx` / `RunContext[...]`), hidden from the model. */
  context_tools: string[];
  /** Names of the tools module that the signatures use, bound in the runner to the module's own objects. */
  bindings: string[];
  /** Declared classes the tools module does not hold by name, bound in the runner to the class in its own module. */
  type_imports: { module: string; name: string }[];
  /**
   * Exception classes the runner binds: those the tools module holds (`held`, under `name`) and those its docstrings
   * name from other modules. `module` is "tools" for the tools module's own; a tool's exception arrives as this class.
   */
  exceptions: PythonException[];
}

export interface PythonException {
  name: string;
  module: string;
  qualname: string;
  held: boolean;
}

export type PythonModule = ToolModule<PythonData>;
