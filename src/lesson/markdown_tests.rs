//! The Markdown subset: the constructs lessons use, and text that must
//! stay text (raw HTML, snake_case, unsafe links, unclosed markers).

use super::*;

fn text(t: &str) -> Inline {
    Inline::Text(t.into())
}

#[test]
fn paragraphs_lists_headings_and_fences_are_recognised() {
    let md = "A **Deployment** runs `pods`\nfor you.\n\n- one\n- two\n  continued\n\n### More\n\n```sh\nkubectl get pods\n```\n\n1. first\n2) second\n";
    assert_eq!(
        parse(md),
        vec![
            Block::Para(vec![
                text("A "),
                Inline::Strong(vec![text("Deployment")]),
                text(" runs "),
                Inline::Code("pods".into()),
                text(" for you."),
            ]),
            Block::List {
                ordered: false,
                items: vec![vec![text("one")], vec![text("two continued")]]
            },
            Block::Heading(3, vec![text("More")]),
            Block::Code {
                info: "sh".into(),
                text: "kubectl get pods".into()
            },
            Block::List {
                ordered: true,
                items: vec![vec![text("first")], vec![text("second")]]
            },
        ]
    );
}

#[test]
fn html_underscores_and_unsafe_links_stay_text() {
    assert_eq!(inlines("<b>bold</b>"), vec![text("<b>bold</b>")]);
    assert_eq!(
        inlines("$NODE_PORT and _x_"),
        vec![text("$NODE_PORT and _x_")]
    );
    assert_eq!(
        inlines("[x](javascript:alert(1))"),
        vec![text("[x](javascript:alert(1))")]
    );
    assert_eq!(
        inlines("[docs](https://kubernetes.io/docs/)"),
        vec![Inline::Link {
            href: "https://kubernetes.io/docs/".into(),
            text: vec![text("docs")]
        }]
    );
}

#[test]
fn unclosed_markers_and_escapes_are_literal() {
    assert_eq!(
        inlines("2 * 3 = 6 and **open"),
        vec![text("2 * 3 = 6 and **open")]
    );
    assert_eq!(inlines(r"\*not em\*"), vec![text("*not em*")]);
    assert_eq!(inlines("``a ` b``"), vec![Inline::Code("a ` b".into())]);
    assert_eq!(
        inlines("*em `x*` y*"),
        vec![Inline::Emph(vec![
            text("em "),
            Inline::Code("x*".into()),
            text(" y")
        ])]
    );
}

#[test]
fn deep_nesting_is_bounded_and_never_overflows() {
    let deep = "[".repeat(5_000) + &"*a*".repeat(10) + &"](https://x)".repeat(5_000);
    let _ = inlines(&deep);
    // Thousands of unclosed markers: each looks ahead a bounded distance.
    let open = "*a ".repeat(5_000) + &"`".repeat(3) + &"[".repeat(5_000);
    assert_eq!(plain_inline(&inlines(&open)).len(), open.len());
}

#[test]
fn plain_text_keeps_code_marks_and_indents_blocks() {
    let blocks = parse("Use `kubectl`:\n\n```sh\nkubectl get pods\n```\n\n- a\n- b");
    assert_eq!(
        plain(&blocks),
        "Use `kubectl`:\n\n    kubectl get pods\n\n- a\n- b\n"
    );
}
