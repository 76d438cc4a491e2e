// One room server process for the Redis test: the test's catalogue, REDIS_URL from the environment,
// on the port it is given; prints "ready" once it listens.

import { startTestServer } from './helpers.ts';

const port = Number(process.env.TP_PORT);
await startTestServer({ port, redisUrl: process.env.REDIS_URL, publicAddress: `127.0.0.1:${port}` });
process.stdout.write('ready\n');
