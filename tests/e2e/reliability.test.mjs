// End-to-end: never lose a learner's work, in the release build. Two tabs
// of one browser keep their own sessions across reloads (a new tab first
// continues the newest one, or starts fresh); a session longer than the old
// 2,000-event limit comes back whole after a reload; a full or unavailable
// localStorage is said in the page, the page keeps working, Export still
// downloads the session, and nothing throws. A session whose replay log
// filled up is compacted (a checkpoint of the world becomes its start),
// saved, and restored after a reload; Share says why it has no link.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launch, output, idle, paste, shot } from './helpers.mjs';

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

/** Opens the playground in a new page of `context`, collecting errors. */
async function tab(context, query = '?lang=en') {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    await page.goto(`${server.url}${query}`);
    await page.locator('.kp-input').waitFor({ state: 'visible', timeout: 15000 });
    return { page, errors };
}

/** Waits until this tab's session is saved with at least `n` commands. */
async function saved(page, n) {
    await page.waitForFunction((want) => {
        const id = sessionStorage.getItem('kubeplay.tab');
        const index = JSON.parse(localStorage.getItem('kubeplay.sessions.v1') ?? '{"tabs":[]}');
        return (index.tabs.find((t) => t.tab === id)?.commands ?? -1) >= want;
    }, n, { timeout: 10000 });
}

async function restored(page, timeout = 20000) {
    await page.locator('.kp-line', { hasText: /^Restored \d+ commands?\.$/ }).last().waitFor({ timeout });
}

const DEPLOYMENTS = 'kubectl get deployments -o name';

test('two tabs of one browser each keep and restore their own session', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const a = await tab(context);
    assert.equal(await a.page.locator('.kp-offer').count(), 0, 'nothing to continue yet');
    await output(a.page, 'kubectl create deployment alpha --image=nginx');
    await saved(a.page, 1);

    // A new tab continues the newest session and says so, with a choice.
    const b = await tab(context);
    const offer = b.page.locator('.kp-offer');
    await offer.waitFor();
    assert.match(await offer.textContent(), /continues your most recent session \(1 command\)/);
    await restored(b.page);
    await b.page.getByRole('button', { name: 'Continue', exact: true }).click();
    await offer.waitFor({ state: 'detached' });
    await output(b.page, 'kubectl create deployment beta --image=nginx');
    await saved(b.page, 2);

    await output(a.page, 'kubectl create deployment alpha2 --image=nginx');
    await saved(a.page, 2);

    await a.page.reload();
    await restored(a.page);
    assert.equal(await a.page.locator('.kp-offer').count(), 0, 'a reload is the same tab');
    assert.deepEqual(await output(a.page, DEPLOYMENTS), ['deployment.apps/alpha', 'deployment.apps/alpha2']);
    await b.page.reload();
    await restored(b.page);
    assert.deepEqual(await output(b.page, DEPLOYMENTS), ['deployment.apps/alpha', 'deployment.apps/beta']);

    // A third tab may start fresh instead; the others' work stays saved.
    const c = await tab(context);
    await c.page.locator('.kp-offer').waitFor();
    await Promise.all([
        c.page.waitForEvent('load'),
        c.page.getByRole('button', { name: 'Start fresh', exact: true }).click(),
    ]);
    await c.page.locator('.kp-input').waitFor();
    assert.equal(await c.page.locator('.kp-offer').count(), 0);
    assert.deepEqual(await output(c.page, 'kubectl get deployments'), ['No resources found in default namespace.']);
    await saved(c.page, 1);
    await c.page.reload();
    await restored(c.page);
    assert.deepEqual(await output(c.page, 'kubectl get deployments'), ['No resources found in default namespace.']);
    await a.page.reload();
    await restored(a.page);
    assert.deepEqual(await output(a.page, DEPLOYMENTS), ['deployment.apps/alpha', 'deployment.apps/alpha2']);
    // The index lists every tab's session: A's and B's are still there.
    const ids = await Promise.all([a, b, c].map((t) => t.page.evaluate(() => sessionStorage.getItem('kubeplay.tab'))));
    const index = await a.page.evaluate(() => JSON.parse(localStorage.getItem('kubeplay.sessions.v1')));
    for (const id of ids) assert.ok(index.tabs.some((t) => t.tab === id), `${id} in ${JSON.stringify(index)}`);
    assert.equal(new Set(ids).size, 3, 'three tabs, three ids');
    await shot(b.page, 'reliability-two-tabs');
    for (const t of [a, b, c]) assert.deepEqual(t.errors, []);
    await context.close();
});

