// A small static file server for the built playground (dist/): serves files
// with the right MIME types (application/wasm matters) and optional extra
// headers. Used by `scripts/serve.sh` and by the end-to-end tests.
//
//   node scripts/serve.mjs --root dist [--host 127.0.0.1] [--port 8080]

import http from 'node:http';
import fs from 'node:fs/promises';
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
    const { url } = await serve({ root: opt('--root', 'dist'), host: opt('--host', '127.0.0.1'), port: Number(opt('--port', 8080)) });
    console.log(`kubeplay is being served at ${url} (Ctrl-C to stop)`);
}
