import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { describe, expect, it } from 'vitest';

import { redactingStream } from '../../src/action/redaction.js';
import { base64Forms, redact, redactDeep, redactedValues, safeCut, secretForms, secretValues, urlPasswords } from '../../src/redaction.js';

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
  redactedText(
    Readable.from(
      chunks.map((chunk) => Buffer.from(chunk)),
      { objectMode: false },
    ),
    secrets,
  );

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

describe('what a secret becomes', () => {
  const KEY = 'sk-ant-api03-Unit/Secret+Value_0123456789';
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  const b64url = (text: string) => Buffer.from(text).toString('base64url');
  /** What is left of `text` once redacted, without the *** marks. */
  const left = (text: string, secrets: readonly string[] = [KEY]) => redact(text, secrets).split('***').join('');

  it('hides the exact value', () => {
    expect(redact(`key=${KEY}.`, [KEY])).toBe('key=***.');
  });

  it('hides its base64, standard and URL-safe, padded or not', () => {
    for (const encoded of [b64(KEY), b64(KEY).replace(/=+$/, ''), b64url(KEY)]) expect(redact(`[${encoded}]`, [KEY])).toBe('[***]');
  });

  it('hides its base64 at each of the three alignments inside a longer stream, whatever surrounds it', () => {
    for (const before of ['', 'a', 'ab', 'abc', 'abcd']) {
      for (const after of ['', 'z', 'zz', 'zzz']) {
        for (const encode of [b64, b64url]) {
          const encoded = encode(`${before}${KEY}${after}`);
          const rest = left(encoded);
          expect(rest.length, `${before}|${after}`).toBeLessThan(encoded.length - 40);
          // What is left decodes to the surroundings only: at most one character's bits of the key on each side.
          expect(rest.length).toBeLessThanOrEqual(Math.ceil(((before.length + after.length) * 4) / 3) + 4);
        }
      }
    }
  });

  it('hides the basic-auth header a GitHub token travels in', () => {
    const header = `AUTHORIZATION: basic ${b64(`x-access-token:${KEY}`)}`;
    expect(redact(header, [KEY])).toBe('AUTHORIZATION: basic ***');
  });

  it('hides its hex, lower and upper case', () => {
    const hex = Buffer.from(KEY).toString('hex');
    expect(redact(`${hex} ${hex.toUpperCase()}`, [KEY])).toBe('*** ***');
  });

  it('hides its URL encodings and JSON escaping', () => {
    const secret = 'p@ss w/rd+"quoted"\\x';
    const percent = [...Buffer.from(secret)].map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`).join('');
    const forms = [
      encodeURIComponent(secret),
      encodeURIComponent(secret).replace(/%20/g, '+'),
      percent,
      percent.toLowerCase(),
      JSON.stringify(secret),
    ];
    expect(redact(forms.join(' '), [secret])).toBe('*** *** *** *** "***"');
  });

  it('hides it reversed', () => {
    expect(redact(`${Array.from(KEY).reverse().join('')}!`, [KEY])).toBe('***!');
  });

  it('lists every form once, longest first, and encodes nothing of a secret too short to encode safely', () => {
    expect(secretForms('abcde')).toEqual(['abcde']);
    const forms = redactedValues([KEY, KEY]);
    expect(new Set(forms).size).toBe(forms.length);
    expect(forms).toEqual([...forms].sort((a, b) => b.length - a.length));
    expect(forms).toContain(Buffer.from(KEY).toString('hex'));
  });

  it('base64Forms keeps only the characters the bytes alone decide', () => {
    expect(base64Forms(Buffer.from('secret'))).toEqual(
      expect.arrayContaining(['c2VjcmV0', 'c2VjcmV0', b64('\0secret').slice(2, 9), b64('\0\0secret').slice(3, 10)]),
    );
  });
});

describe('secretValues', () => {
  it('takes variables named like secrets, long enough to be one', () => {
    expect(secretValues({ API_TOKEN: 'tok-12345678', MY_PASSWORD: 'short', PATH: '/usr/bin:/bin', KEY_ID: 'AKIA12345678' })).toEqual([
      'tok-12345678',
    ]);
  });

  it('takes the variables it is told to, whatever their names', () => {
    expect(secretValues({ DEPLOY_HOOK: 'hook-value', OTHER: 'plain-value' }, ['DEPLOY_HOOK', 'MISSING'])).toEqual(['hook-value']);
  });

  it('takes the password of a URL in any variable, decoded, and with its user for basic auth', () => {
    expect(secretValues({ DATABASE_URL: 'postgres://app:hunter2pass@db/x' })).toEqual(['hunter2pass', 'hunter2pass', 'app:hunter2pass']);
    expect(secretValues({ MIRROR: 'see https://bot:p%40ss%2Fword@example.com/repo.git' })).toEqual([
      'p%40ss%2Fword',
      'p@ss/word',
      'bot:p@ss/word',
    ]);
    expect(urlPasswords('https://example.com/a:b@c and ftp://user@host')).toEqual([]);
  });

  it('hides the URL password and the basic-auth pair built from it', () => {
    const secrets = secretValues({ DATABASE_URL: 'postgres://app:hunter2pass@db/x' });
    const text = `dsn=postgres://app:hunter2pass@db/x auth=Basic ${Buffer.from('app:hunter2pass').toString('base64')}`;
    expect(redact(text, secrets)).toBe('dsn=postgres://***@db/x auth=Basic ***');
  });
});

describe('redactDeep', () => {
  it('redacts every string of a value, keys included, and leaves the rest alone', () => {
    const secret = 'ghs_deepSecretValue42';
    const hex = Buffer.from(secret).toString('hex');
    expect(redactDeep({ [secret]: [1, null, true, `x ${hex} y`, { nested: secret }] }, [secret])).toEqual({
      '***': [1, null, true, 'x *** y', { nested: '***' }],
    });
    const untouched = { a: 'b' };
    expect(redactDeep(untouched, [])).toBe(untouched);
  });
});

describe('redactingStream with encoded forms', () => {
  it('gives what redact gives for the whole text, wherever the text is split', async () => {
    const secret = SECRETS[0];
    const hex = Buffer.from(secret).toString('hex').toUpperCase();
    const text = `a ${hex} b ${Buffer.from(`x-access-token:${secret}`).toString('base64')} c ${Array.from(secret).reverse().join('')} d`;
    for (let split = 0; split <= text.length; split += 3) {
      expect(await redactChunks([text.slice(0, split), text.slice(split)], SECRETS)).toBe(redact(text, SECRETS));
    }
    expect(redact(text, SECRETS)).toBe('a *** b *** c *** d');
    expect(await redactChunks(Array.from(text), SECRETS)).toBe('a *** b *** c *** d');
  });
});
