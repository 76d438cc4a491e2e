// Runs with every browser test file: a test during which any page broke the Content-Security-Policy
// (or Trusted Types) fails, naming what was refused.
import { afterEach, expect } from 'vitest';
import { violations } from './chromium.ts';

afterEach(() => {
  const seen = violations.splice(0);
  expect(seen, 'Content-Security-Policy violations').toEqual([]);
});
