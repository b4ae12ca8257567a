import { ensureNode24 } from '../../testing/node24.js';

export default async function setup(): Promise<void> {
  await ensureNode24();
}
