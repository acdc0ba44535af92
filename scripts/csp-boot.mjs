// Trunk post-build hook: moves the inline <script type="module"> that
// trunk writes into index.html (it boots the wasm) into its own file,
// boot-<hash>.js, and loads it with <script type="module" src>. The page
// then runs under a Content-Security-Policy without 'unsafe-inline'
// (static/_headers). Trunk 0.21 has no option to emit the loader as a
// file, hence this step; Trunk.toml runs it after every build.
//
//   node scripts/csp-boot.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR, then dist)

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = path.join(dir, 'index.html');
const html = fs.readFileSync(file, 'utf8');
const INLINE = /<script type="module">([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(INLINE)];
if (scripts.length !== 1) {
    // Zero means the page is already rewritten; more means trunk changed
    // what it writes, and a human should look before the CSP breaks.
    if (scripts.length === 0 && /<script type="module" src="\.\/boot-/.test(html)) process.exit(0);
    console.error(`csp-boot: expected one inline module script in ${file}, found ${scripts.length}`);
    process.exit(1);
}
const body = scripts[0][1].trim() + '\n';
const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
const name = `boot-${hash}.js`;
fs.writeFileSync(path.join(dir, name), body);
const out = html.replace(INLINE, `<script type="module" src="./${name}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(out) || /\son[a-z]+=/i.test(out)) {
    console.error(`csp-boot: ${file} still holds an inline script or event handler`);
    process.exit(1);
}
fs.writeFileSync(file, out);
console.log(`csp-boot: ${file} boots through ${name}`);
