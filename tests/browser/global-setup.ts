// Serves the production build (dist/) for the browser tests, as a static host would.

import { existsSync } from 'node:fs';
import { freePort } from '../free-port.ts';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = process.env.TP_DIST ?? 'dist';
  if (!existsSync(new URL(`../../${outDir}/index.html`, import.meta.url))) {
    throw new Error(`${outDir}/ is missing: run \`npm run build\` first (npm test does).`);
  }
  const port = await freePort();
  // vite.config.ts reads TP_DIST too, so preview serves the same folder the build wrote
  const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1', open: false }, logLevel: 'warn' });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
