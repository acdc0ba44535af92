//! Never-crash fuzz targets for every parser user text reaches: the shell
//! line parser, kubectl's argument resolver, manifest decoding (YAML/JSON
//! to objects), Go-template and jsonpath parsing plus evaluation, and the
//! two stored-state decoders (command history, lesson progress).
//!
//! Each target mixes real syntax fragments with arbitrary text, so the
//! generator reaches deep into each grammar instead of failing at the
//! first byte. A target passes when it returns (any `Ok`/`Err`) without
//! panicking; round-trips are checked where an encoder exists.
//!
//! `PROPTEST_CASES` sets the cases per target (default 300, about a
//! second each in `cargo test`); the long hunt is
//! `PROPTEST_CASES=100000 cargo test --release --test fuzz_parsers`.
//! A panic found becomes a named regression test at the bottom.
//!
//! Share links and saved sessions: real encodings, damaged by random
//! edits (cut, overwritten, spliced), must decode or be refused — never
//! panic; what decodes must encode again. `src/share/` has its own
//! arbitrary-string properties; these reach past the version and base64
//! layers into the payload grammar. The index of the tabs' saved sessions
//! (`share::recent`) is fuzzed the same way.

use kubeplay::api::Object;
use kubeplay::console::history::History;
use kubeplay::kubectl::commands::{GLOBALS, ROOT};
use kubeplay::kubectl::jsonpath::JsonPath;
use kubeplay::kubectl::manifest::decode_stream;
use kubeplay::kubectl::template::Template;
use kubeplay::lesson::progress::Progress;
use kubeplay::session::{checkpoint, Session};
use kubeplay::share::recent::Recent;
use kubeplay::share::{decode_link, encode_link, store::Saved};
use kubeplay::shell::parse;
use proptest::prelude::*;
use serde_json::{json, Value};

/// Cases per target: `PROPTEST_CASES`, else `default`.
fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        // Shrinking a failure is useful; hunting for minutes is not.
        max_shrink_iters: 2_000,
        ..ProptestConfig::default()
    }
}

/// Text built from `fragments`, arbitrary printable runs and arbitrary
/// Unicode, up to `len` pieces.
fn text_of(fragments: &'static [&'static str], len: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(fragments).prop_map(str::to_string),
        1 => "[ -~]{0,8}",
        1 => "\\PC{0,3}",
        1 => prop::sample::select(&["\n", "\t", " ", "\r", "\0"][..]).prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..len).prop_map(|v| v.concat())
}

const SHELL: &[&str] = &[
    "echo ",
    "kubectl ",
    "'",
    "\"",
    "$(",
    ")",
    "`",
    "${",
    "}",
    "{",
    "(",
    "((",
    "))",
    ";",
    ";;",
    "&&",
    "||",
    "|",
    "&",
    ">",
    "2>&1",
    "<",
    "<<EOF\n",
    "\nEOF\n",
    "<<<",
    "$((",
    "1+2",
    "$?",
    "$#",
    "$@",
    "\\",
    "\\\n",
    "if ",
    "then ",
    "else ",
    "fi",
    "for x in ",
    "do ",
    "done",
    "while ",
    "until ",
    "case ",
    " in ",
    "esac",
    "function f",
    "x=",
    "export ",
    "#",
    "*",
    "?",
    "[a-z]",
    "{1..3}",
    "!",
    "[[ ",
    " ]]",
    "test ",
    "-n ",
    "=~",
    "a",
    "b c",
];

const KUBECTL: &[&str] = &[
    "get",
    "describe",
    "create",
    "apply",
    "delete",
    "scale",
    "expose",
    "set",
    "image",
    "rollout",
    "status",
    "history",
    "undo",
    "logs",
    "exec",
    "run",
    "label",
    "annotate",
    "edit",
    "explain",
    "deployment",
    "deploy",
    "pods",
    "po",
    "svc",
    "service",
    "nodes",
    "configmap",
    "secret",
    "generic",
    "web",
    "nginx",
    "-o",
    "-o=json",
    "-o=yaml",
    "-ojsonpath={.items}",
    "--output",
    "wide",
    "name",
    "-l",
    "app=web",
    "-n",
    "--namespace=x",
    "-A",
    "--all-namespaces",
    "--replicas=3",
    "--replicas",
    "-1",
    "--image=nginx",
    "--port=80",
    "--type=NodePort",
    "-f",
    "--",
    "-it",
    "--help",
    "-h",
    "--dry-run=client",
    "--watch",
    "-w",
    "--selector",
    "=",
    "--=",
    "-",
    "---",
    "--to-revision=1",
    "--from-literal=a=b",
    "--sort-by=.metadata.name",
];

