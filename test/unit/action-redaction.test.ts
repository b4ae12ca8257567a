import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { redactingStream, safeCut } from '../../src/action/redaction.js';
import { redact } from '../../src/action/report.js';

const SECRETS = ['sk-ant-secret-value-1234', 'ghs_token42'] as const;

/** What a redacting stream writes for `source`. */
async function redactedText(source: Readable, secrets: readonly string[]): Promise<string> {
  const parts: Buffer[] = [];
  await pipeline(source, redactingStream(secrets), async (output: AsyncIterable<Buffer>) => {
    for await (const part of output) parts.push(part);
  });
  return Buffer.concat(parts).toString('utf8');
}

/** Feeds `chunks` one by one through a redacting stream. */
const redactChunks = (chunks: readonly (string | Buffer)[], secrets: readonly string[]) =>
  redactedText(Readable.from(chunks.map((chunk) => Buffer.from(chunk)), { objectMode: false }), secrets);

describe('safeCut', () => {
  it('keeps a cut that no secret straddles', () => {
    expect(safeCut('abc secret def', 3, ['secret'])).toBe(3);
  });

  it('moves a cut inside a secret back to where the secret starts', () => {
    expect(safeCut('abc secret def', 7, ['secret'])).toBe(4);
  });

  it('keeps moving back while the new cut falls inside another secret', () => {
    expect(safeCut('xx abcdefgh', 9, ['efgh', 'bcdef'])).toBe(4);
  });
});

describe('redactingStream', () => {
  it('hides a secret split across two chunks', async () => {
    expect(await redactChunks(['key=sk-ant-secret-', 'value-1234 done'], SECRETS)).toBe('key=*** done');
  });

  it('gives what redact gives for the whole text, wherever the text is split', async () => {
    const text = `start ${SECRETS[0]} middle ${SECRETS[1]}${SECRETS[0]} end ${SECRETS[1]}`;
    for (let split = 0; split <= text.length; split += 1) {
      expect(await redactChunks([text.slice(0, split), text.slice(split)], SECRETS)).toBe(redact(text, SECRETS));
    }
  });

  it('hides secrets when every chunk is a single character', async () => {
    const text = `a ${SECRETS[1]} b ${SECRETS[0]}`;
    expect(await redactChunks(Array.from(text), SECRETS)).toBe('a *** b ***');
  });

  it('keeps a multi-byte character split across chunks whole', async () => {
    const bytes = Buffer.from(`é ${SECRETS[1]} ✓`);
    const chunks = [bytes.subarray(0, 1), bytes.subarray(1, 6), bytes.subarray(6, bytes.length - 1), bytes.subarray(bytes.length - 1)];
    expect(await redactChunks(chunks, SECRETS)).toBe('é *** ✓');
  });

  it('passes text through unchanged when there is no secret to hide', async () => {
    expect(await redactChunks(['abc', 'def'], ['', 'ab'])).toBe('abcdef');
  });

  it('redacts a file read in chunks smaller than the secret', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-redaction-'));
    try {
      const source = path.join(dir, 'execution.log');
      const lines = Array.from({ length: 50 }, (_, index) => `line ${index} ${index % 7 === 0 ? SECRETS[0] : 'plain'}\n`).join('');
      await writeFile(source, lines);
      const redacted = await redactedText(createReadStream(source, { highWaterMark: 5 }), SECRETS);
      expect(redacted).toBe(redact(lines, SECRETS));
      expect(redacted).not.toContain('value-1234');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
