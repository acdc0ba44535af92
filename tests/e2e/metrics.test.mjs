// Measurements, not timed tests: prints (and writes to
// target/e2e/metrics.json) the time from navigation to a usable prompt
// (median of 5 fresh loads) and the DOM size with 1,000 lines of
// scrollback. It asserts only that the measured things happened.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, open, paste, SHOTS } from './helpers.mjs';

let server;
let browser;
const metrics = {};

before(async () => {
    server = await startServer();
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.close();
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(path.join(SHOTS, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
    console.log('metrics:', JSON.stringify(metrics));
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('time from navigation to a usable prompt (median of 5 fresh loads)', async () => {
    const ready = [];
    const paint = [];
    for (let i = 0; i < 5; i++) {
        const { page, context, errors } = await open(browser, server.url);
        await page.waitForFunction(() => performance.getEntriesByName('kp-prompt-ready').length > 0);
        const t = await page.evaluate(() => ({
            ready: performance.getEntriesByName('kp-prompt-ready')[0].startTime,
            paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
            focused: document.activeElement?.classList.contains('kp-input'),
        }));
        assert.ok(t.focused, 'the prompt has the focus when ready');
        ready.push(t.ready);
        paint.push(t.paint);
        assert.deepEqual(errors, []);
        await context.close();
    }
    metrics.prompt_ready_ms = { median: Math.round(median(ready)), runs: ready.map(Math.round) };
    metrics.first_contentful_paint_ms = { median: Math.round(median(paint)), runs: paint.map(Math.round) };
});

test('DOM size with 1,000 lines of scrollback', async () => {
    const { page, context, errors } = await open(browser, server.url);
    const before = await page.evaluate(() => document.getElementsByTagName('*').length);
    const script = Array.from({ length: 500 }, (_, i) => `echo line ${i}`).join('\n') + '\n';
    const start = Date.now();
    await paste(page, script);
    await page.waitForFunction(() => document.querySelectorAll('.kp-scrollback .kp-line').length === 1000, null, { timeout: 60000 });
    const pasteMs = Date.now() - start;
    const counts = await page.evaluate(() => {
        let nodes = 0;
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
        while (walker.nextNode()) nodes++;
        return { elements: document.getElementsByTagName('*').length, nodes };
    });
    assert.equal(await page.locator('.kp-scrollback .kp-line').last().textContent(), 'line 499');
    metrics.dom_1000_lines = { ...counts, elements_empty_page: before, paste_500_commands_ms: pasteMs };
    assert.deepEqual(errors, []);
    await context.close();
});
