//! Offline support: registers the service worker (`static/sw.js`) that
//! caches the app shell and lessons, when the page opts in with
//! `<meta name="kubeplay-service-worker" content="sw.js">` (an embedding
//! page that mounts kubeplay itself does not get a worker over its site).
//!
//! The worker's address carries the build's id (the hash Trunk put in the
//! wasm-bindgen script's name: `sw.js?build=7ca31fff319902c2`), so a new
//! build is a new worker, with a cache of its own that replaces the old.

/// Registers the worker if the page asks for one; failures are ignored
/// (the playground works online without it).
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let script = document
        .query_selector(r#"meta[name="kubeplay-service-worker"]"#)
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"));
    let Some(script) = script.filter(|s| is_plain_path(s)) else {
        return;
    };
    let build = document
        .query_selector(r#"link[rel="modulepreload"]"#)
        .ok()
        .flatten()
        .and_then(|l| l.get_attribute("href"))
        .and_then(|href| build_id(&href))
        .unwrap_or_else(|| "dev".to_string());
    let container = window.navigator().service_worker();
    let _ = container.register(&format!("{script}?build={build}"));
}

/// `./kubeplay-web-7ca31fff319902c2.js` → `7ca31fff319902c2`.
fn build_id(href: &str) -> Option<String> {
    let name = href.rsplit('/').next()?.strip_suffix(".js")?;
    let id = name.rsplit('-').next()?;
    (!id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric()))
        .then(|| id.to_string())
}

/// A same-site relative path, nothing that could name another origin.
fn is_plain_path(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b))
        && !s.starts_with('/')
        && !s.contains("..")
}
