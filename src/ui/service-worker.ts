// Registers the service worker (offline play). Under the page's Trusted Types policy a script URL must
// come from a named policy: this one allows exactly the game's own worker and nothing else.

/** The slice of the Trusted Types API used here (TypeScript's DOM library does not declare it yet). */
interface TrustedTypesApi {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}

const WORKER = './sw.js';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  // after the page's own loading; if that is already over (a first screen that awaited its language's
  // table), at once: a listener added after 'load' would never run
  const whenLoaded = (f: () => void) => (document.readyState === 'complete' ? f() : window.addEventListener('load', f, { once: true }));
  whenLoaded(() => {
    const tt = (window as unknown as { trustedTypes?: TrustedTypesApi }).trustedTypes;
    const policy = tt?.createPolicy('turning-points-sw', {
      createScriptURL: (url) => {
        if (url !== WORKER) throw new TypeError(`Only ${WORKER} may be registered as a service worker.`);
        return url;
      },
    });
    // a TrustedScriptURL where the browser has Trusted Types; register() accepts it in place of a string
    const url = (policy?.createScriptURL(WORKER) ?? WORKER) as string;
    navigator.serviceWorker.register(url).catch(() => {
      // no offline play (a private window, a policy): the game works online all the same
    });
  });
}
