// Modules made by scripts/vite-plugin-story.ts at build time.
declare module 'virtual:story' {
  const story: Record<string, unknown>;
  export default story;
}
declare module 'virtual:content' {
  import type { Content } from './core/record';
  const content: Content;
  export default content;
}
interface Window {
  /** choices clicked before the game script loaded (see index.html) */
  __tpEarly?: number[];
  __tpReady?: boolean;
}
