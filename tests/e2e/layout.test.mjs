// End-to-end: the terminal-first layout. The terminal's width in columns
// is measured as a learner gets it (the text area inside its padding over
// the width of one character) with a lesson open and the cluster view
// visible, then with both side panels hidden through the toolbar; the
// choice survives a reload, and so does a lesson panel dragged wider by its
// resize corner. Screenshots of lessons 1, 4 and 5 at 1280,
// 1440 and 1920 px wide land in target/e2e/ for a human to look at. The
// figures are printed (and written to target/e2e/layout.json).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, open, output, shot, SHOTS } from './helpers.mjs';

let server;
let browser;
const figures = {};

before(async () => {
    server = await startServer();
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.close();
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(path.join(SHOTS, 'layout.json'), JSON.stringify(figures, null, 2) + '\n');
    console.log('terminal columns:', JSON.stringify(figures));
});

/** The terminal's usable width in characters. */
export function columns(page) {
    return page.evaluate(() => {
        const t = document.querySelector('.kp-terminal');
        const cs = getComputedStyle(t);
        const width = t.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        const ten = document.querySelector('.kp-measure').getBoundingClientRect().width;
        return Math.floor(width / (ten / 10));
    });
}

/** Opens lesson `title` from the catalog and waits for its first step. */
async function startLesson(page, title) {
    await page.locator('.kp-lessons').getByRole('button', { name: `Start: ${title}` }).click();
    await page.locator('.kp-lesson-step-title').waitFor();
    await page.locator('.kp-line', { hasText: `# ${title} — Step 1` }).waitFor();
}

/** Lines of the scrollback that wrap onto a second row. */
function wrapped(page, prefix) {
    return page.evaluate((p) => {
        const lines = [...document.querySelectorAll('.kp-scrollback .kp-line')].filter((l) => l.textContent.startsWith(p));
        return lines.filter((l) => l.getBoundingClientRect().height > parseFloat(getComputedStyle(l).lineHeight) * 1.5)
            .map((l) => l.textContent);
    }, prefix);
}

test('at 1280×800 the terminal has ≥ 90 columns beside an open lesson and the cluster view, ≥ 120 with both hidden', async () => {
    const { page, context, errors } = await open(browser, `${server.url}?lang=en`);
    await startLesson(page, 'Deploy your first app');
    assert.ok(await page.locator('.kp-view').isVisible(), 'cluster view shown');
    assert.ok(await page.locator('.kp-lessons').isVisible(), 'lesson panel shown');
    const open2 = await columns(page);
    figures['1280x800 lesson + cluster view'] = open2;
    assert.ok(open2 >= 90, `only ${open2} columns with the lesson open`);

    // A bootcamp `kubectl get pods` row stays on one line.
    await output(page, 'kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1');
    await page.waitForTimeout(2500);
    const pods = await output(page, 'kubectl get pods');
    assert.match(pods.join('\n'), /kubernetes-bootcamp-/);
    assert.deepEqual(await wrapped(page, 'kubernetes-bootcamp-'), [], 'pod rows wrap');
    await shot(page, 'layout-1280-lesson1');

    // Hide both panels from the toolbar.
    const panels = page.getByRole('group', { name: 'Panels' });
    await panels.getByRole('button', { name: 'Lessons' }).click();
    await panels.getByRole('button', { name: 'Cluster view' }).click();
    await page.waitForFunction(() => !document.querySelector('.kp-lessons')?.checkVisibility());
    assert.ok(!(await page.locator('.kp-view').isVisible()), 'cluster view hidden');
    const closed = await columns(page);
    figures['1280x800 panels hidden'] = closed;
    assert.ok(closed >= 120, `only ${closed} columns with the panels hidden`);
    assert.equal(await panels.getByRole('button', { name: 'Lessons' }).getAttribute('aria-pressed'), 'false');
    await shot(page, 'layout-1280-panels-hidden');

    // Only the lesson panel hidden: the cluster view goes beside the terminal.
    await panels.getByRole('button', { name: 'Cluster view' }).click();
    await page.locator('.kp-view').waitFor();
    const side = await columns(page);
    figures['1280x800 lesson hidden, cluster view beside'] = side;
    assert.ok(side >= 90, `only ${side} columns beside the cluster view`);
    const [term, view] = await Promise.all([page.locator('.kp-terminal').boundingBox(), page.locator('.kp-view').boundingBox()]);
    assert.ok(view.x > term.x + term.width - 1, 'the cluster view is beside the terminal');

    // Remembered: a reload keeps the lesson panel hidden.
    assert.equal(await page.evaluate(() => localStorage.getItem('kubeplay.layout.v1')), 'lessons=0;view=1');
    await page.reload();
    await page.locator('.kp-input').waitFor();
    await page.locator('.kp-app.kp-no-lessons').waitFor();
    assert.ok(!(await page.locator('.kp-lessons').isVisible()));
    assert.ok(await page.locator('.kp-view').isVisible());
    assert.deepEqual(errors, []);
    await context.close();
});

