import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { redactedForms, redactedValues, safeCut } from '../redaction.js';

export { safeCut, secretValues } from '../redaction.js';

/**
 * A UTF-8 stream with every form of every secret replaced as `redact` does, holding back only the text a
 * form split across chunks could still start in: the last (longest form − 1) characters.
 */
export function redactingStream(secrets: readonly string[]): Transform {
  const forms = redactedValues(secrets);
  const heldBack = Math.max(0, ...forms.map((form) => form.length - 1));
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const emit = (text: string) => (text ? redactedForms(text, forms) : undefined);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const text = pending + decoder.write(chunk);
      const cut = safeCut(text, Math.max(0, text.length - heldBack), forms);
      pending = text.slice(cut);
      done(null, emit(text.slice(0, cut)));
    },
    flush(done) {
      done(null, emit(pending + decoder.end()));
    },
  });
}
