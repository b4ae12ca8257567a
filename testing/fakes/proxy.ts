/**
 * A loopback HTTP proxy, as on a self-hosted runner whose only way out is its proxy: it opens CONNECT tunnels
 * and forwards absolute-form requests (`GET http://host/path`), recording each. The names in `hosts` are
 * resolved by the proxy alone, so a client that bypasses the proxy cannot reach them at all.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import net from 'node:net';

export interface ProxiedRequest {
  /** CONNECT for a tunnel, else the method of a forwarded request. */
  method: string;
  /** `host:port` the client asked for. */
  target: string;
}

export interface FakeProxy {
  /** http://127.0.0.1:port, for HTTPS_PROXY and HTTP_PROXY. */
  url: string;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

export interface FakeProxyOptions {
  /** Host names only the proxy resolves, each to the address it connects to instead. */
  hosts?: Record<string, string>;
}

export async function startFakeProxy({ hosts = {} }: FakeProxyOptions = {}): Promise<FakeProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const resolve = (hostname: string) => hosts[hostname.toLowerCase()] ?? hostname.replace(/^\[(.*)\]$/, '$1');

  const server = http.createServer((request, response) => {
    let url: URL;
    try {
      url = new URL(request.url ?? '');
    } catch {
      response.writeHead(400).end('absolute-form request target expected');
      return;
    }
    const port = Number(url.port || 80);
    requests.push({ method: request.method ?? 'GET', target: `${url.hostname}:${port}` });
    const upstream = http.request(
      { host: resolve(url.hostname), port, method: request.method, path: `${url.pathname}${url.search}`, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });

  server.on('connect', (request: http.IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const { hostname, port } = new URL(`http://${request.url ?? ''}`);
    requests.push({ method: 'CONNECT', target: `${hostname}:${port || 443}` });
    const upstream = net.connect(Number(port || 443), resolve(hostname), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done, reject) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : done()));
      }),
  };
}
