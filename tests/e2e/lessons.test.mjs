// End-to-end: guided lessons in the release build. A learner walks the
// first lesson in English by clicking the panel's buttons and Run blocks
// and by typing into the terminal, then reloads and finds their progress;
// another does one step in Japanese chosen with the picker; a third lands
// with ?lang=ko and unreadable saved progress. Every test also fails on any
// page or console error.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, run, shot } from './helpers.mjs';

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

const panel = (page) => page.locator('.kp-lessons');

/** Waits until the open step's goals are all ticked. */
async function goalsMet(page, n) {
    await page.waitForFunction((count) => {
        const met = document.querySelectorAll('.kp-lesson-goals .kp-goal-met').length;
        return met === count && document.querySelector('.kp-lesson-explain') !== null;
    }, n, { timeout: 20000 });
}

/** Clicks the panel button whose text is `label`. */
async function button(page, label) {
    await panel(page).getByRole('button', { name: label, exact: true }).click();
}

test('a learner walks the first lesson in English and finds it again after a reload', async () => {
    const { page, context, errors } = await open(browser, `${server.url}?lang=en`);
    await panel(page).getByRole('button', { name: 'Start: Deploy your first app' }).click();
    await page.locator('.kp-lesson-step-title', { hasText: 'Create a Deployment' }).waitFor();
    await page.locator('.kp-line', { hasText: '# Deploy your first app — Step 1 of 3: Create a Deployment' }).waitFor();

    // Unmet goals say what differs; hints come one at a time.
    const differs = page.locator('.kp-goal-differs').first();
    assert.equal(await differs.textContent(), 'there is no Deployment named kubernetes-bootcamp');
    await button(page, 'Hint');
    await page.locator('.kp-lesson-hint h4', { hasText: 'Hint 1 of 2' }).waitFor();

    // Typed by the learner: the goals tick as the Pod comes up.
    await run(page, 'kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1');
    await goalsMet(page, 2);
    await shot(page, 'lesson-en-step1-done');
    await button(page, 'Next step');
    await page.locator('.kp-lesson-step-title', { hasText: 'Meet the Pod' }).waitFor();
    assert.equal(await page.locator('.kp-goal-differs').textContent(), '$POD_NAME is not set');

    // Clicked: the Run button of the `export POD_NAME=…` block.
    const exportBlock = page.locator('.kp-lesson-body .kp-lesson-code', { hasText: 'export POD_NAME' });
    await exportBlock.getByRole('button').click();
    await goalsMet(page, 1);
    await button(page, 'Next step');
    await page.locator('.kp-lesson-step-title', { hasText: 'Watch it heal' }).waitFor();

    // The terminal's own lesson commands work alongside the panel.
    await run(page, 'hint');
    await page.locator('.kp-line', { hasText: 'Hint 1 of 1:' }).waitFor();
    // The app ignores SIGTERM, so the delete waits out the 30 s grace
    // period, as on a real cluster: at 8× that is under 4 s.
    await page.getByLabel('Speed').selectOption({ label: '8×' });
    await run(page, 'kubectl delete pod "$POD_NAME"');
    await goalsMet(page, 2);
    await button(page, 'Finish lesson');
    await page.locator('.kp-lesson-done', { hasText: 'Lesson complete' }).waitFor();
    assert.equal(await page.locator('.kp-lesson-progress').getAttribute('value'), '3');

    // Progress survives a reload: the lesson reopens (for review) and the
    // catalog marks it done.
    await page.reload();
    await page.locator('.kp-lesson-title', { hasText: 'Deploy your first app' }).waitFor({ timeout: 15000 });
    assert.equal(await page.locator('.kp-lesson-progress').getAttribute('value'), '3');
    await button(page, '← All lessons');
    await panel(page).getByRole('button', { name: 'Review: Deploy your first app' }).waitFor();
    await shot(page, 'lesson-en-catalog-after');
    assert.deepEqual(errors, []);
    await context.close();
});

test('one step in Japanese, chosen with the picker, and the choice is remembered', async () => {
    const { page, context, errors } = await open(browser, server.url, { locale: 'en-US' });
    await page.locator('.kp-language-select').selectOption('ja');
    await page.locator('.kp-tagline', { hasText: 'ブラウザーだけで動くKubernetesの練習場' }).waitFor();
    await panel(page).getByRole('button', { name: '始める: アプリをスケールする' }).click();
    await page.locator('.kp-lesson-step-title', { hasText: '4つのレプリカにスケールアップする' }).waitFor();
    assert.equal(await page.locator('.kp-goal-differs').textContent(), '利用可能なレプリカ数: 1（ゴール: 4）');
    await run(page, 'kubectl scale deployments/kubernetes-bootcamp --replicas=4');
    await goalsMet(page, 1);
    await page.locator('.kp-lesson-explain h4', { hasText: 'ステップ完了' }).waitFor();
    await run(page, 'next');
    await page.locator('.kp-line', { hasText: 'ステップ 2/3: 負荷を分散する' }).waitFor();
    await page.locator('.kp-lesson-step-title', { hasText: '負荷を分散する' }).waitFor();
    await shot(page, 'lesson-ja-step2');

    await page.reload();
    await page.locator('.kp-lesson-step-title', { hasText: '負荷を分散する' }).waitFor({ timeout: 15000 });
    assert.equal(await page.locator('.kp-language-select').inputValue(), 'ja');
    assert.deepEqual(errors, []);
    await context.close();
});

test('?lang= picks the language, and unreadable saved progress starts afresh with a message', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
        if (!sessionStorage.getItem('kp-seeded')) {
            localStorage.setItem('kubeplay.lessons.v1', '{"version":1,"lessons":{"deploy":{"step":"x"');
            sessionStorage.setItem('kp-seeded', '1');
        }
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    await page.goto(`${server.url}?lang=ko`);
    await page.locator('.kp-lesson-notice', { hasText: '저장된 레슨 진행 상황을 읽을 수 없어서 처음부터 시작합니다.' }).waitFor();
    await page.locator('.kp-catalog-title', { hasText: '첫 번째 앱 배포하기' }).waitFor();
    assert.equal(await page.locator('.kp-app').getAttribute('lang'), 'ko');
    await button(page, 'OK');
    assert.equal(await page.locator('.kp-lesson-notice').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
});
