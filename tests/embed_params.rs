//! The address parameters and the postMessage protocol of an embedded
//! playground (`kubeplay::embed`), as an embedding page would use them.

use kubeplay::embed::message::{Event, Request};
use kubeplay::embed::params::{Params, ThemeParam};
use kubeplay::embed::{COMMAND_CHARS_MAX, NOTICES_MAX, PRESET_COMMANDS_MAX};
use kubeplay::i18n::Lang;

/// Parses `query` and returns the params with their notices.
fn parse(query: &str) -> Params {
    Params::parse(query)
}

#[test]
fn good_parameters_all_apply_without_a_notice() {
    let p = parse(
        "?lesson=scale&step=2&lang=ja&theme=dark&embed=1&id=docs-1&origin=https%3A%2F%2Fdocs.example.com&commands=kubectl+get+pods%0Aecho+hi",
    );
    assert_eq!(p.notices, Vec::<String>::new());
    assert_eq!(p.lesson.as_deref(), Some("scale"));
    assert_eq!(p.step, Some(1));
    assert_eq!(p.lang, Some(Lang::Ja));
    assert_eq!(p.theme, Some(ThemeParam::Dark));
    assert!(p.embed);
    assert_eq!(p.id.as_deref(), Some("docs-1"));
    assert_eq!(p.origin.as_deref(), Some("https://docs.example.com"));
    assert_eq!(p.commands, vec!["kubectl get pods", "echo hi"]);
}

#[test]
fn an_empty_address_asks_for_nothing() {
    for q in ["", "?", "?&&", "?utm_source=x&s=abc"] {
        assert_eq!(parse(q), Params::default(), "{q}");
    }
}

#[test]
fn each_bad_value_is_ignored_with_one_notice_naming_it() {
    // (query, the notice expected) — the other parameters still apply.
    let cases = [
        ("theme=blue", "kubeplay: ignored theme=\"blue\": expected light or dark"),
        ("theme=light&lang=fr", "kubeplay: ignored a second lang= in the address (the first one applies)"),
        ("embed=yes", "kubeplay: ignored embed=\"yes\": expected 1 or 0"),
        ("lesson=Scale!", "kubeplay: ignored lesson=\"Scale!\": a lesson id is 1 to 64 of a-z, 0-9, - and _"),
        ("lesson=scale&step=0", "kubeplay: ignored step=\"0\": expected a step number from 1 to 99"),
        ("lesson=scale&step=-1", "kubeplay: ignored step=\"-1\": expected a step number from 1 to 99"),
        ("lesson=scale&step=99999999999999999999", "kubeplay: ignored step=\"99999999999999999999\": expected a step number from 1 to 99"),
        ("step=2", "kubeplay: ignored step=\"2\": it needs a lesson= parameter"),
        ("id=a%20b", "kubeplay: ignored id=\"a b\": an id is 1 to 64 of A-Z, a-z, 0-9, - and _"),
        ("origin=javascript%3Aalert(1)", "kubeplay: ignored origin=\"javascript:alert(1)\": expected an origin such as https://docs.example.com"),
        ("origin=https%3A%2F%2Fa.com%2Fpath", "kubeplay: ignored origin=\"https://a.com/path\": expected an origin such as https://docs.example.com"),
        ("theme=%ZZ", "kubeplay: ignored theme=: not valid percent-encoded UTF-8"),
        ("theme=%FF", "kubeplay: ignored theme=: not valid percent-encoded UTF-8"),
        ("theme=dark&theme=light", "kubeplay: ignored a second theme= in the address (the first one applies)"),
        ("commands=ls%07", "kubeplay: ignored commands=\"ls\\u{7}\": a command holds a control character"),
        (
            "theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
            "kubeplay: ignored theme=\"<img src=x onerror=alert(1)>\": expected light or dark",
        ),
    ];
    for (query, notice) in cases {
        let p = parse(&format!("?lang=ko&{query}"));
        assert_eq!(p.notices, vec![notice.to_string()], "{query}");
        assert_eq!(
            p.lang,
            Some(Lang::Ko),
            "{query}: the good parameter still applies"
        );
    }
}