test('a session longer than 2,000 commands comes back whole after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, errors } = await tab(context);
    const count = 2400;
    const lines = ['kubectl create deployment web --image=nginx --replicas=2'];
    for (let i = 0; lines.length < count; i++) {
        lines.push(i % 400 === 200 ? `kubectl set image deployment/web nginx=nginx:1.${i % 27}` : `export V=${i}`);
    }
    lines.push('echo $V');
    const typed = Date.now();
    // A paste holds at most 1,000 lines: three pastes, each run to its end.
    for (let from = 0; from < lines.length; from += 800) {
        const chunk = lines.slice(from, from + 800);
        await paste(page, `${chunk.join('\n')}\n`);
        await page.waitForFunction((echo) => [...document.querySelectorAll('.kp-scrollback .kp-line')]
            .some((l) => l.textContent === echo), `$ ${chunk.at(-1)}`, { timeout: 300000 });
        await idle(page, 60000);
    }
    const last = lines.at(-2).replace('export V=', '');
    assert.deepEqual(await output(page, 'echo $V'), [last]);
    // The last image change may still be rolling out, and simulated time
    // flows on across the reload (idle time counts, as on a real cluster):
    // compare a cluster at rest, whose YAML no longer changes with time.
    await output(page, 'kubectl rollout status deployment/web');
    // Old pods end their grace period: Fast-forward until nothing is scheduled.
    const forward = page.locator('.kp-toolbar').getByRole('button', { name: 'Fast-forward' });
    if (await forward.isEnabled()) await forward.click();
    await page.waitForFunction(() => [...document.querySelectorAll('.kp-toolbar button')]
        .some((b) => b.textContent === 'Fast-forward' && b.disabled), null, { timeout: 30000 });
    const before = await output(page, 'kubectl get deployment web -o yaml');
    await saved(page, count + 4);
    const typedMs = Date.now() - typed;

    const reloaded = Date.now();
    await page.reload();
    await restored(page, 120000);
    const restoreMs = Date.now() - reloaded;
    assert.equal(await page.locator('.kp-line', { hasText: `Restored ${count + 4} commands.` }).count(), 1);
    assert.deepEqual(await output(page, 'echo $V'), [last]);
    assert.deepEqual(await output(page, 'kubectl get deployment web -o yaml'), before);
    console.log(`browser long session: ${count + 4} commands typed in ${typedMs} ms; reload to "Restored" in ${restoreMs} ms`);
    assert.deepEqual(errors, []);
    await context.close();
});

