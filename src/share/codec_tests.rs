//! Round trips, the exact wire form, and strict refusals of the codec.

use super::*;
use proptest::prelude::*;

fn snap(entries: Vec<Entry>) -> Snapshot {
    Snapshot {
        seed: 1,
        base: None,
        lesson: Some(LessonAt {
            id: "scale".into(),
            step: 2,
        }),
        entries,
        end_gap_ms: 1500,
    }
}

fn run(gap_ms: u64, line: &str) -> Entry {
    Entry {
        gap_ms,
        event: Event::Run(line.into()),
    }
}

#[test]
fn every_event_kind_round_trips() {
    let s = snap(vec![
        run(0, "kubectl get pods -o wide"),
        run(3000, "cat <<EOF\na\tb \\ c\nEOF"),
        Entry {
            gap_ms: 10,
            event: Event::Input("ls /".into()),
        },
        Entry {
            gap_ms: 0,
            event: Event::Eof,
        },
        Entry {
            gap_ms: 5,
            event: Event::Save("kind: Pod\n".into()),
        },
        Entry {
            gap_ms: 5,
            event: Event::Cancel,
        },
        Entry {
            gap_ms: 1,
            event: Event::Interrupt,
        },
        Entry {
            gap_ms: 2,
            event: Event::Next,
        },
        Entry {
            gap_ms: 2,
            event: Event::Close,
        },
        run(7, "echo 日本語 '<b>x</b>'"),
    ]);
    let link = encode_link(&s).unwrap();
    assert!(link.starts_with("1."));
    assert!(link
        .bytes()
        .skip(2)
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(decode_link(&link), Ok(s));
}

#[test]
fn frequent_words_fold_to_single_bytes() {
    let text = to_text(&snap(vec![run(3000, "kubectl get pods -o wide")])).unwrap();
    assert_eq!(text, "1;1500;2;scale\n3000$kubectl get pods -o wide");
    assert_eq!(fold(&text).len(), "1;1500;2;scale\n3000$".len() + 3);
}

#[test]
fn base64url_matches_the_rfc_examples() {
    for (plain, coded) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
    ] {
        assert_eq!(base64url(plain.as_bytes()), coded);
        assert_eq!(unbase64url(coded).unwrap(), plain.as_bytes());
    }
    assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    assert_eq!(unbase64url("Zh"), None, "stray bits after the last byte");
    assert_eq!(unbase64url("Z"), None);
    assert_eq!(unbase64url("Zm9v="), None);
}

#[test]
fn bad_links_are_refused_with_a_reason() {
    let good = encode_link(&snap(vec![run(1, "true")])).unwrap();
    let body = good.trim_start_matches("1.");
    let cases: Vec<(String, ShareError)> = vec![
        (String::new(), ShareError::Corrupt("no version")),
        ("garbage".into(), ShareError::Corrupt("no version")),
        (format!("2.{body}"), ShareError::UnknownVersion),
        (format!("<b>.{body}"), ShareError::Corrupt("no version")),
        ("1.@@@@".into(), ShareError::Corrupt("not base64url")),
        (
            "1.".to_string() + &"A".repeat(SHARE_CHARS_MAX),
            ShareError::TooLarge,
        ),
        (
            format!("1.{}", base64url(b"x;0;0;")),
            ShareError::Corrupt("seed"),
        ),
        (
            format!("1.{}", base64url(b"1;0;0;<script>")),
            ShareError::Corrupt("lesson"),
        ),
        (
            format!("1.{}", base64url(b"1;0;0;Scale")),
            ShareError::Corrupt("lesson"),
        ),
        (
            format!("1.{}", base64url(b"1;0;5000;scale")),
            ShareError::Corrupt("lesson"),
        ),
        (
            format!("1.{}", base64url(b"1;0;0;\n5?")),
            ShareError::Corrupt("event"),
        ),
        (
            format!("1.{}", base64url(b"1;0;0;\n5^x")),
            ShareError::Corrupt("event"),
        ),
        (
            format!("1.{}", base64url(b"1;0;0;\n$a\\q")),
            ShareError::Corrupt("escape"),
        ),
        (
            format!("1.{}", base64url(b"1;0;0;\n$a\x00")),
            ShareError::Corrupt("control characters"),
        ),
        // 0x1B is a folded word (`echo `), never ESC; raw tab and DEL are refused.
        (
            format!("1.{}", base64url(b"1;0;0;\n$a\tb")),
            ShareError::Corrupt("control characters"),
        ),
        (
            format!("1.{}", base64url(b"1;0;0;\n$a\x7f")),
            ShareError::Corrupt("control characters"),
        ),
        (
            format!("1.{}", base64url("1;0;0;\n$a\u{9b}".as_bytes())),
            ShareError::Corrupt("text"),
        ),
        (
            format!("1.{}", base64url(b"1;0;0;\n999999999999$true")),
            ShareError::Corrupt("time"),
        ),
        (
            format!("1.{}", base64url(b"1;0;0;\n\xff$")),
            ShareError::Corrupt("not UTF-8"),
        ),
    ];
    for (link, want) in cases {
        assert_eq!(decode_link(&link), Err(want), "{link:.60}");
    }
}

