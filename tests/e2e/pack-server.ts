import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local web server for the subscription suite: what it serves can change between requests, and it logs them. */
export interface PackServer {
  url: string;
  /** Every request it received, as `METHOD path`. */
  requests: string[];
  /** Serves `body` (with `etag`, or none) at `path` from now on. */
  set(path: string, body: string, type: string, etag?: string): void;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 (a free port) that answers a matching `If-None-Match` with 304, like a static host. */
export async function packServer(): Promise<PackServer> {
  const files = new Map<string, { body: string; type: string; etag?: string }>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const file = files.get(req.url ?? '');
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const headers = { 'content-type': file.type, ...(file.etag ? { etag: file.etag } : {}) };
    if (file.etag && req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    set: (path, body, type, etag) => files.set(path, { body, type, etag }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
