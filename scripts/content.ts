// Loads story/ from disk for the build, the tests and the story check: compiles ink, validates the record.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compileInkFile, type CompileResult } from '../src/core/compile.ts';
import { validateClassroom, type Classroom } from '../src/core/classroom.ts';
import { validateContent, type Content } from '../src/core/record.ts';
import { validateFigures, type Figures } from '../src/core/figures.ts';

export const STORY_DIR = resolve(import.meta.dirname, '..', 'story');
export const MAIN_INK = join(STORY_DIR, 'main.ink');

function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${relative(STORY_DIR, path)} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

const FOLDERS = ['record', 'places', 'people', 'glossary', 'classroom', 'figures'] as const;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** The files content is read from, for watching. */
export function contentFiles(dir = STORY_DIR): string[] {
  return [join(dir, 'chapter.json'), join(dir, 'protagonist.json'), ...FOLDERS.flatMap((f) => jsonFiles(join(dir, f)))];
}

function readFolder(dir: string, folder: string, skip = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of jsonFiles(join(dir, folder))) {
    const name = relative(dir, path);
    if (name === skip) continue;
    out[name] = readJson(path);
  }
  return out;
}

/** Reads and validates places, people, endings and every record file. Throws RecordError on a fault. */
export function loadContent(dir = STORY_DIR): Content {
  const content = validateContent({
    chapter: readJson(join(dir, 'chapter.json')),
    protagonist: existsSync(join(dir, 'protagonist.json')) ? readJson(join(dir, 'protagonist.json')) : undefined,
    record: readFolder(dir, 'record', 'record/endings.json'),
    endings: readJson(join(dir, 'record', 'endings.json')),
    places: readFolder(dir, 'places'),
    people: readFolder(dir, 'people'),
    glossary: readFolder(dir, 'glossary'),
  });
  // the stage's figures are checked with the rest (a bad figure fails the build), and shipped with the stage
  loadFigures(content, dir);
  return content;
}

/** Reads and validates story/figures/ against the people. Throws RecordError on a fault. */
export function loadFigures(content: Content, dir = STORY_DIR): Figures {
  return validateFigures(readFolder(dir, 'figures'), Object.keys(content.people));
}

export function compileStory(path = MAIN_INK): CompileResult {
  return compileInkFile(path);
}

/** The parts of the chapter: the knots its page turns (# part) lead into. */
export function partsOf(storyJson: string): string[] {
  return [...storyJson.matchAll(/\^part: ([A-Za-z0-9_-]+)/g)].map((m) => m[1] ?? '');
}

/** Reads and validates the classroom episodes and teacher guide against the story. */
export function loadClassroom(content: Content, storyJson: string, dir = STORY_DIR): Classroom {
  return validateClassroom(
    readJson(join(dir, 'classroom', 'episodes.json')),
    readJson(join(dir, 'classroom', 'guide.json')),
    content,
    partsOf(storyJson),
  );
}
