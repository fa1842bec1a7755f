import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { ELDER_MODE, MODE_STYLESHEET_HEADERS, nodeResponse, runViewerRequest, viewerRequestEvent } from '@union/config/edge';

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

/** One site of the origin: the folder it is served from, mounted at its base path. */
export interface SiteMount {
  /** `/` or `/<name>/`; a request goes to the mount with the longest matching base path. */
  basePath: string;
  /**
   * Folder with the built site, usually the publisher's `current` symlink: it is resolved on every
   * request, so a swapped release is served at once and each response comes from one release.
   */
  root: string;
}

export interface StaticServerOptions {
  sites: readonly SiteMount[];
  port: number;
  host?: string;
  /** Requests under /v1/ go here, as CloudFront's /v1/* behaviour does in production. */
  apiOrigin: string;
  /** Response headers added to every file, mirroring the CloudFront response-headers policy. */
  headers?: Record<string, string>;
}

/**
 * Serves the built static sites on one origin the way S3 + CloudFront do in production: every
 * GET and HEAD first goes through the same viewer-request function CloudFront runs (directory
 * indexes, the elder-mode switch and stylesheet), then the rewritten path is served from the site
 * mounted there, a miss with that site's designed 404 page; /v1/* is proxied to the participation
 * API so the pages and the API share one origin. Written here rather than using `astro preview`
 * because preview serves one site, with no proxy, no edge function and no production headers.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const mounts = checkMounts(options.sites);
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
    // A microsite's bare name gets its slash, so the browser resolves the site's links from there.
    const bare = mounts.find((m) => m.basePath !== '/' && `${url.pathname}/` === m.basePath);
    if (bare) {
      res.writeHead(301, { location: `${bare.basePath}${url.search}`, 'cache-control': 'no-cache' }).end();
      return;
    }
    try {
      const edge = runViewerRequest(viewerRequestEvent({ method: req.method, url: req.url ?? '/', headers: req.headers, ip: req.socket.remoteAddress }));
      if (edge.kind === 'response') {
        const answer = nodeResponse(edge.response);
        const headers = { ...options.headers, ...answer.headers };
        if (answer.statusMessage) res.writeHead(answer.status, answer.statusMessage, headers);
        else res.writeHead(answer.status, headers);
        res.end(req.method === 'HEAD' ? undefined : answer.body);
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(edge.request.uri);
      } catch {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('400');
        return;
      }
      const mount = mountFor(mounts, pathname);
      const release = mount && (await realRoot(mount.root));
      if (!mount || !release) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
        return;
      }
      // Inside the mount's folder, the path continues after its base path (which ends in "/").
      const file = await resolveFile(release, pathname.slice(mount.basePath.length - 1));
      if (file) {
        const stylesheet = url.pathname === ELDER_MODE.stylesheetPath;
        send(res, req.method, file, 200, stylesheet ? { ...options.headers, ...MODE_STYLESHEET_HEADERS } : options.headers);
        return;
      }
      const notFound = path.join(release, '404.html');
      if (await isFile(notFound)) send(res, req.method, notFound, 404, options.headers);
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

function checkMounts(sites: readonly SiteMount[]): SiteMount[] {
  for (const site of sites) {
    if (!/^\/([^/]+\/)*$/.test(site.basePath)) throw new Error(`A site's base path must start and end with "/": "${site.basePath}"`);
  }
  const bases = sites.map((s) => s.basePath);
  const twice = bases.find((base, i) => bases.indexOf(base) !== i);
  if (twice) throw new Error(`Two sites are mounted at ${twice}`);
  return sites.map((s) => ({ basePath: s.basePath, root: path.resolve(s.root) })).sort((a, b) => b.basePath.length - a.basePath.length);
}

/** The mount with the longest base path the path falls under (mounts are sorted longest first). */
function mountFor(mounts: readonly SiteMount[], pathname: string): SiteMount | undefined {
  return mounts.find((m) => pathname.startsWith(m.basePath));
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

/** The file at that path in the release, as S3 looks up a key: no directory indexes (the edge function adds them). */
async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const target = path.resolve(root, `.${pathname}`);
  // Refuse anything that escapes the site folder (../ tricks).
  if (!target.startsWith(root + path.sep)) return undefined;
  return (await isFile(target)) ? target : undefined;
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
