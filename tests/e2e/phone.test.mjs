// End-to-end on a phone-sized touch screen (390×844): the on-screen key row
// stands in for Tab, ↑, ↓ and Ctrl-C, and tapping it keeps the keyboard
// (the input's focus) where it is.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, run, shot, lastLineIs, valueIs } from './helpers.mjs';

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

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const focusedIsInput = (page) => page.locator('.kp-input').evaluate((el) => el === document.activeElement);

test('on a phone the key row sends Tab, ↑, ↓ and Ctrl-C without losing focus', async () => {
    const { page, context, errors } = await open(browser, server.url, PHONE);
    const input = page.locator('.kp-input');
    const keyrow = page.getByRole('group', { name: 'Terminal keys' });
    assert.ok(await keyrow.isVisible(), 'key row shown on a phone');
    await input.tap();
    await run(page, 'echo phone');
    await run(page, 'echo second');
    await page.getByRole('button', { name: 'Previous command' }).tap();
    await page.getByRole('button', { name: 'Previous command' }).tap();
    await valueIs(page, 'echo phone');
    await page.getByRole('button', { name: 'Next command' }).tap();
    await valueIs(page, 'echo second');
    assert.ok(await focusedIsInput(page), 'tapping a key keeps the input focused');
    await page.getByRole('button', { name: 'Ctrl-C: interrupt' }).tap();
    await lastLineIs(page, '$ echo second^C');
    await input.pressSequentially('hel');
    await page.getByRole('button', { name: 'Tab: complete' }).tap();
    await valueIs(page, 'help ');
    await input.press('Enter');
    await page.locator('.kp-line', { hasText: 'list the commands you can type' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    await shot(page, 'phone');
    assert.deepEqual(errors, []);
    await context.close();
});

test('on a desktop the key row stays hidden', async () => {
    const { page, context, errors } = await open(browser, server.url);
    assert.ok(!(await page.getByRole('group', { name: 'Terminal keys' }).isVisible()));
    assert.deepEqual(errors, []);
    await context.close();
});
