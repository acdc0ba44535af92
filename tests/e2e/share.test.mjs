// End-to-end: share links, reload-restore, export/import and offline, in
// the release build. A session is made in one browser context and its link
// opened in a fresh one; damaged and hostile links open a clean sandbox
// with one message and inject nothing; a reload restores the session; a
// damaged store is a message and a fresh start; an exported file imported
// elsewhere restores the session; after one visit the page works offline,
// and that first visit fetched the wasm from the network only once.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { startServer, launch, open, run, output, linkPayload, precached, shot } from './helpers.mjs';

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

/** Pods as a learner compares them: name, IP, node. */
const PODS = 'kubectl get pods -o custom-columns=NAME:.metadata.name,IP:.status.podIP,NODE:.spec.nodeName';

/** Makes a small session: a Deployment scaled to 3 and rolled out. */
async function makeSession(page) {
    await run(page, 'kubectl create deployment web --image=nginx');
    await run(page, 'kubectl scale deployment web --replicas=3');
    await output(page, 'kubectl rollout status deployment/web');
    return output(page, PODS);
}

async function restoredLine(page) {
    await page.locator('.kp-line', { hasText: /^Restored \d+ commands?\.$/ }).waitFor({ timeout: 20000 });
}

test('a share link opens the same pods in a fresh context', async () => {
    const a = await open(browser, `${server.url}?lang=en`);
    const pods = await makeSession(a.page);
    assert.equal(pods.length, 4, pods.join('\n'));
    await a.page.getByRole('button', { name: 'Share', exact: true }).click();
    const url = await a.page.locator('.kp-share-url').inputValue();
    assert.match(url, /#s=1\.[A-Za-z0-9_-]+$/);
    assert.ok(url.startsWith(server.url), url);
    // The `share` command prints a link of the same form.
    const printed = await output(a.page, 'share');
    assert.match(printed[0], /^http:\/\/127\.0\.0\.1:\d+\/.*#s=1\.[A-Za-z0-9_-]+$/);
    console.log(`share link for the small session: ${url.length} chars (payload ${url.split('#s=')[1].length})`);
    await a.context.close();

    const b = await open(browser, url);
    await restoredLine(b.page);
    assert.equal(await b.page.evaluate(() => location.hash), '', 'the link is consumed');
    assert.deepEqual(await output(b.page, PODS), pods);
    await shot(b.page, 'share-restored');
    assert.deepEqual(b.errors, []);
    await b.context.close();
});

test('damaged and hostile links open a clean sandbox with one message and inject nothing', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const cases = [
        ['garbage', 'damaged'],
        ['2.AAAA', 'another version'],
        [`1.${'A'.repeat(20000)}`, 'too large'],
        [linkPayload(`1;0;0;${hostile}`), 'damaged (lesson)'],
        [linkPayload('1;0;0;\n$echo \u007fdel'), 'damaged'],
        [encodeURIComponent(hostile), 'damaged'],
    ];
    for (const [payload, why] of cases) {
        const { page, context, errors } = await open(browser, `${server.url}?lang=en#s=${payload}`);
        const status = page.locator('.kp-status');
        await status.filter({ hasText: 'could not be opened' }).waitFor({ timeout: 10000 });
        assert.ok((await status.textContent()).includes(why), `${payload.slice(0, 40)}: ${await status.textContent()}`);
        assert.equal(await page.locator('.kp-line', { hasText: 'could not be opened' }).count(), 1);
        assert.deepEqual(await output(page, 'kubectl get deployments'), ['No resources found in default namespace.']);
        assert.equal(await page.evaluate(() => window.__pwned), undefined);
        assert.equal(await page.locator('.kp-app img').count(), 0);
        assert.deepEqual(errors, []);
        await context.close();
    }
});

test('markup inside a shared command is only ever text', async () => {
    const line = `echo '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'`;
    const { page, context, errors } = await open(browser, `${server.url}?lang=en#s=${linkPayload(`1;0;0;\n5$${line}`)}`);
    await restoredLine(page);
    await page.locator('.kp-line', { hasText: `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>` }).first().waitFor();
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('.kp-app img, .kp-app script').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
});

test('a reload restores the session and the settings', async () => {
    const { page, context, errors } = await open(browser, `${server.url}?lang=en`);
    const pods = await makeSession(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.locator('.kp-app.kp-theme-dark').waitFor();
    await page.locator('.kp-app').evaluate(() => new Promise((r) => setTimeout(r, 300)));
    await page.reload();
    await restoredLine(page);
    assert.equal(await page.locator('.kp-app.kp-theme-dark').count(), 1);
    assert.deepEqual(await output(page, PODS), pods);
    assert.deepEqual(errors, []);
    await context.close();
});

test('an unreadable saved session is a message and a fresh start', async () => {
    for (const [stored, why] of [['{not json', 'not a kubeplay session file'],
        ['{"kubeplay":"session","version":99}', 'another version'],
        ['{"kubeplay":"session","version":1,"session":"1.@@"}', 'damaged']]) {
        const { page, context, errors } = await open(browser, `${server.url}?lang=en`);
        // This tab's own saved session (the main page keeps one per tab).
        await page.evaluate((s) => localStorage.setItem(`kubeplay.session.v1.tab.${sessionStorage.getItem('kubeplay.tab')}`, s), stored);
        await page.reload();
        const status = page.locator('.kp-status');
        await status.filter({ hasText: 'could not be read' }).waitFor({ timeout: 10000 });
        assert.ok((await status.textContent()).includes(why), await status.textContent());
        assert.deepEqual(await output(page, 'kubectl get deployments'), ['No resources found in default namespace.']);
        // The bad data is gone: the next visit starts without a message.
        await page.reload();
        await page.locator('.kp-input').waitFor();
        assert.equal(await page.locator('.kp-line', { hasText: 'could not be read' }).count(), 0);
        assert.deepEqual(errors, []);
        await context.close();
    }
});

test('an exported session imported in a fresh context restores it', async () => {
    const a = await open(browser, `${server.url}?lang=en`, { acceptDownloads: true });
    const pods = await makeSession(a.page);
    const [download] = await Promise.all([
        a.page.waitForEvent('download'),
        a.page.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'kubeplay-session.json');
    const file = fs.readFileSync(await download.path());
    const doc = JSON.parse(file.toString('utf8'));
    assert.equal(doc.kubeplay, 'session');
    assert.equal(doc.version, 1);
    assert.match(doc.session, /^1\./);
    assert.ok(doc.history.includes('kubectl create deployment web --image=nginx'));
    await a.context.close();

    const b = await open(browser, `${server.url}?lang=en`);
    // A file that is not a session changes nothing.
    await b.page.locator('.kp-import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"kubeplay":"other"}') });
    await b.page.locator('.kp-status', { hasText: 'could not be imported' }).waitFor();
    await Promise.all([
        b.page.waitForEvent('load'),
        b.page.locator('.kp-import-file').setInputFiles({ name: 'kubeplay-session.json', mimeType: 'application/json', buffer: file }),
    ]);
    await restoredLine(b.page);
    // The imported history is there too: ↑ recalls the last line typed.
    const input = b.page.locator('.kp-input');
    await input.press('ArrowUp');
    assert.equal(await input.inputValue(), doc.history.at(-1));
    await input.press('ArrowDown');
    assert.equal(await input.inputValue(), '');
    assert.deepEqual(await output(b.page, PODS), pods);
    assert.deepEqual(b.errors, []);
    await b.context.close();
});

test('after one visit the playground works offline', async () => {
    const own = await startServer();
    const { page, context, errors } = await open(browser, `${own.url}?lang=en`);
    const cached = await precached(page);
    assert.ok(cached.some((p) => p.endsWith('.wasm')), cached.join(' '));
    assert.ok(cached.some((p) => p.endsWith('/lessons/en/04-scale.md')), cached.join(' '));
    assert.ok(cached.some((p) => p.endsWith('/text/kubectl.json')), cached.join(' '));
    await context.setOffline(true);
    own.close();
    await page.reload();
    await page.locator('.kp-input').waitFor({ state: 'visible', timeout: 15000 });
    const nodes = await output(page, 'kubectl get nodes');
    assert.match(nodes[1], /^minikube\s+Ready\s+control-plane/);
    // kubectl's help texts (fetched, not compiled in) come from the cache too.
    const help = await output(page, 'kubectl scale --help');
    assert.equal(help[0], 'Set a new size for a deployment, replica set, replication controller, or stateful set.');
    // Lessons come from the cache too.
    await run(page, 'lessons');
    await page.locator('.kp-line', { hasText: 'Scale your app' }).first().waitFor();
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    await context.close();
});

/** A proxy in front of `target` that counts the requests reaching it per
 *  path: what the network served, as the browser's HTTP cache answers the
 *  rest without a request. */
function countingProxy(target) {
    const counts = new Map();
    const proxy = http.createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        counts.set(path, (counts.get(path) ?? 0) + 1);
        const up = http.request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (r) => {
            res.writeHead(r.statusCode ?? 502, r.headers);
            r.pipe(res);
        });
        up.on('error', () => res.writeHead(502).end());
        req.pipe(up);
    });
    return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve({
        url: `http://127.0.0.1:${proxy.address().port}/`,
        counts,
        close: () => new Promise((r) => { proxy.closeAllConnections(); proxy.close(r); }),
    })));
}

