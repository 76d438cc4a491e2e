// Vite plugin: compiles story/*.ink at build time, validates the record, and renders the opening
// turn into index.html so the first choice is readable and clickable before any script runs.

import { relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { indexOf } from '../src/core/record.ts';
import { Session } from '../src/core/session.ts';
import { turnToHtml } from '../src/ui/prerender.ts';
import { compileStory, contentFiles, loadClassroom, loadContent, MAIN_INK, STORY_DIR } from './content.ts';

const STORY_ID = 'virtual:story';
const CONTENT_ID = 'virtual:content';
const INDEX_ID = 'virtual:content-index';
const CLASSROOM_ID = 'virtual:classroom';
const resolved = (id: string) => `\0${id}`;

export function storyPlugin(): Plugin {
  let server: ViteDevServer | undefined;

  function compileOrThrow(): string {
    const result = compileStory();
    const problems = result.issues.filter((i) => i.severity !== 'todo');
    if (result.json === null || problems.length > 0) {
      const first = problems[0];
      const err = new Error(`Ink ${first?.severity ?? 'error'} in story/: ${problems.map((p) => p.message).join('\n')}`) as Error & {
        id?: string;
        loc?: { file: string; line: number; column: number };
      };
      if (first?.file) {
        const file = `${STORY_DIR}/${first.file}`;
        err.id = file;
        err.loc = { file, line: first.line ?? 1, column: 0 };
      }
      throw err;
    }
    return result.json;
  }

  return {
    name: 'turning-points-story',
    resolveId(id) {
      if (id === STORY_ID || id === CONTENT_ID || id === INDEX_ID || id === CLASSROOM_ID) return resolved(id);
      return null;
    },
    load(id) {
      if (id === resolved(STORY_ID)) {
        const result = compileStory();
        for (const f of result.files) this.addWatchFile(f);
        const json = compileOrThrow();
        // JSON.parse of a string literal parses faster than the same object as JS source.
        return `export default JSON.parse(${JSON.stringify(json)});`;
      }
      if (id === resolved(CLASSROOM_ID)) {
        for (const f of contentFiles()) this.addWatchFile(f);
        const classroom = loadClassroom(loadContent(), compileOrThrow());
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(classroom))});`;
      }
      if (id === resolved(CONTENT_ID) || id === resolved(INDEX_ID)) {
        for (const f of contentFiles()) this.addWatchFile(f);
        const content = loadContent();
        // the index ships with the first screen; the full record and glossary load in their own chunk
        const data = id === resolved(INDEX_ID) ? indexOf(content) : content;
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
      }
      return null;
    },
    configureServer(s) {
      server = s;
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(STORY_DIR)) return undefined;
      // A story edit changes the ink and maybe the record: recompile both and reload the page.
      for (const id of [STORY_ID, CONTENT_ID, INDEX_ID, CLASSROOM_ID]) {
        const mod = ctx.server.moduleGraph.getModuleById(resolved(id));
        if (mod) ctx.server.moduleGraph.invalidateModule(mod);
      }
      ctx.server.ws.send({ type: 'full-reload' });
      console.log(`[story] ${relative(STORY_DIR, ctx.file)} changed: story reloaded`);
      return [];
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        let json: string;
        try {
          json = compileOrThrow();
        } catch (e) {
          if (server) return html; // the module load shows the error in the overlay
          throw e;
        }
        const content = loadContent();
        const session = new Session(json, content);
        const turn = session.start();
        return html.replace('<!--prerender-->', turnToHtml(turn, content, session.fingerprint));
      },
    },
  };
}

export { MAIN_INK };
