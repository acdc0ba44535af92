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
// 3. Of the stylesheets (taken as one, in the page's order), only the
//    rules the static frame can use (every class they name is on an
//    element of the page's <body>) are inlined, as a <style> element
//    without comments, so nothing blocks the first paint but the page
//    itself; its sha256 is added to style-src in DIR/_headers (the CSP the
//    static host and scripts/serve.mjs send). The other rules go to one
//    file, style-<hash>.css, that the boot file loads after the paint.
//    Moving a rule ahead of the rules it followed changes nothing unless
//    one of those can set the same property on the same element with the
//    same specificity; the build fails when it sees such a pair.
// 4. Comments are for the source, not for every first visit: the page's
//    HTML comments and the service worker's (sw.js) whole-line comments go.
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

// 3. The stylesheets, as one: the static frame's rules inline (their hash
// goes to the CSP), all the others in one file the boot file loads after
// the first paint.
const STYLESHEET = /<link rel="stylesheet" href="\.\/([\w.-]+\.css)"[^>]*>/g;
const frameClasses = new Set([...html.slice(html.indexOf('<body')).matchAll(/\sclass="([^"]*)"/g)]
    .flatMap((m) => m[1].split(/\s+/)));
const sheets = [...html.matchAll(STYLESHEET)].map((m) => m[1]);
if (sheets.length === 0) fail('found no stylesheet to inline');
const styles = sheets.map((css) => {
    const text = minify(fs.readFileSync(path.join(dir, css), 'utf8'));
    fs.rmSync(path.join(dir, css));
    return text;
}).join('');
if (/<\/style/i.test(styles)) fail(`${sheets.join(' or ')} holds "</style"`);
const { frame, rest } = splitForFrame(sheets.join(' + '), styles);
const styleHashes = [`'sha256-${crypto.createHash('sha256').update(frame).digest('base64')}'`];
html = html.replace(STYLESHEET, (_, css) => (css === sheets[0] ? `<style>${frame}</style>` : ''));
const later = [];
if (rest) {
    const css = `style-${crypto.createHash('sha256').update(rest).digest('hex').slice(0, 16)}.css`;
    fs.writeFileSync(path.join(dir, css), rest);
    later.push({ rel: 'stylesheet', href: `./${css}` });
}

/** CSS without comments and the spaces it does not need (outside double
 *  quoted strings; kubeplay's stylesheets hold no "/*" inside a string and
 *  no single-quoted one). */
function minify(css) {
    return css.replace(/\/\*[\s\S]*?\*\//g, '').split(/("[^"]*")/)
        .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}')))
        .join('').trim();
}

