// End-to-end: the seed flows typed into the release build, asserting on the
// terminal and on the cluster view together — scale to 4 and see four pods
// drawn on the node, curl several times and see different pods answer, a
// rolling update to v2, the stuck v10 rollout flagged while the old pods
// keep serving, `rollout undo`, and a manifest edited in the in-page editor
// then applied. Screenshots for a human land in target/e2e/. Every test
// fails on any page or console error.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, run, output, shot } from './helpers.mjs';

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

const APP = 'kubernetes-bootcamp';
const V1 = 'gcr.io/google-samples/kubernetes-bootcamp:v1';

/** The pods the view draws: name (from data-key), kubectl STATUS, classes, hits. */
function viewPods(page) {
    return page.$$eval('.kp-scene .kp-pod', (els) => els.map((e) => ({
        name: (e.getAttribute('data-key') ?? '').split('/').pop(),
        status: e.getAttribute('data-status'),
        ready: e.classList.contains('kp-st-ready'),
        pullError: e.classList.contains('kp-st-pullerror'),
        cls: e.getAttribute('class'),
        hits: Number(e.getAttribute('data-hits') ?? '0'),
    })));
}

/** Waits until `pred(pods)` holds for the pods the view draws. */
async function viewShows(page, what, pred, timeout = 30000) {
    const end = Date.now() + timeout;
    let pods = [];
    while (Date.now() < end) {
        pods = await viewPods(page);
        if (pred(pods)) return pods;
        await page.waitForTimeout(100);
    }
    throw new Error(`the view never showed ${what}: ${JSON.stringify(pods.map((p) => [p.name, p.status, p.ready]))}`);
}

/** Clicks Step (the clock is paused) until `pred(pods)` holds. */
async function stepUntil(page, what, pred) {
    const step = page.getByRole('button', { name: 'Step' });
    for (let i = 0; i < 40; i++) {
        const pods = await viewPods(page);
        if (pred(pods)) return pods;
        if (await step.isDisabled()) await page.waitForTimeout(100);
        else await step.click();
    }
    return viewShows(page, what, pred, 1000);
}

async function fast(page) {
    await page.getByLabel('Speed').selectOption({ label: '8×' });
}

test('scale to 4: four ready pods drawn on the node, and curls spread across them', async () => {
    const { page, context, errors } = await open(browser, server.url);
    await shot(page, 'sandbox-idle');
    await fast(page);
    await output(page, `kubectl create deployment ${APP} --image=${V1}`);
    await output(page, `kubectl expose deployment/${APP} --type="NodePort" --port 8080`);
    await viewShows(page, 'one ready pod', (ps) => ps.length === 1 && ps[0].ready);
    // Paused, the Step button walks the scale-up event by event.
    await page.getByRole('button', { name: 'Pause' }).click();
    await output(page, `kubectl scale deployments/${APP} --replicas=4`);
    await stepUntil(page, 'four pods, some not ready yet', (ps) => ps.length === 4 && ps.some((p) => !p.ready));
    await page.waitForTimeout(700); // let the pods' entrance finish
    await shot(page, 'sandbox-mid-scale');
    await page.getByRole('button', { name: 'Resume' }).click();
    const pods = await viewShows(page, 'four ready pods', (ps) => ps.length === 4 && ps.every((p) => p.ready));
    // The pods sit inside the node's region.
    assert.equal(await page.locator('.kp-node-title', { hasText: 'minikube' }).count(), 1);

    const wide = await output(page, 'kubectl get pods -o wide');
    assert.match(wide[0], /^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/);
    const listed = wide.slice(1).map((l) => l.split(/\s+/));
    assert.equal(listed.length, 4);
    for (const cols of listed) {
        assert.equal(cols[2], 'Running');
        assert.ok(pods.some((p) => p.name === cols[0]), `${cols[0]} is drawn in the view`);
    }

    await output(page, `export NODE_PORT="$(kubectl get services/${APP} -o go-template='{{(index .spec.ports 0).nodePort}}')"`);
    const answers = await output(page, 'for i in $(seq 1 8); do curl -s "$(minikube ip):$NODE_PORT"; done');
    const who = answers.map((l) => l.match(/Running on: (\S+) \| v=1/)?.[1]).filter(Boolean);
    assert.equal(who.length, 8, answers.join('\n'));
    assert.ok(new Set(who).size >= 2, `different pods answered: ${who}`);
    // The view counts the requests each pod answered.
    const hit = await viewShows(page, 'requests counted on the pods that answered',
        (ps) => ps.reduce((n, p) => n + p.hits, 0) === 8);
    for (const p of hit) assert.equal(p.hits, who.filter((w) => w === p.name).length, p.name);
    await shot(page, 'sandbox-curl-spread');
    assert.deepEqual(errors, []);
    await context.close();
});

