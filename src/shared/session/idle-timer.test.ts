import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer } from './idle-timer';

const IDLE = 120_000;
const WARNING = 20_000;

function setUp(shouldWarn = () => true) {
  const events: string[] = [];
  const timer = new IdleTimer({
    idleMs: IDLE,
    warningMs: WARNING,
    shouldWarn,
    onWarn: (deadline) => events.push(`warn until +${deadline - start}`),
    onKeepGoing: () => events.push('keep going'),
    onExpire: () => events.push('expire'),
  });
  const start = Date.now();
  timer.start();
  return { timer, events };
}

describe('IdleTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns after the idle time, then expires 20 s later', () => {
    const { timer, events } = setUp();
    vi.advanceTimersByTime(IDLE - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([`warn until +${IDLE + WARNING}`]);
    expect(timer.warning).toBe(true);
    vi.advanceTimersByTime(WARNING - 1);
    expect(events).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([`warn until +${IDLE + WARNING}`, 'expire']);
    expect(timer.warning).toBe(false);
  });

  it('counts from the last touch, key or scan', () => {
    const { timer, events } = setUp();
    vi.advanceTimersByTime(100_000);
    timer.activity();
    vi.advanceTimersByTime(100_000);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(20_000);
    expect(events).toHaveLength(1);
  });

  it('keeps going when asked: no clear, and a full idle time again', () => {
    const { timer, events } = setUp();
    vi.advanceTimersByTime(IDLE + 5_000);
    timer.keepGoing();
    vi.advanceTimersByTime(WARNING);
    expect(events).toEqual([expect.stringMatching(/^warn/), 'keep going']);
    expect(timer.warning).toBe(false);
    vi.advanceTimersByTime(IDLE - WARNING);
    expect(events).toHaveLength(3);
    expect(events[2]).toMatch(/^warn/);
  });

  it('ignores other activity during the warning: only keepGoing ends it', () => {
    const { timer, events } = setUp();
    vi.advanceTimersByTime(IDLE);
    timer.activity();
    vi.advanceTimersByTime(WARNING);
    expect(events).toEqual([expect.stringMatching(/^warn/), 'expire']);
  });

  it('does not warn with nothing to clear (or a write in flight), and asks again later', () => {
    let personal = false;
    const { events } = setUp(() => personal);
    vi.advanceTimersByTime(IDLE * 3);
    expect(events).toEqual([]);
    personal = true;
    vi.advanceTimersByTime(IDLE);
    expect(events).toEqual([expect.stringMatching(/^warn/)]);
  });

  it('after expiring, starts over', () => {
    const { events } = setUp();
    vi.advanceTimersByTime(IDLE + WARNING);
    vi.advanceTimersByTime(IDLE + WARNING);
    expect(events.filter((e) => e === 'expire')).toHaveLength(2);
  });

  it('stops: no warning, no clear', () => {
    const { timer, events } = setUp();
    vi.advanceTimersByTime(IDLE);
    timer.stop();
    vi.advanceTimersByTime(IDLE * 5);
    expect(events).toHaveLength(1);
    expect(timer.warning).toBe(false);
  });

  it('survives a clock that jumps (a till that slept): warns at once, then counts 20 s', () => {
    const { events } = setUp();
    // The timers fire late, all at once, as after a suspended tab.
    vi.setSystemTime(Date.now() + IDLE * 10);
    vi.advanceTimersByTime(IDLE);
    expect(events[0]).toMatch(/^warn/);
    expect(events).toHaveLength(1);
  });
});
