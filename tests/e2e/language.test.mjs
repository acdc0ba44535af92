// End-to-end: the interface languages other than English are files the
// page fetches when first needed (text/ui.<tag>.json, src/i18n/served.rs),
// in the release build. ?lang=ja starts in Japanese without painting
// English first; the picker fetches a language on first use and switches
// to it; a file that cannot be had keeps English with one notice line; and
// after one visit every language works offline. Service workers are
// blocked except in the offline test, so the requests seen are the page's.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, precached, shot } from './helpers.mjs';

let server;
let browser;

before(async () => {
    server = await startServer();
    browser = await launch();
});

after(async () => {
    await browser?.close();
    await server?.close();
});

const TAGLINE = {
    en: 'A Kubernetes playground that runs entirely in your browser',
    ja: 'ブラウザーだけで動くKubernetesの練習場',
    ko: '브라우저에서만 실행되는 쿠버네티스 실습장',
    'zh-TW': '完全在瀏覽器裡執行的 Kubernetes 練習場',
};

/** The interface language files the page requested, in order. */
function uiTexts(page) {
    const seen = [];
    page.on('request', (r) => {
        const m = /\/text\/(ui\.[\w-]+\.json)$/.exec(new URL(r.url()).pathname);
        if (m) seen.push(m[1]);
    });
    return seen;
}

/** Records the tagline the app's first render painted (the static first
 *  paint, `.kp-boot`, is not the app). */
function recordFirstPaint(context) {
    return context.addInitScript(() => {
        new MutationObserver((_, observer) => {
            const tagline = document.querySelector('.kp-app:not(.kp-boot) .kp-tagline');
            if (tagline) {
                window.kpFirstTagline = tagline.textContent;
                observer.disconnect();
            }
        }).observe(document, { childList: true, subtree: true });
    });
}

async function pick(page, tag) {
    await page.locator('.kp-language-select').selectOption(tag);
}

test('?lang=ja starts in Japanese, fetching only its file, with no English painted first', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await recordFirstPaint(context);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    const seen = uiTexts(page);
    await page.goto(`${server.url}?lang=ja`);
    await page.locator('.kp-tagline', { hasText: TAGLINE.ja }).waitFor();
    assert.equal(await page.evaluate(() => window.kpFirstTagline), TAGLINE.ja);
    assert.equal(await page.locator('.kp-app').getAttribute('lang'), 'ja');
    await page.getByRole('button', { name: '一時停止' }).waitFor();
    await page.locator('.kp-catalog-title', { hasText: 'はじめてのアプリをデプロイする' }).waitFor();
    assert.equal(await page.locator('.kp-language-select').inputValue(), 'ja');
    assert.deepEqual(seen, ['ui.ja.json']);
    assert.deepEqual(errors, []);
    await context.close();
});

test('the picker fetches a language on first use and switches to it', async () => {
    const { page, context, errors } = await open(browser, `${server.url}?lang=en`, { serviceWorkers: 'block' });
    const seen = uiTexts(page);
    await page.locator('.kp-tagline', { hasText: TAGLINE.en }).waitFor();
    await pick(page, 'ko');
    await page.locator('.kp-tagline', { hasText: TAGLINE.ko }).waitFor();
    assert.equal(await page.locator('.kp-app').getAttribute('lang'), 'ko');
    await page.getByRole('button', { name: '일시 정지' }).waitFor();
    await page.locator('.kp-catalog-title', { hasText: '첫 번째 앱 배포하기' }).waitFor();
    assert.equal(await page.locator('.kp-language-select').inputValue(), 'ko');
    assert.equal(await page.locator('.kp-language label').textContent(), '언어');
    await shot(page, 'language-ko-picked');
    await pick(page, 'zh-TW');
    await page.locator('.kp-tagline', { hasText: TAGLINE['zh-TW'] }).waitFor();
    // Back to a language already fetched: no second request.
    await pick(page, 'ko');
    await page.locator('.kp-tagline', { hasText: TAGLINE.ko }).waitFor();
    assert.deepEqual(seen, ['ui.ko.json', 'ui.zh-TW.json']);
    // The choice is remembered: a plain reload starts in Korean.
    await page.goto(server.url);
    await page.locator('.kp-tagline', { hasText: TAGLINE.ko }).waitFor({ timeout: 15000 });
    assert.deepEqual(errors, []);
    await context.close();
});

test('a language file that cannot be had keeps English and says so once', async () => {
    const { page, context, errors } = await open(browser, `${server.url}?lang=en`, { serviceWorkers: 'block' });
    await page.route('**/text/ui.es.json', (route) => route.abort());
    await pick(page, 'es');
    const notice = 'kubeplay: Español could not be loaded (text/ui.es.json: network error); the interface stays in English';
    await page.locator('.kp-line', { hasText: notice }).waitFor();
    await page.waitForFunction(() => document.querySelector('.kp-language-select').value === 'en');
    assert.equal(await page.locator('.kp-app').getAttribute('lang'), 'en');
    assert.equal(await page.locator('.kp-tagline').textContent(), TAGLINE.en);
    assert.equal(await page.locator('.kp-line', { hasText: 'could not be loaded' }).count(), 1);
    // The playground goes on working.
    await page.locator('.kp-input').pressSequentially('echo still here');
    await page.locator('.kp-input').press('Enter');
    await page.locator('.kp-line', { hasText: /^still here$/ }).waitFor();

    // At start: English, with the same notice, never a dead page.
    await page.goto(`${server.url}?lang=es`);
    await page.locator('.kp-input').waitFor({ state: 'visible', timeout: 15000 });
    await page.locator('.kp-line', { hasText: notice }).waitFor();
    assert.equal(await page.locator('.kp-app').getAttribute('lang'), 'en');
    assert.equal(await page.locator('.kp-tagline').textContent(), TAGLINE.en);
    assert.deepEqual(errors.filter((e) => !e.includes('net::ERR_FAILED')), []);
    await context.close();
});

test('after one visit every language works offline', async () => {
    const own = await startServer();
    const { page, context, errors } = await open(browser, `${own.url}?lang=en`);
    const cached = await precached(page);
    for (const tag of ['ja', 'ko', 'es', 'zh-TW']) {
        assert.ok(cached.some((p) => p.endsWith(`/text/ui.${tag}.json`)), `${tag}: ${cached.join(' ')}`);
    }
    await context.setOffline(true);
    own.close();
    await page.goto(`${own.url}?lang=ja`);
    await page.locator('.kp-tagline', { hasText: TAGLINE.ja }).waitFor({ timeout: 15000 });
    await pick(page, 'ko');
    await page.locator('.kp-tagline', { hasText: TAGLINE.ko }).waitFor();
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    await context.close();
});

test('a screenshot of ?lang=ko at 1280×800', async () => {
    const { page, context, errors } = await open(browser, `${server.url}?lang=ko`, { serviceWorkers: 'block' });
    await page.locator('.kp-catalog-title', { hasText: '첫 번째 앱 배포하기' }).waitFor();
    await shot(page, 'language-ko');
    assert.deepEqual(errors, []);
    await context.close();
});
