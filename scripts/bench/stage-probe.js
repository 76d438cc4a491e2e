// Injected into the game page by scripts/bench.ts (addInitScript, as plain text: tsx must not transform it).
// Records, inside the page, without help from the app:
//  - choice latency: input -> the next text SHOWN;
//  - decision latency: input -> the verdict dialog SHOWN (measured apart: the dialog then waits for the player);
//  - requestAnimationFrame timestamps during the ~400 ms after each place change (the stage's ink wipe).
//
// "Input" is performance.now() in a capturing keydown/click listener on window, the first listener
// to run for the event (it misses only the time the event waited in the queue before dispatch; with
// the driver idle between choices that wait is near zero, and Event Timing below cross-checks it).
// "Shown" is not the DOM mutation itself but the end of the frame that contains it: the
// MutationObserver on #story sees the new paragraph, we ask for requestAnimationFrame (runs just
// before style, layout and paint of that frame) and from it post a MessageChannel message, which
// runs as soon as that frame's rendering work is done. So latency = handler + ink + autosave + DOM +
// style/layout/paint of the frame carrying the new text. (The text is whole from that frame on; a tint
// behind it then fades, which is not counted. The bench presses each key when the page has been idle
// for a moment, as a reader would, on the game and the bare page alike: see IDLE in scripts/bench.ts.)
(() => {
  const B = (window.__tpBench = {
    pending: null, // { t0, decision } of the input being measured
    choiceMs: [], // input -> new paragraph shown (non-decision choices)
    choiceDomMs: [], // input -> new paragraph in the DOM (the handler's own work, before rendering)
    decisionMs: [], // input -> verdict dialog shown (decisions)
    windows: [], // [{ place, stamps: [rAF timestamps] }] after each place change
    sampling: false,
    lastPlace: null,
    placeChanges: 0,
    eventTiming: [], // Event Timing durations of keydown/click (only events >= 16 ms are reported)
    saves: [], // [{ ms, bytes }] each autosave: the app's one User Timing measure ('tp:save')
    ahead: [], // [ms] each choice played ahead (and its text built) in idle time ('tp:ahead')
    paints: [], // [{ seq, ms }] input -> the new text painted on screen (Element Timing: the frame's presentation), with the number of its choice (1 = the first measured)
    painting: null, // { t0, id, seq } of the new text awaiting its Element Timing report
    seq: 0,
  });
  try {
    performance.setResourceTimingBufferSize(2000);
  } catch {
    /* older engines */
  }

  const afterFrame = (then) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => then(performance.now());
      ch.port2.postMessage(0);
    });

  const onInput = (e) => {
    if (document.querySelector('dialog[open]')) return; // Escape on a verdict, not a choice
    if (e.type === 'keydown' && !/^[1-9]$/.test(e.key)) return;
    if (e.type === 'click' && !(e.target && e.target.closest && e.target.closest('#choices button[data-choice]'))) return;
    if (!document.querySelector('#choices button[data-choice]:not([disabled])')) return;
    B.pending = { t0: performance.now(), decision: !!document.querySelector('#choices button[data-option]') };
  };
  addEventListener('keydown', onInput, true);
  addEventListener('click', onInput, true);

  const sample = (place) => {
    // rAF timestamps for ~400 ms after the place changed (the wipe is two 200 ms halves)
    B.sampling = true;
    const stamps = [];
    const start = performance.now();
    const tick = (t) => {
      stamps.push(t);
      if (t - start < 400) requestAnimationFrame(tick);
      else {
        B.windows.push({ place, stamps });
        B.sampling = false;
      }
    };
    requestAnimationFrame(tick);
  };

  const watch = () => {
    const story = document.getElementById('story');
    const where = document.getElementById('where');
    if (!story || !where) return false;
    B.lastPlace = where.querySelector('.place')?.getAttribute('data-place') ?? null;
    new MutationObserver((records) => {
      const p = B.pending;
      if (!p || p.decision) return;
      const added = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1 && !n.classList.contains('echo')));
      if (!added) return;
      B.pending = null;
      B.choiceDomMs.push(performance.now() - p.t0);
      afterFrame((t) => B.choiceMs.push(t - p.t0));
      // Element Timing: the browser reports when the new text was first painted on screen (its frame's presentation)
      const seq = ++B.seq;
      B.painting = { t0: p.t0, id: `c${seq}`, seq };
      for (const r of records)
        for (const n of r.addedNodes) {
          if (n.nodeType !== 1 || n.classList.contains('echo')) continue;
          n.setAttribute('elementtiming', B.painting.id);
          for (const d of n.querySelectorAll('*')) d.setAttribute('elementtiming', B.painting.id);
        }
    }).observe(story, { childList: true });
    new MutationObserver(() => {
      const place = where.querySelector('.place')?.getAttribute('data-place') ?? null;
      if (place === B.lastPlace) return;
      const first = B.lastPlace === null;
      B.lastPlace = place;
      if (!first) {
        B.placeChanges++;
        // from the frame after the one that shows the new text: the wipe starts then (the sampling's own
        // callbacks must not add to the choice's frame, which the bench measures)
        if (!B.sampling) {
          B.sampling = true;
          afterFrame(() => sample(place));
        }
      }
    }).observe(where, { childList: true, subtree: true, characterData: true, attributes: true });
    new MutationObserver(() => {
      const p = B.pending;
      if (!p || !p.decision) return;
      if (!document.querySelector('dialog[open] .verdict')) return;
      B.pending = null;
      afterFrame((t) => B.decisionMs.push(t - p.t0));
    }).observe(document.body, { childList: true, attributes: true, attributeFilter: ['open'], subtree: true });
    return true;
  };
  if (!watch()) document.addEventListener('DOMContentLoaded', watch, { once: true });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const p = B.painting;
        if (!p || e.identifier !== p.id) continue;
        B.painting = null; // the first of the turn's elements to be painted
        B.paints.push({ seq: p.seq, ms: (e.renderTime || e.loadTime) - p.t0 });
      }
    }).observe({ type: 'element', buffered: true });
  } catch {
    /* Element Timing not supported */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'tp:save') B.saves.push({ ms: e.duration, bytes: (e.detail && e.detail.bytes) || 0 });
        if (e.name === 'tp:ahead') B.ahead.push(e.duration);
      }
    }).observe({ type: 'measure' });
  } catch {
    /* User Timing observers not supported */
  }

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'keydown' || e.name === 'click') B.eventTiming.push(e.duration);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    /* Event Timing not supported */
  }
})();
