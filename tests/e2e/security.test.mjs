// End-to-end: user-controlled text is rendered as text. Script-injection
// payloads go through a typed command, echo output, a YAML manifest
// written with a heredoc and applied, file contents shown by `cat`, every
// address parameter, preset `commands=`, and a lesson file's text. After
// each, `window.__pwned` must still be undefined and the DOM must hold no
// element those payloads would create (an <img src=x>, an inline
// <script>, an `on…` attribute, a `javascript:` URL) — while the payload
// is visible on the screen as plain text.
//
// Each scenario runs twice: under the recommended CSP (as every e2e test
// does; a blocked handler would log a CSP error and fail the test) and,
// as defence in depth, with no CSP at all, where an injected handler
// would really run.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, paste, run } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

const PAYLOADS = [
    '<img src=x onerror=window.__pwned=1>',
    '<script>window.__pwned=1</script>',
    'javascript:window.__pwned=1',
    '"><svg onload=window.__pwned=1>',
];

let servers;
let browser;

before(async () => {
    servers = { csp: await startServer(), bare: await serve({ root: 'dist', port: 0 }) };
    browser = await launch();
});

after(async () => {
    await browser?.close();
    for (const s of Object.values(servers ?? {})) await s.close();
});

/** Opens `path` on the server; errors collects page and console errors. */
async function open(server, path, setup) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    if (setup) await setup(page);
    await page.goto(server.url + path);
    await page.locator('.kp-input').waitFor({ state: 'visible', timeout: 15000 });
    return { page, context, errors };
}

/** Nothing ran and nothing a payload would create is in the DOM. */
async function assertClean(page, where) {
    const found = await page.evaluate(() => {
        const bad = [];
        if (window.__pwned !== undefined) bad.push('window.__pwned is set');
        for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
                if (/^on/i.test(a.name)) bad.push(`${el.tagName} has ${a.name}`);
                if (/^\s*javascript:/i.test(a.value)) bad.push(`${el.tagName} ${a.name}=${a.value}`);
            }
            if (el.tagName === 'SCRIPT' && !el.src) bad.push('an inline script');
            if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') bad.push('an <img src=x>');
            if (el.tagName.toLowerCase() === 'svg' && el.closest('.kp-scrollback, .kp-lessons')) bad.push('an <svg> in text');
        }
        return bad;
    });
    assert.deepEqual(found, [], where);
}

/** Waits until the terminal shows `text` somewhere, as text. */
async function shows(page, text) {
    await page.waitForFunction((t) => [...document.querySelectorAll('.kp-scrollback .kp-line')]
        .some((l) => l.textContent.includes(t)), text, { timeout: 20000 });
}

for (const mode of ['csp', 'bare']) {
    test(`payloads typed, echoed, applied as YAML and shown by cat stay text (${mode})`, async () => {
        const { page, context, errors } = await open(servers[mode], '?lang=en');
        for (const p of PAYLOADS) {
            await run(page, p);
            await run(page, `echo '${p.replaceAll("'", "'\\''")}'`);
        }
        await shows(page, '"><svg onload=window.__pwned=1>');
        await run(page, `kubectl run '${PAYLOADS[0]}' --image=nginx`);
        await shows(page, 'Invalid value: "<img src=x onerror=window.__pwned=1>"');

        const manifest = [
            "cat <<'EOF' > xss.yaml",
            'apiVersion: v1',
            'kind: ConfigMap',
            'metadata:',
            '  name: xss',
            '  annotations:',
            `    note: '${PAYLOADS[0]}'`,
            'data:',
            `  script: '${PAYLOADS[1]}'`,
            `  link: '${PAYLOADS[2]}'`,
            `  svg: '${PAYLOADS[3]}'`,
            'EOF',
            'kubectl apply -f xss.yaml',
            'cat xss.yaml',
            'kubectl get configmap xss -o yaml',
            'kubectl describe configmap xss',
            '',
        ].join('\n');
        await paste(page, manifest);
        await shows(page, 'configmap/xss created');
        await shows(page, `svg: '${PAYLOADS[3]}'`);
        await shows(page, 'Annotations:  note: <img src=x onerror=window.__pwned=1>');
        await assertClean(page, 'terminal');
        assert.deepEqual(errors, []);
        await context.close();
    });

    test(`payloads in every address parameter and in commands= stay text (${mode})`, async () => {
        const q = new URLSearchParams({
            lesson: PAYLOADS[0], step: PAYLOADS[1], lang: PAYLOADS[2], theme: PAYLOADS[3],
            embed: PAYLOADS[0], id: PAYLOADS[1], origin: PAYLOADS[2],
        });
        const first = await open(servers[mode], `?${q}`);
        await shows(first.page, 'kubeplay: ignored theme=');
        const notices = (await first.page.locator('.kp-scrollback .kp-line').allTextContents())
            .filter((l) => l.startsWith('kubeplay: ignored'));
        assert.equal(notices.length, 7, notices.join('\n'));
        assert.ok(notices.some((l) => l.includes(PAYLOADS[3])), 'the payload is shown, as text');
        await assertClean(first.page, 'parameters');
        assert.deepEqual(first.errors, []);
        await first.context.close();

        const commands = PAYLOADS.map((p) => `echo '${p.replaceAll("'", "'\\''")}'`).concat(PAYLOADS).join('\n');
        const second = await open(servers[mode], `?embed=1&${new URLSearchParams({ commands })}`);
        await shows(second.page, '<script>window.__pwned=1</script>');
        await second.page.waitForFunction(() => document.querySelectorAll('.kp-scrollback .kp-line').length >= 12);
        await assertClean(second.page, 'commands=');
        assert.deepEqual(second.errors, []);
        await second.context.close();
    });

    test(`payloads in a lesson file's text stay text (${mode})`, async () => {
        const lesson = [
            '---',
            'id: deploy',
            `title: "Deploy ${PAYLOADS[0]}"`,
            `summary: "${PAYLOADS[1]}"`,
            'minutes: 1',
            'setup:',
            '  nodes: 1',
            '---',
            '',
            `## Step ${PAYLOADS[3]}`,
            '',
            `Text ${PAYLOADS[0]} and ${PAYLOADS[1]} and [a link](${PAYLOADS[2]}) and <b onclick="window.__pwned=1">bold</b>.`,
            '',
            '```sh',
            `echo '${PAYLOADS[0]}'`,
            '```',
            '',
            '```goals',
            `- label: ${PAYLOADS[3]}`,
            '  check: deployment x exists',
            '```',
            '',
            '```hint',
            `${PAYLOADS[1]}`,
            '```',
            '',
            '```solution',
            'kubectl create deployment x --image=nginx',
            '```',
            '',
        ].join('\n');
        const { page, context, errors } = await open(servers[mode], '?lang=en&lesson=deploy', (p) =>
            p.route('**/lessons/en/01-deploy.md', (route) => route.fulfill({ contentType: 'text/markdown', body: lesson })));
        await page.locator('.kp-lesson-title', { hasText: PAYLOADS[0] }).waitFor({ timeout: 15000 });
        await page.locator('.kp-lessons', { hasText: 'bold' }).waitFor();
        await assertClean(page, 'lesson text');
        assert.deepEqual(errors, []);
        await context.close();
    });
}
