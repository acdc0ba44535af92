// Browser figures for scripts/bench.sh, measured in headless Chromium
// against the release build in dist/ served from 127.0.0.1:
//   - cold start: navigation → first paint → prompt ready (the page marks
//     `kp-prompt-ready`), median of 5 fresh browser contexts;
//   - frame time p50/p95 and dropped frames while 200 pods scale up and
//     then roll out at 1× speed (requestAnimationFrame deltas sampled in
//     the page for a fixed number of frames);
//   - WebAssembly memory (the module's `memory` export, byteLength) on an
//     empty cluster and with 5,000 pods.
// Prints JSON on stdout; the caller merges it into target/bench/bench.json.
// The cold start also paints a plain one-paragraph page from the same
// server in 5 fresh contexts (`control_fcp_ms`): the floor this machine
// allows at this moment, to read the playground's figure against.
//
//   node scripts/bench-browser.mjs [--skip-5000] [--only cold_start] [--runs N]

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, run, RECOMMENDED_HEADERS } from '../tests/e2e/helpers.mjs';
import { serve } from './serve.mjs';

/** Frames sampled per phase (about 5 s at 60 Hz). */
const FRAMES = 300;
/** A frame longer than this missed at least one 60 Hz vsync. */
const FRAME_BUDGET_MS = 1000 / 60;
/** How long the 5,000-pod cluster may take to be all Ready, in ms. */
const BIG_WAIT_MS = 180_000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
};
const round1 = (x) => Math.round(x * 10) / 10;

// Trunk's loader dispatches `TrunkApplicationStarted` with the wasm
// exports; wasm-bindgen exports the module's linear memory as `memory`.
const KEEP_MEMORY = () => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__kpWasm = e.detail?.wasm; });
};

async function openPage(browser, url) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(KEEP_MEMORY);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.locator('.kp-input').waitFor({ state: 'visible', timeout: 30000 });
    return { page, context, errors };
}

/** Fresh contexts per cold-start figure (`--runs N` overrides). */
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

/** First contentful paint of the control page in a fresh context. */
async function controlPaint(browser, controlUrl) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(controlUrl);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
    await context.close();
    return fcp;
}

async function coldStart(browser, url, controlUrl) {
    const runs = [];
    const control = [];
    let firstVisit = [];
    for (let i = 0; i < RUNS; i++) {
        // Interleaved with the playground, so both see the same machine load.
        control.push(await controlPaint(browser, controlUrl));
        const { page, context } = await openPage(browser, url);
        await page.waitForFunction(() => performance.getEntriesByName('kp-prompt-ready').length > 0);
        runs.push(await page.evaluate(() => ({
            first_paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
            first_contentful_paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
            prompt_ready: performance.getEntriesByName('kp-prompt-ready')[0].startTime,
        })));
        if (i === 0) {
            // What a first visit downloads: the page plus every resource
            // fetched until a second after the prompt is ready.
            await page.waitForTimeout(1000);
            firstVisit = await page.evaluate(() => [location.pathname,
                ...performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname)]);
        }
        await context.close();
    }
    const out = { runs: runs.length, first_visit_files: firstVisit };
    for (const k of ['first_paint', 'first_contentful_paint', 'prompt_ready']) {
        out[`${k}_ms`] = Math.round(median(runs.map((r) => r[k])));
    }
    out.first_contentful_paint_runs_ms = runs.map((r) => Math.round(r.first_contentful_paint));
    out.prompt_ready_runs_ms = runs.map((r) => Math.round(r.prompt_ready));
    out.control_fcp_ms = Math.round(median(control));
    out.control_fcp_runs_ms = control.map(Math.round);
    return out;
}

/** Samples `frames` requestAnimationFrame deltas inside the page. */
function sampleFrames(page, frames) {
    return page.evaluate((n) => new Promise((resolve) => {
        const deltas = [];
        let last = null;
        const tick = (t) => {
            if (last !== null) deltas.push(t - last);
            last = t;
            if (deltas.length < n) requestAnimationFrame(tick); else resolve(deltas);
        };
        requestAnimationFrame(tick);
    }), frames);
}

