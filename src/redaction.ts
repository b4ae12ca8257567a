/**
 * Secrets and the forms they take in text: what the action's reports and the CLI's output hide. Pure
 * functions, shared by the action and the CLI.
 */

/** Values shorter than this are never redacted: they would mask ordinary words. */
const MIN_REDACTED = 4;

/** Secrets at least this long are also redacted in their encoded forms. */
const MIN_ENCODED = 6;

/** Secret-looking values shorter than this are taken for flags or placeholders, not secrets. */
const MIN_NAMED_SECRET = 8;

/** The user name actions/checkout and Git use in the basic-auth header of a GitHub token. */
const TOKEN_USER = 'x-access-token';

/** Words that mark a secret only as a whole part of a name: `GH_PAT`, `SLACK_WEBHOOK`, `DB_PASS`, `SENTRY_DSN`. */
const SECRET_NAME_WORDS = /(^|_)(PAT|PASS|PASSWD|PWD|PASSPHRASE|WEBHOOK|DSN)(_|$)/i;

/** Variables the system sets whose names hold such a word but whose values are no secret. */
const PLAIN_NAMES = /^(PWD|OLDPWD)$/;

function isSecretName(name: string): boolean {
  return (
    (/(TOKEN|KEY|SECRET|PASSWORD|CREDENTIAL)/i.test(name) && !/^(INPUT_)?(PATH|KEY_ID)$/.test(name)) ||
    (SECRET_NAME_WORDS.test(name) && !PLAIN_NAMES.test(name))
  );
}

/** `scheme://user:password@host`: the user and the password, wherever a value holds such a URL. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/([^\s:/?#@]*):([^\s/?#]+)@/gi;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The passwords inside URLs in `value`, each also with its user as `user:password` (what basic auth encodes). */
export function urlPasswords(value: string): string[] {
  return [...value.matchAll(URL_CREDENTIALS)].flatMap(([, user = '', password = '']) => {
    const plain = decoded(password);
    return [password, plain, `${decoded(user)}:${plain}`];
  });
}

