// A model server on 127.0.0.1 for download tests: serves in-memory files with Range support and can
// misbehave on purpose (ignore Range, drop or stall the connection, trickle, redirect, loop).
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
}

export interface LoggedRequest {
  path: string;
  range: string | null;
}

export interface ModelServer {
  url(path: string): string;
  requests: LoggedRequest[];
  behave(next: Behaviour): void;
  close(): Promise<void>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function sendBody(response: ServerResponse, body: Buffer, behaviour: Behaviour): Promise<void> {
  const stop = behaviour.dropAfter ?? behaviour.stallAfter;
  if (stop !== undefined) {
    response.write(body.subarray(0, stop));
    await sleep(50);
    if (behaviour.dropAfter !== undefined) response.socket?.destroy();
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

export async function startModelServer(files: Record<string, Buffer>): Promise<ModelServer> {
  const requests: LoggedRequest[] = [];
  let behaviour: Behaviour = {};
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = request.url ?? '/';
    const range = request.headers.range ?? null;
    requests.push({ path, range });
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
    const file = files[path.slice(1)];
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    const start = range && !behaviour.ignoreRange ? Number(/^bytes=(\d+)-$/.exec(range)?.[1] ?? 0) : 0;
    if (start >= file.length && start > 0) {
      response.writeHead(416, { 'content-range': `bytes */${file.length}` }).end();
      return;
    }
    const body = file.subarray(start);
    const headers = { 'content-length': String(body.length), 'content-type': 'application/octet-stream' };
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
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
