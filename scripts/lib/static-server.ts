import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  /**
   * Folder with the built site, usually the publisher's `current` symlink: it is resolved on every
   * request, so a swapped release is served at once and each response comes from one release.
   */
  root: string;
  port: number;
  host?: string;
  /** Requests under /v1/ go here, as CloudFront's /v1/* behaviour does in production. */
  apiOrigin: string;
  /** Response headers added to every file, mirroring the CloudFront response-headers policy. */
  headers?: Record<string, string>;
}

/**
 * Serves a built static site the way S3 + CloudFront do in production: directory indexes,
 * the designed 404 page with status 404, and /v1/* proxied to the participation API so the
 * pages and the API share one origin. Written here rather than using `astro preview` because
 * preview has no proxy and no production headers.
 */
export function startStaticServer(options: StaticServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const root = path.resolve(options.root);
  const api = new URL(options.apiOrigin);

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/v1/')) {
      proxy(req, res, api);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('400');
      return;
    }
    try {
      const release = await realRoot(root);
      const file = release && (await resolveFile(release, pathname));
      if (file) {
        send(res, req.method, file, 200, options.headers);
        return;
      }
      const notFound = release && path.join(release, '404.html');
      if (notFound && (await isFile(notFound))) send(res, req.method, notFound, 404, options.headers);
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
    } catch (error) {
      // An async request handler that throws would be an unhandled rejection, which ends the process.
      console.error(`static server: ${req.url}:`, error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('500');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        url: `http://localhost:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** The folder the root points at now, or undefined before the first release exists. */
async function realRoot(root: string): Promise<string | undefined> {
  try {
    return await realpath(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const target = path.resolve(root, `.${pathname}`);
  // Refuse anything that escapes the site folder (../ tricks).
  if (target !== root && !target.startsWith(root + path.sep)) return undefined;
  for (const candidate of [target, path.join(target, 'index.html'), `${target}.html`]) {
    if (await isFile(candidate)) return candidate;
  }
  return undefined;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function send(res: http.ServerResponse, method: string | undefined, file: string, status: number, headers: Record<string, string> = {}) {
  const ext = path.extname(file).toLowerCase();
  const immutable = file.includes(`${path.sep}_astro${path.sep}`);
  res.writeHead(status, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...headers,
  });
  if (method === 'HEAD') res.end();
  // A release pruned between the lookup and the read ends the response instead of the server.
  else createReadStream(file).once('error', () => res.destroy()).pipe(res);
}

function proxy(req: http.IncomingMessage, res: http.ServerResponse, api: URL) {
  const upstream = http.request(
    {
      protocol: api.protocol,
      hostname: api.hostname,
      port: api.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: api.host, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) {
      res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
    }
    res.end(JSON.stringify({ error: { code: 'API_UNAVAILABLE', message: '报名服务暂时不可用，请稍后再试' } }));
  });
  req.pipe(upstream);
}