#[test]
fn absurd_counts_and_total_time_are_refused() {
    let many = format!("1;0;0;{}", "\n^".repeat(LOG_ENTRIES_MAX + 1));
    let payload = format!("1.{}", base64url(&fold(&many)));
    assert_eq!(decode_link(&payload), Err(ShareError::TooLarge));
    // Refused for its count, not only for its length.
    assert_eq!(
        decode_payload(&payload, usize::MAX),
        Err(ShareError::TooLarge)
    );
    let long = format!("1;0;0;{}", "\n86400000^".repeat(8));
    assert_eq!(
        decode_link(&format!("1.{}", base64url(long.as_bytes()))),
        Err(ShareError::Corrupt("time"))
    );
}

#[test]
fn what_the_decoder_refuses_is_never_encoded() {
    let mut s = snap(vec![run(GAP_MS_MAX + 5, "true")]);
    s.end_gap_ms = GAP_MS_MAX * 3;
    let back = decode_link(&encode_link(&s).unwrap()).unwrap();
    assert_eq!(
        back.entries[0].gap_ms, GAP_MS_MAX,
        "a days-long idle gap is shortened"
    );
    assert_eq!(back.end_gap_ms, GAP_MS_MAX);
    let week = snap((0..8).map(|_| run(GAP_MS_MAX, "true")).collect());
    assert_eq!(
        encode_link(&week),
        Err(ShareError::Unshareable("too much simulated time"))
    );
}

#[test]
fn control_characters_cannot_be_shared() {
    let s = snap(vec![run(0, "echo \u{1b}[31m")]);
    assert_eq!(
        encode_link(&s),
        Err(ShareError::Unshareable("control characters"))
    );
}

#[test]
fn the_fragment_is_found_among_other_parameters() {
    assert_eq!(link_fragment("#s=1.abc"), Some("1.abc"));
    assert_eq!(link_fragment("#lesson=x&s=1.abc"), Some("1.abc"));
    assert_eq!(link_fragment("#lesson=x"), None);
    assert_eq!(link_fragment(""), None);
}

fn event_strategy() -> impl Strategy<Value = Event> {
    let text = "[ -~\n\té日<>\"'&]{0,40}";
    prop_oneof![
        text.prop_map(Event::Run),
        text.prop_map(Event::Input),
        text.prop_map(Event::Save),
        Just(Event::Eof),
        Just(Event::Cancel),
        Just(Event::Interrupt),
        Just(Event::Next),
        Just(Event::Close),
    ]
}

proptest! {
    #[test]
    fn decoding_any_string_never_panics(s in "\\PC{0,300}") {
        let _ = decode_link(&s);
        let _ = decode_link(&format!("1.{s}"));
    }

    #[test]
    fn decoding_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = decode_link(&format!("1.{}", base64url(&bytes)));
        let mut framed = b"1;0;0;\n".to_vec();
        framed.extend_from_slice(&bytes);
        let _ = decode_link(&format!("1.{}", base64url(&framed)));
    }

    #[test]
    fn every_snapshot_round_trips(
        seed in any::<u64>(),
        end_gap_ms in 0u64..GAP_MS_MAX,
        step in 0usize..STEP_MAX,
        id in proptest::option::of("[a-z0-9-]{1,20}"),
        entries in proptest::collection::vec((0u64..100_000, event_strategy()), 0..30),
    ) {
        let s = Snapshot {
            seed,
            base: None,
            lesson: id.map(|id| LessonAt { id, step }),
            entries: entries
                .into_iter()
                .map(|(gap_ms, event)| Entry { gap_ms, event })
                .collect(),
            end_gap_ms,
        };
        let link = encode_link(&s).unwrap();
        prop_assert_eq!(decode_link(&link), Ok(s));
    }

    #[test]
    fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
        prop_assert_eq!(unbase64url(&base64url(&bytes)), Some(bytes));
    }
}

#[test]
fn a_session_too_long_for_a_link_is_refused_saying_why_and_what_to_do() {
    let entries = (0..3_000)
        .map(|i| run(1, &format!("export V={i}")))
        .collect();
    let err = encode_link(&snap(entries)).unwrap_err();
    let ShareError::TooLong { chars, limit } = err else {
        panic!("{err:?}");
    };
    assert!(chars > limit && limit == SHARE_CHARS_MAX, "{chars} {limit}");
    let said = err.to_string();
    assert!(said.starts_with("too long for a link ("), "{said}");
    assert!(said.contains("Export keeps it as a file"), "{said}");
}
