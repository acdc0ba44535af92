// Shared setup for the end-to-end tests: serve dist/ on 127.0.0.1, start
// Debian's headless Chromium through playwright-core, open the playground
// and collect every page error and console error so a test can fail on them.

import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, readHeaders } from '../../scripts/serve.mjs';

export const SHOTS = 'target/e2e';

/** The response headers the build recommends (the strict CSP): static/_headers
 *  as scripts/csp-boot.mjs completed it in dist/ (the inline styles' hashes). */
export const RECOMMENDED_HEADERS = readHeaders('dist/_headers');

/** Serves the release build on an ephemeral port of `host` (127.0.0.1),
 *  under the recommended headers (so a CSP violation, reported as a
 *  console error, fails the test) plus `headers`. */
export function startServer(headers = {}, host = '127.0.0.1') {
    if (!fs.existsSync('dist/index.html')) throw new Error('dist/ is missing: run `trunk build --release` first');
    if (!RECOMMENDED_HEADERS['Content-Security-Policy']) throw new Error('dist/_headers names no Content-Security-Policy');
    return serve({ root: 'dist', host, port: 0, headers: { ...RECOMMENDED_HEADERS, ...headers } });
}

/** Launches headless Chromium with the flags this machine needs. */
export function launch() {
    return chromium.launch({
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
}

/** Opens `url` in a fresh context; `errors` fills with page and console errors.
 *  `options` are playwright context options (viewport, isMobile, colorScheme…). */
export async function open(browser, url, options = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    await page.goto(url);
    await page.locator('.kp-input').waitFor({ state: 'visible', timeout: 15000 });
    return { page, context, errors };
}

/** Types `line` at the prompt key by key and presses Enter. */
export async function run(page, line) {
    const input = page.locator('.kp-input');
    await input.pressSequentially(line);
    await input.press('Enter');
}

/** Waits until the scrollback's last line is `text`. */
export async function lastLineIs(page, text) {
    await page.waitForFunction((t) => {
        const all = document.querySelectorAll('.kp-scrollback .kp-line');
        return all.length > 0 && all[all.length - 1].textContent === t;
    }, text);
}

/** Pastes `text` into the prompt through a real paste event. */
export async function paste(page, text) {
    await page.locator('.kp-input').evaluate((el, t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
}

/** Text of every scrollback line. */
export function lines(page) {
    return page.locator('.kp-scrollback .kp-line').allTextContents();
}

/** Saves a screenshot under target/e2e/ for a human to look at. */
export async function shot(page, name) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Waits until the prompt's input holds `value` (renders are asynchronous),
 *  failing with what it holds instead. */
export async function valueIs(page, value) {
    try {
        await page.waitForFunction((v) => document.querySelector('.kp-input')?.value === v, value, { timeout: 5000 });
    } catch {
        const now = await page.locator('.kp-input').inputValue();
        throw new Error(`input holds ${JSON.stringify(now)}, expected ${JSON.stringify(value)}`);
    }
}

/** Waits until no command runs and the shell's prompt is back. */
export async function idle(page, timeout = 30000) {
    await page.waitForFunction(() => {
        const t = document.querySelector('.kp-terminal');
        const p = document.querySelector('.kp-prompt');
        return t?.getAttribute('aria-busy') === 'false' && p?.textContent === '$ ';
    }, null, { timeout });
}

/** Runs `line`, waits for it to finish, and returns the lines it printed
 *  (those after its echo). */
export async function output(page, line) {
    const echo = `$ ${line}`;
    const before = (await lines(page)).lastIndexOf(echo);
    await run(page, line);
    // Its echo first (it started), then the prompt (it ended).
    await page.waitForFunction(([e, n]) => {
        const all = [...document.querySelectorAll('.kp-scrollback .kp-line')].map((l) => l.textContent);
        return all.lastIndexOf(e) > n;
    }, [echo, before], { timeout: 20000 });
    await idle(page);
    const all = await lines(page);
    return all.slice(all.lastIndexOf(echo) + 1);
}

/** A share-link payload (`1.…`) for `text`, the link format's plain form. */
export function linkPayload(text) {
    return `1.${Buffer.from(text, 'utf8').toString('base64url')}`;
}

/** Waits until the service worker is installed (the shell is cached) and
 *  controls the page; returns the paths it cached. */
export async function precached(page) {
    await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) {
            await new Promise((r) => setTimeout(r, 100));
        }
    });
    return page.evaluate(async () => {
        const keys = await caches.keys();
        const cache = await caches.open(keys.find((k) => k.startsWith('kubeplay-')));
        return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
}
