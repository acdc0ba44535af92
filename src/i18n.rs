//! The user interface's own words in the playground's five languages
//! (English, Traditional Chinese, Japanese, Korean, Spanish — the languages
//! of the tutorials kubeplay grew from). kubectl's output is not here: it
//! stays English, as on a real cluster.
//!
//! Every language is one `Text` value with a field per string, so a string
//! missing in one language is a compile error rather than a blank button.
//! Strings that need values are small functions in the same struct.
//! This module must stay free of browser crates; the UI reads it.

mod en;
mod es;
pub mod goal;
mod ja;
mod ko;
mod zh_tw;

pub use en::EN;
pub use es::ES;
pub use ja::JA;
pub use ko::KO;
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

    /// This language's words for the interface.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::ZhTw => &ZH_TW,
            Lang::Ja => &JA,
            Lang::Ko => &KO,
            Lang::Es => &ES,
        }
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

/// Every string the interface shows, in one language.
#[derive(Debug)]
pub struct Text {
    pub tagline: &'static str,
    pub controls: &'static str,
    pub simulated_time: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub speed: &'static str,
    pub step: &'static str,
    pub step_title: &'static str,
    pub fast_forward: &'static str,
    pub fast_forward_title: &'static str,
    pub paused_suffix: &'static str,
    pub display: &'static str,
    pub reduce_motion: &'static str,
    pub dark_theme: &'static str,
    pub terminal: &'static str,
    pub command_line: &'static str,
    pub terminal_keys: &'static str,
    pub key_tab: &'static str,
    pub key_previous: &'static str,
    pub key_next: &'static str,
    pub key_interrupt: &'static str,
    pub terminal_help: &'static str,
    pub terminal_output: &'static str,
    /// Panels shown beside the terminal.
    pub panels: &'static str,
    /// Lesson panel.
    pub panel_lessons: &'static str,
    /// Cluster view.
    pub panel_view: &'static str,
    /// The one terminal line announcing a finished step.
    pub step_done_line: &'static str,
    /// Dim line under a command waiting while simulated time is paused.
    pub wait_paused: &'static str,
    /// Dim line under a command that waits a long time on simulated time.
    pub wait_long: &'static str,
    /// The status line after a fast-forward stopped at its limit; the
    /// argument is the simulated time it covered (`2m30s`).
    pub fast_forward_stopped: fn(&str) -> String,

    // ----- the cluster view -----
    pub cluster_view: &'static str,
    pub cluster_view_help: &'static str,
    pub cluster_changes: &'static str,
    /// The box requests start from: the learner's terminal.
    pub client: &'static str,
    pub pending_lane: &'static str,
    pub node_empty: &'static str,
    pub sandbox_empty: &'static str,
    pub node_stopped: &'static str,
    /// A ReplicaSet's revision, short: `rev 2`.
    pub revision: fn(i64) -> String,
    /// Ready pods over desired ones: `3/4 ready`.
    pub replicas_ready: fn(i32, i32) -> String,
    /// A bundled arrow's label: how many endpoints it stands for.
    pub endpoint_count: fn(usize) -> String,
    pub pods_hidden: fn(usize) -> String,
    /// A pod's accessible name: its name and status words.
    pub pod_label: fn(&str, &str) -> String,
    pub pod_ready: &'static str,
    pub pod_not_ready: &'static str,
    pub details_hint: &'static str,
    pub detail_name: &'static str,
    pub detail_ip: &'static str,
    pub detail_node: &'static str,
    pub detail_image: &'static str,
    pub detail_status: &'static str,
    pub detail_restarts: &'static str,
    pub detail_hits: &'static str,
    pub link_title: &'static str,

    // ----- narration (screen readers) -----
    pub say_pod_ready: fn(&str, &str) -> String,
    pub say_pod_terminating: fn(&str) -> String,
    pub say_pod_failing: fn(&str, &str) -> String,
    pub say_pod_status: fn(&str, &str) -> String,
    pub say_pod_deleted: fn(&str) -> String,
    pub say_node_status: fn(&str, &str) -> String,
    pub say_rolled_back: fn(&str, i64) -> String,
    pub say_more_changes: fn(usize) -> String,

