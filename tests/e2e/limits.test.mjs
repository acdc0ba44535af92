// End-to-end: asking for too much never freezes the page. A giant paste
// is refused with a message, an endless loop stops at its limit or on
// Ctrl-C, and the prompt answers the next command each time.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, run, paste, lastLineIs } from './helpers.mjs';

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

/** Types `echo LABEL` and waits for it: the page still answers. */
async function answers(page, label) {
    await run(page, `echo ${label}`);
    await lastLineIs(page, label);
}

test('a giant paste and endless loops leave the page answering', async () => {
    const { page, context, errors } = await open(browser, server.url);
    // 2 MiB in one paste: refused before anything runs.
    await paste(page, `echo ${'x'.repeat(2 * 1024 * 1024)}\n`);
    await page.locator('.kp-line', { hasText: 'kubeplay: paste refused: 2048 KiB is more than the 1024 KiB a paste may hold' }).waitFor();
    await answers(page, 'after-paste');

    // A busy loop stops at its iteration limit by itself.
    await run(page, 'while true; do :; done');
    await page.locator('.kp-line', { hasText: 'kubeplay: loop stopped after 10000 iterations' }).waitFor({ timeout: 30000 });
    await answers(page, 'after-loop');

    // A printing loop yields to the page between rounds, so Ctrl-C reaches it.
    await run(page, 'while true; do kubectl get pods; done');
    await page.waitForTimeout(300);
    await page.locator('.kp-input').press('Control+c');
    await page.locator('.kp-line', { hasText: '^C' }).last().waitFor();
    await answers(page, 'after-ctrl-c');
    assert.deepEqual(errors, []);
    await context.close();
});
