// Modules made by scripts/vite-plugin-story.ts at build time.
declare module 'virtual:story' {
  const story: Record<string, unknown>;
  export default story;
}
declare module 'virtual:content-index' {
  /** validated at build time: a ContentIndex (src/core/record.ts) */
  const index: unknown;
  export default index;
}
declare module 'virtual:classroom' {
  /** validated at build time: a Classroom (src/core/classroom.ts) */
  const classroom: unknown;
  export default classroom;
}
declare module 'virtual:figures' {
  /** validated at build time: Figures (src/core/figures.ts), how people look on stage */
  const figures: unknown;
  export default figures;
}
declare module 'virtual:content' {
  /** validated at build time: a Content (src/core/record.ts) */
  const content: unknown;
  export default content;
}
interface Window {
  /** choices clicked before the game script loaded (see index.html) */
  __tpEarly?: number[];
  __tpReady?: boolean;
  /** when the game script took over the page (read by npm run bench) */
  __tpReadyAt?: number;
  /** what the sound is doing (read by the browser tests) */
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- a global declaration file cannot import at the top without becoming a module
  __tpAudio?: () => import('./audio/index.ts').AudioStatus | null;
}
declare module 'virtual:i18n/*' {
  /** a language's table, id → text (scripts/vite-plugin-i18n.ts): only the texts translated so far */
  const table: Readonly<Record<string, string | string[]>>;
  export default table;
}
declare module 'virtual:interface/live' {
  /** the `live` part of story/interface.json: the live room's words in English (scripts/vite-plugin-i18n.ts) */
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- a global declaration file cannot import at the top without becoming a module
  const live: (typeof import('../story/interface.json'))['live'];
  export default live;
}