const MANIFEST: &[&str] = &[
    "apiVersion: v1\n",
    "apiVersion: apps/v1\n",
    "kind: Pod\n",
    "kind: Deployment\n",
    "kind: Service\n",
    "kind: ConfigMap\n",
    "kind: List\n",
    "metadata:\n",
    "  name: web\n",
    "  labels:\n",
    "    app: web\n",
    "spec:\n",
    "  replicas: 3\n",
    "  replicas: 1000000000\n",
    "  replicas: -1\n",
    "  selector:\n",
    "    matchLabels:\n",
    "  template:\n",
    "containers:\n",
    "- name: c\n",
    "  image: nginx\n",
    "  ports:\n",
    "  - containerPort: 80\n",
    "items:\n",
    "---\n",
    "...\n",
    "  ",
    "- ",
    ": ",
    "&a ",
    "*a",
    "!!str ",
    "!!int ",
    "|\n",
    ">\n",
    "{",
    "}",
    "[",
    "]",
    ",",
    "\"",
    "'",
    "#",
    "? ",
    "%YAML 1.2\n",
    "data:\n",
    "  k: v\n",
    "null",
    "~",
    "1e400",
    "0x1F",
    "true",
    "{\"kind\":\"Pod\",",
    "\"metadata\":{\"name\":\"p\"}}",
    "[1,",
    "\n",
];

const TEMPLATE: &[&str] = &[
    "{{",
    "}}",
    "{{-",
    "-}}",
    ".",
    ".metadata",
    ".name",
    ".items",
    ".spec.replicas",
    "range ",
    "end",
    "if ",
    "else",
    "with ",
    "$x := ",
    "$x",
    "$",
    "index ",
    "len ",
    "printf ",
    "\"%s\"",
    "\"%d\" ",
    "eq ",
    "ne ",
    "and ",
    "or ",
    "not ",
    "print ",
    "println ",
    "json ",
    "base64decode ",
    "|",
    "(",
    ")",
    " ",
    "\"a\"",
    "1",
    "-1",
    "nil",
    "true",
    "\\n",
    "/*",
    "*/",
    "`raw`",
    "'c'",
    "define ",
    "template ",
    "block ",
    "break",
    "continue",
];

const JSONPATH: &[&str] = &[
    "{", "}", ".", "..", "[", "]", "*", "@", "?(", ")", "==", "!=", "<", ">", "'a'", "\"b\"",
    "items", "metadata", "name", "spec", "replicas", "status", "phase", "labels", "0", "-1", ":",
    "1:", ":2", "::", ",", "range ", "end", "$", "\\", "\\.", "'", "['app']", "length",
];

const STORED: &[&str] = &[
    "kubeplay-history 1\n",
    "kubeplay-history 2\n",
    "\\",
    "\\n",
    "\\r",
    "\\\\",
    "\\x",
    "\n",
    "{",
    "}",
    "\"version\":",
    "1",
    "2",
    "\"lessons\":",
    "\"current\":",
    "\"first-steps\"",
    "{\"step\":",
    "\"done\":",
    "[",
    "]",
    ",",
    ":",
    "null",
    "-1",
    "1e99",
    "18446744073709551616",
    "\"",
    "true",
];

/// The object templates and jsonpath expressions run over: a list with
/// nested maps, arrays, numbers and strings like `kubectl get -o` gives.
fn sample() -> Value {
    json!({
        "apiVersion": "v1", "kind": "List",
        "items": [
            {"metadata": {"name": "web-1", "labels": {"app": "web"}},
             "spec": {"replicas": 3, "containers": [{"name": "c", "image": "nginx"}]},
             "status": {"phase": "Running", "ready": true, "ratio": 0.5}},
            {"metadata": {"name": "db", "labels": {}}, "spec": {}, "status": null}
        ],
        "metadata": {"resourceVersion": ""}
    })
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn shell_parser_never_panics(text in text_of(SHELL, 24)) {
        let _ = parse::needs_more_input(&text);
        if let Err(e) = parse::parse(&text) {
            let _ = (e.message(), e.display());
        }
    }

    #[test]
    fn kubectl_argument_resolver_never_panics(argv in prop::collection::vec(text_of(KUBECTL, 2), 0..8)) {
        let _ = kubeplay::kubectl::cli::resolve(&ROOT, GLOBALS, &argv);
    }

    #[test]
    fn manifest_decoding_never_panics(text in text_of(MANIFEST, 30)) {
        for value in decode_stream("fuzz.yaml", &text).into_iter().flatten() {
            let _ = Object::from_json(&value);
        }
    }

    #[test]
    fn go_templates_never_panic(text in text_of(TEMPLATE, 16)) {
        if let Ok(template) = Template::parse(&text) {
            let _ = template.execute(&sample());
        }
    }

    #[test]
    fn jsonpath_never_panics(text in text_of(JSONPATH, 16)) {
        if let Ok(path) = JsonPath::parse(&text) {
            let _ = path.execute(&sample());
        }
    }

    #[test]
    fn stored_history_decoding_never_panics(text in text_of(STORED, 20)) {
        if let Some(entries) = History::decode(&text) {
            // What decodes re-encodes to something that decodes the same.
            let again = History::decode(&History::new(entries.clone()).encode());
            prop_assert!(again.is_some());
        }
    }

    #[test]
    fn stored_progress_decoding_never_panics(text in text_of(STORED, 20)) {
        if let Ok(progress) = Progress::decode(&text) {
            let again = Progress::decode(&progress.encode());
            prop_assert!(again.is_ok(), "{text:?} decoded but its encoding did not");
        }
    }

    #[test]
    fn damaged_share_links_never_panic(edits in edits_strategy()) {
        let link = damaged(&valid_link(), &edits);
        if let Ok(snap) = decode_link(&link) {
            prop_assert!(encode_link(&snap).is_ok(), "{link:?} decoded but does not encode");
        }
    }

    #[test]
    fn damaged_saved_sessions_never_panic(edits in edits_strategy()) {
        let text = damaged(&valid_saved(), &edits);
        if let Ok(saved) = Saved::decode(&text) {
            // What decodes saves again to the same document.
            let again = saved.encode().map(|t| Saved::decode(&t));
            prop_assert_eq!(again, Ok(Ok(saved)), "{:?}", text);
        }
    }

    #[test]
    fn damaged_checkpoints_never_panic(edits in edits_strategy()) {
        // The JSON inside is damaged (the packing around it only fails),
        // then loaded; what loads must keep running.
        let json = damaged(&valid_checkpoint_json(), &edits);
        let base: std::rc::Rc<str> = checkpoint::pack(&json).into();
        let mut s = Session::new(3);
        if checkpoint::load(&mut s, &base, None).is_ok() {
            s.run("kubectl get all -A -o wide; kubectl get events -A; sleep 3; ls -R; env");
            s.run("kubectl scale deployment web --replicas=3; kubectl rollout status deployment/web");
        }
    }

    #[test]
    fn damaged_session_indexes_never_panic(edits in edits_strategy()) {
        let text = damaged(&valid_index(), &edits);
        if let Ok(index) = Recent::decode(&text) {
            prop_assert_eq!(Recent::decode(&index.encode()), Ok(index), "{:?}", text);
        }
    }
}