function frameStats(deltas) {
    // A 40 ms delta at 60 Hz means two vsyncs passed without a frame.
    const dropped = deltas.reduce((s, d) => s + Math.max(0, Math.round(d / FRAME_BUDGET_MS) - 1), 0);
    return { frames: deltas.length, p50_ms: round1(pct(deltas, 0.5)), p95_ms: round1(pct(deltas, 0.95)),
        max_ms: round1(Math.max(...deltas)), dropped };
}

/** Types `line` and waits until the prompt is back (the job finished). */
async function runAndWait(page, line) {
    const before = await page.locator('.kp-scrollback .kp-line').count();
    await run(page, line);
    await page.waitForFunction((n) => document.querySelectorAll('.kp-scrollback .kp-line').length > n, before);
}

async function lastLine(page) {
    return page.evaluate(() => {
        const all = document.querySelectorAll('.kp-scrollback .kp-line');
        return all.length ? all[all.length - 1].textContent : '';
    });
}

/** Asks kubectl how many replicas of `name` are Ready. */
async function readyReplicas(page, name) {
    await runAndWait(page, `kubectl get deploy ${name} -o jsonpath='{.status.readyReplicas}{"\\n"}'`);
    return Number(await lastLine(page)) || 0;
}

const wasmBytes = (page) => page.evaluate(() => window.__kpWasm?.memory?.buffer?.byteLength ?? null);

async function frames200(browser, url) {
    const { page, context, errors } = await openPage(browser, url);
    // One minikube node holds 110 pods; a second one makes room for 200.
    await runAndWait(page, 'minikube node add');
    await page.waitForTimeout(1000);
    await run(page, 'kubectl create deployment web --image=nginx:1.25 --replicas=200');
    const scale = frameStats(await sampleFrames(page, FRAMES));
    await run(page, 'kubectl set image deployment/web nginx=nginx:1.26');
    const rollout = frameStats(await sampleFrames(page, FRAMES));
    const both = { scale_up: scale, rollout };
    both.ready_after = await readyReplicas(page, 'web');
    both.page_errors = errors;
    await context.close();
    return both;
}

async function memory5000(browser, url) {
    const { page, context, errors } = await openPage(browser, url);
    const empty = await wasmBytes(page);
    // 46 nodes × 110 pods ≥ 5,000; 8× speed so boot and rollout take seconds.
    await page.locator('select[id^="kp-speed-"]').selectOption({ label: '8×' });
    await runAndWait(page, 'for i in $(seq 45); do minikube node add; done');
    await page.waitForTimeout(3000);
    await run(page, 'kubectl create deployment big --image=nginx:1.25 --replicas=5000');
    const start = Date.now();
    let ready = 0;
    while (Date.now() - start < BIG_WAIT_MS) {
        await page.waitForTimeout(3000);
        ready = await readyReplicas(page, 'big');
        if (ready >= 5000) break;
    }
    const full = await wasmBytes(page);
    const out = { empty_cluster_bytes: empty, bytes_at_5000: full, pods_ready: ready,
        seconds_to_ready: Math.round((Date.now() - start) / 1000), page_errors: errors };
    await context.close();
    return out;
}

/** The control page of the cold start: one paragraph, nothing else. */
const CONTROL = '<!doctype html><meta charset="utf-8"><title>control</title><p>A plain page.</p>';

const server = await startServer();
const controlDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-control-'));
fs.writeFileSync(path.join(controlDir, 'index.html'), CONTROL);
const control = await serve({ root: controlDir, port: 0, headers: RECOMMENDED_HEADERS });
const browser = await launch();
const result = {};
// A part that fails is reported as its error; the others still count.
async function part(name, f) {
    try {
        result[name] = await f(browser, server.url, control.url);
    } catch (e) {
        result[name] = { error: String(e.message ?? e).split('\n')[0] };
    }
}
try {
    await part('cold_start', coldStart);
    // `--only cold_start`: the first paint figures alone.
    if (!process.argv.includes('--only')) {
        await part('frames_200_pods', frames200);
        if (!process.argv.includes('--skip-5000')) await part('wasm_memory', memory5000);
    }
} finally {
    await browser.close();
    await server.close();
    await control.close();
    fs.rmSync(controlDir, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