test('rolling update to v2, a stuck v10 flagged while v2 keeps serving, then rollout undo', async () => {
    const { page, context, errors } = await open(browser, server.url);
    await fast(page);
    await output(page, `kubectl create deployment ${APP} --image=${V1} --replicas=4`);
    await output(page, `kubectl expose deployment/${APP} --type=NodePort --port 8080`);
    await viewShows(page, 'four ready pods', (ps) => ps.length === 4 && ps.every((p) => p.ready));

    await page.getByRole('button', { name: 'Pause' }).click();
    await output(page, `kubectl set image deployments/${APP} ${APP}=docker.io/jocatalin/kubernetes-bootcamp:v2`);
    await stepUntil(page, 'old and new pods side by side',
        (ps) => ps.length > 4 && ps.some((p) => !p.ready));
    await page.waitForTimeout(700);
    await shot(page, 'sandbox-mid-rollout');
    await page.getByRole('button', { name: 'Resume' }).click();
    const status = await output(page, `kubectl rollout status deployments/${APP}`);
    assert.equal(status.at(-1), `deployment "${APP}" successfully rolled out`);
    await viewShows(page, 'four ready v2 pods', (ps) => ps.length === 4 && ps.every((p) => p.ready));
    // The new ReplicaSet's box names its image.
    await page.locator('.kp-rs-image', { hasText: 'v2' }).first().waitFor();

    await output(page, `kubectl set image deployments/${APP} ${APP}=gcr.io/google-samples/kubernetes-bootcamp:v10`);
    const stuck = await viewShows(page, 'failing v10 pods flagged beside ready v2 pods',
        (ps) => ps.some((p) => p.pullError) && ps.filter((p) => p.ready).length >= 3);
    assert.ok(stuck.filter((p) => p.pullError).every((p) => /ErrImagePull|ImagePullBackOff/.test(p.status)));
    await shot(page, 'sandbox-stuck-v10');
    const pending = await output(page, 'kubectl get pods --field-selector=status.phase=Pending');
    assert.ok(pending.slice(1).length >= 1 && pending.slice(1).every((l) => /ErrImagePull|ImagePullBackOff/.test(l)), pending.join('\n'));
    // The old version still answers.
    await output(page, `export NODE_PORT="$(kubectl get services/${APP} -o go-template='{{(index .spec.ports 0).nodePort}}')"`);
    const answer = await output(page, 'curl -s "$(minikube ip):$NODE_PORT"');
    assert.match(answer[0], /v=2$/);

    const undo = await output(page, `kubectl rollout undo deployments/${APP}`);
    assert.deepEqual(undo, [`deployment.apps/${APP} rolled back`]);
    await viewShows(page, 'no failing pods after the undo', (ps) => ps.length === 4 && ps.every((p) => p.ready && !p.pullError));
    // The story stays readable: v1 and the failed v10 remain as faded
    // empty revisions beside v2, which is new again.
    const chips = await page.$$eval('.kp-scene .kp-rs', (els) => els.map((e) => ({
        image: e.querySelector('.kp-rs-image')?.textContent ?? '',
        meta: e.querySelector('.kp-rs-meta')?.textContent ?? '',
        empty: e.classList.contains('kp-rs-empty'),
        isNew: e.classList.contains('kp-rs-new'),
    })));
    assert.deepEqual(chips.map((c) => [c.image.split(':').pop(), c.empty, c.isNew]),
        [['v1', true, false], ['v10', true, false], ['v2', false, true]], JSON.stringify(chips));
    assert.match(chips[0].meta, /^rev 1 · 0\/0/);
    await shot(page, 'sandbox-after-undo');
    assert.deepEqual(errors, []);
    await context.close();
});

