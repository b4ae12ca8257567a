import { z } from 'zod';
import type { ExecutionCommand, LanguageContext, LanguageSupport } from './language.js';
import { type SandboxLayout } from './sandbox.js';
import { type RunnerReport, type ToolModule } from './types.js';
/** The largest message the program and the host may send each other. */
export declare const MAX_MESSAGE_BYTES: number;
export interface LaunchSpec {
    tools: string;
    program: string[];
    program_env: Record<string, string>;
    cwd: string;
    journal: string;
    report: string;
    max_message_bytes: number;
    /** The host's descriptor on which the engine serves MCP calls, or null when the run has no MCP servers. */
    mcp_fd: number | null;
    /** The call names of the MCP tools (`server.tool`), which the host forwards on `mcp_fd`. */
    mcp_tools: string[];
}
export declare const HostReportSchema: z.ZodObject<{
    trace: z.ZodArray<z.ZodObject<{
        tool: z.ZodString;
        args: z.ZodUnknown;
        ok: z.ZodBoolean;
        result: z.ZodOptional<z.ZodUnknown>;
        error: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        start_ms: z.ZodNumber;
        duration_ms: z.ZodNumber;
        replayed: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>;
    replayed: z.ZodNumber;
    result: z.ZodNullable<z.ZodObject<{
        ok: z.ZodBoolean;
        output: z.ZodOptional<z.ZodUnknown>;
        output_note: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        error: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodString;
            message: z.ZodString;
            traceback: z.ZodString;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
    stopped: z.ZodOptional<z.ZodNullable<z.ZodString>>;
}, z.core.$strip>;
export type HostReport = z.infer<typeof HostReportSchema>;
/** The host's report as the engine reports a program: its result (or a failure without one) and the host's trace. */
/** The program's report as the engine uses it, with why the host stopped it early if it did. */
export type ProgramReport = RunnerReport & {
    stopped: string | null;
};
export declare function runnerReport(report: HostReport): ProgramReport;
export interface HostLaunch {
    language: LanguageSupport;
    module: ToolModule;
    runnerPath: string;
    context: LanguageContext;
    /** Null runs the program without a sandbox (`sandbox: off`). */
    sandbox: Omit<SandboxLayout, 'readable' | 'workspaceFiles'> | null;
    /** Files of the runner beside it that the program imports. */
    supportFiles: string[];
    specPath: string;
    journalPath: string;
    reportPath: string;
}
/** Writes the launch spec and returns the host command that reads it. */
export declare function prepareHost(launch: HostLaunch): Promise<ExecutionCommand>;
