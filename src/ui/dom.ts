// A tiny element builder: text goes in through textContent only, never as HTML.

import type { Markup } from './turn-markup.ts';

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The page is missing #${id}.`);
  return el as T;
}

/** Offers `text` as a file to save (an export): the browser's own download, nothing leaves the machine. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Builds the elements a markup describes (the live twin of prerender.ts's toHtml). */
export function toDom(node: Markup | string): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  return h(node.tag, node.attrs, ...node.children.map(toDom));
}

/**
 * Shows or hides `el`, touching the page only when that changes: code that runs on every turn sets
 * the same state again and again, and each write of an attribute costs the next frame a style pass.
 */
export function setHidden(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}

/**
 * Sets `data-<key>` on `el` to `value`, or takes it away for null, touching the page only when that
 * changes (as setHidden: the page's mode and the introduction's flag are set again on every turn).
 */
export function setData(el: HTMLElement, key: string, value: string | null): void {
  if (value === null) {
    if (key in el.dataset) delete el.dataset[key];
  } else if (el.dataset[key] !== value) el.dataset[key] = value;
}

/** Runs `f` when the page is idle (within `timeout` ms at the latest): work that must not delay the text. */
export function whenIdle(f: () => void, timeout = 1000): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(f, { timeout });
  else setTimeout(f, 50);
}

/**
 * `f` once the running task's script is done, however often it is asked for meanwhile: state set and
 * set back within one task (busy, then done) never reaches the page.
 */
export function afterScript(f: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      f();
    });
  };
}