#[test]
fn an_unknown_language_is_named() {
    let p = parse("lang=fr");
    assert_eq!(p.lang, None);
    assert_eq!(
        p.notices,
        vec!["kubeplay: ignored lang=\"fr\": expected one of en, zh-TW, ja, ko, es"]
    );
}

#[test]
fn a_repeated_parameter_keeps_its_first_value() {
    let p = parse("theme=dark&theme=light");
    assert_eq!(p.theme, Some(ThemeParam::Dark));
}

#[test]
fn preset_commands_are_split_on_newlines_only_and_bounded() {
    let p = parse("commands=for+i+in+1+2%3B+do+echo+%24i%3B+done%0D%0A%0A++%0Akubectl+get+pods");
    assert_eq!(
        p.commands,
        vec!["for i in 1 2; do echo $i; done", "kubectl get pods"]
    );

    let many = vec!["echo x"; PRESET_COMMANDS_MAX + 1].join("%0A");
    let p = parse(&format!("commands={many}"));
    assert!(p.commands.is_empty());
    assert_eq!(p.notices.len(), 1);
    assert!(
        p.notices[0].ends_with("21 commands, more than the 20 allowed"),
        "{:?}",
        p.notices
    );

    let long = "x".repeat(COMMAND_CHARS_MAX + 1);
    let p = parse(&format!("commands={long}"));
    assert!(p.commands.is_empty());
    assert!(p.notices[0].ends_with("a command of 1001 characters, more than the 1000 allowed"));
    assert!(
        p.notices[0].contains('…'),
        "a long value is cut in the notice"
    );
}

#[test]
fn notices_are_bounded() {
    let query: Vec<String> = [
        "theme", "lang", "embed", "lesson", "id", "origin", "commands",
    ]
    .iter()
    .map(|k| format!("{k}=%00"))
    .chain((0..20).map(|_| "theme=x".to_string()))
    .collect();
    let p = parse(&query.join("&"));
    assert_eq!(p.notices.len(), NOTICES_MAX);
    assert_eq!(
        p.notices.last().map(String::as_str),
        Some("kubeplay: ignored more of the address's parameters")
    );
}

#[test]
fn a_huge_address_is_ignored_whole() {
    let p = parse(&format!("theme=dark&x={}", "a".repeat(40_000)));
    assert_eq!(p.theme, None);
    assert_eq!(p.notices.len(), 1);
}

#[test]
fn origins_are_normalised_and_checked() {
    use kubeplay::embed::params::origin;
    let good = [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("HTTPS://Docs.Example.COM", "https://docs.example.com"),
        ("http://[::1]:3000", "http://[::1]:3000"),
    ];
    for (value, want) in good {
        assert_eq!(origin(value).as_deref(), Ok(want), "{value}");
    }
    for bad in [
        "",
        "null",
        "*",
        "https://",
        "ftp://a.com",
        "https://a.com:",
        "https://a.com:123456",
        "https://a.com?x",
        "https://a b.com",
        "data:text/html,x",
    ] {
        assert!(origin(bad).is_err(), "{bad}");
    }
}

