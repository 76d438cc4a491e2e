// The howler director must never throw or spam the console, even where there is no audio at all (node).

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAudio } from '../../src/audio/index.ts';

afterEach(() => vi.restoreAllMocks());

describe('audio director without audio hardware', () => {
  it('accepts every call before and after unlock without throwing', async () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const audio = createAudio({ music: 0.5, effects: 0.5, muted: false, fadeMs: 10 });
    audio.setScene('youth', 'calm');
    audio.sfx('knock');
    audio.unlock();
    audio.setScene('revolution', 'triumph');
    audio.setScene('revolution', 'triumph');
    audio.setScene('nowhere', null);
    audio.sfx('crowd');
    audio.sfx('no-such-sound');
    audio.setVolumes({ music: 2, effects: -1, muted: true });
    await new Promise((r) => setTimeout(r, 50));
    audio.destroy();
    audio.destroy();
    audio.sfx('knock');
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(info.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('stays silent when files cannot be resolved, saying so at most once', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const audio = createAudio({ resolve: () => Promise.reject(new Error('offline')) });
    audio.unlock();
    audio.setScene('youth', 'grim');
    audio.sfx('train');
    audio.sfx('wind');
    await new Promise((r) => setTimeout(r, 20));
    expect(info.mock.calls.length).toBeLessThanOrEqual(1);
    audio.destroy();
  });
});
