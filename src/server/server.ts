// One Node HTTP server on one port: the built game as static files, and the live classroom rooms
// (Colyseus 0.16) with the checks the issue asks for: origins, code look-ups, body sizes, no logged secrets.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, matchMaker, type Presence, type ServerOptions } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { JOIN_LIMIT, LOOKUP_LIMIT, hasToken, take, type Bucket, type LiveEpisode } from '../core/live.ts';
import { ClassRoom, roomConfig } from './room.ts';
import { colyseusLogger, log } from './log.ts';
import { staticFiles } from './static.ts';

export interface LiveServerOptions {
  /** the built game to serve */
  dist: string;
  port: number;
  /** loopback by default */
  host?: string;
  catalogue: ReadonlyMap<string, LiveEpisode>;
  /** origins allowed besides the server's own (the address a page was loaded from) */
  origins?: string[];
  hostGraceSeconds?: number;
  reconnectSeconds?: number;
  /** rooms created per address: burst and refill per second */
  createLimit?: { burst: number; perSecond: number };
  lookupLimit?: { burst: number; perSecond: number };
  /** joins per address, right code or not: each holds a seat for a while, so one phone cannot hold them all */
  joinLimit?: { burst: number; perSecond: number };
  /** trust X-Forwarded-For for the client's address (only behind a proxy you run) */
  trustProxy?: boolean;
  /** Redis for several processes: its URL (presence and driver) */
  redisUrl?: string;
  /** the address other processes reach this one at (with Redis) */
  publicAddress?: string;
  /** seconds between pings; a client missing two is dropped (and may reconnect) */
  pingSeconds?: number;
}

export interface LiveServer {
  port: number;
  close(): Promise<void>;
}

/** Largest request body the matchmaker will read (its own reader has no cap). */
const MAX_BODY = 4096;
/** Upper bound on tracked addresses, so a spray of addresses cannot grow memory without end. */
const MAX_TRACKED = 50_000;

