import { ensureNode24 } from './node24.js';

export default async function setup(): Promise<void> {
  await ensureNode24();
}
