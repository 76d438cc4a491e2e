// Line IDs for the ink: every line a player reads and every choice carries `# id: FILE.N`, the key of
// its translations (story/i18n/). IDs are never renumbered: a new line gets the file's next unused
// number, a deleted line's number is never reused while any later number exists.
// Used by scripts/ink-ids.ts (adds missing IDs) and the story build (fails on a line without one).

export interface InkLineProblem {
  line: number;
  text: string;
  problem: string;
}

const ID_TAG = /#\s*id:\s*([A-Za-z0-9_.-]+)/g;

/** What kind of ink source line this is, for the purpose of IDs. */
export type LineKind = 'text' | 'choice' | 'inline' | 'none';

/**
 * Classifies one source line. `text`: narration (an id goes at its end, before a trailing divert);
 * `choice`: a choice whose shown text is in brackets (the id goes inside the brackets);
 * `inline`: a one-line conditional `{cond: text}` (the id goes before the closing brace);
 * `none`: logic, comments, knots, diverts, branch heads.
 */
export function lineKind(raw: string): LineKind {
  const s = raw.trim();
  if (s === '' || s.startsWith('//') || s.startsWith('/*') || s.startsWith('*/')) return 'none';
  if (/^(VAR|CONST|INCLUDE|LIST|TODO|EXTERNAL)\b/.test(s)) return 'none';
  if (s.startsWith('=') || s.startsWith('~') || s.startsWith('->') || s.startsWith('<-') || s.startsWith('}')) return 'none';
  if (s.startsWith('*') || s.startsWith('+')) {
    const open = s.indexOf('[');
    const close = s.lastIndexOf(']');
    if (open < 0 || close < open) return 'text';
    const inside = s
      .slice(open + 1, close)
      .replace(/#.*$/, '')
      .trim();
    return inside === '' ? 'none' : 'choice';
  }
  if (s.startsWith('-')) {
    const rest = s.replace(/^(-(?!>)\s*)+/, '').replace(/^\([A-Za-z0-9_]+\)\s*/, '');
    if (rest === '' || rest.startsWith('->') || rest.startsWith('~')) return 'none';
    // a branch head of a multi-line conditional: `- else:` or `- side == "x":`
    if (/:\s*$/.test(rest.replace(/#.*$/, ''))) return 'none';
    return 'text';
  }
  if (s.startsWith('{')) {
    // `{` alone, or `{cond:` opening a block; `{cond: text}` on one line is content
    const closes = s.endsWith('}');
    if (!closes) return 'none';
    const body = s.slice(1, -1);
    const colon = body.indexOf(':');
    if (colon < 0) return 'none';
    const text = body
      .slice(colon + 1)
      .replace(/#.*$/, '')
      .trim();
    return text === '' || text.startsWith('->') ? 'none' : 'inline';
  }
  return 'text';
}

export function idsOf(raw: string): string[] {
  return [...raw.matchAll(ID_TAG)].map((m) => m[1] ?? '');
}

/** Puts `# id: ID` on a line of the given kind, keeping its divert, bracket or brace last. */
export function withId(raw: string, kind: LineKind, id: string): string {
  const tag = `# id: ${id}`;
  if (kind === 'choice') {
    const close = raw.lastIndexOf(']');
    return `${raw.slice(0, close).trimEnd()} ${tag}${raw.slice(close)}`;
  }
  if (kind === 'inline') {
    const close = raw.lastIndexOf('}');
    return `${raw.slice(0, close).trimEnd()} ${tag}${raw.slice(close)}`;
  }
  const divert = raw.search(/\s*->(?!.*#)/);
  if (divert > 0) return `${raw.slice(0, divert).trimEnd()} ${tag} ${raw.slice(divert).trimStart()}`;
  return `${raw.trimEnd()} ${tag}`;
}

/** Adds an id to every line of one file that lacks one. Never changes an existing id. */
export function addIds(source: string, prefix: string): { text: string; added: number } {
  const lines = source.split('\n');
  let max = 0;
  for (const l of lines) {
    for (const id of idsOf(l)) {
      const m = id.startsWith(`${prefix}.`) ? /\.(\d+)$/.exec(id) : null;
      if (m) max = Math.max(max, Number(m[1]));
    }
  }
  let added = 0;
  const out = lines.map((l) => {
    const kind = lineKind(l);
    if (kind === 'none' || idsOf(l).length > 0) return l;
    added += 1;
    max += 1;
    return withId(l, kind, `${prefix}.${max}`);
  });
  return { text: out.join('\n'), added };
}

/** Lines that need an id and lack one, or carry two; ids used twice across `files`. */
export function checkIds(files: { name: string; source: string }[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    f.source.split('\n').forEach((l, i) => {
      const kind = lineKind(l);
      const ids = idsOf(l);
      const where = `${f.name}:${i + 1}`;
      const t = l.trim();
      if (t.startsWith('{') && t.includes(':') && !t.endsWith('}') && t.indexOf('}') > 0)
        problems.push(
          `${where}: text after a one-line conditional; give the conditional a line of its own (one sentence, one line, one id)`,
        );
      if (kind !== 'none' && l.includes('<>')) problems.push(`${where}: glue (<>) builds a sentence from pieces; write whole lines`);
      if (kind === 'text' || kind === 'choice') {
        const shown = inkText(l) ?? '';
        if (/[{}|]/.test(shown)) problems.push(`${where}: logic inside a line ({...}, |); give each alternative a whole line of its own`);
      }
      if (kind !== 'none' && ids.length === 0) problems.push(`${where}: this line has no "# id:" tag (run npm run story:ids)`);
      if (ids.length > 1) problems.push(`${where}: this line has ${ids.length} ids`);
      for (const id of ids) {
        const first = seen.get(id);
        if (first) problems.push(`${where}: id "${id}" is already used at ${first}`);
        else seen.set(id, where);
      }
    });
  }
  return problems;
}

/** The id prefix of a story file: its name without folder and `.ink`. */
export function prefixOf(file: string): string {
  return (
    file
      .split('/')
      .pop()
      ?.replace(/\.ink$/, '') ?? file
  );
}

/** The English a player sees of one source line (tags, logic and diverts removed), or null for a logic line. */
export function inkText(raw: string): string | null {
  const kind = lineKind(raw);
  const s = raw.trim();
  let body: string;
  if (kind === 'none') return null;
  if (kind === 'choice') body = s.slice(s.indexOf('[') + 1, s.lastIndexOf(']'));
  else if (kind === 'inline') body = s.slice(s.indexOf(':') + 1, s.lastIndexOf('}'));
  else
    body = s
      .replace(/^(-(?!>)\s*)+/, '')
      .replace(/^\([A-Za-z0-9_]+\)\s*/, '')
      .replace(/->\s*[A-Za-z0-9_.]*\s*(->)?\s*$/, '');
  const hash = body.indexOf('#');
  if (hash >= 0) body = body.slice(0, hash);
  return body.replace(/\s+/g, ' ').trim();
}

/** The tags of one source line, each without its `#`. */
export function inkTags(raw: string): string[] {
  const kind = lineKind(raw);
  const s = raw.trim();
  const body = kind === 'choice' ? s.slice(s.indexOf('['), s.lastIndexOf(']')) : kind === 'inline' ? s.slice(0, s.lastIndexOf('}')) : s;
  const hash = body.indexOf('#');
  if (hash < 0) return [];
  return body
    .slice(hash + 1)
    .replace(/->.*$/, '')
    .split('#')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}