export async function startLiveServer(o: LiveServerOptions): Promise<LiveServer> {
  roomConfig.catalogue = o.catalogue;
  if (o.hostGraceSeconds !== undefined) roomConfig.hostGraceSeconds = o.hostGraceSeconds;
  if (o.reconnectSeconds !== undefined) roomConfig.reconnectSeconds = o.reconnectSeconds;
  const lookup = o.lookupLimit ?? LOOKUP_LIMIT;
  const joinLimit = o.joinLimit ?? JOIN_LIMIT;
  const joins = new Map<string, Bucket>();
  const create = o.createLimit ?? { burst: 20, perSecond: 0.2 };
  const failures = new Map<string, Bucket>();
  const creates = new Map<string, Bucket>();

  const http = createServer();
  const files = staticFiles(o.dist);
  const allowed = new Set(o.origins ?? []);
  const originOk = (origin: string | undefined, hostHeader: string | undefined): boolean => {
    // a page always sends Origin; a missing one is not a browser, which cannot be hijacked cross-site
    if (origin === undefined) return true;
    if (allowed.has(origin)) return true;
    try {
      return new URL(origin).host === hostHeader;
    } catch {
      return false;
    }
  };
  const addressOf = (req: IncomingMessage): string => {
    const fwd = req.headers['x-forwarded-for'];
    if (o.trustProxy && typeof fwd === 'string') return fwd.split(',')[0]?.trim() ?? '';
    return req.socket.remoteAddress ?? '';
  };

  let presence: Presence | undefined;
  let driver: ServerOptions['driver'];
  if (o.redisUrl) {
    const { RedisPresence } = await import('@colyseus/redis-presence');
    const { RedisDriver } = await import('@colyseus/redis-driver');
    presence = new RedisPresence(o.redisUrl);
    driver = new RedisDriver(o.redisUrl);
  }

  const transport = new WebSocketTransport({
    server: http,
    maxPayload: 4096,
    pingInterval: (o.pingSeconds ?? 10) * 1000,
    pingMaxRetries: 2,
    verifyClient: (info, done) => {
      const ok = originOk(info.origin || undefined, info.req.headers.host);
      if (!ok) log('origin-refused');
      done(ok, 403);
    },
  });
  const game = new Server({
    transport,
    presence,
    driver,
    greet: false,
    gracefullyShutdown: false,
    logger: colyseusLogger,
    publicAddress: o.publicAddress,
  });
  game.define('class', ClassRoom);
  // CORS for the matchmaker: only allowed origins (Colyseus's default reflects any origin)
  const {
    ['Access-Control-Allow-Origin']: _any,
    ['Access-Control-Allow-Credentials']: _creds,
    ...cors
  } = matchMaker.controller.DEFAULT_CORS_HEADERS;
  matchMaker.controller.DEFAULT_CORS_HEADERS = cors as typeof matchMaker.controller.DEFAULT_CORS_HEADERS;
  matchMaker.controller.exposedMethods = ['create', 'joinById', 'reconnect'];
  matchMaker.controller.getCorsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    return origin && originOk(origin, req.headers.host) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
  };

  // Colyseus put its matchmaking listener on the server; ours goes in front of it.
  const colyseusListeners = http.listeners('request').slice(0) as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (!url.startsWith('/matchmake/')) return files(req, res);
    void guardMatchmake(req, res, url).then((pass) => {
      if (pass) for (const l of colyseusListeners) l.call(http, req, res);
    });
  });

  const refuse = (res: ServerResponse, status: number, code: number, error: string) => {
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code, error }));
  };
  const remember = (map: Map<string, Bucket>, key: string, b: Bucket) => {
    if (map.size >= MAX_TRACKED && !map.has(key)) map.delete(map.keys().next().value ?? '');
    map.set(key, b);
  };

  /** Checks a matchmaking request; false when it was answered here. */
  async function guardMatchmake(req: IncomingMessage, res: ServerResponse, url: string): Promise<boolean> {
    if (req.method === 'OPTIONS') return true;
    if (!originOk(req.headers.origin, req.headers.host)) {
      log('origin-refused');
      refuse(res, 403, 403, 'origin');
      return false;
    }
    const length = Number(req.headers['content-length'] ?? NaN);
    if (req.method !== 'POST' || !Number.isFinite(length) || length > MAX_BODY) {
      refuse(res, 413, 413, 'too large');
      req.resume();
      return false;
    }
    const m = /^\/matchmake\/(create|joinById|reconnect)\/([A-Za-z0-9_-]{1,80})$/.exec(url);
    if (!m) {
      // no joining by room name or at random: a room is reached by its code
      refuse(res, 404, 404, 'no such method');
      req.resume();
      return false;
    }
    const address = addressOf(req);
    const now = Date.now();
    if (m[1] === 'create') {
      const t = take(creates.get(address), now, create.burst, create.perSecond);
      remember(creates, address, t.bucket);
      if (!t.ok) {
        refuse(res, 429, 429, 'slow down');
        req.resume();
        return false;
      }
      return true;
    }
    if (m[1] === 'joinById') {
      if (!hasToken(failures.get(address), now, lookup.burst, lookup.perSecond)) {
        log('lookup-limited');
        refuse(res, 429, 429, 'slow down');
        req.resume();
        return false;
      }
      const j = take(joins.get(address), now, joinLimit.burst, joinLimit.perSecond);
      remember(joins, address, j.bucket);
      if (!j.ok) {
        log('lookup-limited');
        refuse(res, 429, 429, 'slow down');
        req.resume();
        return false;
      }
      const found = await matchMaker.query({ roomId: m[2] ?? '' });
      if (found.length === 0) {
        remember(failures, address, take(failures.get(address), now, lookup.burst, lookup.perSecond).bucket);
        // the same answer Colyseus gives, so a page shows one message for a wrong code
        refuse(res, 200, 4212, 'no room with that code');
        req.resume();
        return false;
      }
    }
    return true;
  }

  await game.listen(o.port, o.host ?? '127.0.0.1');
  const port = (http.address() as AddressInfo).port;
  log('listening', port);
  return {
    port,
    close: async () => {
      await game.gracefullyShutdown(false);
      http.closeAllConnections();
    },
  };
}
