// Stands in for zod's index of locales (about 370 kB) in the bundle: zod re-exports it as `z.locales`, which the
// code never reads, and loads the English messages it uses from their own module, which stays bundled.
export {};
