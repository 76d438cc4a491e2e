// Loads story/ from disk for the build, the tests and the story check: compiles ink, validates the record.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compileInkFile, type CompileResult } from '../src/core/compile.ts';
import { validateContent, type Content } from '../src/core/record.ts';

export const STORY_DIR = resolve(import.meta.dirname, '..', 'story');
export const MAIN_INK = join(STORY_DIR, 'main.ink');

function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${relative(STORY_DIR, path)} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The files content is read from, for watching. */
export function contentFiles(dir = STORY_DIR): string[] {
  const recordDir = join(dir, 'record');
  const records = readdirSync(recordDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(recordDir, f));
  return [join(dir, 'places.json'), join(dir, 'people.json'), ...records];
}

/** Reads and validates places, people, endings and every record file. Throws RecordError on a fault. */
export function loadContent(dir = STORY_DIR): Content {
  const recordDir = join(dir, 'record');
  const record: Record<string, unknown> = {};
  for (const f of readdirSync(recordDir).sort()) {
    if (!f.endsWith('.json') || f === 'endings.json') continue;
    record[`record/${f}`] = readJson(join(recordDir, f));
  }
  return validateContent({
    record,
    endings: readJson(join(recordDir, 'endings.json')),
    places: readJson(join(dir, 'places.json')),
    people: readJson(join(dir, 'people.json')),
  });
}

export function compileStory(path = MAIN_INK): CompileResult {
  return compileInkFile(path);
}