test('a manifest edited in the in-page editor and applied', async () => {
    const { page, context, errors } = await open(browser, server.url);
    await fast(page);
    const manifest = [
        'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: hello', 'spec:',
        '  replicas: 1', '  selector:', '    matchLabels:', '      app: hello', '  template:',
        '    metadata:', '      labels:', '        app: hello', '    spec:', '      containers:',
        '      - name: hello', '        image: nginx',
    ];
    await output(page, `printf '%s\\n' ${manifest.map((l) => `'${l}'`).join(' ')} > hello.yaml`);
    await output(page, 'kubectl apply -f hello.yaml');
    await viewShows(page, 'one hello pod', (ps) => ps.length === 1 && ps[0].ready);

    await run(page, 'vi hello.yaml');
    const area = page.locator('.kp-editor-text');
    await area.waitFor();
    // vi keys: down to line 6 (`replicas: 1`), to its end, replace the 1.
    for (let i = 0; i < 5; i++) await area.press('j');
    await area.press('$');
    await area.press('r');
    await area.press('3');
    await area.press(':');
    await area.press('w');
    await area.press('q');
    await area.press('Enter');
    await area.waitFor({ state: 'detached' });
    assert.ok((await output(page, 'grep replicas hello.yaml')).includes('  replicas: 3'));
    assert.deepEqual(await output(page, 'kubectl apply -f hello.yaml'), ['deployment.apps/hello configured']);
    await viewShows(page, 'three hello pods', (ps) => ps.length === 3 && ps.every((p) => p.ready));

    // kubectl edit with the Cancel button reports like kubectl.
    await run(page, 'kubectl edit deployment/hello');
    await page.locator('.kp-editor').getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.kp-line', { hasText: 'Edit cancelled, no changes made.' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
});

test('a phone-sized screen hides the view until asked, then stacks it above the terminal', async () => {
    const { page, context, errors } = await open(browser, server.url, {
        viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    });
    await fast(page);
    await output(page, `kubectl create deployment ${APP} --image=${V1} --replicas=3`);
    // The terminal keeps the small screen; the Panels toggle shows the view.
    assert.equal(await page.locator('.kp-view').isVisible(), false);
    await page.getByRole('group', { name: 'Panels' }).getByRole('button', { name: 'Cluster view' }).tap();
    await viewShows(page, 'three ready pods', (ps) => ps.length === 3 && ps.every((p) => p.ready));
    const term = await page.locator('.kp-terminal').boundingBox();
    const view = await page.locator('.kp-view').boundingBox();
    assert.ok(view.y + view.height <= term.y + 1, `view above terminal: ${JSON.stringify({ term, view })}`);
    const keyrow = await page.locator('.kp-keyrow').boundingBox();
    assert.ok(keyrow.y + keyrow.height <= 844, 'the key row stays on screen');
    assert.ok(view.width <= 390, 'no sideways scrolling');
    // The view is the one scroller of its pane: the last pod scrolls into it.
    await page.locator('.kp-view-scroll').evaluate((el) => {
        const pods = el.querySelectorAll('.kp-scene .kp-pod');
        const pod = pods[pods.length - 1];
        el.scrollTop += pod.getBoundingClientRect().bottom - el.getBoundingClientRect().bottom + 4;
    });
    const scroller = await page.locator('.kp-view-scroll').boundingBox();
    const pod = await page.locator('.kp-scene .kp-pod').last().boundingBox();
    assert.ok(pod.y + pod.height <= scroller.y + scroller.height + 1, `pods visible: ${JSON.stringify({ scroller, pod })}`);
    await page.screenshot({ path: 'target/e2e/phone-cluster.png', fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
});