test('a session compacted into a checkpoint comes back after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, errors } = await tab(context);
    await output(page, 'kubectl create deployment web --image=nginx --replicas=2');
    await output(page, 'export V=before; echo one > notes.txt');
    // The log holds at most 900 KB of typed text before it is compacted:
    // one paste of 60 commands of 16,000 characters (under the paste's
    // bounds of 16,384 per line and 1 MB in all) crosses it on the
    // production path.
    const long = `: ${'x'.repeat(15998)}`;
    await paste(page, `${Array(60).fill(long).join('\n')}\n`);
    await idle(page, 60000);
    await output(page, 'export V=after; echo two >> notes.txt');
    await output(page, 'kubectl scale deployment web --replicas=3');
    await output(page, 'kubectl rollout status deployment/web');
    const forward = page.locator('.kp-toolbar').getByRole('button', { name: 'Fast-forward' });
    if (await forward.isEnabled()) await forward.click();
    await page.waitForFunction(() => [...document.querySelectorAll('.kp-toolbar button')]
        .some((b) => b.textContent === 'Fast-forward' && b.disabled), null, { timeout: 30000 });
    const before = await output(page, 'kubectl get all -o yaml');
    const history = await output(page, 'history | cut -c1-40');
    // Saved with its checkpoint, and a short tail.
    await page.waitForFunction(() => {
        const doc = localStorage.getItem(`kubeplay.session.v1.tab.${sessionStorage.getItem('kubeplay.tab')}`);
        return doc?.includes('"base":"lz1.') ?? false;
    }, null, { timeout: 10000 });
    const size = await page.evaluate(() => localStorage.getItem(`kubeplay.session.v1.tab.${sessionStorage.getItem('kubeplay.tab')}`).length);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByText(/too long for a link/).first().waitFor({ timeout: 10000 });

    const reloaded = Date.now();
    await page.reload();
    await restored(page, 60000);
    const restoreMs = Date.now() - reloaded;
    assert.deepEqual(await output(page, 'echo $V; cat notes.txt'), ['after', 'one', 'two']);
    assert.deepEqual(await output(page, 'kubectl get all -o yaml'), before);
    const again = await output(page, 'history | cut -c1-40');
    assert.deepEqual(again.slice(0, history.length), history);
    console.log(`browser compacted session: saved document ${size} characters; reload to "Restored" in ${restoreMs} ms`);
    assert.deepEqual(errors, []);
    await context.close();
});

test('a full localStorage is said, the page keeps working and Export still works', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const { page, errors } = await tab(context);
    // Fill the store to its quota with other data, as other pages of the
    // same site might.
    const filled = await page.evaluate(() => {
        let bytes = 0;
        for (let size = 1 << 20, i = 0; size >= 16; size >>= 1) {
            const chunk = 'x'.repeat(size);
            for (;;) {
                try { localStorage.setItem(`filler-${i++}`, chunk); bytes += size; } catch { break; }
            }
        }
        return bytes;
    });
    assert.ok(filled > 1000000, `${filled}`);
    await output(page, 'kubectl create deployment full --image=nginx');
    // A line that stays while saving fails, and one line in the terminal.
    const notice = page.locator('.kp-not-saved');
    await notice.waitFor({ timeout: 10000 });
    assert.match(await notice.textContent(), /^Your work is not being saved: the browser's storage for this site is full\. Export still keeps it as a file\.$/);
    assert.equal(await page.locator('.kp-line', { hasText: 'Your work is not being saved' }).count(), 1);
    // Told once, not on every save.
    await output(page, 'kubectl scale deployment full --replicas=2');
    assert.equal(await page.locator('.kp-line', { hasText: 'Your work is not being saved' }).count(), 1);
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const doc = JSON.parse(fs.readFileSync(await download.path()).toString('utf8'));
    assert.equal(doc.kubeplay, 'session');
    assert.ok(doc.history.includes('kubectl scale deployment full --replicas=2'), JSON.stringify(doc.history));
    assert.match(doc.session, /^1\./);
    await shot(page, 'reliability-storage-full');
    // Room again: the next save works and the line goes.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
    await output(page, 'kubectl get deployments');
    await notice.waitFor({ state: 'detached', timeout: 10000 });
    await saved(page, 3);
    assert.deepEqual(errors, []);
    await context.close();
});

test('a page without localStorage says so and works', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    // As in a frame whose page disabled storage: reading it throws.
    await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
            get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
        });
    });
    const { page, errors } = await tab(context);
    const notice = page.locator('.kp-not-saved');
    await notice.waitFor({ timeout: 10000 });
    assert.match(await notice.textContent(), /^Your work is not being saved: this browser does not allow storage here/);
    assert.equal(await page.locator('.kp-line', { hasText: 'Your work is not being saved' }).count(), 1);
    assert.deepEqual(await output(page, 'kubectl create deployment nostore --image=nginx'), ['deployment.apps/nostore created']);
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const doc = JSON.parse(fs.readFileSync(await download.path()).toString('utf8'));
    assert.ok(doc.history.includes('kubectl create deployment nostore --image=nginx'));
    assert.deepEqual(errors, []);
    await context.close();
});
