import { describe, expect, it } from 'vitest';

import {
  connectionPasswords,
  keyLikeParts,
  looksLikeKey,
  redact,
  secretMappedNames,
  secretValues,
  urlUserKeys,
} from '../../src/redaction.js';

/** `text` redacted with the secrets `secretValues` finds in `env`. */
const redactedWith = (env: NodeJS.ProcessEnv, text: string) => redact(text, secretValues(env));

describe('variables whose names hold a secret word', () => {
  it('takes GH_PAT, SLACK_WEBHOOK and their kin without being told', () => {
    const env = {
      GH_PAT: 'github_pat_11ABCDEFG0123456789',
      SLACK_WEBHOOK: 'https://hooks.slack.com/services/T0001/B0001/XXXXYYYYZZZZ',
      DB_PASS: 'correct-horse',
      SMTP_PWD: 'battery-staple',
      GPG_PASSPHRASE: 'long passphrase here',
      SENTRY_DSN: 'https://abc@o1.ingest.sentry.io/1',
      pat_for_release: 'lowercase-name-secret',
    };
    const text = Object.values(env).join('\n');
    const redacted = redactedWith(env, text);
    for (const value of Object.values(env)) expect(redacted).not.toContain(value);
  });

  it('leaves alone variables where the word is part of another word, and the working directories', () => {
    const env = {
      PWD: '/home/runner/work/repo/repo',
      OLDPWD: '/home/runner/work/repo',
      GITHUB_PATH: '/home/runner/work/_temp/_runner_file_commands/add_path_1',
      PATTERN_FILE: 'patterns/default.txt',
      COMPASS_HOME: '/opt/compass/home',
      PASSENGER_ROOT: '/usr/lib/passenger',
      SSH_AUTH_SOCK: '/tmp/ssh-XXXXabcd/agent.1234',
    };
    expect(secretValues(env)).toEqual([]);
  });
});

describe('secretMappedNames', () => {
  it('names every key a workflow maps from secrets, at any level and in any expression', () => {
    const workflow = [
      'env:',
      '  RELEASE_BOT: ${{ secrets.RELEASE_BOT }}',
      '  REGION: eu-west-1',
      'jobs:',
      '  run:',
      '    env:',
      "      'QUOTED_NAME': '${{ secrets.X }}'",
      '      FALLBACK: ${{ secrets.PRIMARY || secrets.SECONDARY }}',
      '      ALL: ${{ toJSON(secrets) }}',
      '      HOOK: "prefix-${{ secrets[\'HOOK\'] }}"',
      '      MODE: ${{ inputs.secrets_mode }}',
      '      SOURCE: ${{ github.event.secrets }}',
      '    steps:',
      '      - uses: owner/codemode-action@v1',
      '        env:',
      '          DEPLOY: ${{ secrets.DEPLOY }}',
      '          NOTE: mention secrets.DEPLOY in plain text',
      '      - env: { INLINE: plain }',
    ].join('\n');
    expect(secretMappedNames(workflow)).toEqual(['RELEASE_BOT', 'QUOTED_NAME', 'FALLBACK', 'ALL', 'HOOK', 'DEPLOY']);
  });

  it('lets secretValues take those variables whatever their names', () => {
    const names = secretMappedNames('env:\n  NOTIFY: ${{ secrets.NOTIFY }}\n');
    expect(secretValues({ NOTIFY: 'plain-looking-value', OTHER: 'other-value' }, names)).toEqual(['plain-looking-value']);
  });
});

describe('parts of a secret that give it away', () => {
  const PEM_LINES: readonly [string, string] = [
    'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
    'VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuic',
  ];
  const PEM = ['-----BEGIN PRIVATE KEY-----', ...PEM_LINES, '-----END PRIVATE KEY-----', ''].join('\n');

  it('hides one line of a PEM key printed on its own', () => {
    const redacted = redactedWith({ SIGNING_KEY: PEM }, `line: ${PEM_LINES[1]}`);
    expect(redacted).toBe('line: ***');
  });

  it('hides the key-like strings of a JSON secret, and leaves its ordinary fields readable', () => {
    const account = JSON.stringify({
      type: 'service_account',
      private_key_id: '4f2a9c0e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
      private_key: PEM,
      token_uri: 'https://oauth2.googleapis.com/token',
    });
    const env = { GCP_SA_KEY: account };
    const text = `id 4f2a9c0e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39 body ${PEM_LINES[0]} type service_account via https://oauth2.googleapis.com/token`;
    expect(redactedWith(env, text)).toBe('id *** body *** type service_account via https://oauth2.googleapis.com/token');
  });

  it('hides each secret of a variable holding toJSON(secrets)', () => {
    const names = secretMappedNames('env:\n  ALL_SECRETS: ${{ toJSON(secrets) }}\n');
    const env = { ALL_SECRETS: JSON.stringify({ DEPLOY: 'dpl_9f8e7d6c5b4a39281706f5e4', github_token: 'ghs_a1b2c3d4e5f6a7b8c9d0e1f2' }) };
    expect(redact('dpl_9f8e7d6c5b4a39281706f5e4 and ghs_a1b2c3d4e5f6a7b8c9d0e1f2', secretValues(env, names))).toBe('*** and ***');
  });

  it('finds no part in a one-line value or a plain JSON one', () => {
    expect(keyLikeParts('tok-12345678')).toEqual([]);
    expect(keyLikeParts('{"region":"eu-west-1","retries":3}')).toEqual([]);
  });
});

