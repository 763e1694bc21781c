// `npm run bench:browser`: Better Brief in Chromium on a 5,000-word Gmail draft (the Gmail fixture).
// 1. Keystroke → badge: the time from the keydown of a key that completes a flagged phrase to the
//    badge showing the new count (debounce included), median over 30 keystrokes. Target < 150 ms.
// 2. Longest task: Chromium's own trace of the page renderer's main thread ('toplevel' RunTask), which
//    includes content-script work. Not the page's 'longtask' observer, which leaves extension tasks out
//    (a 200 ms busy loop in our content script showed no entry), nor a timer heartbeat, whose gaps also
//    count time the thread sat idle waiting on frames. The same typing without the extension gives the
//    page's baseline. Target: nothing over 50 ms caused by the extension.
// Prints markdown tables for docs/benchmarks.md.
import type { BrowserContext, Page } from 'playwright-core';
import { type GmailPage, openGmail } from '../tests/e2e/gmail-page';
import { badgeCount, launchBrowser, waitFor } from '../tests/e2e/harness';

/** Another build than .output/chrome-mv3 may be given (a copy, safe from concurrent rebuilds). */
const extensionPath = process.argv[2];
const DRAFT_WORDS = 5_000;
const KEYSTROKES = 30;
/** Typed before each measured key: "buz" is not "buzz" (4-letter words get no typo tolerance). */
const prefix = (i: number) => `Idée ${i + 1} : tu peux faire le buz`;
const COMPLETING_KEY = 'z';
/** Long enough for the debounced scan of the prefix to be over before the measured key. */
const SETTLE_MS = 400;

interface Run {
  latencies: number[];
  longestWhileTyping: number;
  longTasksWhileTyping: number;
  longestOnDraftLoad: number;
  /** Opening Gmail with a compose box, until it is focused: where the rules are compiled. */
  longestOnOpen: number;
  initialCount: number;
  /** Each task over 50 ms while typing, and whose script ran in it. */
  longTaskCauses: string[];
}

/** Instruments the page before its scripts run: keydown times and badge changes. */
async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const bench = {
      keydowns: [] as { at: number; key: string }[],
      badge: [] as { at: number; text: string }[],
    };
    Object.assign(window, { __bench: bench });
    addEventListener(
      'keydown',
      (event) => bench.keydowns.push({ at: event.timeStamp, key: event.key }),
      true,
    );
  });
}

/** Records every change of the badge (in an open shadow root, which page scripts can read too). */
async function watchBadge(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Bench }).__bench;
    const host = [...document.documentElement.children].find((element) =>
      element.shadowRoot?.querySelector('[data-bb="badge"]'),
    );
    const badge = host?.shadowRoot?.querySelector<HTMLElement>('[data-bb="badge"]');
    if (!badge) throw new Error('No badge in the page');
    new MutationObserver(() =>
      bench.badge.push({ at: performance.now(), text: badge.hidden ? '' : (badge.textContent ?? '') }),
    ).observe(badge, { childList: true, characterData: true, subtree: true, attributes: true });
  });
}

type Bench = {
  keydowns: { at: number; key: string }[];
  badge: { at: number; text: string }[];
};

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The page renderer's main-thread tasks while `during` runs, longest first, from Chromium's trace. */
async function mainThreadTasks(
  page: Page,
  during: () => Promise<void>,
): Promise<{ ms: number; by: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const complete = new Promise<string>((resolve) =>
    cdp.on('Tracing.tracingComplete', (event) => resolve(event.stream!)),
  );
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink',
    transferMode: 'ReturnAsStream',
  });
  await during();
  await cdp.send('Tracing.end');
  const stream = await complete;
  const chunks: string[] = [];
  for (;;) {
    const { data, eof } = await cdp.send('IO.read', { handle: stream });
    chunks.push(data);
    if (eof) break;
  }
  await cdp.detach();
  const parsed = JSON.parse(chunks.join('')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const thread = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  const renderers = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread),
  );
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && renderers.has(thread(e)));
  return tasks
    .map((task) => {
      const end = task.ts + task.dur!;
      const script = events.find(
        (e) => e.name === 'FunctionCall' && thread(e) === thread(task) && e.ts >= task.ts && e.ts < end,
      )?.args?.data?.url;
      const by = !script
        ? 'the browser'
        : script.startsWith('chrome-extension:')
          ? 'Better Brief'
          : 'the page';
      return { ms: task.dur! / 1000, by };
    })
    .sort((a, b) => b.ms - a.ms);
}
const readBench = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A 5,000-word draft in Gmail's line structure, with a few flagged requests spread through it. */
function draftHtml(): string {
  const vocabulary = (
    'the launch plan for next quarter covers budget hiring product roadmap customer feedback and ' +
    'le projet avance bien nous avons revu les chiffres avec la direction et les équipes terrain ' +
    'please review the attached notes before our meeting on Thursday merci de relire le document'
  ).split(' ');
  const planted = ['Could you post this on LinkedIn immediately?', 'Quel est le ROI des médias sociaux ?'];
  const lines: string[] = [];
  let words = 0;
  let seed = 7;
  while (words < DRAFT_WORDS) {
    const line: string[] = [];
    for (let i = 0; i < 14; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      line.push(vocabulary[seed % vocabulary.length]!);
    }
    words += line.length;
    lines.push(`${line.join(' ')}.`);
    if (lines.length % 60 === 0) lines.push(planted[(lines.length / 60) % planted.length]!);
    if (lines.length % 8 === 0) lines.push('');
  }
  return lines.map((line) => (line ? `<div>${line}</div>` : '<div><br></div>')).join('');
}

