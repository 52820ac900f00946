// The browser bench's large case: 500 nodes and 2,000 links (10 clients, 10
// balancers, 400 servers in 4 zones, 80 databases), and what it measures in
// the live lab — long tasks in steady play at 1×, the time from a click on a
// node to its name in the inspector, long tasks while running to the end.
import type { Page } from '@playwright/test';
import type { Link, Scenario, ScenarioNode } from '../src/scenario/index.ts';
import { encodeScenarioLink } from '../src/scenario/index.ts';

export function largeSystem(): Scenario {
  const nodes: ScenarioNode[] = [];
  const links: Link[] = [];
  const zones = ['a', 'b', 'c', 'd'];
  for (let i = 0; i < 10; i++) nodes.push({ id: `users-${i}`, type: 'client', rate: 100, timeoutMs: 1000, x: 0, y: i * 240 });
  for (let i = 0; i < 10; i++) {
    nodes.push({ id: `lb-${i}`, type: 'loadBalancer', healthCheck: { intervalMs: 1000 }, x: 300, y: i * 240 });
    links.push({ from: `users-${i}`, to: `lb-${i}` });
  }
  for (let i = 0; i < 400; i++) {
    nodes.push({ id: `web-${i}`, type: 'server', zone: zones[i % 4], workers: 8, serviceTimeMs: { type: 'exponential', mean: 10 }, x: 700 + (i % 20) * 110, y: Math.floor(i / 20) * 120 });
    links.push({ from: `lb-${Math.floor(i / 40)}`, to: `web-${i}` });
    // Four databases a server, three for the first ten: 2,000 links in all (the format's limit).
    for (let d = 0; d < (i < 10 ? 3 : 4); d++) links.push({ from: `web-${i}`, to: `db-${(i + d * 20) % 80}` });
  }
  for (let i = 0; i < 80; i++) nodes.push({ id: `db-${i}`, type: 'database', workers: 32, serviceTimeMs: 2, x: 3100 + (i % 4) * 120, y: Math.floor(i / 4) * 120 });
  return {
    format: 'nines/scenario@1', name: '500 nodes, 2,000 links', seed: 3, durationMs: 60_000, nodes, links,
    faults: [{ type: 'zoneOutage', target: 'c', atMs: 20_000, durationMs: 15_000 }],
  };
}

/** Median of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : Number.NaN;
}

/** Nodes clicked in turn, of every kind and from all over the drawing. */
export const CLICKED = ['web-5', 'web-123', 'db-7', 'lb-3', 'web-399', 'users-8', 'db-61', 'web-250', 'lb-9', 'web-42', 'db-33', 'web-317'];

/**
 * Installed in the page: resolves with the wall ms from the next pointerdown
 * (its event time stamp) to the first frame painted after the inspector's
 * heading names `id` (a rAF, then a task after it: the frame has been
 * produced by then), and the longest Event Timing entry of that interaction.
 * A string, not a function: tsx would wrap a function with helpers the page
 * does not have.
 */
const CLICK_PROBE = `
  window.__clickProbe = (id) => new Promise((resolve) => {
    let downAt = null;
    let interaction = 0;
    const timings = [];
    addEventListener('pointerdown', (e) => { downAt = e.timeStamp; }, { capture: true, once: true });
    const events = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) { interaction = interaction || e.interactionId; if (e.interactionId === interaction) timings.push(e.duration); }
    });
    events.observe({ type: 'event', durationThreshold: 16, buffered: false });
    const shown = () => {
      const h = document.querySelector('[data-inspecting="' + CSS.escape(id) + '"] h2');
      return h !== null && h.textContent === id;
    };
    const watch = new MutationObserver(() => {
      if (downAt === null || !shown()) return;
      watch.disconnect();
      requestAnimationFrame(() => {
        const after = new MessageChannel();
        after.port1.onmessage = () => {
          const ms = performance.now() - downAt;
          // Event Timing entries arrive after their paint: give them a moment.
          setTimeout(() => { events.disconnect(); resolve({ ms, eventMs: Math.max(0, ...timings) }); }, 100);
        };
        after.port2.postMessage(null);
      });
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-inspecting'] });
  });
`;

export interface Click {
  /** Pointer down to the inspector's heading painted, ms. */
  ms: number;
  /** The interaction's longest Event Timing duration (to the next paint, 8 ms steps), ms. */
  eventMs: number;
}

/** Clicks each of `ids` in turn (a pause between), timed in the page. */
export async function clickLatencies(page: Page, ids: readonly string[]): Promise<Click[]> {
  await page.evaluate(CLICK_PROBE);
  const out: Click[] = [];
  for (const id of ids) {
    const probe = page.evaluate(`window.__clickProbe(${JSON.stringify(id)})`) as Promise<Click>;
    await page.locator(`[data-node-id="${id}"]`).click({ force: true });
    out.push(await probe);
    await page.waitForTimeout(250);
  }
  return out;
}

