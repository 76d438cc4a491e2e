// Compiles ink with inkjs's compiler. Build tools and tests only: the browser ships the runtime alone.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';

export interface InkIssue {
  severity: 'error' | 'warning' | 'todo';
  message: string;
  file: string | null;
  line: number | null;
}

export interface CompileResult {
  json: string | null;
  issues: InkIssue[];
  /** every file read, the root included: watch these for hot reload */
  files: string[];
}

const WHERE = /'([^']+)' line (\d+)/;

function toIssue(message: string, type: number): InkIssue {
  const severity = type === 2 ? 'error' : type === 1 ? 'warning' : 'todo';
  const m = WHERE.exec(message);
  return { severity, message, file: m?.[1] ?? null, line: m?.[2] ? Number(m[2]) : null };
}

/** Compiles the ink file at `path` (INCLUDEs resolved beside it). Never throws for ink errors. */
export function compileInkFile(
  path: string,
  readFile: (p: string) => string = (p) => readFileSync(p, 'utf8'),
  opts: { countAllVisits?: boolean } = {},
): CompileResult {
  const root = resolve(path);
  const dir = dirname(root);
  const files = [root];
  const issues: InkIssue[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(dir, name),
    LoadInkFileContents: (full: string) => {
      files.push(full);
      return readFile(full);
    },
  };
  const source = readFile(root);
  const options = new CompilerOptions(
    root.slice(dir.length + 1),
    [],
    opts.countAllVisits ?? false,
    (message: string, type: number) => issues.push(toIssue(message, type)),
    fileHandler,
  );
  let json: string | null;
  try {
    const story = new Compiler(source, options).Compile();
    const out = story.ToJson();
    json = typeof out === 'string' ? out : null;
  } catch (e) {
    if (!issues.some((i) => i.severity === 'error')) {
      issues.push({ severity: 'error', message: String(e instanceof Error ? e.message : e), file: null, line: null });
    }
    json = null;
  }
  if (issues.some((i) => i.severity === 'error')) json = null;
  return { json, issues, files: [...new Set(files)] };
}
