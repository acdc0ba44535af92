// A small static file server for the built playground (dist/): serves files
// with the right MIME types (application/wasm matters) and the headers
// that `_headers` (Netlify/Cloudflare format) recommends for `/*` — the
// strict Content-Security-Policy among them. Used by `scripts/serve.sh`
// and by the end-to-end tests, so both run under that policy.
//
//   node scripts/serve.mjs --root dist [--host 127.0.0.1] [--port 8080]

import http from 'node:http';
import fs from 'node:fs/promises';
import fs_sync from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.wasm': 'application/wasm',
    '.json': 'application/json; charset=utf-8',
    '.md': 'text/markdown; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.webmanifest': 'application/manifest+json',
    '.txt': 'text/plain; charset=utf-8',
};

/** The headers a `_headers` file gives every path (`/*`); `{}` when the
 *  file is missing. Other path blocks are not used by kubeplay. */
export function readHeaders(file) {
    let text;
    try {
        text = fs_sync.readFileSync(file, 'utf8');
    } catch {
        return {};
    }
    const headers = {};
    let inAll = false;
    for (const line of text.split('\n')) {
        if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
        if (!/^\s/.test(line)) {
            inAll = line.trim() === '/*';
            continue;
        }
        const at = line.indexOf(':');
        if (inAll && at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    return headers;
}

/** Starts serving `root`; resolves to { url, close } once listening. */
export function serve({ root, host = '127.0.0.1', port = 8080, headers = {} }) {
    const base = path.resolve(root);
    const server = http.createServer(async (req, res) => {
        try {
            const url = new URL(req.url ?? '/', 'http://localhost');
            let file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));
            if (!file.startsWith(base)) {
                res.writeHead(403).end('forbidden');
                return;
            }
            const stat = await fs.stat(file).catch(() => null);
            if (stat?.isDirectory()) file = path.join(file, 'index.html');
            const body = await fs.readFile(file);
            res.writeHead(200, {
                'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
                'Cache-Control': 'no-cache',
                ...headers,
            });
            res.end(req.method === 'HEAD' ? undefined : body);
        } catch {
            res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        }
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            const { port: bound } = server.address();
            resolve({ url: `http://${host}:${bound}/`, close: () => new Promise((r) => server.close(r)) });
        });
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const args = process.argv.slice(2);
    const opt = (name, fallback) => {
        const i = args.indexOf(name);
        return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
    };
    const root = opt('--root', 'dist');
    const headers = readHeaders(path.join(root, '_headers'));
    const { url } = await serve({ root, host: opt('--host', '127.0.0.1'), port: Number(opt('--port', 8080)), headers });
    console.log(`kubeplay is being served at ${url} (Ctrl-C to stop)`);
}
