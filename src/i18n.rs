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

pub use en::EN;

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
        // Until the other languages are written, they fall back to English.
        &EN
    }
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
    fn negotiation_takes_the_first_spoken_language() {
        assert_eq!(Lang::negotiate(["fr-FR", "ko-KR", "ja"]), Lang::Ko);
        assert_eq!(Lang::negotiate(["de", "zh-CN"]), Lang::En);
    }
}
