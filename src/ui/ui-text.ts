// The interface's words in the current language. The English lives in story/interface.json (nested:
// `{ "saves": { "title": "Saves" } }`); a language's table holds the same texts by id (`ui.saves.title`,
// see scripts/i18n-lib.ts). Each strings module (strings.ts, live-strings.ts) keeps one mutable copy of
// its English tree: switching the language rewrites that copy's leaves in place, so a label read at the
// moment it is shown (`STRINGS.saves.title`, or `L.title` after `const L = STRINGS.saves`) is always in
// the current language, and templates (`{name}`, plurals) are filled in it.

import { fill, SOURCE_LANGUAGE, type Language, type Table, type Values } from '../core/i18n.ts';

let lang: Language = SOURCE_LANGUAGE;
let table: Table | null = null;
const relabels: (() => void)[] = [];

/** The interface's language now. */
export const interfaceLanguage = (): Language => lang;

/** Switches every strings module to `code`, reading from `t` (null: English); a text the table lacks stays English. */
export function setInterfaceLanguage(code: Language, t: Table | null): void {
  lang = code;
  table = code === SOURCE_LANGUAGE ? null : t;
  for (const r of relabels) r();
}

function at(tree: unknown, path: string): unknown {
  let node = tree;
  for (const k of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, k)) return undefined;
    node = (node as Record<string, unknown>)[k];
  }
  return node;
}

/** A text of the current language by its path under `prefix`; the English when the table lacks it. */
function lookup(prefix: string, en: unknown, path: string): string {
  const t = table?.[`${prefix}.${path}`];
  if (typeof t === 'string' && t.trim() !== '') return t;
  const e = at(en, path);
  return typeof e === 'string' ? e : path;
}

/** Rewrites the string leaves of `node` (a copy of `en`, the English under `path`) in the current language. */
function relabel(node: Record<string, unknown>, en: Record<string, unknown>, root: unknown, prefix: string, path: string): void {
  for (const [k, v] of Object.entries(en)) {
    const p = path ? `${path}.${k}` : k;
    const here = node[k];
    if (typeof v === 'string') {
      if (typeof here === 'string') node[k] = lookup(prefix, root, p);
    } else if (v && typeof v === 'object' && here && typeof here === 'object') {
      relabel(here as Record<string, unknown>, v as Record<string, unknown>, root, prefix, p);
    }
  }
}

/** A mutable tree whose values are `T`'s texts (everything string-valued is replaced, nothing else). */
type Texts<T> = T extends string ? string : T extends readonly (infer U)[] ? Texts<U>[] : { -readonly [K in keyof T]: Texts<T[K]> };

/**
 * The interface texts under `prefix` (`ui`, `ui.live`), English `en`: a tree kept in the current
 * language, and `f(path, values)`, the template at `path` filled in the current language.
 */
export function interfaceTexts<T extends object>(
  prefix: string,
  en: T,
): { tree: Texts<T>; text: (path: string) => string; f: (path: string, values: Values) => string } {
  const tree = structuredClone(en) as unknown as Texts<T>;
  const update = () => relabel(tree as Record<string, unknown>, en as Record<string, unknown>, en, prefix, '');
  relabels.push(update);
  update();
  const text = (path: string) => lookup(prefix, en, path);
  return { tree, text, f: (path, values) => fill(text(path), values, lang) };
}

/** `obj` with some of its texts replaced by functions (templates filled with their arguments), in place. */
export function withTemplates<T extends object, F extends object>(
  obj: T,
  fns: F & { [K in Exclude<keyof F, keyof T>]: never },
): Omit<T, keyof F> & F {
  return Object.assign(obj, fns) as unknown as Omit<T, keyof F> & F;
}
