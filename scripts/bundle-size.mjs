// Prints the size of the release bundle in dist/: every .wasm, .js and .css
// file raw, gzip (level 9) and brotli (quality 11), and the total a first
// visit downloads (the embedding demo page and the loader script for other
// sites are listed but not counted). With --json FILE it also writes the
// figures as JSON. With --check it compares the first visit's gzip size with
// the budget in scripts/bundle-budget.json, prints both (and brotli), and
// exits 1 when the budget is exceeded.
//
//   node scripts/bundle-size.mjs [dist] [--json out.json] [--check]

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function measure(dir) {
    const rows = [];
    for (const name of fs.readdirSync(dir).sort()) {
        const ext = path.extname(name);
        if (!['.wasm', '.js', '.css', '.html'].includes(ext)) continue;
        const data = fs.readFileSync(path.join(dir, name));
        rows.push({
            file: name,
            kind: ext.slice(1),
            firstVisit: !/^(demo\.|embed\.js$)/.test(name),
            raw: data.length,
            gzip: zlib.gzipSync(data, { level: 9 }).length,
            brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        });
    }
    const total = { file: 'total (first visit)', kind: 'total', raw: 0, gzip: 0, brotli: 0 };
    for (const r of rows.filter((r) => r.firstVisit)) for (const k of ['raw', 'gzip', 'brotli']) total[k] += r[k];
    return [...rows, total];
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const BUDGET_FILE = new URL('./bundle-budget.json', import.meta.url);

/** The first visit's gzip budget in bytes (the file keeps KB of 1024 B). */
export function budgetBytes() {
    const kbs = JSON.parse(fs.readFileSync(BUDGET_FILE, 'utf8')).first_visit_gzip_kb;
    if (typeof kbs !== 'number' || !(kbs > 0)) throw new Error('bundle-budget.json: first_visit_gzip_kb must be a positive number');
    return Math.round(kbs * 1024);
}

/** One line comparing the first visit with the budget; `ok` is false when over. */
export function checkBudget(rows, budget = budgetBytes()) {
    const total = rows.find((r) => r.kind === 'total');
    const ok = total.gzip <= budget;
    const line = `first visit ${kb(total.gzip)} gzip -9 (${kb(total.brotli)} brotli -11, ${kb(total.raw)} raw), budget ${kb(budget)} gzip: ${
        ok ? `within budget (${kb(budget - total.gzip)} to spare)` : `OVER BUDGET by ${kb(total.gzip - budget)}`
    }`;
    return { ok, line };
}

export function table(rows) {
    const w = Math.max(...rows.map((r) => r.file.length));
    const lines = [`${'file'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}`];
    for (const r of rows) lines.push(`${r.file.padEnd(w)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}  ${kb(r.brotli).padStart(10)}`);
    return lines.join('\n');
}

if (process.argv[1] && process.argv[1].endsWith('bundle-size.mjs')) {
    const args = process.argv.slice(2);
    const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
    const rows = measure(dir);
    console.log(`Release bundle (${dir}):\n${table(rows)}`);
    const j = args.indexOf('--json');
    if (j >= 0 && args[j + 1]) fs.writeFileSync(args[j + 1], JSON.stringify(rows, null, 2) + '\n');
    if (args.includes('--check')) {
        const { ok, line } = checkBudget(rows);
        console.log(line);
        if (!ok) process.exitCode = 1;
    }
}
