// End-to-end: a lesson flow that cannot trip, time you can see, the phone,
// the editor after a failed save, and embeds that load nothing until used.
//   - a double click or a double Enter on "Next step" moves one step only,
//     and the focus lands on the new step's heading (on the lesson's title
//     after Enter on Start);
//   - a finished step is announced by one line in the terminal;
//   - the toolbar clock moves while the cluster sits idle; a command
//     waiting on paused time says so with a Resume button; a long wait
//     (lesson 1's graceful delete) points at Fast-forward;
//   - on a phone the key row and the prompt are inside the viewport after
//     Run, and the page itself does not scroll;
//   - a failed `kubectl edit` save reopens the editor with the reason at
//     the top, as kubectl does;
//   - a loader embed far below the fold fetches no wasm until scrolled to,
//     and a click-to-start embed none until clicked.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, run, output, idle, shot } from './helpers.mjs';

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

const panel = (page) => page.locator('.kp-lessons');
const stepNo = (page) => page.locator('.kp-lesson-stepno').textContent();
const focused = (page) => page.evaluate(() => document.activeElement?.className ?? '');

async function goalsMet(page) {
    await page.waitForFunction(() => document.querySelector('.kp-lesson-explain') !== null
        && document.querySelector('.kp-lesson-next.kp-lesson-ready') !== null, null, { timeout: 20000 });
}

