// A plain static host for the build, as a school's web server would be, that a test can break on
// purpose: serve under a sub-path, hang every request, or lose files (as after an update).

import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

export const DIST = new URL(`../../${process.env.TP_DIST ?? 'dist'}/`, import.meta.url).pathname;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface StaticHost {
  /** the address of the game: http://127.0.0.1:PORT/prefix */
  url: string;
  /** requests for paths outside the prefix, or for files not in the build */
  misses: string[];
  /** when true, no request gets an answer */
  hang: boolean;
  /** paths answered with 404 although the file exists */
  gone: Set<string>;
  close(): void;
}

export async function staticHost(prefix = '/'): Promise<StaticHost> {
  const host: StaticHost = { url: '', misses: [], hang: false, gone: new Set(), close: () => undefined };
  const server: Server = createServer((req, res) => {
    if (host.hang) return; // never answers
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(prefix) ? normalize(join(DIST, path.slice(prefix.length) || 'index.html')) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(DIST) || !existsSync(file) || host.gone.has(path)) {
      host.misses.push(path);
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404 Not Found</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  host.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}${prefix}`;
  host.close = () => {
    host.hang = false;
    server.closeAllConnections();
    server.close();
  };
  return host;
}
