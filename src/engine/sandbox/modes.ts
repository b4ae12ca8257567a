/** `required`: the program runs under bubblewrap or not at all; `off`: it runs with the job's reach. */
export type SandboxMode = 'required' | 'off';

export const SANDBOX_MODES = ['required', 'off'] as const;
