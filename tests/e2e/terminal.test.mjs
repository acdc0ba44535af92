// End-to-end: the release build in headless Chromium. Types commands into the
// terminal like a learner and asserts on what the page shows.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, run, lines, shot } from './helpers.mjs';

let server;
let browser;

before(async () => {
    server = await startServer();
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.close();
});

test('a typed command and its output appear in the terminal', async () => {
    const { page, context, errors } = await open(browser, server.url);
    await run(page, 'echo hello kubeplay');
    await page.locator('.kp-line.kp-out', { hasText: 'hello kubeplay' }).waitFor();
    assert.deepEqual(await lines(page), ['$ echo hello kubeplay', 'hello kubeplay']);
    await run(page, 'help');
    await run(page, 'kubctl get pods');
    await page.locator('.kp-line.kp-err', { hasText: 'bash: kubctl: command not found' }).waitFor();
    await shot(page, 'sandbox-first-slice');
    assert.deepEqual(errors, []);
    await context.close();
});

test('history lists what was typed and clear empties the screen', async () => {
    const { page, context, errors } = await open(browser, server.url);
    await run(page, 'echo one');
    await run(page, 'history');
    await page.locator('.kp-line', { hasText: '2  history' }).waitFor();
    await run(page, 'clear');
    await page.waitForFunction(() => document.querySelectorAll('.kp-scrollback .kp-line').length === 0);
    assert.deepEqual(errors, []);
    await context.close();
});
