// One GET over Node's http/https that follows redirects (Hugging Face answers with a redirect to its
// CDN) and gives up on a connection that goes quiet. Plain http is refused unless the caller opted in,
// and a redirect from https to http never followed: either would let anyone on the path swap the model.
import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { AppError } from '../../common/errors';

export interface GetOptions {
  headers: Record<string, string>;
  signal?: AbortSignal;
  /** A connection silent for this long (connecting, waiting or mid-body) is destroyed with stallError(). */
  timeoutMs: number;
  maxRedirects: number;
  stallError: () => Error;
  /** Plain http:// URLs (a mirror on a closed network); never a downgrade from https. */
  allowHttp: boolean;
  /** Extra trusted certificates (a mirror with a private CA). */
  ca?: string | Buffer;
}

/** VOICEDRILL_ALLOW_HTTP=1 opts in to http:// mirrors. */
export function httpAllowedByEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.VOICEDRILL_ALLOW_HTTP === '1';
}

/** Refuses plain http without the opt-in, and any redirect from https down to http. */
export function checkTransport(url: URL, from: URL | null, allowHttp: boolean): void {
  if (url.protocol !== 'http:') return;
  if (from?.protocol === 'https:') {
    throw new AppError(
      'insecure-url',
      `refused a redirect from https://${from.host} to plain http (${url.host}); a model is only downloaded over a secure connection`,
    );
  }
  if (!allowHttp) {
    throw new AppError(
      'insecure-url',
      `refused to download over plain http (${url.host}); use an https URL, or set VOICEDRILL_ALLOW_HTTP=1 for a mirror you trust`,
    );
  }
}

export interface OpenedResponse {
  response: IncomingMessage;
  url: URL;
  /** The error the request was destroyed with after the response arrived (a stall or a cancel), if any. */
  failure: () => Error | undefined;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function parseHttpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`not a valid URL: '${value}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`only http and https URLs can be downloaded, got '${value}'`);
  return url;
}

/** A network failure as one readable line; null when the error is not a network failure. */
export function describeNetworkError(error: unknown, url: URL): string | null {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const host = url.host;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot reach ${url.hostname}: DNS lookup failed (are you online?)`;
  if (code === 'ECONNREFUSED') return `cannot connect to ${host}: connection refused`;
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `cannot reach ${host}: no route to the host (are you online?)`;
  if (code === 'ETIMEDOUT') return `connection to ${host} timed out`;
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') return `connection to ${host} was lost`;
  if (typeof code === 'string' && /CERT|SSL|TLS|SELF_SIGNED/.test(code)) return `secure connection to ${host} failed (${code})`;
  return null;
}

function getOnce(url: URL, options: GetOptions): Promise<{ request: ClientRequest; response: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    // No shared agent: a download is one long request, and an idle kept-alive socket would hold the process open.
    const request = client.get(url, {
      headers: options.headers,
      agent: false,
      timeout: options.timeoutMs,
      signal: options.signal,
      ...(options.ca === undefined ? {} : { ca: options.ca }),
    });
    request.on('timeout', () => request.destroy(options.stallError()));
    request.once('error', reject);
    request.once('response', (response) => resolve({ request, response }));
  });
}

export async function openUrl(start: URL, options: GetOptions): Promise<OpenedResponse> {
  let url = start;
  checkTransport(url, null, options.allowHttp);
  for (let hop = 0; ; hop++) {
    const { request, response } = await getOnce(url, options);
    const location = response.headers.location;
    if (!REDIRECTS.has(response.statusCode ?? 0) || location === undefined) {
      let failure: Error | undefined;
      request.on('error', (error) => {
        failure = error;
      });
      return { response, url, failure: () => failure };
    }
    response.resume();
    if (hop >= options.maxRedirects) throw new Error(`too many redirects (more than ${options.maxRedirects}) from ${start.href}`);
    const next = parseHttpUrl(new URL(location, url).href);
    checkTransport(next, url, options.allowHttp);
    url = next;
  }
}