/// The index of three tabs' sessions.
fn valid_index() -> String {
    let mut index = Recent::default();
    index.touch("k3x9q", 1_733_580_000_000, 12);
    index.touch("a0", 1_733_580_000_500, 0);
    index.touch("zz9", 1_733_580_001_000, 5_000);
    index.encode()
}

/// A link to a real session: a Deployment scaled, a bad image, an undo
/// (made once: a long run damages it a million times).
fn valid_link() -> String {
    static LINK: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    LINK.get_or_init(make_link).clone()
}

fn make_link() -> String {
    let mut s = Session::new(7);
    for line in [
        "kubectl create deployment web --image=nginx --replicas=2",
        "kubectl scale deployment web --replicas=4",
        "kubectl set image deployment/web nginx=nginx:v10",
        "kubectl rollout undo deployment/web",
        "export X=\"a b\"; echo $X | grep -c a",
    ] {
        s.run(line);
    }
    encode_link(&s.snapshot()).unwrap()
}

/// The saved-session document of the same session (made once).
fn valid_saved() -> String {
    static SAVED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SAVED.get_or_init(make_saved).clone()
}

fn make_saved() -> String {
    let mut s = Session::new(7);
    s.run("kubectl create deployment web --image=nginx");
    let saved = Saved {
        snapshot: Some(s.snapshot()),
        history: Some(vec!["kubectl get pods".into(), "echo '<b>'".into()]),
        ..Saved::default()
    };
    saved.encode().unwrap()
}

/// The JSON of a checkpoint of a real session (made once).
fn valid_checkpoint_json() -> String {
    static JSON: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    JSON.get_or_init(|| {
        let mut s = Session::new(7);
        s.run("kubectl create deployment web --image=nginx --replicas=2; kubectl expose deployment web --port=80");
        s.run("kubectl set image deployment/web nginx=nginx:v10; echo x > f; alias k=kubectl; sleep 4");
        let base = checkpoint::take(&s.world());
        checkpoint::unpack(&base).unwrap().to_string()
    })
    .clone()
}

/// Edits to a text: (position per mille, kind, replacement text).
fn edits_strategy() -> impl Strategy<Value = Vec<(u16, u8, String)>> {
    prop::collection::vec(
        (0u16..1000, 0u8..4, "[A-Za-z0-9_.{}\\[\\]\":,-]{0,6}"),
        1..6,
    )
}

/// Applies each edit: 0 cuts the text there, 1 overwrites, 2 inserts,
/// 3 deletes a few characters.
fn damaged(text: &str, edits: &[(u16, u8, String)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (at, kind, with) in edits {
        let i = chars.len() * usize::from(*at) / 1000;
        let new: Vec<char> = with.chars().collect();
        match kind {
            0 => chars.truncate(i),
            1 => {
                let end = (i + new.len()).min(chars.len());
                chars.splice(i..end, new);
            }
            2 => {
                chars.splice(i..i, new);
            }
            _ => {
                let end = (i + 3).min(chars.len());
                chars.drain(i..end);
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn the_undamaged_link_and_document_decode() {
    assert!(decode_link(&valid_link()).is_ok());
    assert!(Saved::decode(&valid_saved()).is_ok());
    assert!(Recent::decode(&valid_index()).is_ok());
    let base: std::rc::Rc<str> = checkpoint::pack(&valid_checkpoint_json()).into();
    assert_eq!(checkpoint::load(&mut Session::new(3), &base, None), Ok(()));
}
