// Vite plugin: compiles story/*.ink at build time, validates the record, and renders the opening
// turn into index.html so the first choice is readable and clickable before any script runs.
// The ink is compiled once per build (and once per edit in the dev server), whoever asks for it.

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import type { Classroom } from '../src/core/classroom.ts';
import { indexOf, type Content } from '../src/core/record.ts';
import { Session } from '../src/core/session.ts';
import { KEYS } from '../src/app/persistence.ts';
import { LANGUAGES, SOURCE_LANGUAGE, localiseContent, type Language } from '../src/core/i18n.ts';
import { localTurn, useLanguage } from '../src/ui/language.ts';
import { escapeHtml, turnToHtml } from '../src/ui/prerender.ts';
import { uiText } from '../src/ui/strings.ts';
import { loadLanguage } from './i18n-lib.ts';
import type { Figures } from '../src/core/figures.ts';
import { checkIds } from './ink-ids-lib.ts';
import { compileStory, contentFiles, loadClassroom, loadContent, loadFigures, STORY_DIR } from './content.ts';

const STORY_ID = 'virtual:story';
const CONTENT_ID = 'virtual:content';
const INDEX_ID = 'virtual:content-index';
const CLASSROOM_ID = 'virtual:classroom';
/** how people look on stage (story/figures): imported by the stage's chunk only */
const FIGURES_ID = 'virtual:figures';
const IDS = [STORY_ID, CONTENT_ID, INDEX_ID, CLASSROOM_ID, FIGURES_ID];
const resolved = (id: string) => `\0${id}`;

interface Built {
  json: string;
  /** the ink files the story was compiled from, to watch */
  files: string[];
  content: Content;
  classroom: Classroom;
  figures: Figures;
}

type CompileError = Error & { id?: string; loc?: { file: string; line: number; column: number } };

/** Compiles the ink and validates the content; throws an error that names the file and line. */
function build(): Built {
  const result = compileStory();
  const problems = result.issues.filter((i) => i.severity !== 'todo');
  if (result.json === null || problems.length > 0) {
    const first = problems[0];
    const err: CompileError = new Error(`Ink ${first?.severity ?? 'error'} in story/: ${problems.map((p) => p.message).join('\n')}`);
    if (first?.file) {
      const file = `${STORY_DIR}/${first.file}`;
      err.id = file;
      err.loc = { file, line: first.line ?? 1, column: 0 };
    }
    throw err;
  }
  // every line and choice carries a line id, the key of its translations (npm run story:ids adds them)
  const idProblems = checkIds(result.files.map((f) => ({ name: relative(process.cwd(), f), source: readFileSync(f, 'utf8') })));
  if (idProblems.length > 0) throw new Error(`Line ids in story/:\n${idProblems.join('\n')}`);
  const content = loadContent();
  return { json: result.json, files: result.files, content, classroom: loadClassroom(content, result.json), figures: loadFigures(content) };
}

/** A module whose default export is `data`: JSON.parse of a string literal parses faster than the same object as JS. */
const jsonModule = (data: unknown) =>
  `export default JSON.parse(${JSON.stringify(typeof data === 'string' ? data : JSON.stringify(data))});`;

/**
 * The end of <body>: when the head's script chose another language than English, the page's English
 * is replaced by that language's template, before the first paint (the stylesheet hides the body until then).
 */
const SWAP_SCRIPT = `
      (function () {
        var root = document.documentElement, lang = root.getAttribute('data-lang-swap'), me = document.currentScript;
        var t = lang ? document.getElementById('tp-lang-' + lang) : null;
        if (t && me) {
          for (var n = document.body.firstChild, next; n && n !== me; n = next) {
            next = n.nextSibling;
            if (n.nodeName !== 'TEMPLATE') document.body.removeChild(n);
          }
          document.body.insertBefore(t.content, me);
          document.title = t.getAttribute('data-title') || document.title;
        }
        root.removeAttribute('data-lang-swap');
      })();
    `;

export function storyPlugin(): Plugin {
  let built: Built | null = null;
  let serving = false;
  const get = (): Built => (built ??= build());

  return {
    name: 'turning-points-story',
    configureServer() {
      serving = true;
    },
    buildStart() {
      built = null; // a new build compiles afresh, once
    },
    resolveId(id) {
      return IDS.includes(id) ? resolved(id) : null;
    },
    load(id) {
      if (!IDS.some((x) => resolved(x) === id)) return null;
      const b = get();
      for (const f of [...b.files, ...contentFiles()]) this.addWatchFile(f);
      if (id === resolved(STORY_ID)) return jsonModule(b.json);
      if (id === resolved(CLASSROOM_ID)) return jsonModule(b.classroom);
      if (id === resolved(FIGURES_ID)) return jsonModule(b.figures);
      // the index ships with the first screen; the full record and glossary load in their own chunk
      return jsonModule(id === resolved(INDEX_ID) ? indexOf(b.content) : b.content);
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(STORY_DIR)) return undefined;
      // A story edit changes the ink and maybe the record: recompile once and reload the page.
      built = null;
      for (const id of IDS) {
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
        let b: Built;
        try {
          b = get();
        } catch (e) {
          if (serving) return html; // the module load shows the error in the overlay
          throw e;
        }
        const session = new Session(b.json, b.content);
        const turn = session.start();
        // the page in every language: the English is the page; the others wait in templates that the
        // head's script picks from (the player's setting, or the browser's languages) before the first paint
        const page = (lang: Language): string => {
          const table = lang === SOURCE_LANGUAGE ? null : loadLanguage(lang);
          useLanguage(lang, table);
          const content = localiseContent(b.content, table);
          return html
            .replaceAll('<!--chapter-title-->', escapeHtml(content.chapter.title))
            .replace(/\{\{ui:([A-Za-z0-9_.-]+)\}\}/g, (_m, path: string) => escapeHtml(uiText(path)))
            .replace('<!--prerender-->', turnToHtml(localTurn(turn), content, session.fingerprint));
        };
        let pages: string[];
        try {
          pages = LANGUAGES.map(page);
        } finally {
          useLanguage(SOURCE_LANGUAGE, null);
        }
        const body = (p: string) => /<body>([\s\S]*)<\/body>/.exec(p)?.[1] ?? '';
        const title = (p: string) => /<title>([^<]*)<\/title>/.exec(p)?.[1] ?? '';
        const templates = LANGUAGES.slice(1)
          .map(
            (lang, i) => `<template id="tp-lang-${lang}" data-title="${title(pages[i + 1] ?? '')}">${body(pages[i + 1] ?? '')}</template>`,
          )
          .join('');
        // the templates come last, just before the script that swaps them in: an English page parses its
        // own first choice before them (the body stays hidden in another language until the swap)
        return (pages[0] ?? html)
          .replace('</body>', `  ${templates}\n    <script>${SWAP_SCRIPT}</script>\n  </body>`)
          .replace('__TP_LANGUAGES__', JSON.stringify(LANGUAGES))
          .replace('__TP_SETTINGS_KEY__', JSON.stringify(KEYS.settings));
      },
    },
  };
}
