// `npm start`: serves the built game and the live classroom rooms on one port.
// Environment: PORT (4173), TP_HOST (127.0.0.1), TP_DIST (dist), TP_ORIGINS (extra allowed origins, comma
// separated), REDIS_URL (several processes share the rooms), TP_PUBLIC_ADDRESS (this process, for Redis).

import { resolve } from 'node:path';
import { compileStory, loadClassroom, loadContent } from '../../scripts/content.ts';
import { liveCatalogue } from '../core/live.ts';
import { startLiveServer } from './server.ts';

const content = loadContent();
const story = compileStory();
if (story.json === null) throw new Error('the story does not compile');
const classroom = loadClassroom(content, story.json);
const env = process.env;
const server = await startLiveServer({
  dist: resolve(env.TP_DIST ?? 'dist'),
  port: Number(env.PORT ?? 4173),
  host: env.TP_HOST ?? '127.0.0.1',
  catalogue: liveCatalogue(classroom.episodes, content.decisions, content.record),
  origins: (env.TP_ORIGINS ?? '').split(',').filter((s) => s !== ''),
  redisUrl: env.REDIS_URL || undefined,
  publicAddress: env.TP_PUBLIC_ADDRESS || undefined,
  trustProxy: env.TP_TRUST_PROXY === '1',
});
console.log(`Turning Points: http://${env.TP_HOST ?? '127.0.0.1'}:${server.port}/ (live rooms on the same port)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
