import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { redact, redactedValues } from './report.js';

/** Values of the job's variables whose names say they are secret: they must never appear in any report. */
export function secretValues(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env).flatMap(([name, value]) => (value !== undefined && value.length >= 8 && isSecretName(name) ? [value] : []));
}

function isSecretName(name: string): boolean {
  return /(TOKEN|KEY|SECRET|PASSWORD|CREDENTIAL)/i.test(name) && !/^(INPUT_)?(PATH|KEY_ID)$/.test(name);
}

/** The last position at or before `from` that no occurrence of a secret straddles. */
export function safeCut(text: string, from: number, secrets: readonly string[]): number {
  let cut = from;
  let moved = true;
  while (moved) {
    moved = false;
    for (const secret of secrets) {
      const start = text.indexOf(secret, Math.max(0, cut - secret.length + 1));
      if (start !== -1 && start < cut) {
        cut = start;
        moved = true;
      }
    }
  }
  return cut;
}

/**
 * A UTF-8 stream with every secret replaced as `redact` does, holding back only the text a secret split
 * across chunks could still start in: the last (longest secret − 1) characters.
 */
export function redactingStream(secrets: readonly string[]): Transform {
  const values = redactedValues(secrets);
  const heldBack = Math.max(0, ...values.map((secret) => secret.length - 1));
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const emit = (text: string) => (text ? redact(text, values) : undefined);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const text = pending + decoder.write(chunk);
      const cut = safeCut(text, Math.max(0, text.length - heldBack), values);
      pending = text.slice(cut);
      done(null, emit(text.slice(0, cut)));
    },
    flush(done) {
      done(null, emit(pending + decoder.end()));
    },
  });
}
