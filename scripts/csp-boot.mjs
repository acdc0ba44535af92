// Trunk post-build hook: makes the page Trunk writes paint its static frame
// and prompt first, under a strict Content-Security-Policy. Trunk.toml runs
// it after every build; Trunk 0.21 has no options for any of the three:
//
// 1. The inline <script type="module"> that boots the wasm moves into its
//    own file, boot-<hash>.js (the CSP allows no inline script). Nothing of
//    the app is fetched or compiled before the page's first contentful
//    paint: the boot file waits for it (the paint timing entry, as the
//    browser reports the frame on screen), then downloads the wasm (with
//    the integrity Trunk gave its preload), the wasm-bindgen script (as a
//    modulepreload with Trunk's integrity: src/ui/offline.rs reads the
//    build id from it) and the stylesheets the static frame does not use,
//    and starts the app once all are in. Fetching and compiling them
//    earlier competed with the first paint for the main thread and CPU.
// 2. Trunk's <link rel="preload"> of the wasm and <link rel="modulepreload">
//    of its script go from the page (the boot file asks for both).
// 3. The stylesheets the static frame uses are inlined as <style> elements
//    (without comments), so nothing blocks the first paint but the page
//    itself, and each <style>'s sha256 is added to style-src in
//    DIR/_headers (the CSP the static host and scripts/serve.mjs send);
//    their .css files are removed. The others (AFTER_PAINT: the lesson
//    panel's) stay files that the boot file loads after the paint.
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

/** The value of attribute `name` in the tag `tag`, if any. */
const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];

// 2. The wasm's preload and the script's modulepreload: their addresses
// and integrity go to the boot file.
const PRELOAD = /<link rel="preload" href="\.\/([\w.-]+\.wasm)"[^>]*>/;
const preload = html.match(PRELOAD);
if (!preload) fail('found no <link rel="preload"> of the wasm');
const wasm = preload[1];
html = html.replace(PRELOAD, '');
const MODULEPRELOAD = /<link rel="modulepreload" href="\.\/([\w.-]+\.js)"[^>]*>/;
const modulepreload = html.match(MODULEPRELOAD);
if (!modulepreload) fail('found no <link rel="modulepreload"> of the wasm-bindgen script');
html = html.replace(MODULEPRELOAD, '');

// 3. The stylesheets: the static frame's inline (their hashes go to the
// CSP), the others loaded by the boot file after the first paint.
const AFTER_PAINT = /^lessons-/;
const STYLESHEET = /<link rel="stylesheet" href="\.\/([\w.-]+\.css)"[^>]*>/g;
const styleHashes = [];
const later = [];
html = html.replace(STYLESHEET, (tag, css) => {
    if (AFTER_PAINT.test(css)) {
        later.push({ rel: 'stylesheet', href: `./${css}`, integrity: attr(tag, 'integrity') });
        return '';
    }
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

// 1. The boot file.
const trunkBoot = scripts[0][1].trim();
const CALL = `module_or_path: './${wasm}'`;
if (!trunkBoot.includes(CALL)) fail(`the boot script does not load ${wasm} as expected`);
const script = modulepreload[1];
const IMPORT = new RegExp(`^import init, \\* as bindings from '\\./${script.replace(/\./g, '\\.')}';$`, 'm');
if (!IMPORT.test(trunkBoot)) fail(`the boot script does not import ${script} as expected`);
const rest = trunkBoot.replace(IMPORT, '').trim();
const integrity = attr(preload[0], 'integrity');
const fetchOptions = integrity ? `, { integrity: '${integrity}' }` : '';
const links = [{ rel: 'modulepreload', href: `./${script}`, integrity: attr(modulepreload[0], 'integrity'), crossOrigin: 'anonymous' }, ...later]
    .map((link) => JSON.stringify(Object.fromEntries(Object.entries(link).filter(([, v]) => v))).replace(/"/g, "'"));
const body = `// Written by scripts/csp-boot.mjs from Trunk's boot script: nothing of
// the app loads until the page's first contentful paint is on screen (at
// once when the page is not visible, as no frame comes then); then the
// wasm downloads while its script and the stylesheets the static frame
// does not use load, and the app starts once they are in.
await new Promise((painted) => {
    if (document.visibilityState !== 'visible') return painted();
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
        return requestAnimationFrame(() => setTimeout(painted, 0));
    }
    new PerformanceObserver((entries, observer) => {
        if (!entries.getEntriesByName('first-contentful-paint').length) return;
        observer.disconnect();
        setTimeout(painted, 0);
    }).observe({ type: 'paint', buffered: true });
});
const wasmResponse = fetch('./${wasm}'${fetchOptions});
await Promise.all([${links.join(', ')}].map((attributes) => new Promise((loaded, failed) => {
    const link = Object.assign(document.createElement('link'), attributes);
    link.onload = loaded;
    link.onerror = () => failed(new Error(\`kubeplay: could not load \${attributes.href}\`));
    document.head.append(link);
})));
const bindings = await import('./${script}');
const init = bindings.default;
${rest.replace(CALL, 'module_or_path: wasmResponse')}
`;
const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
const name = `boot-${hash}.js`;
fs.writeFileSync(path.join(dir, name), body);
html = html.replace(INLINE, `<script type="module" src="./${name}"></script>`);

const headersFile = path.join(dir, '_headers');
const headers = fs.readFileSync(headersFile, 'utf8');
const STYLE_SRC = /(Content-Security-Policy:[^\n]*style-src 'self')/;
if (!STYLE_SRC.test(headers)) fail(`${headersFile} has no "style-src 'self'" to add the inline styles' hashes to`);
fs.writeFileSync(headersFile, headers.replace(STYLE_SRC, `$1 ${styleHashes.join(' ')}`));

if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html) || /\son[a-z]+=/i.test(html) || /\sstyle=/i.test(html)) {
    fail('still holds an inline script, event handler or style attribute');
}
fs.writeFileSync(file, html);
console.log(`csp-boot: ${file} boots through ${name}, ${styleHashes.length} stylesheets inline (hashes in ${headersFile}), ${later.length} after the first paint`);
