// The live rooms' real server for the browser tests: the build's pages and the rooms of the real
// classroom episodes on one free port, quiet (the tests read the pages, not the log).

import { resolve } from 'node:path';
import type { Classroom } from '../../src/core/classroom.ts';
import { liveCatalogue } from '../../src/core/live.ts';
import type { Content } from '../../src/core/record.ts';
import { setQuiet } from '../../src/server/log.ts';
import { startLiveServer, type LiveServer } from '../../src/server/server.ts';

export async function startRoomServer(content: Content, classroom: Classroom): Promise<{ server: LiveServer; url: string }> {
  setQuiet(true);
  const server = await startLiveServer({
    dist: resolve(process.env.TP_DIST ?? 'dist'),
    port: 0,
    catalogue: liveCatalogue(classroom.episodes, content.decisions, content.record),
  });
  return { server, url: `http://127.0.0.1:${server.port}` };
}
