import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseConfig } from '../../src/engine/config.js';
import { probeSandbox, sandboxedArgv, sandboxEnvironment, type SandboxLayout } from '../../src/engine/sandbox.js';
import { type ProgramLimits, programLimits } from '../../src/engine/sandbox/limits.js';
import { attemptHelper, attemptHelperJs, daemonsSource, processesMentioning } from '../helpers/attacks.js';

const CANARY = 'canary-4f1d2c9e-not-for-the-program';

/**
 * A repository with a persisted checkout token, a home and a runner temp folder with secrets, and a workspace;
 * with `runnerTempInRepository`, the runner temp folder lies in the repository and the workspace in it, as on a
 * self-hosted runner whose temp folder is inside the checkout.
 */
function machine(runnerTempInRepository = false) {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'codemode-sandbox-')));
  // Open to every user, so that a sandbox started as another user finds the repository as a runner user would.
  chmodSync(root, 0o755);
  const places = runnerTempInRepository
    ? { repo: 'repo', git: 'repo/.git', home: 'home', runner_temp: 'repo/.runner-temp', workspace: 'repo/.runner-temp/codemode-1' }
    : { repo: 'repo', git: 'repo/.git', home: 'home', runner_temp: 'runner_temp', workspace: 'workspace' };
  const dirs = Object.fromEntries(Object.entries(places).map(([name, place]) => [name, path.join(root, place)]));
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dirs.repo!, '.git', 'config'), `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${CANARY}\n`);
  writeFileSync(path.join(dirs.repo!, 'tools.py'), 'def tool():\n    return 1\n');
  writeFileSync(path.join(dirs.home!, '.git-credentials'), `https://x-access-token:${CANARY}@github.com\n`);
  writeFileSync(path.join(dirs.runner_temp!, 'GITHUB_ENV'), '');
  writeFileSync(path.join(dirs.workspace!, 'host-spec.json'), JSON.stringify({ secret: CANARY }));
  return dirs as Record<'repo' | 'home' | 'runner_temp' | 'workspace', string>;
}

const PAT = 'ghp_secondCheckoutPat0123456789abcdefABCD';

/** Every place below the repository where a workflow leaves a token: the file and what the program should read there. */
const NESTED_SECRETS: Record<string, string> = {
  'vendor/lib/.git/config': `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${Buffer.from(`pat:${PAT}`).toString('base64')}\n`,
  '.git/modules/sub/config': `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: bearer ${PAT}\n`,
  'sub/.git': 'gitdir: ../.git/modules/sub\n',
  '.npmrc': `//npm.pkg.github.com/:_authToken=${PAT}\n`,
  'packages/a/.netrc': `machine github.com login pat password ${PAT}\n`,
  '.pypirc': `[pypi]\npassword = ${PAT}\n`,
  '.docker/config.json': JSON.stringify({ auths: { 'ghcr.io': { auth: PAT } } }),
  'packages/a/.git-credentials': `https://pat:${PAT}@github.com\n`,
};

/**
 * What a workflow with more than one checkout leaves in the repository: a second actions/checkout with a
 * token (`vendor/lib`), a submodule, a worktree of a clone elsewhere, and the credential files of package
 * managers and registries; returns the worktree's Git folder, which lies outside the repository.
 */
function nestedCheckouts(dirs: ReturnType<typeof machine>): string {
  for (const [file, text] of Object.entries(NESTED_SECRETS)) {
    mkdirSync(path.dirname(path.join(dirs.repo, file)), { recursive: true });
    writeFileSync(path.join(dirs.repo, file), text);
  }
  writeFileSync(path.join(dirs.repo, 'vendor', 'lib', 'lib.py'), 'VERSION = 1\n');
  const worktreeGit = path.join(path.dirname(dirs.repo), 'clone', '.git', 'worktrees', 'wt');
  mkdirSync(worktreeGit, { recursive: true });
  writeFileSync(path.join(worktreeGit, 'config.worktree'), `[http]\n\textraheader = AUTHORIZATION: bearer ${PAT}\n`);
  mkdirSync(path.join(dirs.repo, 'wt'));
  writeFileSync(path.join(dirs.repo, 'wt', '.git'), `gitdir: ${worktreeGit}\n`);
  return worktreeGit;
}

