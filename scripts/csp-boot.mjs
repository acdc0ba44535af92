// Trunk post-build hook: makes the page Trunk writes paint its static frame
// and prompt first, under a strict Content-Security-Policy. Trunk.toml runs
// it after every build; Trunk 0.21 has no options for any of the three:
//
// 1. The inline <script type="module"> that boots the wasm moves into its
//    own file, boot-<hash>.js (the CSP allows no inline script). The file
//    starts the wasm's download at once (with the integrity Trunk gave its
//    preload) but compiles and starts it only after the first frame is
//    painted: starting the app takes the main thread for a while.
// 2. Trunk's <link rel="preload"> of the wasm goes: downloading ~2 MB
//    during the first paint competed with it; the boot file asks for it.
// 3. The stylesheets are inlined as <style> elements (without comments),
//    so nothing blocks the first paint but the page itself; the .css files
//    are removed, and
//    each <style>'s sha256 is added to style-src in DIR/_headers (the CSP
//    the static host and scripts/serve.mjs send).
//
//   node scripts/csp-boot.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR, then dist)

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');

function fail(message) {
    console.error(`csp-boot: ${file}: ${message}`);
    process.exit(1);
}

const INLINE = /<script type="module">([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(INLINE)];
if (scripts.length !== 1) {
    // Zero means the page is already rewritten; more means trunk changed
    // what it writes, and a human should look before the CSP breaks.
    if (scripts.length === 0 && /<script type="module" src="\.\/boot-/.test(html)) process.exit(0);
    fail(`expected one inline module script, found ${scripts.length}`);
}

// 2. The wasm's preload: its address and integrity go to the boot file.
const PRELOAD = /<link rel="preload" href="\.\/([\w.-]+\.wasm)"[^>]*>/;
const preload = html.match(PRELOAD);
if (!preload) fail('found no <link rel="preload"> of the wasm');
const wasm = preload[1];
const integrity = preload[0].match(/\bintegrity="([\w+/=-]+)"/)?.[1];
html = html.replace(PRELOAD, '');

// 1. The boot file.
const trunkBoot = scripts[0][1].trim();
const CALL = `module_or_path: './${wasm}'`;
if (!trunkBoot.includes(CALL)) fail(`the boot script does not load ${wasm} as expected`);
const fetchOptions = integrity ? `, { integrity: '${integrity}' }` : '';
const imports = trunkBoot.match(/^import [^\n]*;$/gm) ?? [];
const rest = imports.reduce((text, line) => text.replace(line, ''), trunkBoot).trim();
const body = `${imports.join('\n')}
// Written by scripts/csp-boot.mjs from Trunk's boot script: the wasm
// downloads now, and compiles and starts after the first frame is painted
// (at once when the page is not visible, as no frame comes then).
const wasmResponse = fetch('./${wasm}'${fetchOptions});
await new Promise((painted) => {
    if (document.visibilityState !== 'visible') return painted();
    requestAnimationFrame(() => setTimeout(painted, 0));
});
${rest.replace(CALL, 'module_or_path: wasmResponse')}
`;
const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
const name = `boot-${hash}.js`;
fs.writeFileSync(path.join(dir, name), body);
html = html.replace(INLINE, `<script type="module" src="./${name}"></script>`);

// 3. The stylesheets, inline.
const STYLESHEET = /<link rel="stylesheet" href="\.\/([\w.-]+\.css)"[^>]*>/g;
const styleHashes = [];
html = html.replace(STYLESHEET, (_, css) => {
    // Comments and indentation are for the source, not for every first
    // visit (kubeplay's stylesheets hold no "/*" inside a string).
    const text = fs.readFileSync(path.join(dir, css), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\n\s*/g, '\n')
        .trim();
    if (/<\/style/i.test(text)) fail(`${css} holds "</style"`);
    fs.rmSync(path.join(dir, css));
    styleHashes.push(`'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`);
    return `<style>${text}</style>`;
});
if (styleHashes.length === 0) fail('found no stylesheet to inline');

const headersFile = path.join(dir, '_headers');
const headers = fs.readFileSync(headersFile, 'utf8');
const STYLE_SRC = /(Content-Security-Policy:[^\n]*style-src 'self')/;
if (!STYLE_SRC.test(headers)) fail(`${headersFile} has no "style-src 'self'" to add the inline styles' hashes to`);
fs.writeFileSync(headersFile, headers.replace(STYLE_SRC, `$1 ${styleHashes.join(' ')}`));

if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html) || /\son[a-z]+=/i.test(html) || /\sstyle=/i.test(html)) {
    fail('still holds an inline script, event handler or style attribute');
}
fs.writeFileSync(file, html);
console.log(`csp-boot: ${file} boots through ${name}, its ${styleHashes.length} stylesheets inline (hashes in ${headersFile})`);
