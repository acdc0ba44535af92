// End-to-end: embedding. The demo documentation page (dist/demo.html) holds
// a plain iframe and two loader divs (different lessons, languages and
// themes; the second with preset commands and buttons driving the API).
// The tests check that both loader playgrounds are independent, that a
// command run through the API comes back as a `command` event with its
// exit code, that reset brings the prepared state back, and that messages
// from a hostile origin or from a window other than the parent are
// ignored. Everything runs under the recommended CSP; any page or console
// error (a CSP violation included) fails the test.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, shot } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

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

/** Opens the demo page; `errors` collects page and console errors of every frame. */
async function openDemo() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    await page.goto(`${server.url}demo.html`);
    return { page, context, errors };
}

/** The demo page's event log, parsed: [{ div, type, detail }]. */
async function events(page) {
    const items = await page.locator('#demo-log li').allTextContents();
    return items.map((text) => {
        const m = /^([\w-]+): kubeplay:([\w-]+) (.*)$/.exec(text);
        return { div: m[1], type: m[2], detail: JSON.parse(m[3]) };
    });
}

/** Waits until the log holds an event matching `pred`; returns it. */
async function waitEvent(page, pred, what) {
    for (let i = 0; i < 300; i++) {
        const found = (await events(page)).find(pred);
        if (found) return found;
        await page.waitForTimeout(100);
    }
    throw new Error(`no ${what} event; log: ${JSON.stringify(await events(page))}`);
}

/** Scrollback lines of the playground inside `frame`. */
const screen = (frame) => frame.locator('.kp-scrollback .kp-line').allTextContents();

async function waitLine(frame, text) {
    await frame.locator('.kp-scrollback .kp-line', { hasText: text }).first().waitFor({ timeout: 20000 });
}

