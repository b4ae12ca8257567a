// Preloaded into the action's process: writes its own peak resident set (kB) when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  writeFileSync(process.env.CODEMODE_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
