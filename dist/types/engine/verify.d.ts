import type { Diagnostic } from './language.js';
import type { RunnerSource } from './types.js';
/** Why Claude's edit of the runner must not run, stated so that both a person and the model can act on it. */
export interface VerificationFailure {
    message: string;
    details: string;
    /** No repair can fix it (e.g. the tools module itself changed): stop without another attempt. */
    fatal?: boolean;
}
/** Checks that need only the generated and the edited text: each a one-line message, or null. */
export declare function checkRunnerEdit(generated: RunnerSource, edited: string): VerificationFailure | null;
export declare function diagnosticsFailure(fileName: string, diagnostics: Diagnostic[]): VerificationFailure;
export declare function toolsModuleChangedFailure(relativePath: string): VerificationFailure;
export declare function supportFileChangedFailure(name: string): VerificationFailure;