    // ----- the editor -----
    pub editor: &'static str,
    pub editor_save: &'static str,
    pub editor_cancel: &'static str,
    pub editor_help_vim: &'static str,
    pub editor_help_nano: &'static str,
    pub editor_modified: &'static str,

    // ----- what the columns of `kubectl get` mean -----
    pub col_name: &'static str,
    pub col_namespace: &'static str,
    pub col_ready_containers: &'static str,
    pub col_ready_replicas: &'static str,
    pub col_ready_pods: &'static str,
    pub col_pod_status: &'static str,
    pub col_node_status: &'static str,
    pub col_status: &'static str,
    pub col_restarts: &'static str,
    pub col_age: &'static str,
    pub col_ip: &'static str,
    pub col_node: &'static str,
    pub col_nominated_node: &'static str,
    pub col_readiness_gates: &'static str,
    pub col_up_to_date: &'static str,
    pub col_available: &'static str,
    pub col_desired: &'static str,
    pub col_current: &'static str,
    pub col_service_type: &'static str,
    pub col_cluster_ip: &'static str,
    pub col_external_ip: &'static str,
    pub col_ports: &'static str,
    pub col_selector: &'static str,
    pub col_containers: &'static str,
    pub col_images: &'static str,
    pub col_roles: &'static str,
    pub col_version: &'static str,
    pub col_internal_ip: &'static str,
    pub col_endpoints: &'static str,
    pub col_data: &'static str,
    pub col_last_seen: &'static str,
    pub col_event_type: &'static str,
    pub col_reason: &'static str,
    pub col_object: &'static str,
    pub col_message: &'static str,

    // The language picker.
    pub language: &'static str,

    // The lesson catalog and panel.
    pub lessons: &'static str,
    pub lessons_intro: &'static str,
    pub minutes: fn(u32) -> String,
    pub steps_done: fn(usize, usize) -> String,
    pub step_of: fn(usize, usize) -> String,
    pub start_lesson: &'static str,
    pub continue_lesson: &'static str,
    pub review_lesson: &'static str,
    pub all_lessons: &'static str,
    pub lesson_progress: &'static str,
    pub goals: &'static str,
    pub goal_met: &'static str,
    pub goal_open: &'static str,
    pub hint: &'static str,
    pub hint_title: fn(usize, usize) -> String,
    pub show_solution: &'static str,
    pub solution: &'static str,
    pub reset_step: &'static str,
    pub reset_lesson: &'static str,
    pub next_step: &'static str,
    pub skip_step: &'static str,
    pub finish_lesson: &'static str,
    pub next_lesson: &'static str,
    pub step_complete: &'static str,
    pub lesson_complete: &'static str,
    pub run: &'static str,
    pub run_title: &'static str,
    pub loading: &'static str,
    pub load_failed: fn(&str) -> String,
    pub progress_reset: &'static str,

    // Sharing, saving and restoring a session.
    pub session_group: &'static str,
    pub share: &'static str,
    pub share_title: &'static str,
    pub share_link: &'static str,
    pub share_copied: &'static str,
    pub share_failed: fn(&str) -> String,
    pub export: &'static str,
    pub export_title: &'static str,
    pub import: &'static str,
    pub import_title: &'static str,
    pub import_failed: fn(&str) -> String,
    pub restored: fn(usize) -> String,
    pub link_bad: fn(&str) -> String,
    pub store_bad: fn(&str) -> String,
    /// A new tab continued the most recent session (its command count).
    pub continued: fn(usize) -> String,
    pub keep_session: &'static str,
    pub start_fresh: &'static str,
    /// "Your work is not being saved: {why}" — the why is one of the four below.
    pub not_saved: fn(&str) -> String,
    pub store_full: &'static str,
    pub store_unavailable: &'static str,
    pub store_refused: &'static str,
    pub session_too_long: &'static str,