/** `scheme://user@host` with no password: the user, which some services make the key (`https://<key>@o1.ingest.sentry.io/1`). */
const URL_USER = /\b[a-z][a-z0-9+.-]*:\/\/([^\s:/?#@]+)@/gi;

/** An unbroken run of this many letters and digits, mixing both, is taken for a key rather than a name. */
const MIN_KEY_RUN = 20;

/** Whether `text` holds a long unbroken run of letters and digits mixing both, as generated keys do and names do not. */
export function looksLikeKey(text: string): boolean {
  return (text.match(/[A-Za-z0-9]+/g) ?? []).some(
    (run) => run.length >= MIN_KEY_RUN && /[0-9].*[0-9]/.test(run) && /[A-Za-z].*[A-Za-z]/.test(run),
  );
}

/** The users of URLs in `value` that carry no password but look like keys (`https://ghp_…@github.com`), not `git@` or `https://bot@`. */
export function urlUserKeys(value: string): string[] {
  return [...value.matchAll(URL_USER)].flatMap(([, user = '']) => (looksLikeKey(decoded(user)) ? [user, decoded(user)] : []));
}

/**
 * `password=…` (also `passwd`, `pwd`) in a connection string: libpq's `host=db password='it''s'`, ADO.NET's
 * `Server=db;Password="a;b";`, a query's `?password=…&`. The value is quoted ('…' or "…") or runs to the next
 * `;` where the string separates its pairs with `;`, else to the next space or `&`.
 */
const CONNECTION_PASSWORD = /(?:^|[\s;?&])(?:password|passwd|pwd)\s*=\s*('(?:[^'\\]|\\.|'')*'|"(?:[^"]|"")*"|[^\s;&'"][^;]*)/gi;

/** The value inside its quotes, unescaped as libpq (`\'`) and ADO.NET (`''`, `""`) do. */
function unquoted(value: string): string {
  const quote = value[0];
  if (quote !== "'" && quote !== '"') return value;
  return value
    .slice(1, -1)
    .replace(/\\(.)/g, '$1')
    .split(quote + quote)
    .join(quote);
}

/** The passwords of connection strings in `value`, as written and unquoted. */
export function connectionPasswords(value: string): string[] {
  const pairsBySemicolon = value.includes(';');
  return [...value.matchAll(CONNECTION_PASSWORD)].flatMap(([, raw = '']) => {
    const written = /^['"]/.test(raw) || pairsBySemicolon ? raw.trim() : (raw.split(/[\s&]/)[0] ?? '');
    return [...new Set([written, unquoted(written)])];
  });
}

/** The strings inside `value` when it is a JSON object or array, at any depth; none otherwise. */
function jsonStrings(value: string): string[] {
  if (!/^\s*[[{]/.test(value)) return [];
  const walk = (item: unknown): string[] => {
    if (typeof item === 'string') return [item];
    if (item !== null && typeof item === 'object') return Object.values(item).flatMap(walk);
    return [];
  };
  try {
    return walk(JSON.parse(value));
  } catch {
    return [];
  }
}

/**
 * The parts of a secret value that give it away on their own, where they look like keys: each string of a
 * JSON value (a service account's `private_key`, a `toJSON(secrets)`) and each line of a multi-line one (a
 * PEM key's body).
 */
export function keyLikeParts(value: string): string[] {
  const parts = [value, ...jsonStrings(value)].flatMap((text) => [text, ...text.split(/\r?\n/).map((line) => line.trim())]);
  return [...new Set(parts)].filter((part) => part !== value && looksLikeKey(part));
}

/**
 * The secret values of an environment: variables whose names say they are secret, the variables named in
 * `names` (with the parts of them that look like keys), and in any variable the passwords inside URLs and
 * connection strings and the users of URLs that look like keys.
 */
export function secretValues(env: NodeJS.ProcessEnv, names: readonly string[] = []): string[] {
  const listed = new Set(names);
  return Object.entries(env).flatMap(([name, value]) => {
    if (value === undefined || value === '') return [];
    const whole = listed.has(name) || (value.length >= MIN_NAMED_SECRET && isSecretName(name)) ? [value, ...keyLikeParts(value)] : [];
    return [...whole, ...urlPasswords(value), ...urlUserKeys(value), ...connectionPasswords(value)];
  });
}

/**
 * The base64 text that stands for `bytes` wherever they sit in an encoded stream: for each of the three
 * alignments (0, 1 or 2 bytes before them in their group of three) the characters that depend on these
 * bytes alone, plus the whole encoding of the bytes on their own; standard and URL-safe alphabets.
 */
export function base64Forms(bytes: Buffer): string[] {
  const forms = [bytes.toString('base64'), bytes.toString('base64').replace(/=+$/, '')];
  for (const before of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(before), bytes]).toString('base64');
    forms.push(encoded.slice(Math.ceil((8 * before) / 6), Math.floor((8 * (before + bytes.length)) / 6)));
  }
  return forms.flatMap((form) => [form, form.replace(/\+/g, '-').replace(/\//g, '_')]);
}

/** Every byte as %XX. */
function percentEncoded(bytes: Buffer): string {
  return [...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`).join('');
}

/** The bytes as hex, lower and upper case, each byte written as `prefix` + hex and joined by `separator`. */
function hexForms(bytes: Buffer, prefix: string, separator: string): string[] {
  const lower = [...bytes].map((byte) => `${prefix}${byte.toString(16).padStart(2, '0')}`).join(separator);
  return [lower, lower.toUpperCase()];
}

/**
 * The bytes as a dump or a byte array may show them: hex with a space, colon or dash between bytes, `\x`
 * escapes, and decimal byte lists (`115, 101` or `115,101`).
 */
function byteListForms(bytes: Buffer): string[] {
  const decimal = [...bytes].map(String);
  return [
    ...hexForms(bytes, '', ' '),
    ...hexForms(bytes, '', ':'),
    ...hexForms(bytes, '', '-'),
    ...hexForms(bytes, '\\x', ''),
    decimal.join(', '),
    decimal.join(','),
  ];
}

/**
 * What one secret may become on its way into a report: the value itself, its base64 (alone and at every
 * alignment inside a longer stream, standard and URL-safe), the base64 of the basic-auth pair a GitHub
 * token travels in (`x-access-token:<value>`), its hex (lower and upper case), URL encoding, JSON string
 * escaping, the value reversed, its bytes listed as a dump or array shows them, and the value upper- and
 * lower-cased.
 */
export function secretForms(secret: string): string[] {
  if (secret.length < MIN_ENCODED) return [secret];
  const bytes = Buffer.from(secret);
  const hex = bytes.toString('hex');
  const percent = percentEncoded(bytes);
  return [
    secret,
    ...base64Forms(bytes),
    ...base64Forms(Buffer.from(`${TOKEN_USER}:${secret}`)),
    hex,
    hex.toUpperCase(),
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    percent,
    percent.toLowerCase(),
    JSON.stringify(secret).slice(1, -1),
    Array.from(secret).reverse().join(''),
    ...byteListForms(bytes),
    secret.toUpperCase(),
    secret.toLowerCase(),
  ];
}

/** Every form `redact` hides for these secrets, each once, longest first; shorter ones would mask ordinary words. */
export function redactedValues(secrets: readonly string[]): string[] {
  const forms = secrets.filter((secret) => secret.length >= MIN_REDACTED).flatMap(secretForms);
  return [...new Set(forms.filter((form) => form.length >= MIN_REDACTED))].sort((a, b) => b.length - a.length);
}

/** Replaces every form of every secret with ***, longest first so overlapping forms leave nothing behind. */
export function redact(text: string, secrets: readonly string[]): string {
  return redactedForms(text, redactedValues(secrets));
}

/** `redact` with the forms already computed by `redactedValues`. */
export function redactedForms(text: string, forms: readonly string[]): string {
  return forms.reduce((redacted, form) => (redacted.includes(form) ? redacted.split(form).join('***') : redacted), text);
}

/** A copy of a JSON-like value with every string (keys included) redacted, before any of it is cut or escaped for display. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  const forms = redactedValues(secrets);
  if (forms.length === 0) return value;
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return redactedForms(item, forms);
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([key, entry]) => [redactedForms(key, forms), walk(entry)]));
    }
    return item;
  };
  return walk(value) as T;
}

/** The last position at or before `from` that no occurrence of a form straddles. */
export function safeCut(text: string, from: number, forms: readonly string[]): number {
  let cut = from;
  let moved = true;
  while (moved) {
    moved = false;
    for (const form of forms) {
      const start = text.indexOf(form, Math.max(0, cut - form.length + 1));
      if (start !== -1 && start < cut) {
        cut = start;
        moved = true;
      }
    }
  }
  return cut;
}

/**
 * A workflow's `NAME: ${{ … secrets … }}` lines (the `env:` of the workflow, a job or a step, and inputs):
 * the key, and the expression that reads `secrets` somewhere on the line.
 */
const SECRET_MAPPING = /^[ \t]*(?:-[ \t]+)?["']?([A-Za-z_][A-Za-z0-9_-]*)["']?[ \t]*:[ \t]*[^\n]*?\$\{\{[^\n]*?(?<![.\w])secrets\b/gm;

/**
 * The names a workflow's text maps from `secrets.*`: the variables a step gets from secrets whatever they
 * are called. The runner resolves the expressions before the step starts and tells it nothing of them.
 */
export function secretMappedNames(workflow: string): string[] {
  return [...new Set([...workflow.matchAll(SECRET_MAPPING)].map(([, name = '']) => name))];
}