#[test]
fn events_are_json_objects_tagged_kubeplay() {
    let cases = [
        (
            Event::Ready { lesson: None },
            None,
            r#"{"source":"kubeplay","type":"ready"}"#,
        ),
        (
            Event::Ready {
                lesson: Some(("scale".into(), 1)),
            },
            Some("d1"),
            r#"{"id":"d1","lesson":"scale","source":"kubeplay","step":2,"type":"ready"}"#,
        ),
        (
            Event::Command {
                command: "false".into(),
                exit_code: 1,
            },
            None,
            r#"{"command":"false","exitCode":1,"source":"kubeplay","type":"command"}"#,
        ),
        (
            Event::StepComplete {
                lesson: "scale".into(),
                step: 0,
            },
            None,
            r#"{"lesson":"scale","source":"kubeplay","step":1,"type":"step-complete"}"#,
        ),
        (
            Event::LessonComplete {
                lesson: "scale".into(),
            },
            None,
            r#"{"lesson":"scale","source":"kubeplay","type":"lesson-complete"}"#,
        ),
    ];
    for (event, id, want) in cases {
        assert_eq!(event.to_json(id).to_string(), want);
    }
}

#[test]
fn only_well_formed_run_and_reset_requests_are_accepted() {
    let good = [
        (
            r#"{"type":"run","command":"kubectl get pods"}"#,
            Request::Run("kubectl get pods".into()),
        ),
        (r#"{"type":"reset","extra":1}"#, Request::Reset),
    ];
    for (data, want) in good {
        assert_eq!(Request::parse(data), Some(want), "{data}");
    }
    let long = format!(
        r#"{{"type":"run","command":"{}"}}"#,
        "x".repeat(COMMAND_CHARS_MAX + 1)
    );
    let bad = [
        "",
        "null",
        "\"run\"",
        "[]",
        "{}",
        r#"{"type":"run"}"#,
        r#"{"type":"run","command":7}"#,
        r#"{"type":"run","command":"   "}"#,
        r#"{"type":"run","command":"a\nb"}"#,
        r#"{"type":"RUN","command":"ls"}"#,
        r#"{"type":"eval","code":"alert(1)"}"#,
        long.as_str(),
    ];
    for data in bad {
        assert_eq!(Request::parse(data), None, "{data}");
    }
}

#[test]
fn the_referrers_origin_is_its_scheme_host_and_port() {
    use kubeplay::embed::params::origin_of_url;
    let cases = [
        (
            "https://docs.example.com/guide/x?y=1#z",
            Some("https://docs.example.com"),
        ),
        (
            "http://127.0.0.1:41234/demo.html",
            Some("http://127.0.0.1:41234"),
        ),
        ("https://user:pw@a.com:8443?q", Some("https://a.com:8443")),
        ("", None),
        ("about:blank", None),
        ("file:///etc/passwd", None),
    ];
    for (url, want) in cases {
        assert_eq!(origin_of_url(url).as_deref(), want, "{url}");
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod arbitrary {
    use super::*;
    use proptest::prelude::*;

    /// Query-like text: keys this module owns, escapes (good and broken),
    /// separators and arbitrary characters.
    fn query() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("lesson=".to_string()),
            Just("step=".to_string()),
            Just("commands=".to_string()),
            Just("origin=".to_string()),
            Just("&".to_string()),
            Just("%".to_string()),
            Just("%0A".to_string()),
            Just("%FF".to_string()),
            "[a-z0-9:/.;+-]{0,6}",
            any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn any_address_parses_within_its_bounds(q in query()) {
            let p = Params::parse(&q);
            prop_assert!(p.notices.len() <= NOTICES_MAX);
            prop_assert!(p.commands.len() <= PRESET_COMMANDS_MAX);
            prop_assert!(p.commands.iter().all(|c| c.chars().count() <= COMMAND_CHARS_MAX && !c.contains('\n')));
            prop_assert!(p.step.is_none() || p.lesson.is_some());
            prop_assert!(p.notices.iter().all(|n| n.starts_with("kubeplay: ignored") && !n.contains('\n')));
        }

        #[test]
        fn any_message_parses_to_at_most_a_bounded_request(data in "\\PC{0,80}") {
            match Request::parse(&data) {
                Some(Request::Run(c)) => prop_assert!(c.chars().count() <= COMMAND_CHARS_MAX),
                Some(Request::Reset) | None => {}
            }
        }
    }
}
