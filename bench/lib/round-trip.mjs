// The bare round trip the tool call across the boundary is compared with: this process sends a line to a second
// Node process over a Unix socket, which sends it back, `rounds` times. Prints the microseconds a round trip took,
// on average. `node round-trip.mjs <rounds>`; the second process runs `node round-trip.mjs --echo <socket>`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const MESSAGE = Buffer.from('{"op":"call","id":1,"tool":"noop","args":[1],"kwargs":{}}\n');

if (process.argv[2] === '--echo') {
  const socket = net.connect(process.argv[3]);
  socket.on('data', (data) => socket.write(data));
} else {
  const rounds = Number(process.argv[2]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'codemode-round-trip-'));
  const socketPath = path.join(dir, 'socket');
  const server = net.createServer((socket) => {
    server.close();
    let left = rounds;
    let received = 0;
    let started = 0;
    socket.on('data', (data) => {
      received += data.length;
      if (received < MESSAGE.length) return;
      received -= MESSAGE.length;
      left -= 1;
      if (left > 0) return void socket.write(MESSAGE);
      console.log(((performance.now() - started) * 1000) / rounds);
      socket.destroy();
      rmSync(dir, { recursive: true, force: true });
    });
    started = performance.now();
    socket.write(MESSAGE);
  });
  server.listen(socketPath, () => spawn(process.execPath, [import.meta.filename, '--echo', socketPath], { stdio: 'inherit' }));
}