const python = realpathSync(execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim());
const pythonPrefix = execFileSync(python, ['-c', 'import sys; print(sys.base_prefix)'], { encoding: 'utf8' }).trim();
/** Where this node is installed: readable in the sandbox as the engine makes it, wherever it lies (CI puts it under /tmp). */
const nodePrefix = path.dirname(path.dirname(realpathSync(process.execPath)));

const LAUNCHER = 'import json, subprocess, sys; sys.exit(subprocess.run(json.loads(sys.argv[1]), env=json.loads(sys.argv[2])).returncode)';

/** Who starts the sandbox: the test's own user, or the other of root and a non-root user (through passwordless sudo). */
interface Runner {
  name: string;
  /** The command that starts `argv` as this user. */
  command: (argv: string[]) => string[];
  python: string;
}

const OTHER_UID = process.getuid?.() === 0 ? '#1000' : '#0';
const systemPython = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : python;
const RUNNERS: Runner[] = [
  { name: process.getuid?.() === 0 ? 'root' : 'a non-root user', command: (argv) => argv, python },
  {
    name: OTHER_UID === '#0' ? 'root' : 'a non-root user',
    command: (argv) => ['sudo', '-n', '-u', OTHER_UID, '--', ...argv],
    python: systemPython,
  },
];
const otherUserAvailable = (() => {
  try {
    execFileSync('sudo', ['-n', '-u', OTHER_UID, '--', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
/** The runners a cross-user attack test runs as: both where sudo allows it, else the test's own user. */
const runners = otherUserAvailable ? RUNNERS : RUNNERS.slice(0, 1);

type ProgramLanguage = 'python' | 'javascript';

const DEFAULT_LIMITS = programLimits(parseConfig({}));

/** Runs `source` as a program in the sandbox, the job's environment holding the canary, and returns what it printed as JSON. */
async function inSandbox(
  dirs: ReturnType<typeof machine>,
  source: string,
  {
    language = 'python',
    runner = RUNNERS[0]!,
    limits = DEFAULT_LIMITS,
  }: { language?: ProgramLanguage; runner?: Runner; limits?: ProgramLimits } = {},
): Promise<Record<string, unknown>> {
  const runnerFile = path.join(dirs.workspace, language === 'python' ? 'agentRunner.py' : 'agentRunner.mjs');
  writeFileSync(runnerFile, source);
  const layout: SandboxLayout = {
    repoRoot: dirs.repo,
    hidden: [dirs.home, dirs.runner_temp],
    readable: [...(runner.python === python ? [pythonPrefix] : []), ...(language === 'javascript' ? [nodePrefix] : [])],
    workspace: dirs.workspace,
    workspaceFiles: [runnerFile],
  };
  const env = sandboxEnvironment({ PYTHONUNBUFFERED: '1' });
  const program =
    language === 'python'
      ? { file: runner.python, args: ['-X', 'utf8', '-B', runnerFile] }
      : { file: process.execPath, args: [runnerFile] };
  const argv = sandboxedArgv(program, env, layout, limits);
  // Started as the tool host starts it: from a parent that holds the job's secrets, with only the sandbox's environment.
  const [file, ...args] = runner.command([runner.python, '-c', LAUNCHER, JSON.stringify(argv), JSON.stringify(env)]);
  const run = await execa(file!, args, {
    env: { ...process.env, GITHUB_TOKEN: CANARY, INPUT_ANTHROPIC_API_KEY: CANARY, GITHUB_ENV: path.join(dirs.runner_temp, 'GITHUB_ENV') },
    reject: false,
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

const ATTEMPT = `\nimport json, os, socket, sys\n${attemptHelper()}`;

describe('the sandbox', () => {
  let listener: Server;
  let port = 0;
  const received: string[] = [];
  beforeAll(async () => {
    await probeSandbox();
    listener = createServer((socket) => socket.on('data', (data) => received.push(String(data))));
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    port = (listener.address() as { port: number }).port;
  });
  afterAll(() => listener.close());

  it('says why no sandbox can start, and the fix, when bubblewrap is missing or refused', async () => {
    const bin = mkdtempSync(path.join(os.tmpdir(), 'codemode-fake-bwrap-'));
    const original = process.env.PATH;
    try {
      process.env.PATH = bin;
      await expect(probeSandbox()).rejects.toMatchObject({
        kind: 'environment',
        message:
          "bubblewrap (bwrap) is not installed: install it (apt-get install bubblewrap), or set sandbox: off to run the program unsandboxed, with the job's files, network and processes in reach",
      });
      writeFileSync(path.join(bin, 'bwrap'), '#!/bin/sh\necho "bwrap: setting up uid map: Permission denied" >&2\nexit 1\n', {
        mode: 0o755,
      });
      await expect(probeSandbox()).rejects.toMatchObject({
        kind: 'environment',
        message:
          "bubblewrap cannot start a sandbox here (bwrap: setting up uid map: Permission denied): allow unprivileged user namespaces (sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0), or set sandbox: off to run the program unsandboxed, with the job's files, network and processes in reach",
      });
    } finally {
      process.env.PATH = original;
    }
  });

  it('gives the program an environment made from nothing, and no other process to read one from', async () => {
    const seen = await inSandbox(
      machine(),
      `${ATTEMPT}
def environments():
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                found.append(open(f"/proc/{pid}/environ", "rb").read().decode(errors="replace"))
            except OSError:
                pass
    return found
attempt("env", lambda: sorted(os.environ))
attempt("capabilities", lambda: [line.split()[1] for line in open("/proc/self/status") if line.startswith("CapEff")][0])
attempt("namespaces", lambda: {name: os.readlink(f"/proc/self/ns/{name}") for name in ("ipc", "uts", "cgroup", "net", "pid", "user")})
attempt("environs", environments)
attempt("parent", lambda: open(f"/proc/{os.getppid()}/environ", "rb").read().decode(errors="replace"))
print(json.dumps(seen))
`,
    );
    expect(seen.env).toEqual(['CODEMODE_CHANNEL_FD', 'HOME', 'LANG', 'PATH', 'PWD', 'PYTHONUNBUFFERED', 'TMPDIR']);
    expect(seen.capabilities).toBe('0000000000000000');
    for (const [name, link] of Object.entries(seen.namespaces as Record<string, string>)) {
      expect(link, name).not.toBe(readlinkSync(`/proc/self/ns/${name}`));
    }
    expect(JSON.stringify(seen)).not.toContain(CANARY);
  });

  it('hides .git, the home, the runner temp folder and the workspace, and lets nothing be written but /tmp', async () => {
    const dirs = machine();
    const seen = await inSandbox(
      dirs,
      `${ATTEMPT}
attempt("git_config", lambda: open(${JSON.stringify(path.join(dirs.repo, '.git', 'config'))}).read())
attempt("credentials", lambda: open(${JSON.stringify(path.join(dirs.home, '.git-credentials'))}).read())
attempt("runner_temp", lambda: os.listdir(${JSON.stringify(dirs.runner_temp)}))
attempt("workspace", lambda: sorted(os.listdir(${JSON.stringify(dirs.workspace)})))
attempt("tools", lambda: open("tools.py").read())
attempt("write_tools", lambda: open("tools.py", "a").write("# planted"))
attempt("write_runner", lambda: open(${JSON.stringify(path.join(dirs.workspace, 'agentRunner.py'))}, "w").write("forged"))
attempt("write_github_env", lambda: open(${JSON.stringify(path.join(dirs.runner_temp, 'GITHUB_ENV'))}, "a").write("NODE_OPTIONS=--require /tmp/x"))
attempt("plant_hook", lambda: open(".git/hooks/pre-commit", "w").write("#!/bin/sh"))
attempt("scratch", lambda: open("/tmp/scratch.txt", "w").write("ok"))
attempt("root", lambda: open(${JSON.stringify(`/var/tmp/codemode-sandbox-${process.pid}`)}, "w").write("x"))
print(json.dumps(seen))
`,
    );
    expect(seen).toEqual({
      git_config: 'refused: FileNotFoundError',
      credentials: 'refused: FileNotFoundError',
      runner_temp: [],
      workspace: ['agentRunner.py'],
      tools: 'def tool():\n    return 1\n',
      write_tools: 'refused: OSError',
      write_runner: 'refused: OSError',
      write_github_env: 'refused: OSError',
      plant_hook: 'refused: FileNotFoundError',
      scratch: 2,
      root: 'refused: OSError',
    });
    expect(readFileSync(path.join(dirs.repo, 'tools.py'), 'utf8')).toBe('def tool():\n    return 1\n');
    expect(readFileSync(path.join(dirs.runner_temp, 'GITHUB_ENV'), 'utf8')).toBe('');
    expect(readdirSync(path.join(dirs.repo, '.git'))).toEqual(['config']);
  });

  /** A program that reads every place a token was left, walks the repository for it, and reads an ordinary file of the second checkout. */
  const tokenHunt: Record<ProgramLanguage, (worktreeGit: string) => string> = {
    python: (worktreeGit) => `${ATTEMPT}
def read(file):
    try:
        with open(file, errors="replace") as handle:
            return handle.read()
    except OSError:
        return ""
walked = [os.path.join(folder, name) for folder, _, names in os.walk(".") for name in names]
places = ${JSON.stringify(Object.keys(NESTED_SECRETS))} + walked + [os.path.join(${JSON.stringify(worktreeGit)}, "config.worktree")]
seen["leaks"] = sorted({place for place in places if ${JSON.stringify(PAT)} in read(place)})
attempt("worktree", lambda: os.listdir(${JSON.stringify(worktreeGit)}))
attempt("lib", lambda: read("vendor/lib/lib.py"))
print(json.dumps(seen))
`,
    javascript: (worktreeGit) => `import fs from 'node:fs';
import path from 'node:path';
${attemptHelperJs()}
const read = (file) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};
const walked = fs.readdirSync('.', { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
const places = [...${JSON.stringify(Object.keys(NESTED_SECRETS))}, ...walked, path.join(${JSON.stringify(worktreeGit)}, 'config.worktree')];
seen.leaks = [...new Set(places.filter((place) => read(place).includes(${JSON.stringify(PAT)})))].sort();
attempt('worktree', () => fs.readdirSync(${JSON.stringify(worktreeGit)}));
attempt('lib', () => read('vendor/lib/lib.py'));
console.log(JSON.stringify(seen));
`,
  };

  for (const runner of runners) {
    for (const language of ['python', 'javascript'] as const) {
      it(`hides every Git folder and credential file of the repository from a ${language} program started by ${runner.name}`, async () => {
        const dirs = machine();
        const worktreeGit = nestedCheckouts(dirs);
        const seen = await inSandbox(dirs, tokenHunt[language](worktreeGit), { language, runner });
        expect(seen).toEqual({ leaks: [], worktree: [], lib: 'VERSION = 1\n' });
        expect(readFileSync(path.join(dirs.repo, '.npmrc'), 'utf8')).toContain(PAT);
      });
    }
  }

  const kernelAttack: Record<ProgramLanguage, string> = {
    python: `${ATTEMPT}
import ctypes, fcntl, subprocess
libc = ctypes.CDLL(None, use_errno=True)
def call(number, *args):
    if libc.syscall(number, *args) == -1:
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
    return "allowed"
attempt("unshare_user", lambda: call(272, 0x10000000))
attempt("unshare_net", lambda: call(272, 0x40000000))
attempt("setns", lambda: call(308, os.open("/proc/self/ns/net", os.O_RDONLY), 0))
attempt("mount", lambda: call(165, b"none", b"/tmp", b"tmpfs", 0, None))
attempt("keyctl", lambda: call(250, 0, -3, 0))
attempt("bpf", lambda: call(321, 0, None, 0))
attempt("ptrace", lambda: call(101, 16, os.getppid(), 0, 0))
attempt("io_uring", lambda: call(425, 1, ctypes.create_string_buffer(120)))
attempt("userfaultfd", lambda: call(323, 0))
attempt("tiocsti", lambda: fcntl.ioctl(0, 0x5412, b"x"))
seen["unshare_command"] = subprocess.run(["unshare", "-Urmn", "true"], capture_output=True).returncode
print(json.dumps(seen))
`,
    javascript: `import { spawnSync } from 'node:child_process';
console.log(JSON.stringify({ unshare_command: spawnSync('unshare', ['-Urmn', 'true']).status }));
`,
  };
  const PYTHON_REFUSALS = [
    'unshare_user',
    'unshare_net',
    'setns',
    'mount',
    'keyctl',
    'bpf',
    'ptrace',
    'io_uring',
    'userfaultfd',
    'tiocsti',
  ];

  for (const runner of runners) {
    for (const language of ['python', 'javascript'] as const) {
      it(`keeps a ${language} program started by ${runner.name} from new namespaces, mounts, keys, BPF, tracing and io_uring`, async () => {
        const seen = await inSandbox(machine(), kernelAttack[language], { language, runner });
        expect(seen.unshare_command).not.toBe(0);
        for (const name of language === 'python' ? PYTHON_REFUSALS : [])
          expect(seen[name], name).toMatch(/^refused: (PermissionError|OSError)$/);
      });
    }
  }

  it('starts the program with only stdio and the channel, whatever its parent holds open', async () => {
    const dirs = machine();
    const secret = path.join(dirs.home, '.git-credentials');
    const runnerFile = path.join(dirs.workspace, 'agentRunner.py');
    writeFileSync(
      runnerFile,
      'import os, json\nfds = {fd: os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd") if os.path.exists(f"/proc/self/fd/{fd}")}\nprint(json.dumps({fd: open(f"/proc/self/fd/{fd}").read() if os.path.isfile(f"/proc/self/fd/{fd}") else target for fd, target in fds.items()}))\n',
    );
    const layout: SandboxLayout = {
      repoRoot: dirs.repo,
      hidden: [dirs.home],
      readable: [pythonPrefix],
      workspace: dirs.workspace,
      workspaceFiles: [runnerFile],
    };
    const env = sandboxEnvironment({});
    const argv = sandboxedArgv({ file: python, args: ['-B', runnerFile] }, env, layout, DEFAULT_LIMITS);
    const open =
      'import os, socket, subprocess, sys, json; channel, _ = socket.socketpair(); os.dup2(channel.fileno(), 3); fd = os.open(sys.argv[1], os.O_RDONLY); os.set_inheritable(fd, True); subprocess.run(json.loads(sys.argv[2]), close_fds=False)';
    const run = await execa(python, ['-c', open, secret, JSON.stringify(argv)], { reject: false });
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain(CANARY);
    expect(run.stdout).not.toContain('.git-credentials');
  });

  it('hides a runner temp folder inside the repository and the workspace in it, and still runs the program', async () => {
    const dirs = machine(true);
    const seen = await inSandbox(
      dirs,
      `${ATTEMPT}
attempt("github_env", lambda: open(${JSON.stringify(path.join(dirs.runner_temp, 'GITHUB_ENV'))}).read())
attempt("write_github_env", lambda: open(${JSON.stringify(path.join(dirs.runner_temp, 'GITHUB_ENV'))}, "a").write("NODE_OPTIONS=--require /tmp/x"))
attempt("runner_temp", lambda: os.listdir(${JSON.stringify(dirs.runner_temp)}))
attempt("workspace", lambda: sorted(os.listdir(${JSON.stringify(dirs.workspace)})))
attempt("host_spec", lambda: open(${JSON.stringify(path.join(dirs.workspace, 'host-spec.json'))}).read())
attempt("tools", lambda: open("tools.py").read())
print(json.dumps(seen))
`,
    );
    expect(seen).toEqual({
      github_env: 'refused: FileNotFoundError',
      write_github_env: 'refused: OSError',
      runner_temp: ['codemode-1'],
      workspace: ['agentRunner.py'],
      host_spec: 'refused: FileNotFoundError',
      tools: 'def tool():\n    return 1\n',
    });
    expect(readFileSync(path.join(dirs.runner_temp, 'GITHUB_ENV'), 'utf8')).toBe('');
  });

  it('has no network: a listener on the host loopback receives nothing', async () => {
    const seen = await inSandbox(
      machine(),
      `${ATTEMPT}
def send():
    with socket.create_connection(("127.0.0.1", ${port}), timeout=2) as connection:
        connection.sendall(b"${CANARY}")
    return "sent"
attempt("loopback", send)
attempt("dns", lambda: socket.getaddrinfo("github.com", 443))
print(json.dumps(seen))
`,
    );
    expect(seen).toEqual({ loopback: 'refused: ConnectionRefusedError', dns: 'refused: gaierror' });
    expect(received).toEqual([]);
  });

  /** Start up to 300 `sleep` processes at once; report how many started and what refused the next. */
  const forkBomb: Record<ProgramLanguage, string> = {
    python: `import json, subprocess
started, refused = 0, None
for _ in range(300):
    try:
        subprocess.Popen(["sleep", "30"])
        started += 1
    except OSError as error:
        refused = type(error).__name__
        break
print(json.dumps({"started": started, "refused": refused}))
`,
    javascript: `import { spawn } from 'node:child_process';
const children = Array.from({ length: 300 }, () => spawn('sleep', ['30'], { stdio: 'ignore' }));
let started = 0;
let refused = null;
await Promise.all(children.map((child) => new Promise((resolve) => {
  child.once('spawn', () => { started += 1; resolve(); });
  child.once('error', (error) => { refused = error.code; resolve(); });
})));
for (const child of children) child.kill('SIGKILL');
console.log(JSON.stringify({ started, refused }));
`,
  };
  const nonRoot = runners.find((runner) => runner.name === 'a non-root user');

  for (const language of ['python', 'javascript'] as const) {
    it.runIf(nonRoot)(`bounds the processes of a ${language} program started by a non-root user`, async () => {
      const limits = { ...DEFAULT_LIMITS, processes: 64 };
      const seen = await inSandbox(machine(), forkBomb[language], { language, runner: nonRoot, limits });
      expect(seen.refused).toBe(language === 'python' ? 'BlockingIOError' : 'EAGAIN');
      expect(seen.started).toBeLessThan(64);
    });

    it(`gives a ${language} program a /tmp and a /dev/shm of tmp_size, and a read-only /dev`, async () => {
      const fill: Record<ProgramLanguage, string> = {
        python: `${ATTEMPT}
def fill(file):
    written = 0
    with open(file, "wb", buffering=0) as out:
        try:
            while written < 64 * 1024 * 1024:
                written += out.write(bytes(1024 * 1024))
        except OSError as error:
            return [written, errno.errorcode[error.errno]]
    return [written, None]
import errno
for place in ("/tmp", "/dev/shm", "/dev"):
    attempt(place, lambda: fill(place + "/fill"))
print(json.dumps(seen))
`,
        javascript: `${attemptHelperJs()}
import { openSync, writeSync } from 'node:fs';
const fill = (file) => {
  const out = openSync(file, 'w');
  let written = 0;
  try {
    while (written < 64 * 1024 * 1024) written += writeSync(out, Buffer.alloc(1024 * 1024));
  } catch (error) {
    return [written, error.code];
  }
  return [written, null];
};
for (const place of ['/tmp', '/dev/shm', '/dev']) attempt(place, () => fill(place + '/fill'));
console.log(JSON.stringify(seen));
`,
      };
      const limits = { ...DEFAULT_LIMITS, tmpBytes: 8 * 1024 * 1024 };
      const seen = await inSandbox(machine(), fill[language], { language, limits });
      for (const place of ['/tmp', '/dev/shm']) {
        const [written, error] = seen[place] as [number, string];
        expect(error, place).toBe('ENOSPC');
        expect(written, place).toBeLessThanOrEqual(limits.tmpBytes);
      }
      expect(seen['/dev']).toBe(language === 'python' ? 'refused: OSError' : 'refused: EROFS');
    });

    for (const runner of runners) {
      it(`refuses a ${language} program started by ${runner.name} 4 GB of memory under the default limit`, async () => {
        const allocate: Record<ProgramLanguage, string> = {
          python: `${ATTEMPT}
attempt("allocated", lambda: len(bytearray(4_000_000_000)))
attempt("small", lambda: len(bytearray(100_000_000)))
print(json.dumps(seen))
`,
          javascript: `${attemptHelperJs()}
attempt('allocated', () => Buffer.alloc(4_000_000_000).length);
attempt('small', () => Buffer.alloc(100_000_000).length);
console.log(JSON.stringify(seen));
`,
        };
        const seen = await inSandbox(machine(), allocate[language], { language, runner });
        expect(seen).toEqual({ allocated: language === 'python' ? 'refused: MemoryError' : 'refused: RangeError', small: 100_000_000 });
      });
    }
  }

  it('leaves no process behind: a double-forked daemon and a plain background child end with the program', async () => {
    const marker = `${Date.now() % 100000}.5`;
    await inSandbox(
      machine(),
      `${ATTEMPT}${daemonsSource(marker)}print(json.dumps({"started": True}))
`,
    );
    expect(await processesMentioning(`sleep ${marker}`)).toEqual([]);
  });
});
