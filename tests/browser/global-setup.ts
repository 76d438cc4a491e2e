// Serves the production build (dist/) for the browser tests, as a static host would.

import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

export const PORT = 4174;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
  const server = await preview({ preview: { port: PORT, strictPort: true, open: false }, logLevel: 'warn' });
  project.provide('baseUrl', `http://127.0.0.1:${PORT}/`);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