test('the demo page embeds two independent playgrounds and drives one through the API', async () => {
    const { page, context, errors } = await openDemo();
    const first = page.frameLocator('#demo-first iframe');
    const second = page.frameLocator('#demo-second iframe');

    // The loader made one iframe per div, with embed=1, its own id and this page's origin.
    const srcs = await page.locator('[data-kubeplay] iframe').evaluateAll((fs) => fs.map((f) => new URL(f.src)));
    assert.equal(srcs.length, 2);
    const params = srcs.map((u) => Object.fromEntries(u.searchParams));
    assert.deepEqual(params.map((p) => [p.embed, p.id, p.origin]), [
        ['1', 'demo-first', server.url.replace(/\/$/, '')],
        ['1', 'demo-second', server.url.replace(/\/$/, '')],
    ]);
    assert.equal(params[0].lesson, 'deploy');
    assert.equal(params[1].commands, 'kubectl create deployment web --image=nginx\nkubectl get deployments');

    const readyFirst = await waitEvent(page, (e) => e.div === 'demo-first' && e.type === 'ready', 'first ready');
    assert.deepEqual(readyFirst.detail, { id: 'demo-first', lesson: 'deploy', source: 'kubeplay', step: 1, type: 'ready' });
    await waitEvent(page, (e) => e.div === 'demo-second' && e.type === 'ready', 'second ready');

    // Compact chrome: no page header; the first speaks English with the
    // deploy lesson open, the second Spanish in the dark theme.
    for (const frame of [first, second]) {
        await frame.locator('.kp-app.kp-embed').waitFor();
        assert.equal(await frame.locator('.kp-header').count(), 0);
    }
    await first.locator('.kp-lessons h2', { hasText: 'Deploy your first app' }).first().waitFor({ timeout: 15000 });
    assert.equal(await second.locator('.kp-app').getAttribute('lang'), 'es');
    assert.match(await second.locator('.kp-app').getAttribute('class'), /kp-theme-dark/);

    // The preset commands ran, in order, before anything else, and were reported.
    await waitLine(second, 'deployment.apps/web created');
    const presets = await waitEvent(page, (e) => e.div === 'demo-second' && e.type === 'command'
        && e.detail.command === 'kubectl get deployments', 'preset command');
    assert.equal(presets.detail.exitCode, 0);
    const firstCommand = (await events(page)).find((e) => e.div === 'demo-second' && e.type === 'command');
    assert.deepEqual(firstCommand.detail, {
        command: 'kubectl create deployment web --image=nginx', exitCode: 0, id: 'demo-second', source: 'kubeplay', type: 'command',
    });

    // Independent: a deployment made in the first is not in the second.
    const input = first.locator('.kp-input');
    await input.pressSequentially('kubectl create deployment only-first --image=nginx');
    await input.press('Enter');
    await waitLine(first, 'deployment.apps/only-first created');

    // The page's button runs a command through the API; the event carries its exit code.
    await page.locator('#demo-command').fill('kubectl get deployments --no-headers');
    await page.locator('#demo-run').click();
    const listed = await waitEvent(page, (e) => e.div === 'demo-second' && e.type === 'command'
        && e.detail.command === 'kubectl get deployments --no-headers', 'API command');
    assert.equal(listed.detail.exitCode, 0);
    const lines = (await screen(second)).join('\n');
    assert.match(lines, /^web\s/m);
    assert.doesNotMatch(lines, /only-first/);

    // A failing command reports its status.
    await page.evaluate(() => document.getElementById('demo-second').kubeplay.run('kubectl get nosuchthing'));
    const failed = await waitEvent(page, (e) => e.type === 'command' && e.detail.command === 'kubectl get nosuchthing', 'failing command');
    assert.equal(failed.detail.exitCode, 1);
    assert.equal(failed.div, 'demo-second');

    // The first playground's lesson step, solved through the API, reports
    // step-complete (1-based step), to the first div only.
    await page.evaluate(() => document.getElementById('demo-first').kubeplay
        .run('kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1'));
    const done = await waitEvent(page, (e) => e.type === 'step-complete', 'step-complete');
    assert.deepEqual([done.div, done.detail.lesson, done.detail.step], ['demo-first', 'deploy', 1]);

    // Each keeps its own history in localStorage (the id= keys).
    const stored = await page.evaluate(() => [localStorage.getItem('kubeplay.history.v1.demo-first'), localStorage.getItem('kubeplay.history.v1.demo-second')]);
    assert.match(stored[0], /only-first/);
    assert.doesNotMatch(stored[1], /only-first/);
    assert.match(stored[1], /nosuchthing/);

    // Reset: a fresh sandbox with the preset commands run again.
    const readies = (await events(page)).filter((e) => e.div === 'demo-second' && e.type === 'ready').length;
    await page.locator('#demo-reset').click();
    await waitEvent(page, (e, i, all) => all.filter((x) => x.div === 'demo-second' && x.type === 'ready').length > readies, 'ready after reset');
    await waitLine(second, 'deployment.apps/web created');
    assert.doesNotMatch((await screen(second)).join('\n'), /nosuchthing/);

    // The plain iframe opened the scale lesson at step 2, in Japanese and dark.
    const plain = page.frameLocator('#demo-plain');
    await plain.locator('.kp-app.kp-embed.kp-theme-dark').waitFor({ timeout: 15000 });
    assert.equal(await plain.locator('.kp-app').getAttribute('lang'), 'ja');
    await plain.locator('.kp-lessons').waitFor();

    await shot(page, 'embed-demo');
    assert.deepEqual(errors, []);
    await context.close();
});

