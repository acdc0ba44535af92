// kubeplay embed loader. One line in a documentation page:
//
//   <script src="https://example.com/kubeplay/embed.js" defer></script>
//
// turns every <div data-kubeplay> into a playground in an iframe:
//
//   <div data-kubeplay data-lesson="scale" data-step="2" data-lang="ja"
//        data-height="480" data-theme="dark"
//        data-commands="kubectl create deployment web --image=nginx
//   kubectl get pods"></div>
//
// The playground is served from this script's own directory. Each div gets
// an instance id (its own `id`, else the page's path and the div's
// position), passed as `id=` so every playground keeps its own history and
// progress. Events from the playground arrive as DOM events on the div —
// `kubeplay:ready`, `kubeplay:command` (detail.command, detail.exitCode),
// `kubeplay:step-complete`, `kubeplay:lesson-complete` — and the div gets
// `div.kubeplay.run(command)` and `div.kubeplay.reset()`.
//
// Nothing loads before it is needed: frames are `loading="lazy"` (the
// browser fetches the playground when the div nears the viewport;
// `data-loading="eager"` loads at once), and `data-start="click"` shows a
// Start button instead, loading nothing until it is clicked
// (`data-start-label` changes its words). Requests sent before either
// wait, like those sent before `ready`.
//
// Every value from the page goes into the frame's address as a URL
// parameter (URLSearchParams encodes it); the playground checks each one.
// No markup is ever built from those values.
(function () {
    'use strict';

    const EVENTS = ['ready', 'command', 'step-complete', 'lesson-complete'];
    const PARAMS = ['lesson', 'step', 'lang', 'theme', 'commands'];
    const HEIGHT_DEFAULT = 480;
    const HEIGHT_MIN = 240;
    const HEIGHT_MAX = 2000;
    // Requests sent before the playground says `ready` wait here, at most this many.
    const PENDING_MAX = 50;

    const script = document.currentScript;
    const base = new URL('./', script && script.src ? script.src : location.href);
    const frames = new Map(); // iframe window -> { div, onReady }

    // A short stable hash of the page's path (FNV-1a, 32 bits, base 36),
    // so two pages of one site do not share their first playground's storage.
    function pathHash() {
        let h = 0x811c9dc5;
        for (const ch of location.pathname) {
            h ^= ch.codePointAt(0);
            h = Math.imul(h, 0x01000193) >>> 0;
        }
        return h.toString(36);
    }

    function instanceId(div, index) {
        const own = div.getAttribute('data-id') || div.id;
        if (own && /^[A-Za-z0-9_-]{1,64}$/.test(own)) return own;
        return `p${pathHash()}-${index}`;
    }

    function frameUrl(div, id) {
        const url = new URL(base.href);
        url.searchParams.set('embed', '1');
        url.searchParams.set('id', id);
        if (location.origin && location.origin !== 'null') url.searchParams.set('origin', location.origin);
        for (const name of PARAMS) {
            const value = div.getAttribute(`data-${name}`);
            if (value !== null && value !== '') url.searchParams.set(name, value);
        }
        return url.href;
    }

    function height(div) {
        const n = Number.parseInt(div.getAttribute('data-height') || '', 10);
        if (!Number.isFinite(n)) return HEIGHT_DEFAULT;
        return Math.min(HEIGHT_MAX, Math.max(HEIGHT_MIN, n));
    }

    const START_LABEL = '▶ Start the Kubernetes playground';

    // The click-to-start facade: a plain button of the frame's size.
    function facade(div, start) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'kubeplay-start';
        button.textContent = div.getAttribute('data-start-label') || START_LABEL;
        button.style.width = '100%';
        button.style.height = `${height(div)}px`;
        button.style.display = 'block';
        button.style.font = 'inherit';
        button.style.fontSize = '1.05em';
        button.style.cursor = 'pointer';
        button.style.border = '1px dashed currentColor';
        button.style.borderRadius = '6px';
        button.style.background = 'transparent';
        button.style.color = 'inherit';
        button.addEventListener('click', start, { once: true });
        return button;
    }

    function mount(div, index) {
        if (div.kubeplay) return div.kubeplay;
        const id = instanceId(div, index);
        const iframe = document.createElement('iframe');
        if (div.getAttribute('data-loading') !== 'eager') iframe.loading = 'lazy';
        iframe.src = frameUrl(div, id);
        iframe.title = div.getAttribute('data-title') || 'kubeplay: a Kubernetes playground';
        iframe.setAttribute('allow', 'clipboard-write');
        iframe.className = 'kubeplay-frame';
        // CSSOM properties, not a style attribute: allowed under a strict CSP.
        iframe.style.width = '100%';
        iframe.style.height = `${height(div)}px`;
        iframe.style.border = '0';
        iframe.style.display = 'block';
        let ready = false;
        const pending = [];
        const send = (message) => {
            if (!ready) {
                if (pending.length < PENDING_MAX) pending.push(message);
                return;
            }
            iframe.contentWindow?.postMessage(message, base.origin);
        };
        const api = {
            id,
            iframe,
            get ready() { return ready; },
            run(command) { send({ type: 'run', command: String(command) }); },
            reset() { send({ type: 'reset' }); },
        };
        const onReady = () => {
            ready = true;
            for (const m of pending.splice(0)) iframe.contentWindow?.postMessage(m, base.origin);
        };
        div.kubeplay = Object.freeze(api);
        const start = () => {
            div.replaceChildren(iframe);
            frames.set(iframe.contentWindow, { div, onReady });
            if (div.getAttribute('data-start') === 'click') iframe.focus();
        };
        if (div.getAttribute('data-start') === 'click') div.replaceChildren(facade(div, start));
        else start();
        return api;
    }

    window.addEventListener('message', (event) => {
        if (event.origin !== base.origin) return;
        const frame = frames.get(event.source);
        const data = event.data;
        if (!frame || !data || data.source !== 'kubeplay' || !EVENTS.includes(data.type)) return;
        const { div, onReady } = frame;
        if (data.type === 'ready') onReady();
        div.dispatchEvent(new CustomEvent(`kubeplay:${data.type}`, { detail: data, bubbles: true }));
    });

    /** Mounts every `[data-kubeplay]` not mounted yet (call again after adding some). */
    function scan() {
        document.querySelectorAll('[data-kubeplay]').forEach((div, i) => mount(div, i));
    }

    window.kubeplay = Object.freeze({ scan });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
    else scan();
})();
