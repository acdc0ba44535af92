//! The user interface's own words in the playground's five languages
//! (English, Traditional Chinese, Japanese, Korean, Spanish — the languages
//! of the tutorials kubeplay grew from). kubectl's output is not here: it
//! stays English, as on a real cluster.
//!
//! Every language is one `Text` value with a field per string, so a string
//! missing in one language is a compile error rather than a blank button.
//! Strings that need values are templates its methods fill (`text`,
//! `template`). English is compiled into every build; the native build
//! (and `cargo test`) compiles in all five, while the browser build leaves
//! the other four out and fetches the one the learner picks as a file
//! generated from these tables (`served`, `static/text/ui.<tag>.json`).
//! This module must stay free of browser crates; the UI reads it.

mod en;
#[cfg(not(target_arch = "wasm32"))]
mod es;
pub mod goal;
#[cfg(not(target_arch = "wasm32"))]
mod ja;
#[cfg(not(target_arch = "wasm32"))]
mod ko;
pub mod served;
mod template;
mod text;
#[cfg(not(target_arch = "wasm32"))]
mod zh_tw;

pub use en::EN;
#[cfg(not(target_arch = "wasm32"))]
pub use es::ES;
#[cfg(not(target_arch = "wasm32"))]
pub use ja::JA;
#[cfg(not(target_arch = "wasm32"))]
pub use ko::KO;
pub use text::Text;
#[cfg(not(target_arch = "wasm32"))]
pub use zh_tw::ZH_TW;

/// A language the playground speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    ZhTw,
    Ja,
    Ko,
    Es,
}

impl Lang {
    /// Every language, in the order the picker lists them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::ZhTw, Lang::Ja, Lang::Ko, Lang::Es];

    /// The BCP 47 tag used in URLs (`?lang=`), folders (`lessons/<tag>/`) and `lang=""`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhTw => "zh-TW",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, for the picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhTw => "繁體中文",
            Lang::Ja => "日本語",
            Lang::Ko => "한국어",
            Lang::Es => "Español",
        }
    }

    /// The language a tag asks for (`ja`, `ja-JP`, `zh-TW`, `zh-Hant-HK`,
    /// `es-419`, `EN-us` …), or `None` when kubeplay does not speak it.
    /// Simplified Chinese (`zh-CN`, `zh-Hans`) is not Traditional Chinese,
    /// so it is not matched.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = lower.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            "ko" => Some(Lang::Ko),
            "es" => Some(Lang::Es),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                let traditional = rest
                    .iter()
                    .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                traditional.then_some(Lang::ZhTw)
            }
            _ => None,
        }
    }

    /// The first language of a browser's preference list that kubeplay
    /// speaks, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// This language's words for the interface; English while they are
    /// not at hand (in the browser build, until [`served::install`] has
    /// them).
    pub fn text(self) -> &'static Text {
        self.words().unwrap_or(&EN)
    }

    /// Whether this language's words are at hand: always in the native
    /// build; in the browser build English, and the others once fetched.
    pub fn loaded(self) -> bool {
        self.words().is_some()
    }

    fn words(self) -> Option<&'static Text> {
        compiled(self).or_else(|| served::installed(self))
    }
}

/// The tables compiled in: all five natively (every lesson is verified in
/// every language), only English in the browser build, which fetches the
/// others when first needed (`served`).
fn compiled(lang: Lang) -> Option<&'static Text> {
    match lang {
        Lang::En => Some(&EN),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::ZhTw => Some(&ZH_TW),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Ja => Some(&JA),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Ko => Some(&KO),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Es => Some(&ES),
        #[cfg(target_arch = "wasm32")]
        _ => None,
    }
}