test('double click and double Enter on Next step skip nothing; completion is announced and focus follows', async () => {
    const { page, context, errors } = await open(browser, `${server.url}?lang=en`);
    // Enter on Start: the focus goes to the lesson's title, not <body>.
    await panel(page).getByRole('button', { name: 'Start: Deploy your first app' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.kp-lesson-step-title', { hasText: 'Create a Deployment' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('kp-lesson-title'));

    await run(page, 'kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1');
    await goalsMet(page);
    // One line in the terminal, where the learner looks.
    await page.locator('.kp-scrollback .kp-line', { hasText: '✓ Step complete — “Next step” is in the lesson panel' }).waitFor();
    const announced = (await page.locator('.kp-scrollback .kp-line').allTextContents()).filter((l) => l.includes('✓ Step complete'));
    assert.equal(announced.length, 1, 'announced once');
    // The completion box and Next are in the panel's view.
    assert.ok(await page.locator('.kp-lesson-next').isVisible());
    const inView = await page.evaluate(() => {
        const p = document.querySelector('.kp-lessons').getBoundingClientRect();
        const b = document.querySelector('.kp-lesson-next').getBoundingClientRect();
        return b.top >= p.top && b.bottom <= p.bottom;
    });
    assert.ok(inView, 'Next step is scrolled into the panel');
    await shot(page, 'flow-step-complete-1280');

    // Double click: one step.
    await page.locator('.kp-lesson-next').dblclick();
    await page.locator('.kp-lesson-step-title', { hasText: 'Meet the Pod' }).waitFor();
    await page.waitForTimeout(600);
    assert.equal(await stepNo(page), 'Step 2 of 3 · 1 of 3 steps done');
    assert.match(await focused(page), /kp-lesson-step-title/);

    // Double Enter: one step.
    await run(page, 'export POD_NAME="$(kubectl get pods -o go-template --template \'{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}\')"');
    await goalsMet(page);
    await page.locator('.kp-lesson-next').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.locator('.kp-lesson-step-title', { hasText: 'Watch it heal' }).waitFor();
    await page.waitForTimeout(600);
    assert.equal(await stepNo(page), 'Step 3 of 3 · 2 of 3 steps done');
    assert.match(await focused(page), /kp-lesson-step-title/);

    // The graceful delete waits 30 s of simulated time: after a few quiet
    // seconds a dim line points at Fast-forward, whose button ends the wait.
    await page.locator('.kp-input').focus();
    await run(page, 'kubectl delete pod "$POD_NAME"');
    const hint = page.locator('.kp-wait', { hasText: 'Fast-forward skips ahead' });
    await hint.waitFor({ timeout: 10000 });
    await shot(page, 'flow-long-wait');
    await hint.getByRole('button', { name: 'Fast-forward' }).click();
    await idle(page, 10000);
    await page.locator('.kp-scrollback .kp-line', { hasText: /^pod "kubernetes-bootcamp-.*" deleted/ }).waitFor();
    assert.equal(await page.locator('.kp-wait').textContent(), '');
    assert.deepEqual(errors, []);
    await context.close();
});

test('the clock moves while the cluster is idle; a command waiting on paused time says so', async () => {
    const { page, context, errors } = await open(browser, server.url);
    const clock = () => page.locator('.kp-clock time').textContent();
    await output(page, 'echo start');
    const t0 = await clock();
    await page.waitForTimeout(1300);
    const t1 = await clock();
    assert.notEqual(t1, t0, `the clock stood at ${t0}`);

    // A hidden tab's clock stops ticking, and starts again when shown.
    const setHidden = (hidden) => page.evaluate((h) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
        document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
    await setHidden(true);
    const hiddenAt = await clock();
    await page.waitForTimeout(600);
    assert.equal(await clock(), hiddenAt, 'the clock ticked in a hidden tab');
    await setHidden(false);
    await page.waitForFunction((t) => document.querySelector('.kp-clock time')?.textContent !== t, hiddenAt);

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const paused = await clock();
    await run(page, 'sleep 3');
    const line = page.locator('.kp-wait', { hasText: 'Waiting: simulated time is paused.' });
    await line.waitFor();
    await page.waitForTimeout(800);
    assert.equal(await clock(), paused, 'paused time stands still');
    assert.equal(await page.locator('.kp-terminal').getAttribute('aria-busy'), 'true');
    await shot(page, 'flow-paused-wait');
    await line.getByRole('button', { name: 'Resume' }).click();
    await idle(page, 10000);
    assert.equal(await page.locator('.kp-wait').textContent(), '');
    assert.deepEqual(errors, []);
    await context.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

test('on a phone the key row and the prompt stay in view after Run, and only the panes scroll', async () => {
    const { page, context, errors } = await open(browser, `${server.url}?lang=en`, PHONE);
    await panel(page).getByRole('button', { name: 'Start: Deploy your first app' }).tap();
    await page.locator('.kp-lesson-step-title').waitFor();
    const runs = panel(page).getByRole('button', { name: /Run/ });
    for (let i = 0; i < 3; i++) {
        await runs.nth(i).tap();
        await idle(page, 20000);
    }
    await page.waitForTimeout(500);
    const boxes = await page.evaluate(() => {
        const r = (s) => document.querySelector(s).getBoundingClientRect().toJSON();
        return {
            keyrow: r('.kp-keyrow'), input: r('.kp-input'), height: innerHeight,
            pageScroll: document.scrollingElement.scrollHeight - innerHeight,
            header: r('.kp-header').height + r('.kp-toolbar').height,
        };
    });
    assert.ok(boxes.keyrow.top >= 0 && boxes.keyrow.bottom <= boxes.height, `key row at ${boxes.keyrow.top}–${boxes.keyrow.bottom} of ${boxes.height}`);
    assert.ok(boxes.input.top >= 0 && boxes.input.bottom <= boxes.height, `prompt at ${boxes.input.top}–${boxes.input.bottom}`);
    assert.ok(boxes.pageScroll <= 0, `the page scrolls by ${boxes.pageScroll}px`);
    assert.ok(boxes.header <= 110, `header and toolbar take ${boxes.header}px`);
    // The prompt is in the terminal's own view (scrolled to the bottom).
    const inTerminal = await page.evaluate(() => {
        const t = document.querySelector('.kp-terminal').getBoundingClientRect();
        const i = document.querySelector('.kp-input').getBoundingClientRect();
        return i.top >= t.top - 1 && i.bottom <= t.bottom + 1;
    });
    assert.ok(inTerminal, 'the prompt is scrolled into the terminal');
    await shot(page, 'flow-phone-after-run');
    assert.deepEqual(errors, []);
    await context.close();
});

test('a failed kubectl edit save reopens the editor with the error at the top', async () => {
    const { page, context, errors } = await open(browser, server.url);
    await output(page, 'kubectl create deployment web --image=nginx:1.27');
    await run(page, 'kubectl edit deploy web');
    const text = page.locator('.kp-editor-text');
    await text.waitFor();
    // vi keys: search (not insert), then make replicas negative and save.
    for (const k of '/replicas: ') await page.keyboard.press(k === ' ' ? 'Space' : k);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.kp-editor-status').textContent(), '/replicas: ');
    assert.doesNotMatch(await text.inputValue(), /^mage|^eplicas/, 'the search typed nothing');
    for (const k of ['$', 'x', 'a', '-', '1', 'Escape', ':', 'w', 'q', 'Enter']) await page.keyboard.press(k);
    // Reopened, the reasons under kubectl's header, the edit kept.
    await page.waitForFunction(() => document.querySelector('.kp-editor-text')?.value.includes('was not valid'));
    const reopened = await text.inputValue();
    assert.match(reopened, /^# Please edit the object below\./);
    assert.match(reopened, /\n# deployments\.apps "web" was not valid:\n# \* spec\.replicas: Invalid value: -1: must be greater than or equal to 0\n#\n/);
    assert.match(reopened, /\n {2}replicas: -1\n/);
    await page.locator('.kp-scrollback .kp-line', { hasText: 'error: deployments.apps "web" is invalid' }).waitFor();
    await shot(page, 'flow-edit-reopened');
    // Quitting without a change gives up, as kubectl does.
    for (const k of [':', 'q', 'Enter']) await page.keyboard.press(k);
    await page.locator('.kp-scrollback .kp-line', { hasText: 'error: Edit cancelled, no valid changes were saved.' }).waitFor();
    await idle(page);
    const replicas = await output(page, 'kubectl get deploy web -o yaml | grep "^  replicas:"');
    // spec.replicas and status.replicas: both still 1.
    assert.deepEqual([...new Set(replicas)], ['  replicas: 1'], 'the failed edit changed nothing');
    assert.deepEqual(errors, []);
    await context.close();
});

/** A documentation page, served at `/doc.html` by `page.route`, with
 *  the loader and a spacer pushing the embed far below the fold. */
function docPage(div) {
    return `<!doctype html><meta charset="utf-8"><title>doc</title>
<p>Documentation text.</p><div id="spacer"></div>${div}
<script src="embed.js"></script><script src="doc.js"></script>`;
}

async function openDoc(div) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    await page.route('**/doc.html', (route) => route.fulfill({ contentType: 'text/html', body: docPage(div) }));
    await page.route('**/doc.js', (route) => route.fulfill({
        contentType: 'text/javascript', body: "document.getElementById('spacer').style.height = '6000px';",
    }));
    await page.goto(`${server.url}doc.html`);
    return { page, context, errors, wasm };
}

test('an embed below the fold loads no wasm until scrolled to; a click-to-start embed none until clicked', async () => {
    const lazy = await openDoc('<div data-kubeplay id="far" data-lesson="deploy"></div>');
    await lazy.page.locator('#far iframe').waitFor({ state: 'attached' });
    assert.equal(await lazy.page.locator('#far iframe').getAttribute('loading'), 'lazy');
    await lazy.page.waitForTimeout(1500);
    assert.deepEqual(lazy.wasm, [], 'wasm fetched for an embed nobody scrolled to');
    await lazy.page.locator('#far').scrollIntoViewIfNeeded();
    await lazy.page.frameLocator('#far iframe').locator('.kp-input').waitFor({ timeout: 20000 });
    assert.equal(lazy.wasm.length, 1);
    assert.deepEqual(lazy.errors, []);
    await lazy.context.close();

    const click = await openDoc('<div data-kubeplay id="later" data-start="click" data-lesson="deploy"></div>');
    const start = click.page.getByRole('button', { name: '▶ Start the Kubernetes playground' });
    await start.scrollIntoViewIfNeeded();
    await click.page.waitForTimeout(1500);
    assert.deepEqual(click.wasm, [], 'wasm fetched before the click');
    assert.equal(await click.page.locator('#later iframe').count(), 0);
    await shot(click.page, 'flow-click-to-start');
    await start.click();
    await click.page.frameLocator('#later iframe').locator('.kp-input').waitFor({ timeout: 20000 });
    assert.equal(click.wasm.length, 1);
    assert.deepEqual(click.errors, []);
    await click.context.close();
});

test('the page paints a prompt before the wasm; keys typed there run once it is ready', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    // Hold the wasm back until the test has typed.
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(server.url);
    const early = page.locator('.kp-boot-input');
    await early.waitFor();
    assert.equal(await page.locator('.kp-boot .kp-prompt').textContent(), '$ ');
    assert.ok(await early.evaluate((el) => el === document.activeElement), 'the static prompt has the focus');
    await shot(page, 'flow-first-paint');
    await page.keyboard.type('echo typed-early');
    await page.keyboard.press('Enter');
    await page.keyboard.type('kubectl get no');
    release();
    await page.locator('.kp-input').waitFor({ timeout: 20000 });
    await page.locator('.kp-scrollback .kp-line', { hasText: 'typed-early' }).nth(1).waitFor();
    assert.deepEqual((await page.locator('.kp-scrollback .kp-line').allTextContents()).slice(-2), ['$ echo typed-early', 'typed-early']);
    assert.equal(await page.locator('.kp-input').inputValue(), 'kubectl get no');
    assert.equal(await page.locator('.kp-boot').count(), 0, 'the static frame is gone');
    assert.deepEqual(errors, []);
    await context.close();
});