test('requests from a hostile origin or from a window other than the parent are ignored', async () => {
    // A page at another origin frames the playground, claiming the
    // playground's own origin as the embedder; its messages carry its real
    // origin, so they must be dropped, and nothing is posted to it.
    const own = server.url.replace(/\/$/, '');
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    // The hostile page is a real file on a second server: another port is
    // another origin (and Chromium frames loopback pages only from loopback
    // pages). It frames the playground twice: #lied claims the playground's
    // own origin as the embedder; #told names the page's real origin, as a
    // control showing the same messages do work when the origin matches.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-evil-'));
    const evil = await serve({ root: dir, port: 0 });
    const evilOrigin = evil.url.replace(/\/$/, '');
    const frameTag = (id, origin) => `<iframe id="${id}" src="${own}/?embed=1&amp;id=${id}&amp;origin=${encodeURIComponent(origin)}" width="900" height="400"></iframe>`;
    fs.writeFileSync(path.join(dir, 'evil.html'), `<!doctype html><title>evil</title>${frameTag('lied', own)}${frameTag('told', evilOrigin)}`);
    await page.goto(`${evil.url}evil.html`);
    await page.evaluate(() => {
        window.received = [];
        addEventListener('message', (e) => window.received.push(e.data));
    });
    const lied = page.frameLocator('#lied');
    const told = page.frameLocator('#told');
    await lied.locator('.kp-input').waitFor({ timeout: 15000 });
    await told.locator('.kp-input').waitFor({ timeout: 15000 });
    await page.evaluate(() => {
        const w = document.getElementById('lied').contentWindow;
        w.postMessage({ type: 'run', command: 'echo pwned-by-evil' }, '*');
        w.postMessage(JSON.stringify({ type: 'run', command: 'echo pwned-as-text' }), '*');
        w.postMessage({ type: 'reset' }, '*');
        document.getElementById('told').contentWindow.postMessage({ type: 'run', command: 'echo accepted-here' }, '*');
    });
    await waitLine(told, 'accepted-here');
    await page.waitForFunction(() => window.received.some((m) => m.command === 'echo accepted-here'));
    const input = lied.locator('.kp-input');
    await input.pressSequentially('echo after');
    await input.press('Enter');
    await waitLine(lied, 'after');
    assert.doesNotMatch((await screen(lied)).join('\n'), /pwned/);
    const received = await page.evaluate(() => window.received);
    assert.deepEqual(received.filter((m) => m.id === 'lied'), [], 'nothing is posted to a page of another origin');
    assert.deepEqual(received.find((m) => m.type === 'command'), {
        command: 'echo accepted-here', exitCode: 0, id: 'told', source: 'kubeplay', type: 'command',
    });
    assert.deepEqual(errors, []);
    await context.close();
    await evil.close();
    fs.rmSync(dir, { recursive: true, force: true });

    // On the demo page, a frame of the right origin that is not the
    // parent (the plain iframe) cannot drive the loader's playground.
    const demo = await openDemo();
    await waitEvent(demo.page, (e) => e.div === 'demo-second' && e.type === 'ready', 'second ready');
    const sibling = demo.page.frames().find((f) => f.url().includes('id=demo-plain'));
    assert.ok(sibling, 'the plain iframe is a frame of the page');
    await sibling.evaluate(() => {
        const target = parent.document.querySelector('#demo-second iframe').contentWindow;
        target.postMessage({ type: 'run', command: 'echo pwned-by-sibling' }, '*');
    });
    // The parent's own request, sent after it, runs; the sibling's did not.
    await demo.page.evaluate(() => document.getElementById('demo-second').kubeplay.run('echo from-parent'));
    await waitEvent(demo.page, (e) => e.type === 'command' && e.detail.command === 'echo from-parent', 'parent command');
    const second = demo.page.frameLocator('#demo-second iframe');
    assert.doesNotMatch((await screen(second)).join('\n'), /pwned-by-sibling/);
    assert.equal((await events(demo.page)).filter((e) => /pwned/.test(e.detail.command ?? '')).length, 0);
    assert.deepEqual(demo.errors, []);
    await demo.context.close();
});

test('bad address parameters are ignored with one notice line each', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    const response = await page.goto(`${server.url}?theme=blue&lang=en&lesson=nosuch&embed=1&step=0`);
    // The page really is served under the strict policy: no inline script,
    // inline styles only by their hashes (the page's own stylesheets).
    const csp = response.headers()['content-security-policy'];
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'( 'sha256-[\w+/]+=*')+;/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    await page.locator('.kp-input').waitFor();
    await page.locator('.kp-line', { hasText: 'lesson="nosuch"' }).waitFor({ timeout: 15000 });
    const notices = (await page.locator('.kp-scrollback .kp-line').allTextContents()).filter((l) => l.startsWith('kubeplay: ignored'));
    assert.deepEqual(notices, [
        'kubeplay: ignored theme="blue": expected light or dark',
        'kubeplay: ignored step="0": expected a step number from 1 to 99',
        'kubeplay: ignored lesson="nosuch": there is no such lesson in this language\'s catalog',
    ]);
    // The good ones applied: compact chrome, and the playground works.
    assert.equal(await page.locator('.kp-app.kp-embed').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
});