/**
 * Long tasks, and long animation frames with what they spent their time on
 * (scripts by invoker, forced and frame style and layout, rendering), so the
 * bench can say what a long task was without a trace.
 */
export const LONG_TASK_PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  window.__frames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const scripts = e.scripts.map((s) => ({ what: (s.invoker || s.invokerType) + (s.sourceFunctionName ? ' ' + s.sourceFunctionName : ''), ms: s.duration, forcedLayoutMs: s.forcedStyleAndLayoutDuration }));
        window.__frames.push({ at: e.startTime, ms: e.duration, renderMs: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          layoutMs: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0, scripts });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch { /* no Long Animation Frames in this browser */ }
`;

export interface LongFrame {
  at: number;
  ms: number;
  /** From the frame's rendering start to its end (style, layout, paint), ms. */
  renderMs: number;
  /** From its style and layout start to its end, ms. */
  layoutMs: number;
  scripts: { what: string; ms: number; forcedLayoutMs: number }[];
}

/** The long animation frames seen so far (empty where the browser has no such entries). */
export async function longFrames(page: Page): Promise<LongFrame[]> {
  return page.evaluate('window.__frames.slice()');
}

/** "93 ms: scripts 61 ms (FrameRequestCallback onFrame 40 ms, …), forced layout 12 ms, rendering 25 ms". */
export function describeFrame(f: LongFrame): string {
  const scriptMs = f.scripts.reduce((a, s) => a + s.ms, 0);
  const forced = f.scripts.reduce((a, s) => a + s.forcedLayoutMs, 0);
  const top = [...f.scripts].sort((a, b) => b.ms - a.ms).slice(0, 3).map((s) => `${s.what} ${Math.round(s.ms)} ms`).join(', ');
  return `${Math.round(f.ms)} ms: scripts ${Math.round(scriptMs)} ms${top ? ` (${top})` : ''}, forced layout ${Math.round(forced)} ms, rendering ${Math.round(f.renderMs)} ms`;
}

export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate('window.__longTasks.slice()');
}

/** Waits for the Run details tab to show the trace hash, looking four times a second with one cheap query. */
export async function waitForTraceHash(page: Page, timeoutMs = 600_000): Promise<void> {
  // A loop of evaluations, not waitForFunction: that one compiles its
  // predicate in the page, which the app's Content-Security-Policy forbids.
  const probe = `/^[0-9a-f]{8,}$/.test(document.querySelector('[aria-labelledby="trace-hash-label"]')?.textContent ?? '')`;
  for (const until = Date.now() + timeoutMs; Date.now() < until;) {
    if (await page.evaluate(probe)) return;
    await page.waitForTimeout(250);
  }
  throw new Error('no trace hash: the run did not end');
}

export interface LargeFigures {
  longPlay: number[];
  /** The longest animation frame in steady play, when there was one over 50 ms. */
  worstPlayFrame: LongFrame | null;
  /** The same while running to the end. */
  worstEndFrame: LongFrame | null;
  clicks: Click[];
  longToEnd: number[];
}

/** The 500-node case: steady play at 1× (after 3 s to settle), clicks while it plays, then Run to end. */
export async function largeCase(page: Page, base: string): Promise<LargeFigures> {
  await page.goto(encodeScenarioLink(largeSystem(), base));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(3_000);
  const before = (await longTasks(page)).length;
  const framesBefore = (await longFrames(page)).length;
  await page.waitForTimeout(10_000);
  const longPlay = (await longTasks(page)).slice(before);
  const worstPlayFrame = worst((await longFrames(page)).slice(framesBefore));
  const clicks = await clickLatencies(page, CLICKED);
  // At 1× the minute may be over by now; then there is nothing to pause.
  await page.getByRole('button', { name: 'Pause', exact: true }).click({ timeout: 2_000 }).catch(() => undefined);
  await page.getByRole('button', { name: 'Reset' }).click();
  // Playwright's role and label queries run on the page's main thread and
  // walk thousands of elements: none while the run is measured.
  await page.getByRole('tab', { name: 'Run details' }).click();
  // A handle, found now: clicking it later queries nothing.
  const runToEnd = await page.getByRole('button', { name: 'Run to end' }).elementHandle();
  if (!runToEnd) throw new Error('no Run to end button');
  await page.waitForTimeout(1_000);
  const beforeEnd = (await longTasks(page)).length;
  const framesBeforeEnd = (await longFrames(page)).length;
  await runToEnd.click();
  await waitForTraceHash(page);
  const longToEnd = (await longTasks(page)).slice(beforeEnd);
  const worstEndFrame = worst((await longFrames(page)).slice(framesBeforeEnd));
  return { longPlay, worstPlayFrame, clicks, longToEnd, worstEndFrame };
}

function worst(frames: readonly LongFrame[]): LongFrame | null {
  return frames.reduce<LongFrame | null>((a, f) => (a === null || f.ms > a.ms ? f : a), null);
}