test('the first visit downloads the app once: the service worker copies it from the HTTP cache', async () => {
    const proxy = await countingProxy(server.url);
    try {
        const { page, context, errors } = await open(browser, `${proxy.url}?lang=en`);
        const cached = await precached(page);
        const seen = JSON.stringify([...proxy.counts]);
        const wasm = cached.filter((p) => p.endsWith('.wasm'));
        assert.equal(wasm.length, 1, cached.join(' '));
        assert.equal(proxy.counts.get(wasm[0]), 1, `the wasm was fetched from the network ${proxy.counts.get(wasm[0])} times: ${seen}`);
        // So were the page (opened as /?lang=en, cached as /) and every
        // other hashed file of the app: the boot and wasm-bindgen scripts.
        const hashed = cached.filter((p) => /-[0-9a-f]{16}(_bg)?\.(js|wasm)$/.test(p));
        assert.ok(hashed.length >= 3, cached.join(' '));
        for (const file of ['/', ...hashed]) {
            assert.equal(proxy.counts.get(file), 1, `${file}: ${seen}`);
        }
        assert.deepEqual(errors, []);
        await context.close();
    } finally {
        await proxy.close();
    }
});

test('a link made in lesson 4 opens the same step, variables and pods', async () => {
    const a = await open(browser, `${server.url}?lang=en`);
    const step = a.page.locator('.kp-lesson-step-title');
    const met = (n) => a.page.waitForFunction((count) =>
        document.querySelectorAll('.kp-lesson-goals .kp-goal-met').length === count, n, { timeout: 20000 });
    await run(a.page, 'lessons 4');
    await step.filter({ hasText: 'Scale up to four replicas' }).waitFor({ timeout: 15000 });
    await run(a.page, 'kubectl scale deployments/kubernetes-bootcamp --replicas=4');
    await met(1);
    await a.page.getByRole('button', { name: 'Next step', exact: true }).click();
    await step.filter({ hasText: 'Spread the load' }).waitFor();
    await run(a.page, `export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"`);
    await run(a.page, 'for i in $(seq 1 8); do curl -s http://"$(minikube ip):$NODE_PORT"; done');
    await met(1);
    const pods = await output(a.page, PODS);
    const port = await output(a.page, 'echo $NODE_PORT');
    await a.page.getByRole('button', { name: 'Share', exact: true }).click();
    const url = await a.page.locator('.kp-share-url').inputValue();
    console.log(`share link in lesson 4, step 2 done: ${url.length} chars (payload ${url.split('#s=')[1].length})`);
    await a.context.close();

    const b = await open(browser, url);
    await restoredLine(b.page);
    await b.page.locator('.kp-lesson-step-title', { hasText: 'Spread the load' }).waitFor();
    assert.deepEqual(await output(b.page, 'echo $NODE_PORT'), port);
    assert.deepEqual(await output(b.page, PODS), pods);
    assert.deepEqual(b.errors, []);
    await b.context.close();
});
