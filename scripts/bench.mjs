// Merges the benchmark parts into one table and target/bench/bench.json:
// bundle sizes (measured here from dist/), the native benches' JSON
// (target/bench/engine.json, commands.json) and the browser figures
// (target/bench/browser.json). Compares against the design targets (the
// bundle's is scripts/bundle-budget.json, the one scripts/test.sh enforces) and
// says pass or over for each. Run by scripts/bench.sh.
//
//   node scripts/bench.mjs [dist]

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { budgetBytes, measure } from './bundle-size.mjs';

const OUT = 'target/bench';
const dist = process.argv[2] ?? 'dist';
/** A part's JSON, or null when that part did not run or did not finish. */
const read = (name) => {
    try {
        return JSON.parse(fs.readFileSync(path.join(OUT, name), 'utf8'));
    } catch {
        return null;
    }
};

function sizes(data) {
    return {
        raw: data.length,
        gzip: zlib.gzipSync(data, { level: 9 }).length,
        brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
}

/** Every lesson file of one language, compressed one file at a time (as served). */
function lessonData(lang) {
    const dir = path.join(dist, 'lessons', lang);
    const total = { file: `lessons/${lang}/* (all lessons)`, kind: 'lessons', raw: 0, gzip: 0, brotli: 0 };
    if (!fs.existsSync(dir)) return total;
    for (const name of fs.readdirSync(dir)) {
        const s = sizes(fs.readFileSync(path.join(dir, name)));
        for (const k of ['raw', 'gzip', 'brotli']) total[k] += s[k];
    }
    return total;
}

/** The files the browser fetched on a first visit, compressed one by one. */
function firstVisit(files) {
    const total = { file: 'first visit (what the browser fetched)', kind: 'total', raw: 0, gzip: 0, brotli: 0, files: [] };
    for (const p of files ?? []) {
        const rel = decodeURIComponent(p).replace(/^\//, '') || 'index.html';
        const file = path.join(dist, rel.endsWith('/') ? `${rel}index.html` : rel);
        if (!fs.existsSync(file) || total.files.includes(rel)) continue;
        total.files.push(rel);
        const s = sizes(fs.readFileSync(file));
        for (const k of ['raw', 'gzip', 'brotli']) total[k] += s[k];
    }
    return total;
}

const engine = read('engine.json');
const commands = read('commands.json');
const browser = read('browser.json');
const files = measure(dist).filter((r) => r.kind !== 'total');
const visit = firstVisit(browser?.cold_start?.first_visit_files);
const bundle = [...files, lessonData('en'), visit];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (x) => (x == null || Number.isNaN(x) ? "n/a" : `${x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0)} ms`);
const verdict = (value, limit) => (value == null || Number.isNaN(value) ? 'not measured' : value < limit ? 'pass' : 'OVER');
const lines = [];
const say = (s = '') => lines.push(s);

say('== bundle (raw / gzip -9 / brotli -11) ==');
const w = Math.max(...bundle.map((r) => r.file.length));
for (const r of bundle) say(`${r.file.padEnd(w)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}  ${kb(r.brotli).padStart(10)}`);

const cold = browser?.cold_start;
say('\n== cold start, headless Chromium, 127.0.0.1 (median of 5 fresh contexts) ==');
say(`first paint ${ms(cold?.first_paint_ms)}   first contentful paint ${ms(cold?.first_contentful_paint_ms)}   prompt ready ${ms(cold?.prompt_ready_ms)}  (runs: ${cold?.prompt_ready_runs_ms?.join(', ') ?? 'n/a'})`);
say(`first contentful paint of a plain one-paragraph page at the same moment: ${ms(cold?.control_fcp_ms)} (the floor this machine allows; target for the playground ≤ 150 ms)`);

say('\n== command latency, Session::run (native, release profile) ==');
say(`${'pods'.padStart(6)}  ${'command'.padEnd(30)} ${'p50'.padStart(10)} ${'p99'.padStart(10)}`);
for (const r of commands?.command_latency ?? []) say(`${String(r.pods).padStart(6)}  ${r.command.padEnd(30)} ${ms(r.p50_ms).padStart(10)} ${ms(r.p99_ms).padStart(10)}`);

say('\n== engine: scale 0→N until all Running (native) ==');
for (const r of engine?.converge ?? []) say(`N = ${String(r.pods).padStart(5)}: ${ms(r.wall_ms).padStart(10)} wall, ${r.simulated_s.toFixed(1)} s simulated, ${Math.round(r.heap_bytes_per_pod)} B heap per pod`);
const roll = engine?.rolling_update_1000;
if (roll) say(`rolling update of 1,000 pods: ${ms(roll.wall_ms)} wall, ${roll.simulated_s.toFixed(1)} s simulated`);

const fr = browser?.frames_200_pods;
say('\n== frames while 200 pods scale up, then roll out, at 1× (requestAnimationFrame deltas) ==');
for (const [k, v] of Object.entries(fr ?? {})) {
    if (v && typeof v === 'object' && 'p95_ms' in v) say(`${k.padEnd(9)} ${v.frames} frames: p50 ${ms(v.p50_ms)}, p95 ${ms(v.p95_ms)}, max ${ms(v.max_ms)}, dropped ${v.dropped}`);
}

const mem = browser?.wasm_memory;
const heap5000 = engine?.converge?.find((r) => r.pods === 5000);
say('\n== memory ==');
say(`wasm linear memory: empty cluster ${mem?.empty_cluster_bytes != null ? kb(mem.empty_cluster_bytes) : 'n/a'}, ${mem?.pods_ready ?? 'n/a'} pods Ready ${mem?.bytes_at_5000 != null ? kb(mem.bytes_at_5000) : 'n/a'}`);
if (heap5000) say(`native live heap at 5,000 pods: ${Math.round(heap5000.heap_bytes_per_pod)} B per pod ≈ ${kb(heap5000.heap_bytes_per_pod * 5000)}`);

const at1000 = (commands?.command_latency ?? []).filter((r) => r.pods === 1000);
const worstP99 = at1000.length ? Math.max(...at1000.map((r) => r.p99_ms)) : null;
const worstP95 = fr ? Math.max(fr.scale_up?.p95_ms ?? NaN, fr.rollout?.p95_ms ?? NaN) : null;
const targets = [
    ['first visit gzip', visit.files.length ? visit.gzip / 1024 : null, budgetBytes() / 1024, 'KB'],
    ['prompt ready', cold?.prompt_ready_ms, 500, 'ms'],
    ['command p99 at 1,000 pods (worst)', worstP99, 5, 'ms'],
    ['frame p95 at 200 pods (worst)', worstP95, 16.7, 'ms'],
];
say('\n== targets ==');
for (const [name, value, limit, unit] of targets) {
    const shown = value == null || Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} ${unit}`;
    say(`${name.padEnd(36)} ${shown.padStart(10)}  < ${limit} ${unit}  ${verdict(value, limit)}`);
}

console.log(lines.join('\n'));
const report = {
    measured_at: new Date().toISOString(),
    bundle,
    cold_start: cold ?? null,
    command_latency: commands?.command_latency ?? null,
    engine: engine ?? null,
    frames_200_pods: fr ?? null,
    memory: { wasm: mem ?? null, native_heap_bytes_per_pod_at_5000: heap5000?.heap_bytes_per_pod ?? null },
    targets: targets.map(([name, value, limit, unit]) => ({ name, value, limit, unit, verdict: verdict(value, limit) })),
};
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'bench.json'), JSON.stringify(report, null, 2) + '\n');
console.log(`\nwritten: ${path.join(OUT, 'bench.json')}`);