    // Answers of the terminal's lesson commands.
    pub cmd_no_lesson: &'static str,
    pub cmd_catalog_loading: &'static str,
    pub cmd_lessons_footer: &'static str,
    pub cmd_unknown_lesson: fn(&str) -> String,
    pub cmd_opening: fn(&str) -> String,
    pub cmd_no_hints: &'static str,
    pub cmd_last_hint: &'static str,
    pub cmd_no_solution: &'static str,
    pub cmd_goals_open: &'static str,
    pub cmd_skip_tip: &'static str,
    pub cmd_skipping: &'static str,
    pub cmd_resetting_step: &'static str,
    pub cmd_resetting_lesson: &'static str,
    pub cmd_next_tip: &'static str,
    pub cmd_last_lesson: &'static str,

    /// What differs from a goal that does not hold yet ("2 of 4 Pods
    /// still run …:v1"). Kubernetes kinds and values stay as kubectl
    /// prints them.
    pub differs: fn(&goal::Differs) -> String,
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
                let said = (lang.text().differs)(d);
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
                ((t.fast_forward_stopped)("2m30s"), vec!["2m30s"]),
                ((t.revision)(7), vec!["7"]),
                ((t.replicas_ready)(3, 4), vec!["3/4"]),
                ((t.endpoint_count)(5), vec!["5"]),
                ((t.pods_hidden)(12), vec!["12"]),
                ((t.pod_label)("web-1", "Pending"), vec!["web-1", "Pending"]),
                (
                    (t.say_pod_ready)("web-1", "minikube"),
                    vec!["web-1", "minikube"],
                ),
                ((t.say_pod_terminating)("web-1"), vec!["web-1"]),
                (
                    (t.say_pod_failing)("web-1", "ImagePullBackOff"),
                    vec!["web-1", "ImagePullBackOff"],
                ),
                (
                    (t.say_pod_status)("web-1", "Completed"),
                    vec!["web-1", "Completed"],
                ),
                ((t.say_pod_deleted)("web-1"), vec!["web-1"]),
                (
                    (t.say_node_status)("minikube", "NotReady"),
                    vec!["minikube", "NotReady"],
                ),
                ((t.say_rolled_back)("web", 3), vec!["web", "3"]),
                ((t.say_more_changes)(9), vec!["9"]),
                ((t.minutes)(15), vec!["15"]),
                ((t.steps_done)(2, 6), vec!["2", "6"]),
                ((t.step_of)(2, 6), vec!["2", "6"]),
                ((t.hint_title)(1, 3), vec!["1", "3"]),
                ((t.load_failed)("lesson.md"), vec!["lesson.md"]),
                ((t.cmd_unknown_lesson)("42"), vec!["42"]),
                ((t.cmd_opening)("Scaling"), vec!["Scaling"]),
            ];
            for (sentence, values) in &said {
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
            assert_ne!((t.step_of)(2, 3), (en.step_of)(2, 3));
            assert_ne!((t.restored)(3), (en.restored)(3));
            assert_ne!((t.link_bad)("x"), (en.link_bad)("x"));
            assert_ne!((t.continued)(3), (en.continued)(3));
            assert_ne!((t.not_saved)("x"), (en.not_saved)("x"));
            for (a, b) in [
                (t.keep_session, en.keep_session),
                (t.start_fresh, en.start_fresh),
                (t.store_full, en.store_full),
                (t.store_unavailable, en.store_unavailable),
                (t.store_refused, en.store_refused),
                (t.session_too_long, en.session_too_long),
            ] {
                assert_ne!(a, b, "{} still says {b:?}", lang.tag());
            }
            assert_ne!((t.say_pod_deleted)("p"), (en.say_pod_deleted)("p"));
            assert_ne!(
                (t.fast_forward_stopped)("1m"),
                (en.fast_forward_stopped)("1m")
            );
        }
    }

    #[test]
    fn negotiation_takes_the_first_spoken_language() {
        assert_eq!(Lang::negotiate(["fr-FR", "ko-KR", "ja"]), Lang::Ko);
        assert_eq!(Lang::negotiate(["de", "zh-CN"]), Lang::En);
    }
}
