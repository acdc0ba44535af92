// End-to-end: themes and motion follow the system preference, switch from
// the toolbar, and every text colour on the page meets WCAG AA contrast
// (4.5:1), measured on the rendered page in both themes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, run, shot, lastLineIs } from './helpers.mjs';

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

/** Contrast ratio of each sample's text against the background it sits on. */
function contrasts(page) {
    return page.evaluate(() => {
        const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
        const lum = (c) => {
            const [r, g, b] = c.map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const background = (el) => {
            for (let e = el; e; e = e.parentElement) {
                const bg = getComputedStyle(e).backgroundColor;
                if (!bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return rgb(bg);
            }
            return [255, 255, 255];
        };
        const samples = {
            output: '.kp-line.kp-out', stderr: '.kp-line.kp-err', prompt: '.kp-input-line .kp-prompt',
            command: '.kp-cmd', input: '.kp-input', title: '.kp-title', tagline: '.kp-tagline', clock: '.kp-clock',
            label: '.kp-label', button: '.kp-button:not([aria-pressed="true"]):not(:disabled)',
            pressed: '.kp-button[aria-pressed="true"]', select: '.kp-select',
        };
        const out = {};
        for (const [name, sel] of Object.entries(samples)) {
            const el = document.querySelector(sel);
            if (!el) { out[name] = null; continue; }
            const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))].sort((x, y) => y - x);
            out[name] = Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100;
        }
        return out;
    });
}

async function fillScreen(page) {
    await run(page, 'echo some output');
    await run(page, 'kubctl get pods');
    await lastLineIs(page, 'bash: kubctl: command not found');
}

for (const scheme of ['light', 'dark']) {
    test(`the ${scheme} system preference picks the ${scheme} theme, with AA contrast throughout`, async () => {
        const { page, context, errors } = await open(browser, server.url, { colorScheme: scheme });
        await page.locator(`.kp-app.kp-theme-${scheme}`).waitFor();
        await page.locator(`button[aria-pressed="${scheme === 'dark'}"]`, { hasText: 'Dark theme' }).waitFor();
        await fillScreen(page);
        if (scheme === 'light') {
            await page.getByRole('button', { name: 'Reduce motion' }).click();
            await page.locator('button[aria-pressed="true"]', { hasText: 'Reduce motion' }).waitFor();
        }
        const ratios = await contrasts(page);
        console.log(`contrast (${scheme}):`, JSON.stringify(ratios));
        for (const [name, ratio] of Object.entries(ratios)) {
            assert.ok(ratio !== null, `${name} sample missing`);
            assert.ok(ratio >= 4.5, `${name}: ${ratio} < 4.5 in the ${scheme} theme`);
        }
        await shot(page, `desktop-${scheme}`);
        assert.deepEqual(errors, []);
        await context.close();
    });
}

test('the theme toggle switches between light and dark', async () => {
    const { page, context, errors } = await open(browser, server.url, { colorScheme: 'light' });
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.click();
    await page.locator('.kp-app.kp-theme-dark').waitFor();
    const dark = await page.locator('.kp-terminal').evaluate((el) => getComputedStyle(el).backgroundColor);
    await toggle.click();
    await page.locator('.kp-app.kp-theme-light').waitFor();
    const light = await page.locator('.kp-terminal').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(dark, light);
    assert.deepEqual(errors, []);
    await context.close();
});

test('prefers-reduced-motion switches motion off, and the toggle overrides it', async () => {
    const transition = (page) => page.locator('.kp-button').first().evaluate((el) => getComputedStyle(el).transitionDuration);
    const { page, context, errors } = await open(browser, server.url, { reducedMotion: 'reduce' });
    const toggle = page.getByRole('button', { name: 'Reduce motion' });
    await page.locator('button[aria-pressed="true"]', { hasText: 'Reduce motion' }).waitFor();
    assert.equal(await transition(page), '0s');
    await toggle.click();
    await page.locator('button[aria-pressed="false"]', { hasText: 'Reduce motion' }).waitFor();
    assert.notEqual(await transition(page), '0s');
    assert.deepEqual(errors, []);
    await context.close();
});
