// The demo page's own script: logs every playground event and drives the
// second playground through the loader's API (run / reset). A file, not an
// inline script, so the page works under the recommended CSP.
(function () {
    'use strict';
    const log = document.getElementById('demo-log');
    const LOG_MAX = 200;

    function note(div, event) {
        const item = document.createElement('li');
        // textContent only: a command line is the learner's text.
        item.textContent = `${div.id}: ${event.type} ${JSON.stringify(event.detail)}`;
        log.append(item);
        while (log.children.length > LOG_MAX) log.firstElementChild.remove();
        log.scrollTop = log.scrollHeight;
    }

    for (const div of document.querySelectorAll('[data-kubeplay]')) {
        for (const type of ['ready', 'command', 'step-complete', 'lesson-complete']) {
            div.addEventListener(`kubeplay:${type}`, (e) => note(div, e));
        }
    }

    const target = document.getElementById('demo-second');
    const input = document.getElementById('demo-command');
    document.getElementById('demo-run').addEventListener('click', () => target.kubeplay?.run(input.value));
    document.getElementById('demo-reset').addEventListener('click', () => target.kubeplay?.reset());
})();
