/**
 * Serves the exported site (out/) over HTTP the way a static host or CDN does: /path/ →
 * path/index.html, unknown paths → 404.html with status 404, text gzipped for clients that accept
 * it (so benchmarks count the bytes a reader would download). No network beyond the port.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { outDir } from '../lib/build-context';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt', '.svg', '.csv']);
const gzipped = new Map<string, Buffer>();

function compressed(file: string): Buffer {
  const key = `${file}:${fs.statSync(file).mtimeMs}`;
  let body = gzipped.get(key);
  if (!body) gzipped.set(key, (body = gzipSync(fs.readFileSync(file))));
  return body;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function createStaticServer(root: string): http.Server {
  const base = path.resolve(root);
  return http.createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    const file = resolveFile(base, pathname);
    if (file === 'redirect') {
      res.writeHead(308, { Location: `${pathname}/` }).end();
      return;
    }
    const notFound = path.join(base, '404.html');
    const body = file ?? (fs.existsSync(notFound) ? notFound : undefined);
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers: http.OutgoingHttpHeaders = { 'Content-Type': TYPES[path.extname(body)] ?? 'application/octet-stream' };
    const gzip = COMPRESSIBLE.has(path.extname(body)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    res.writeHead(file ? 200 : 404, headers);
    if (req.method === 'HEAD') res.end();
    else if (gzip) res.end(compressed(body));
    else fs.createReadStream(body).pipe(res);
  });
}

function resolveFile(base: string, pathname: string): string | 'redirect' | undefined {
  const target = path.join(base, pathname);
  if (target !== base && !target.startsWith(base + path.sep)) return undefined;
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (stat?.isFile()) return target;
  if (stat?.isDirectory()) {
    if (!pathname.endsWith('/')) return 'redirect';
    const index = path.join(target, 'index.html');
    return fs.existsSync(index) ? index : undefined;
  }
  return undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const root = path.relative(process.cwd(), outDir()) || '.';
  const port = Number(process.env.PORT ?? 3000);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`No exported site in ${root}/: run "npm run build" first.`);
    process.exit(1);
  }
  createStaticServer(root).listen(port, '127.0.0.1', () => {
    console.log(`Faultline: serving ${root}/ on http://localhost:${port}`);
  });
}
