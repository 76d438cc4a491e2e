// Vite plugin: each language other than English is a table (id → text) built from story/i18n/<lang>/
// (scripts/i18n-lib.ts), shipped as lazily loaded chunks so an English page never fetches them:
//   virtual:i18n/<lang>       the story's lines, the interface, chapter, people, places, endings: the first screen
//   virtual:i18n/<lang>/full  the record, the glossary, the protagonist's path: after the first screen
//   virtual:i18n/<lang>/class the classroom's episodes and the teacher guide: only when the classroom opens
//   virtual:i18n/<lang>/live  what a live room's phone shows: the live interface, the episodes, the record
// A text not yet translated is left out (the game shows the English).

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES, SOURCE_LANGUAGE, type Table } from '../src/core/i18n.ts';
import { I18N, STORY, loadLanguage } from './i18n-lib.ts';

const PREFIX = 'virtual:i18n/';
const PARTS = {
  full: ['record.', 'glossary.', 'protagonist.'],
  class: ['episode.', 'guide.'],
  live: ['ui.live.', 'episode.', 'record.'],
};
const LATER = [...PARTS.full, ...PARTS.class, 'ui.live.'];

export type TablePart = 'first' | keyof typeof PARTS;

/** Of the record, a phone shows only each decision's question, its options' words and the voices of the time. */
const PHONE_RECORD = /^record\.[^.]+\.(title|options\.[^.]+\.label|voices\.\d+\.(label|speech|quote\.text|quote\.source))$/;

/** The part of a language's table that one chunk carries. */
export function tablePart(table: Table, part: TablePart): Table {
  const keep = (id: string) =>
    part === 'first'
      ? !LATER.some((p) => id.startsWith(p))
      : PARTS[part].some((p) => id.startsWith(p)) && (part !== 'live' || !id.startsWith('record.') || PHONE_RECORD.test(id));
  return Object.fromEntries(Object.entries(table).filter(([id]) => keep(id)));
}

function parseId(id: string): { lang: string; part: TablePart } | null {
  if (!id.startsWith(PREFIX)) return null;
  const [lang, part = 'first'] = id.slice(PREFIX.length).split('/');
  if (!lang || lang === SOURCE_LANGUAGE || !(LANGUAGES as readonly string[]).includes(lang)) return null;
  if (part !== 'first' && !Object.prototype.hasOwnProperty.call(PARTS, part)) return null;
  return { lang, part: part as TablePart };
}

/** the English of the live room's words (the `live` part of story/interface.json), for the phone's page alone */
const LIVE_UI = 'virtual:interface/live';

export function i18nPlugin(): Plugin {
  const tables = new Map<string, Table>();
  const table = (lang: string) => {
    let t = tables.get(lang);
    if (!t) tables.set(lang, (t = loadLanguage(lang)));
    return t;
  };
  return {
    name: 'turning-points-i18n',
    buildStart() {
      tables.clear();
    },
    resolveId(id) {
      return parseId(id) || id === LIVE_UI ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith('\0')) return null;
      if (id === `\0${LIVE_UI}`) {
        const file = join(STORY, 'interface.json');
        this.addWatchFile(file);
        const ui = JSON.parse(readFileSync(file, 'utf8')) as { live?: unknown };
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(ui.live ?? {}))});`;
      }
      const p = parseId(id.slice(1));
      if (!p) return null;
      const data = tablePart(table(p.lang), p.part);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    // index.html's head script starts fetching the chosen language's first table at once (a modulepreload),
    // beside the game's script rather than after it; it reads the chunks' names from here
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files: Record<string, string> = {};
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type !== 'chunk' || !chunk.facadeModuleId?.startsWith(`\0${PREFIX}`)) continue;
          const p = parseId(chunk.facadeModuleId.slice(1));
          if (p?.part === 'first') files[p.lang] = `./${chunk.fileName}`;
        }
        return html.replace('__TP_TABLES__', JSON.stringify(files));
      },
    },
    handleHotUpdate(ctx) {
      if (!relative(I18N, ctx.file).startsWith('..') || ctx.file.endsWith('interface.json')) {
        tables.clear();
        for (const m of ctx.server.moduleGraph.idToModuleMap.values())
          if (m.id?.startsWith(`\0${PREFIX}`)) ctx.server.moduleGraph.invalidateModule(m);
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
