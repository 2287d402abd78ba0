// A model server on 127.0.0.1 for download tests: serves in-memory files with Range, ETag and If-Range
// support and can misbehave on purpose (ignore Range, drop or stall the connection, trickle, redirect,
// loop, send no validators). Files can be replaced, as when a model is updated upstream.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Behaviour {
  /** Answer a Range request with 200 and the whole file, as some servers do. */
  ignoreRange?: boolean;
  /** Destroy the socket after this many body bytes of the response. */
  dropAfter?: number;
  /** Send this many body bytes, then nothing more (the connection stays open). */
  stallAfter?: number;
  /** Send the body in this many slices with a pause between them. */
  slices?: { count: number; pauseMs: number };
  /** Send neither ETag nor Last-Modified. */
  noValidators?: boolean;
  /** Send Last-Modified only (no ETag). */
  lastModifiedOnly?: boolean;
}

export interface LoggedRequest {
  path: string;
  range: string | null;
  ifRange: string | null;
}

export interface ModelServer {
  url(path: string): string;
  requests: LoggedRequest[];
  behave(next: Behaviour): void;
  /** Serves new content under a path, with a new ETag and Last-Modified. */
  replace(path: string, content: Buffer): void;
  close(): Promise<void>;
}

interface Served {
  body: Buffer;
  etag: string;
  lastModified: string;
}

let version = 0;

function served(body: Buffer): Served {
  version += 1;
  return {
    body,
    etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}-${version}"`,
    lastModified: new Date(Date.UTC(2026, 0, 1, 0, 0, version)).toUTCString(),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function sendBody(response: ServerResponse, body: Buffer, behaviour: Behaviour): Promise<void> {
  const stop = behaviour.dropAfter ?? behaviour.stallAfter;
  if (stop !== undefined) {
    // Wait until the bytes are handed to the kernel, then close with FIN, so the client receives exactly
    // `stop` bytes before the connection ends (a reset could discard some of them on a loaded machine).
    await new Promise<void>((resolve) => response.write(body.subarray(0, stop), () => resolve()));
    if (behaviour.dropAfter !== undefined) response.socket?.end();
    return;
  }
  const slices = behaviour.slices;
  if (!slices) {
    response.end(body);
    return;
  }
  const step = Math.ceil(body.length / slices.count);
  for (let at = 0; at < body.length; at += step) {
    if (at > 0) await sleep(slices.pauseMs);
    response.write(body.subarray(at, at + step));
  }
  response.end();
}

export async function startModelServer(initial: Record<string, Buffer>): Promise<ModelServer> {
  const files = new Map(Object.entries(initial).map(([name, body]) => [name, served(body)]));
  const requests: LoggedRequest[] = [];
  let behaviour: Behaviour = {};
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = request.url ?? '/';
    const range = request.headers.range ?? null;
    const ifRange = typeof request.headers['if-range'] === 'string' ? request.headers['if-range'] : null;
    requests.push({ path, range, ifRange });
    if (path.startsWith('/redirect/')) {
      response.writeHead(302, { location: `/${path.slice('/redirect/'.length)}` }).end();
      return;
    }
    if (path === '/loop') {
      response.writeHead(301, { location: '/loop' }).end();
      return;
    }
    if (path === '/broken') {
      response.writeHead(503).end();
      return;
    }
    const entry = files.get(path.slice(1));
    if (!entry) {
      response.writeHead(404).end('not found');
      return;
    }
    const file = entry.body;
    const validators: Record<string, string> = behaviour.noValidators
      ? {}
      : behaviour.lastModifiedOnly
        ? { 'last-modified': entry.lastModified }
        : { etag: entry.etag, 'last-modified': entry.lastModified };
    // If-Range: the range applies only when the client's validator still names this version.
    const current = ifRange === null || ifRange === validators.etag || ifRange === validators['last-modified'];
    const start = range && current && !behaviour.ignoreRange ? Number(/^bytes=(\d+)-$/.exec(range)?.[1] ?? 0) : 0;
    if (start >= file.length && start > 0) {
      response.writeHead(416, { 'content-range': `bytes */${file.length}` }).end();
      return;
    }
    const body = file.subarray(start);
    const headers = { 'content-length': String(body.length), 'content-type': 'application/octet-stream', ...validators };
    if (start > 0) response.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${file.length - 1}/${file.length}` });
    else response.writeHead(200, headers);
    await sendBody(response, body, behaviour);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path}`,
    requests,
    behave: (next) => {
      behaviour = next;
    },
    replace: (name, content) => {
      files.set(name, served(content));
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
