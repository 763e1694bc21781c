import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type FixtureServer, startFixtureServer } from '../../e2e/harness/fixture-server';
import { waitFor } from '../../e2e/harness/in-page';
import { SCREENSHOT_DIR } from '../../e2e/harness/paths';
import { FIREFOX_BUILD, firefoxExecutable, firefoxPrefs, type SiteAccess } from './firefox-prefs';
import { Marionette } from './marionette';

/** How WebDriver names an element in JSON. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';
export type ElementReference = { [ELEMENT_KEY]: string };
/** A value as the other side sees it: elements of the page are references here, and back. */
export type Remote<T> = T extends Element ? ElementReference : T;

export interface ExtensionPagesSession {
  server: FixtureServer;
  /** moz-extension://<uuid>/<pagePath> */
  extensionUrl(pagePath: string): string;
  /** Loads `url` in a new tab and makes it the current one; returns the tab's handle. */
  openTab(url: string): Promise<string>;
  /** Makes a tab opened before the current one again. */
  switchTo(tab: string): Promise<void>;
  /** The first element for a CSS selector in the current tab, waiting up to 5 s for it. */
  find(selector: string): Promise<ElementReference>;
  /** A real click (Firefox's input events, a user gesture for permissions.request). */
  click(element: ElementReference): Promise<void>;
  /** The element's rendered text (WebDriver's Get Element Text). */
  text(element: ElementReference): Promise<string>;
  /** Focuses the element and types `text` key by key (a path on a file input chooses that file). */
  type(element: ElementReference, text: string): Promise<void>;
  /**
   * Runs `fn` in the current tab (in an extension page, with its `browser` API) and returns its
   * result, awaited. Arguments and results go through JSON (element references included).
   */
  evaluate<A extends unknown[], R>(
    fn: (...args: A) => R | Promise<R>,
    ...args: { [K in keyof A]: Remote<A[K]> }
  ): Promise<Remote<R>>;
  /** A PNG of the current tab's viewport, or of one element, in .tmp/screenshots/; returns its path. */
  screenshot(name: string, element?: ElementReference): Promise<string>;
  close(): Promise<void>;
}

/**
 * Headless firefox-esr driven over Marionette, with the Firefox build installed as a temporary add-on:
 * for the popup and the options page, which Firefox's WebDriver BiDi (and so puppeteer) cannot reach.
 * Marionette may only open moz-extension:// pages with --remote-allow-system-access.
 */
export async function launchFirefoxForExtensionPages(
  siteAccess: SiteAccess = {},
): Promise<ExtensionPagesSession> {
  const server = await startFixtureServer();
  const profile = mkdtempSync(path.join(tmpdir(), 'better-brief-firefox-'));
  const uuid = randomUUID();
  const prefs = { ...firefoxPrefs(server, uuid, siteAccess), 'marionette.port': 0 };
  writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
      .join(''),
  );
  const firefox = spawn(
    firefoxExecutable(),
    ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile],
    { stdio: 'ignore' },
  );
  let marionette: Marionette | undefined;
  /** After Marionette:Quit, Firefox exits by itself; otherwise (a failed start) it is stopped now. */
  const stop = async (quitting: boolean) => {
    marionette?.close();
    await stopProcess(firefox, quitting ? 5_000 : 0);
    await server.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  try {
    // Firefox writes the port it chose (marionette.port 0) once Marionette listens.
    const port = await waitFor(
      () => Number(readFileSync(path.join(profile, 'MarionetteActivePort'), 'utf8')),
      {
        timeout: 30_000,
        message: 'Firefox to start Marionette',
      },
    );
    marionette = await Marionette.connect(port);
    // Marionette takes the capabilities themselves as the command's parameters.
    await marionette.command('WebDriver:NewSession', { acceptInsecureCerts: true });
    await marionette.command('WebDriver:SetTimeouts', { implicit: 5_000, script: 30_000 });
    await marionette.command('WebDriver:SetWindowRect', { width: 1280, height: 900 });
    await marionette.command('Addon:Install', { path: FIREFOX_BUILD, temporary: true });
    return session(marionette, server, uuid, stop);
  } catch (error) {
    await stop(false);
    throw error;
  }
}

function session(
  marionette: Marionette,
  server: FixtureServer,
  uuid: string,
  stop: (quitting: boolean) => Promise<void>,
): ExtensionPagesSession {
  const command = <T = { value: unknown }>(name: string, parameters: object = {}) =>
    marionette.command<T>(name, parameters);
  let closed = false;
  return {
    server,
    extensionUrl: (pagePath) => `moz-extension://${uuid}/${pagePath.replace(/^\//, '')}`,
    async openTab(url) {
      const { handle } = await command<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
      await command('WebDriver:SwitchToWindow', { handle });
      await command('WebDriver:Navigate', { url });
      return handle;
    },
    async switchTo(handle) {
      await command('WebDriver:SwitchToWindow', { handle });
    },
    async find(selector) {
      const { value } = await command<{ value: ElementReference }>('WebDriver:FindElement', {
        using: 'css selector',
        value: selector,
      });
      return value;
    },
    async click(element) {
      await command('WebDriver:ElementClick', { id: element[ELEMENT_KEY] });
    },
    async text(element) {
      const { value } = await command<{ value: string }>('WebDriver:GetElementText', {
        id: element[ELEMENT_KEY],
      });
      return value;
    },
    async type(element, text) {
      await command('WebDriver:ElementSendKeys', { id: element[ELEMENT_KEY], text });
    },
    async evaluate(fn, ...args) {
      // The last argument is Marionette's callback; a thrown error comes back as { error }.
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn.toString()})(...[...arguments].slice(0, -1)))
          .then((value) => done({ value }), (error) => done({ error: String(error) }));`;
      const { value } = await command<{ value: { value?: unknown; error?: string } }>(
        'WebDriver:ExecuteAsyncScript',
        { script, args },
      );
      if (value.error !== undefined) throw new Error(`In the page: ${value.error}`);
      return value.value as never;
    },
    async screenshot(name, element) {
      const { value } = await command<{ value: string }>('WebDriver:TakeScreenshot', {
        ...(element ? { id: element[ELEMENT_KEY] } : {}),
        full: false,
      });
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
      writeFileSync(file, Buffer.from(value, 'base64'));
      return file;
    },
    async close() {
      if (closed) return;
      closed = true;
      const quitting = await command('Marionette:Quit', { flags: ['eForceQuit'] }).then(
        () => true,
        () => false,
      );
      await stop(quitting);
    },
  };
}

/** Gives Firefox (this process's own child) `grace` ms to exit, then kills it; resolves once it is gone. */
async function stopProcess(child: ChildProcess, grace: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lingering = setTimeout(() => child.kill('SIGKILL'), grace);
  await exited;
  clearTimeout(lingering);
}
