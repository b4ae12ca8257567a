import type { Diagnostic, LocatedRegion } from './language.js';
import type { RunnerSource } from './types.js';
/** Why Claude's edit of the runner must not run, stated so that both a person and the model can act on it. */
export interface VerificationFailure {
    message: string;
    details: string;
    /** No repair can fix it (e.g. the tools module itself changed): stop without another attempt. */
    fatal?: boolean;
}
/** The outcome of checking an edit against the generated runner: why it must not run, or where its regions are. */
export type EditVerification = {
    failure: VerificationFailure;
} | {
    regions: LocatedRegion[];
};
/** Checks that need only the generated and the edited text: each a one-line message, or null. */
export declare function checkRunnerEdit(generated: RunnerSource, edited: string): VerificationFailure | null;
/**
 * Checks the edit and locates the protected regions by position. The generated text is fixed regions with editable
 * gaps between them (header, main() and helpers): the edited file must hold each region exactly once, in the generated
 * order, byte for byte, on lines of its own. The regions' lines are then what the language checks skip, and nothing else.
 */
export declare function verifyRunnerEdit(generated: RunnerSource, edited: string): EditVerification;
/** Where each protected region of the generated runner is in the edited text, or why it cannot be located. */
export declare function locateProtectedRegions(generated: RunnerSource, edited: string): EditVerification;
export declare function diagnosticsFailure(fileName: string, diagnostics: Diagnostic[]): VerificationFailure;
export declare function toolsModuleChangedFailure(relativePath: string): VerificationFailure;
export declare function supportFileChangedFailure(name: string): VerificationFailure;