/// A goal's comparison as the learner reads it, the same in every
/// language: `4`, `≥ 2`, `≠ 0`.
pub fn goal_number(c: goal::Cmp) -> String {
    use goal::Op;
    let op = match c.op {
        Op::Eq => return c.n.to_string(),
        Op::Ne => "≠",
        Op::Ge => "≥",
        Op::Le => "≤",
        Op::Gt => ">",
        Op::Lt => "<",
    };
    format!("{op} {}", c.n)
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn tags_round_trip_and_browser_variants_match() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("zh-Hant-HK"), Some(Lang::ZhTw));
        assert_eq!(Lang::from_tag("es-419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("zh-CN"), None);
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn every_language_keeps_the_values_in_what_differs() {
        use super::goal::{Cmp, Differs, Op, Quantity};
        let n = |v: &str| v.to_string();
        let cases = [
            (
                Differs::Missing {
                    kind: "Deployment",
                    name: n("web"),
                },
                vec!["web"],
            ),
            (
                Differs::StillThere {
                    kind: "Service",
                    name: n("web"),
                },
                vec!["web"],
            ),
            (
                Differs::Number {
                    what: Quantity::Available,
                    actual: 3,
                    want: Cmp { op: Op::Ge, n: 4 },
                },
                vec!["3", "≥ 4"],
            ),
            (
                Differs::Word {
                    what: Quantity::ServiceType,
                    actual: n("ClusterIP"),
                    want: n("NodePort"),
                },
                vec!["ClusterIP", "NodePort"],
            ),
            (
                Differs::StaleImages {
                    stale: 2,
                    total: 4,
                    image: n("app:v1"),
                },
                vec!["2", "4", "app:v1"],
            ),
            (
                Differs::NoPods {
                    selector: n("app=web"),
                },
                vec!["app=web"],
            ),
            (
                Differs::VarUnset {
                    name: n("NODE_PORT"),
                },
                vec!["$NODE_PORT"],
            ),
            (
                Differs::VarNotPod {
                    name: n("P"),
                    value: n("x"),
                    selector: n("app=web"),
                },
                vec!["$P", "x", "app=web"],
            ),
            (
                Differs::VarDiffers {
                    name: n("P"),
                    value: n("1"),
                    want: n("31000"),
                },
                vec!["$P", "1", "31000"],
            ),
            (Differs::FileMissing { path: n("a.yaml") }, vec!["a.yaml"]),
            (
                Differs::FileLacks {
                    path: n("a.yaml"),
                    text: n("replicas: 3"),
                },
                vec!["a.yaml", "replicas: 3"],
            ),
            (
                Differs::LabelDiffers {
                    pod: n("p"),
                    key: n("k"),
                    actual: Some(n("v")),
                    want: n("w"),
                },
                vec!["p", "k=v"],
            ),
            (
                Differs::LabelDiffers {
                    pod: n("p"),
                    key: n("k"),
                    actual: None,
                    want: n("w"),
                },
                vec!["p", "k"],
            ),
            (Differs::NotRolledBack { name: n("web") }, vec!["web"]),
        ];
        for lang in Lang::ALL {
            for (d, values) in &cases {
                let said = lang.text().differs(d);
                assert!(
                    !said.contains('{'),
                    "{}: a hole left in {said:?}",
                    lang.tag()
                );
                for v in values {
                    assert!(said.contains(v), "{}: {said:?} lacks {v:?}", lang.tag());
                }
            }
        }
    }

    #[test]
    fn every_language_keeps_the_values_of_its_sentences() {
        for lang in Lang::ALL {
            let t = lang.text();
            let said = [
                (t.fast_forward_stopped("2m30s"), vec!["2m30s"]),
                (t.revision(7), vec!["7"]),
                (t.replicas_ready(3, 4), vec!["3/4"]),
                (t.endpoint_count(5), vec!["5"]),
                (t.pods_hidden(12), vec!["12"]),
                (t.pod_label("web-1", "Pending"), vec!["web-1", "Pending"]),
                (
                    t.say_pod_ready("web-1", "minikube"),
                    vec!["web-1", "minikube"],
                ),
                (t.say_pod_terminating("web-1"), vec!["web-1"]),
                (
                    t.say_pod_failing("web-1", "ImagePullBackOff"),
                    vec!["web-1", "ImagePullBackOff"],
                ),
                (
                    t.say_pod_status("web-1", "Completed"),
                    vec!["web-1", "Completed"],
                ),
                (t.say_pod_deleted("web-1"), vec!["web-1"]),
                (
                    t.say_node_status("minikube", "NotReady"),
                    vec!["minikube", "NotReady"],
                ),
                (t.say_rolled_back("web", 3), vec!["web", "3"]),
                (t.say_more_changes(9), vec!["9"]),
                (t.minutes(15), vec!["15"]),
                (t.steps_done(2, 6), vec!["2", "6"]),
                (t.step_of(2, 6), vec!["2", "6"]),
                (t.hint_title(1, 3), vec!["1", "3"]),
                (t.load_failed("lesson.md"), vec!["lesson.md"]),
                (t.cmd_unknown_lesson("42"), vec!["42"]),
                (t.cmd_opening("Scaling"), vec!["Scaling"]),
                (t.share_failed("too long"), vec!["too long"]),
                (t.import_failed("not JSON"), vec!["not JSON"]),
                (t.link_bad("bad code"), vec!["bad code"]),
                (t.store_bad("bad JSON"), vec!["bad JSON"]),
                (t.not_saved("full"), vec!["full"]),
                (t.restored(1), vec!["1"]),
                (t.restored(3), vec!["3"]),
                (t.continued(1), vec!["1"]),
                (t.continued(12), vec!["12"]),
            ];
            for (sentence, values) in &said {
                assert!(
                    !sentence.contains('{'),
                    "{}: a hole left in {sentence:?}",
                    lang.tag()
                );
                for v in values {
                    assert!(
                        sentence.contains(v),
                        "{}: {sentence:?} lacks {v:?}",
                        lang.tag()
                    );
                }
            }
        }
    }

    #[test]
    fn every_language_but_english_is_translated() {
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let (t, en) = (lang.text(), Lang::En.text());
            let pairs = [
                (t.tagline, en.tagline),
                (t.lessons, en.lessons),
                (t.show_solution, en.show_solution),
                (t.reset_lesson, en.reset_lesson),
                (t.cmd_no_lesson, en.cmd_no_lesson),
                (t.cmd_skip_tip, en.cmd_skip_tip),
                (t.progress_reset, en.progress_reset),
                (t.share_title, en.share_title),
                (t.terminal_help, en.terminal_help),
                (t.cluster_view_help, en.cluster_view_help),
                (t.details_hint, en.details_hint),
                (t.editor_help_vim, en.editor_help_vim),
                (t.col_available, en.col_available),
                (t.col_message, en.col_message),
            ];
            for (a, b) in pairs {
                assert_ne!(a, b, "{} still says {b:?}", lang.tag());
            }
            assert_ne!(t.step_of(2, 3), en.step_of(2, 3));
            assert_ne!(t.restored(3), en.restored(3));
            assert_ne!(t.link_bad("x"), en.link_bad("x"));
            assert_ne!(t.continued(3), en.continued(3));
            assert_ne!(t.not_saved("x"), en.not_saved("x"));
            for (a, b) in [
                (t.keep_session, en.keep_session),
                (t.start_fresh, en.start_fresh),
                (t.store_full, en.store_full),
                (t.store_unavailable, en.store_unavailable),
                (t.store_refused, en.store_refused),
                (t.session_too_long, en.session_too_long),
                (t.share_compacted, en.share_compacted),
            ] {
                assert_ne!(a, b, "{} still says {b:?}", lang.tag());
            }
            assert_ne!(t.say_pod_deleted("p"), en.say_pod_deleted("p"));
            assert_ne!(t.fast_forward_stopped("1m"), en.fast_forward_stopped("1m"));
        }
    }

    #[test]
    fn negotiation_takes_the_first_spoken_language() {
        assert_eq!(Lang::negotiate(["fr-FR", "ko-KR", "ja"]), Lang::Ko);
        assert_eq!(Lang::negotiate(["de", "zh-CN"]), Lang::En);
    }
}
