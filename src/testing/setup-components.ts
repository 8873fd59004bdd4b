// Component tests: DOM matchers, a real IndexedDB implementation for the outbox, and a clean
// document between tests.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);

// A screen's first showing waits for its modules, transformed on first use: on a loaded
// 2-core machine that took over the default 1 s `findBy` wait (seen in three files). What a
// test waits for is unchanged; it is only given longer to come.
configure({ asyncUtilTimeout: 4000 });

// jsdom lays nothing out: give every element the till's screen size, so virtualised lists
// render the rows a 1024x768 till would show.
const TILL = { width: 1024, height: 768 };
for (const [prop, value] of [
  ['clientHeight', TILL.height],
  ['clientWidth', TILL.width],
  ['offsetHeight', TILL.height],
  ['offsetWidth', TILL.width],
] as const)
  Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
HTMLElement.prototype.getBoundingClientRect = () =>
  ({ x: 0, y: 0, top: 0, left: 0, ...TILL, right: TILL.width, bottom: TILL.height }) as DOMRect;
