// End-to-end: the release build in headless Chromium. Types into the
// terminal with real key events like a learner and asserts on what the
// page shows; every test also fails on any page or console error.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, run, lines, shot, lastLineIs, paste, valueIs } from './helpers.mjs';

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
    assert.deepEqual(errors, []);
    await context.close();
});

test('readline keys edit the line and Ctrl-C discards it', async () => {
    const { page, context, errors } = await open(browser, server.url);
    const input = page.locator('.kp-input');
    await input.pressSequentially('cho wrld');
    await input.press('Control+a');
    await input.pressSequentially('e');
    await input.press('Control+e');
    for (let i = 0; i < 3; i++) await input.press('ArrowLeft');
    await input.pressSequentially('o');
    await valueIs(page, 'echo world');
    await input.press('Control+w');
    await valueIs(page, 'echo rld');
    await input.press('End');
    await input.press('Control+u');
    await valueIs(page, '');
    await input.press('Control+y');
    await input.press('Control+c');
    await lastLineIs(page, '$ echo rld^C');
    await valueIs(page, '');
    assert.deepEqual(errors, []);
    await context.close();
});

test('history: arrows recall commands, Ctrl-R finds one, and both survive a reload', async () => {
    const { page, context, errors } = await open(browser, server.url);
    const input = page.locator('.kp-input');
    await run(page, 'echo one');
    await run(page, 'echo two');
    await run(page, 'history');
    await page.locator('.kp-line', { hasText: '3  history' }).waitFor();
    await input.press('ArrowUp');
    await input.press('ArrowUp');
    await valueIs(page, 'echo two');
    await input.press('ArrowDown');
    await valueIs(page, 'history');

    await page.reload();
    await input.waitFor();
    await input.press('Control+r');
    await input.pressSequentially('one');
    await page.locator('.kp-input-line .kp-prompt', { hasText: "(reverse-i-search)`one': " }).waitFor();
    await valueIs(page, 'echo one');
    await input.press('Enter');
    await lastLineIs(page, 'one');
    assert.deepEqual(errors, []);
    await context.close();
});

test('Tab completes a command and a second Tab lists the choices', async () => {
    const { page, context, errors } = await open(browser, server.url);
    const input = page.locator('.kp-input');
    await input.pressSequentially('cl');
    await input.press('Tab');
    await valueIs(page, 'clear ');
    await input.press('Control+u');
    await input.pressSequentially('h');
    await input.press('Tab');
    await input.press('Tab');
    await page.locator('.kp-line', { hasText: /\bhelp\s.*\bhistory\b/ }).waitFor();
    assert.equal((await lines(page))[0], '$ h', 'the line is echoed above the list');
    await valueIs(page, 'h');
    assert.ok(await input.evaluate((el) => el === document.activeElement), 'focus stays in the terminal');
    assert.deepEqual(errors, []);
    await context.close();
});

test('a multi-line paste runs line by line, continuations joined', async () => {
    const { page, context, errors } = await open(browser, server.url);
    await paste(page, 'echo first\necho second \\\n  half\nclear\necho after clear\necho left');
    await lastLineIs(page, 'after clear');
    assert.deepEqual(await lines(page), ['$ echo after clear', 'after clear']);
    await valueIs(page, 'echo left');
    await page.locator('.kp-input').press('Control+u');
    await paste(page, 'echo a \\\n  b\n');
    await lastLineIs(page, 'a b');
    assert.deepEqual((await lines(page)).slice(-3), ['$ echo a \\', '>   b', 'a b']);
    await shot(page, 'desktop-light');
    assert.deepEqual(errors, []);
    await context.close();
});

test('the page is usable by keyboard alone and has landmarks', async () => {
    const { page, context, errors } = await open(browser, server.url);
    assert.equal(await page.getByRole('banner').count(), 1);
    assert.equal(await page.getByRole('main').count(), 1);
    assert.equal(await page.getByRole('region', { name: 'Terminal' }).count(), 1);
    assert.equal(await page.getByRole('log', { name: 'Terminal output' }).getAttribute('aria-live'), 'polite');
    // Focus starts at the prompt; Shift-Tab walks back through the lesson
    // catalog's buttons into the controls.
    const input = page.locator('.kp-input');
    assert.ok(await input.evaluate((el) => el === document.activeElement));
    await page.locator('.kp-lessons').getByRole('button', { name: /^Start: / }).last().waitFor();
    const walked = [];
    for (let i = 0; i < 20 && walked.at(-1) !== 'Dark theme'; i++) {
        await page.keyboard.press('Shift+Tab');
        walked.push(await page.evaluate(() => document.activeElement.textContent));
    }
    assert.equal(walked[0], 'Start', 'the last lesson card is just before the terminal');
    assert.equal(walked.at(-1), 'Dark theme', `reached the controls: ${walked}`);
    await page.keyboard.press('Space');
    await page.locator('button[aria-pressed="true"]', { hasText: 'Dark theme' }).waitFor();
    // Escape then Tab leaves the terminal instead of completing.
    await input.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    assert.ok(!(await input.evaluate((el) => el === document.activeElement)), 'Escape, Tab moved focus on');
    // Every control has an accessible name.
    const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, select, textarea')]
        .filter((el) => !(el.getAttribute('aria-label') || el.textContent.trim() || (el.id && document.querySelector(`label[for="${el.id}"]`))))
        .map((el) => el.outerHTML));
    assert.deepEqual(unnamed, []);
    assert.deepEqual(errors, []);
    await context.close();
});

test('time controls: pause, speed, and nothing to step while nothing is scheduled', async () => {
    const { page, context, errors } = await open(browser, server.url);
    const pause = page.getByRole('button', { name: 'Pause' });
    await pause.click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    // The idle time before the pause counts (the clock never jumps back);
    // paused, the clock stands still.
    await page.locator('.kp-clock', { hasText: /0:0\d\.\d \(paused\)/ }).waitFor();
    const paused = await page.locator('.kp-clock time').textContent();
    await page.waitForTimeout(700);
    assert.equal(await page.locator('.kp-clock time').textContent(), paused);
    await page.getByLabel('Speed').selectOption({ label: '8×' });
    assert.equal(await page.getByLabel('Speed').inputValue(), '5');
    // The shell has no timed commands yet, so nothing is scheduled.
    assert.ok(await page.getByRole('button', { name: 'Step' }).isDisabled());
    assert.ok(await page.getByRole('button', { name: 'Fast-forward' }).isDisabled());
    await page.getByRole('button', { name: 'Resume' }).click();
    await run(page, 'echo still works');
    await lastLineIs(page, 'still works');
    assert.deepEqual(errors, []);
    await context.close();
});