async function measure(withExtension: boolean): Promise<Run> {
  const browser = await launchBrowser({ extensionPath: withExtension ? extensionPath : null });
  try {
    await instrument(browser.context);
    const gmail: GmailPage = await openGmail(browser, { hash: '#inbox?compose=new' });
    const body = gmail.bodies.first();
    await body.focus();

    // A pasted draft: one real editing operation, as Gmail's paste or a reopened draft.
    let initialCount = 0;
    const onPaste = await mainThreadTasks(gmail.page, async () => {
      await body.evaluate((element, html) => {
        (element as HTMLElement).focus();
        document.execCommand('insertHTML', false, html);
      }, draftHtml());
      if (withExtension) {
        initialCount = await waitFor(async () => badgeCount(gmail.page), {
          timeout: 15_000,
          message: 'the first scan',
        });
        await watchBadge(gmail.page);
      }
      await sleep(SETTLE_MS);
    });

    const latencies: number[] = [];
    const whileTyping = await mainThreadTasks(gmail.page, async () => {
      for (let i = 0; i < KEYSTROKES; i++) {
        await gmail.page.keyboard.press('Enter');
        await gmail.page.keyboard.type(prefix(i));
        await sleep(SETTLE_MS);
        const before = withExtension ? await badgeCount(gmail.page) : 0;
        await gmail.page.keyboard.press(COMPLETING_KEY);
        if (!withExtension) {
          await sleep(SETTLE_MS);
          continue;
        }
        await waitFor(async () => (await badgeCount(gmail.page)) === before + 1, {
          timeout: 5_000,
          message: `keystroke ${i + 1} to add one to the badge (${before})`,
        });
        const bench = await readBench(gmail.page);
        const keydown = bench.keydowns.at(-1)!.at;
        const update = bench.badge.find(
          (change) => change.at > keydown && change.text === String(before + 1),
        );
        if (!update) throw new Error('The badge changed without the page seeing it');
        latencies.push(update.at - keydown);
      }
    });

    // Gmail opened again with a compose box: where the content script starts and compiles the rules.
    const onOpen = await mainThreadTasks(gmail.page, async () => {
      await gmail.page.reload();
      await gmail.bodies.first().waitFor();
      await sleep(2_000);
    });
    const longTasks = whileTyping.filter((task) => task.ms > 50);
    return {
      latencies,
      longestWhileTyping: whileTyping[0]?.ms ?? 0,
      longTasksWhileTyping: longTasks.length,
      longestOnDraftLoad: onPaste[0]?.ms ?? 0,
      longestOnOpen: onOpen[0]?.ms ?? 0,
      initialCount,
      longTaskCauses: longTasks.map((task) => `${task.ms.toFixed(0)} ms by ${task.by}`),
    };
  } finally {
    await browser.close();
  }
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

// The machine may be busy (2 shared cores): alternate the two browsers and show every round.
const ROUNDS = 3;
const withRuns: Run[] = [];
const withoutRuns: Run[] = [];
for (let round = 0; round < ROUNDS; round++) {
  withRuns.push(await measure(true));
  withoutRuns.push(await measure(false));
}
const latencies = withRuns.flatMap((run) => run.latencies);
const median = quantile(latencies, 0.5);
const perRound = (runs: Run[], pick: (run: Run) => number) => runs.map((run) => ms(pick(run))).join(' / ');
const overFifty = (runs: Run[]) => runs.reduce((sum, run) => sum + run.longTasksWhileTyping, 0);

console.log(
  `Gmail fixture, ${DRAFT_WORDS.toLocaleString('en')}-word draft (${withRuns[0]!.initialCount} requests in it), ` +
    `${KEYSTROKES} measured keystrokes × ${ROUNDS} rounds, Chromium ${'headless'}.\n`,
);
console.log('| keystroke → badge up to date | median | p90 | max | target |');
console.log('| --- | ---: | ---: | ---: | --- |');
console.log(
  `| completing "faire le buzz" | ${median.toFixed(0)} ms | ${quantile(latencies, 0.9).toFixed(0)} ms | ` +
    `${Math.max(...latencies).toFixed(0)} ms | median < 150 ms: ${median < 150 ? 'met' : 'MISSED'} |`,
);
console.log();
console.log('| longest main-thread task, per round | with Better Brief | without | target |');
console.log('| --- | ---: | ---: | --- |');
console.log(
  `| while typing (${KEYSTROKES} phrases) | ${perRound(withRuns, (run) => run.longestWhileTyping)} ` +
    `(${overFifty(withRuns)} over 50 ms) | ${perRound(withoutRuns, (run) => run.longestWhileTyping)} ` +
    `(${overFifty(withoutRuns)} over 50 ms) | none over 50 ms: ${overFifty(withRuns) === 0 ? 'met' : 'MISSED'} |`,
);
console.log(
  `| pasting the draft (first scan) | ${perRound(withRuns, (run) => run.longestOnDraftLoad)} | ` +
    `${perRound(withoutRuns, (run) => run.longestOnDraftLoad)} | — |`,
);
console.log(
  `| Gmail reloaded with a compose box (rules compiled) | ${perRound(withRuns, (run) => run.longestOnOpen)} | ` +
    `${perRound(withoutRuns, (run) => run.longestOnOpen)} | — |`,
);
const causes = withRuns.flatMap((run) => run.longTaskCauses);
if (causes.length > 0) console.log(`\nLong tasks while typing with Better Brief: ${causes.join('; ')}.`);