describe('URLs whose user is a key', () => {
  const SENTRY_KEY = '0123456789abcdef0123456789abcdef';
  const GITHUB_TOKEN_USER = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';

  it('hides a Sentry DSN key and a token given as the user of a clone URL', () => {
    const env = {
      ERROR_REPORTING: `https://${SENTRY_KEY}@o123.ingest.sentry.io/1`,
      UPSTREAM: `https://${GITHUB_TOKEN_USER}@github.com/octo/private.git`,
    };
    const redacted = redactedWith(env, `${env.ERROR_REPORTING} ${env.UPSTREAM} key ${SENTRY_KEY.toUpperCase()}`);
    expect(redacted).toBe('https://***@o123.ingest.sentry.io/1 https://***@github.com/octo/private.git key ***');
  });

  it('keeps ordinary users readable', () => {
    for (const url of [
      'ssh://git@github.com/octo/repo.git',
      'git@github.com:octo/repo.git',
      'https://user@example.com/x',
      'https://john.doe@example.com/x',
      'https://deploy-user-20240101@example.com/x',
      'https://x-access-token@github.com/x',
      'https://oauth2accesstoken@gcr.io/x',
    ]) {
      expect(urlUserKeys(url), url).toEqual([]);
      expect(secretValues({ REMOTE: url }), url).toEqual([]);
    }
  });

  it('takes a key for a long unbroken run mixing letters and digits', () => {
    expect(looksLikeKey(SENTRY_KEY)).toBe(true);
    expect(looksLikeKey('glpat-xY12abCD34efGH56ijKL')).toBe(true);
    expect(looksLikeKey('averyveryverylongusername')).toBe(false);
    expect(looksLikeKey('12345678901234567890123')).toBe(false);
    expect(looksLikeKey('ab12-cd34-ef56-gh78-ij90')).toBe(false);
  });
});

describe('connection strings', () => {
  it('hides the password of a libpq string, bare or quoted', () => {
    expect(connectionPasswords('host=db port=5432 password=s3cretPass dbname=app')).toEqual(['s3cretPass']);
    expect(connectionPasswords("host=db password='it''s \\'quoted\\' pw' user=app")).toEqual([
      "'it''s \\'quoted\\' pw'",
      "it's 'quoted' pw",
    ]);
    const env = { PG: 'host=db password = s3cretPass dbname=app' };
    expect(redactedWith(env, 'connecting with s3cretPass')).toBe('connecting with ***');
  });

  it('hides the password of an ADO.NET string, Password or Pwd, bare or quoted', () => {
    expect(connectionPasswords('Server=db;User Id=sa;Password=my secret!;Database=app')).toEqual(['my secret!']);
    expect(connectionPasswords('Server=db;Uid=sa;Pwd=Str0ngPwd')).toEqual(['Str0ngPwd']);
    expect(connectionPasswords('Server=db;PASSWORD="a;b""c";Database=app;')).toEqual(['"a;b""c"', 'a;b"c']);
    const env = { MSSQL: 'Server=tcp:db,1433;User Id=sa;Password=Sup3r;Secret!;Encrypt=true' };
    expect(redactedWith(env, 'login failed for Sup3r')).toBe('login failed for ***');
  });

  it('hides the password of a query string', () => {
    expect(connectionPasswords('jdbc:mysql://db/app?user=app&password=qu3ryPass&ssl=true')).toEqual(['qu3ryPass']);
  });

  it('leaves keys that only end in password and strings without one alone', () => {
    expect(connectionPasswords('host=db user=app sslmode=require')).toEqual([]);
    expect(connectionPasswords('reset_password=true')).toEqual([]);
    expect(connectionPasswords('Server=db;Integrated Security=true;')).toEqual([]);
  });
});

describe('byte listings and changed case', () => {
  const KEY = 'sk-ant-api03-Unit/Secret+Value_0123456789';
  const bytes = [...Buffer.from(KEY)];
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0'));

  it('hides its hex with a space, colon or dash between bytes, lower and upper case', () => {
    for (const separator of [' ', ':', '-']) {
      for (const form of [hex.join(separator), hex.join(separator).toUpperCase()]) {
        expect(redact(`dump: ${form} end`, [KEY]), form).toBe('dump: *** end');
      }
    }
  });

  it('hides its hex inside a longer spaced dump', () => {
    const dump = `00 01 ${hex.join(' ')} ff`;
    expect(redact(dump, [KEY])).toBe('00 01 *** ff');
  });

  it('hides its \\x escapes and decimal byte lists', () => {
    const escaped = hex.map((pair) => `\\x${pair}`).join('');
    for (const form of [escaped, escaped.toUpperCase(), bytes.join(', '), bytes.join(',')]) {
      expect(redact(`[${form}]`, [KEY]), form).toBe('[***]');
    }
  });

  it('hides it upper- and lower-cased', () => {
    expect(redact(`${KEY.toUpperCase()} ${KEY.toLowerCase()}`, [KEY])).toBe('*** ***');
  });

  it('leaves hex of other bytes alone', () => {
    expect(redact('00 01 02 03 04 05 06 07 de:ad:be:ef', [KEY])).toBe('00 01 02 03 04 05 06 07 de:ad:be:ef');
  });
});