test('screenshots of lessons 1, 4 and 5 at 1280, 1440 and 1920 px, with the columns each gets', async () => {
    const lessons = [
        ['Deploy your first app', 'l1', 'kubectl get pods -o wide'],
        ['Scale your app', 'l4', 'kubectl get pods -o wide'],
        ['Update your app', 'l5', 'kubectl get pods'],
    ];
    for (const [width, height] of [[1280, 800], [1440, 900], [1920, 1080]]) {
        for (const [title, name, look] of lessons) {
            const { page, context, errors } = await open(browser, `${server.url}?lang=en`, { viewport: { width, height } });
            await startLesson(page, title);
            await page.waitForTimeout(1500);
            await output(page, look);
            const cols = await columns(page);
            figures[`${width}x${height} ${name}`] = cols;
            assert.ok(cols >= 90, `${width}px ${name}: ${cols} columns`);
            await shot(page, `layout-${width}-${name}`);
            assert.deepEqual(errors, []);
            await context.close();
        }
    }
});

test('in a 960 px embed with a lesson open a kubectl get pods row fits', async () => {
    const { page, context, errors } = await open(browser, `${server.url}?embed=1&lesson=deploy&lang=en`, { viewport: { width: 960, height: 480 } });
    await page.locator('.kp-lesson-step-title').waitFor();
    const cols = await columns(page);
    figures['960x480 embed, lesson open'] = cols;
    assert.ok(cols >= 80, `only ${cols} columns`);
    // Compact chrome: what an embedded reader needs.
    for (const name of ['Export', 'Import', 'Reduce motion', 'Dark theme']) {
        assert.equal(await page.getByText(name, { exact: true }).isVisible(), false, `${name} shown in an embed`);
    }
    await output(page, 'kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1');
    await page.waitForTimeout(2500);
    await output(page, 'kubectl get pods');
    assert.deepEqual(await wrapped(page, 'kubernetes-bootcamp-'), []);
    await shot(page, 'layout-embed-960');
    assert.deepEqual(errors, []);
    await context.close();
});

test('the lesson panel keeps the width it was dragged to, across a reload and a hide', async () => {
    const { page, context, errors } = await open(browser, `${server.url}?lang=en`);
    await startLesson(page, 'Deploy your first app');
    const panel = page.locator('.kp-lessons');
    const before = await panel.boundingBox();
    const colsBefore = await columns(page);
    // Drag the panel's resize corner (bottom right) 120 px to the right.
    const [x, y] = [before.x + before.width - 4, before.y + before.height - 4];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 60, y, { steps: 5 });
    await page.mouse.move(x + 120, y, { steps: 5 });
    await page.mouse.up();
    const dragged = (await panel.boundingBox()).width;
    assert.ok(Math.abs(dragged - (before.width + 120)) <= 4, `dragged from ${before.width} to ${dragged} px`);
    await page.waitForFunction(() => /;lessons_w=\d+$/.test(localStorage.getItem('kubeplay.layout.v1') ?? ''));
    const stored = await page.evaluate(() => localStorage.getItem('kubeplay.layout.v1'));
    assert.equal(stored, `lessons=1;view=1;lessons_w=${Math.round(dragged)}`);
    const colsDragged = await columns(page);
    assert.ok(colsDragged < colsBefore, `${colsDragged} columns beside the wider panel, ${colsBefore} before`);
    figures['1280x800 lesson panel dragged 120 px wider'] = colsDragged;

    // A reload comes back at the dragged width, as do hiding and showing it.
    await page.reload();
    await page.locator('.kp-input').waitFor();
    await panel.waitFor();
    assert.ok(Math.abs((await panel.boundingBox()).width - dragged) <= 1, `${(await panel.boundingBox()).width} px after a reload`);
    assert.equal(await columns(page), colsDragged);
    const toggle = page.getByRole('group', { name: 'Panels' }).getByRole('button', { name: 'Lessons' });
    await toggle.click();
    await page.waitForFunction(() => !document.querySelector('.kp-lessons')?.checkVisibility());
    await toggle.click();
    await panel.waitFor();
    assert.ok(Math.abs((await panel.boundingBox()).width - dragged) <= 1, 'width kept across hide and show');
    assert.equal(await page.evaluate(() => localStorage.getItem('kubeplay.layout.v1')), stored);
    await shot(page, 'layout-1280-lesson-dragged');
    assert.deepEqual(errors, []);
    await context.close();
});