/** The top-level statements of CSS `text`: [prelude, block or null]. */
function statements(text) {
    const out = [];
    // Bounded by the text: each turn consumes at least one character.
    for (let i = 0; i < text.length;) {
        const j = text.slice(i).search(/[{;]/) + i;
        if (j < i) break;
        if (text[j] === ';') {
            out.push([text.slice(i, j).trim(), null]);
            i = j + 1;
            continue;
        }
        let k = j;
        for (let depth = 0; k < text.length; k++) {
            if (text[k] === '{') depth++;
            else if (text[k] === '}' && --depth === 0) break;
        }
        out.push([text.slice(i, j).trim(), text.slice(j + 1, k)]);
        i = k + 1;
    }
    return out;
}

/** CSS `text` split into the rules the static frame can use and the rest
 *  (conditional groups split rule by rule, other at-rules to the rest);
 *  fails on a pair whose order the split would change (see 3. above). */
function splitForFrame(css, text) {
    const rules = [];
    const walk = (block) => {
        let frame = '';
        let rest = '';
        for (const [prelude, body] of statements(block)) {
            if (body === null) {
                rest += `${prelude};`;
            } else if (/^@(media|supports|container)\b/.test(prelude)) {
                const inner = walk(body);
                if (inner.frame) frame += `${prelude}{${inner.frame}}`;
                if (inner.rest) rest += `${prelude}{${inner.rest}}`;
            } else if (prelude.startsWith('@')) {
                rest += `${prelude}{${body}}`;
            } else {
                const selectors = prelude.split(',').map((s) => s.trim());
                // (a class inside :not() is not needed to match)
                const inFrame = selectors.some((s) => [...s.replace(/:not\([^)]*\)/g, '').matchAll(/\.([\w-]+)/g)]
                    .every((m) => frameClasses.has(m[1])));
                const properties = [...body.matchAll(/(?:^|;)\s*([\w-]+)\s*:/g)].map((m) => m[1]);
                for (const selector of selectors) rules.push({ selector, properties, inFrame });
                if (inFrame) frame += `${prelude}{${body}}`;
                else rest += `${prelude}{${body}}`;
            }
        }
        return { frame, rest };
    };
    const { frame, rest } = walk(text);
    // A rule left in the rest that came before a frame rule now comes after it.
    const specificity = (s) => {
        const plain = s.replace(/::[\w-]+/g, ' x').replace(/:(?:not|is|where|has)\(/g, '(');
        return [/#/g, /[.[]|:[\w-]+/g, /(?:^|[\s>+~(])[a-z]/g].map((re) => (plain.match(re) ?? []).length).join();
    };
    const subject = (s) => new Set([...s.split(/[\s>+~]+/).pop().matchAll(/\.([\w-]+)/g)].map((m) => m[1]));
    const overlap = (a, b) => a.some((p) => b.some((q) => p === q || q.startsWith(`${p}-`) || p.startsWith(`${q}-`)));
    for (const [i, moved] of rules.entries()) {
        if (moved.inFrame) continue;
        const ahead = rules.slice(i + 1).find((r) => r.inFrame && specificity(r.selector) === specificity(moved.selector)
            && overlap(r.properties, moved.properties)
            && (subject(r.selector).size === 0 || subject(moved.selector).size === 0
                || [...subject(r.selector)].some((c) => subject(moved.selector).has(c))));
        if (ahead) fail(`${css}: "${moved.selector}" would come after "${ahead.selector}" (same specificity, same property): reorder them in the source, or make one more specific`);
    }
    return { frame, rest };
}

// 1. The boot file.
const trunkBoot = scripts[0][1].trim();
const CALL = `module_or_path: './${wasm}'`;
if (!trunkBoot.includes(CALL)) fail(`the boot script does not load ${wasm} as expected`);
const script = modulepreload[1];
const IMPORT = new RegExp(`^import init, \\* as bindings from '\\./${script.replace(/\./g, '\\.')}';$`, 'm');
if (!IMPORT.test(trunkBoot)) fail(`the boot script does not import ${script} as expected`);
const trunkRest = trunkBoot.replace(IMPORT, '').trim();
const integrity = attr(preload[0], 'integrity');
const fetchOptions = integrity ? `, { integrity: '${integrity}' }` : '';
const links = [{ rel: 'modulepreload', href: `./${script}`, integrity: attr(modulepreload[0], 'integrity'), crossOrigin: 'anonymous' }, ...later]
    .map((link) => JSON.stringify(Object.fromEntries(Object.entries(link).filter(([, v]) => v))).replace(/"/g, "'"));
// What the boot file does is told at the top of this file; it carries no
// comments, as every first visit downloads it.
const body = `await new Promise((painted) => {
    if (document.visibilityState !== 'visible') return painted();
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return requestAnimationFrame(() => setTimeout(painted, 0));
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
${trunkRest.replace(CALL, 'module_or_path: wasmResponse')}
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
// 4. Comments out of what every first visit downloads.
html = html.replace(/<!--[\s\S]*?-->\s*/g, '');
const worker = path.join(dir, 'sw.js');
if (fs.existsSync(worker)) {
    const code = fs.readFileSync(worker, 'utf8');
    fs.writeFileSync(worker, code.replace(/^\s*\/\*[\s\S]*?\*\/[ \t]*\n/gm, '').replace(/^\s*\/\/.*\n/gm, ''));
}
fs.writeFileSync(file, html);
console.log(`csp-boot: ${file} boots through ${name}; of ${sheets.join(', ')}, the static frame's rules inline (hash in ${headersFile}), the rest in ${later[0]?.href ?? 'no file'}`);
