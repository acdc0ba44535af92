//! [`Text`]: every string the interface shows, in one language, as data.
//!
//! Plain words are fields; words that take values are templates with
//! named `{holes}` that the methods of the same name fill (`t.revision(2)`
//! fills the field `t.revision`, "rev {n}"; see `template`). Nothing in a
//! `Text` is code, so a language can be served as a file (`served`) and
//! fetched when the learner first needs it, while a string missing from a
//! compiled-in table is still a compile error rather than a blank button.

use super::goal::{Differs, Quantity};
use super::goal_number;
use super::template::fill;

/// Declares [`Text`] with one `&'static str` per name, and the list of
/// names the served files use as keys.
macro_rules! text_fields {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// Every string the interface shows, in one language (see the module
        /// documentation for templates and their methods).
        #[derive(Debug, PartialEq, Eq)]
        pub struct Text {
            $($(#[doc = $doc])* pub $name: &'static str,)*
        }

        impl Text {
            /// Every field's name, as the served files key them.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];

            /// Every field's name and words, in declaration order.
            pub fn fields(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name)),*]
            }

            /// The text whose every field `get` supplies, or `None` at the
            /// first it does not.
            ///
            /// One loop over [`Self::NAMES`] fills an array that is then
            /// taken apart by name: a `get(..)?` per field compiled to a
            /// call and an early return each (~14 KB of wasm for ~200
            /// fields).
            pub(super) fn from_fields(
                mut get: impl FnMut(&'static str) -> Option<&'static str>,
            ) -> Option<Text> {
                let mut words = [""; Self::NAMES.len()];
                for (slot, name) in words.iter_mut().zip(Self::NAMES) {
                    *slot = get(name)?;
                }
                let [$($name,)*] = words;
                Some(Text { $($name,)* })
            }
        }
    };
}

text_fields! {
    tagline,
    controls,
    simulated_time,
    pause,
    resume,
    speed,
    step,
    step_title,
    fast_forward,
    fast_forward_title,
    paused_suffix,
    display,
    reduce_motion,
    dark_theme,
    terminal,
    command_line,
    terminal_keys,
    key_tab,
    key_previous,
    key_next,
    key_interrupt,
    terminal_help,
    terminal_output,
    /// Panels shown beside the terminal.
    panels,
    /// Lesson panel.
    panel_lessons,
    /// Cluster view.
    panel_view,
    /// The one terminal line announcing a finished step.
    step_done_line,
    /// Dim line under a command waiting while simulated time is paused.
    wait_paused,
    /// Dim line under a command that waits a long time on simulated time.
    wait_long,
    /// The status line after a fast-forward stopped at its limit; `{time}`
    /// is the simulated time it covered (`2m30s`).
    fast_forward_stopped,

    // ----- the cluster view -----
    cluster_view,
    cluster_view_help,
    cluster_changes,
    /// The box requests start from: the learner's terminal.
    client,
    pending_lane,
    node_empty,
    sandbox_empty,
    node_stopped,
    /// A ReplicaSet's revision, short: `rev {n}`.
    revision,
    /// Ready pods over desired ones: `{ready}/{desired} ready`.
    replicas_ready,
    /// A bundled arrow's label: how many endpoints (`{n}`) it stands for.
    endpoint_count,
    pods_hidden,
    /// A pod's accessible name: its `{name}` and `{status}` words.
    pod_label,
    pod_ready,
    pod_not_ready,
    details_hint,
    detail_name,
    detail_ip,
    detail_node,
    detail_image,
    detail_status,
    detail_restarts,
    detail_hits,
    link_title,

    // ----- narration (screen readers) -----
    say_pod_ready,
    say_pod_terminating,
    say_pod_failing,
    say_pod_status,
    say_pod_deleted,
    say_node_status,
    say_rolled_back,
    say_more_changes,

    // ----- the editor -----
    editor,
    editor_save,
    editor_cancel,
    editor_help_vim,
    editor_help_nano,
    editor_modified,

    // ----- what the columns of `kubectl get` mean -----
    col_name,
    col_namespace,
    col_ready_containers,
    col_ready_replicas,
    col_ready_pods,
    col_pod_status,
    col_node_status,
    col_status,
    col_restarts,
    col_age,
    col_ip,
    col_node,
    col_nominated_node,
    col_readiness_gates,
    col_up_to_date,
    col_available,
    col_desired,
    col_current,
    col_service_type,
    col_cluster_ip,
    col_external_ip,
    col_ports,
    col_selector,
    col_containers,
    col_images,
    col_roles,
    col_version,
    col_internal_ip,
    col_endpoints,
    col_data,
    col_last_seen,
    col_event_type,
    col_reason,
    col_object,
    col_message,

    // The language picker.
    language,

    // The lesson catalog and panel.
    lessons,
    lessons_intro,
    minutes,
    steps_done,
    step_of,
    start_lesson,
    continue_lesson,
    review_lesson,
    all_lessons,
    lesson_progress,
    goals,
    goal_met,
    goal_open,
    hint,
    hint_title,
    show_solution,
    solution,
    reset_step,
    reset_lesson,
    next_step,
    skip_step,
    finish_lesson,
    next_lesson,
    step_complete,
    lesson_complete,
    run,
    run_title,
    loading,
    load_failed,
    progress_reset,

    // Sharing, saving and restoring a session.
    session_group,
    share,
    share_title,
    share_link,
    share_copied,
    share_failed,
    share_compacted,
    export,
    export_title,
    import,
    import_title,
    import_failed,
    restored,
    /// `restored` for one command, where the language words it apart
    /// (empty where it does not).
    restored_one,
    link_bad,
    store_bad,
    /// A new tab continued the most recent session (its command count).
    continued,
    /// `continued` for one command, where the language words it apart.
    continued_one,
    keep_session,
    start_fresh,
    /// "Your work is not being saved: {why}" — the why is one of the four below.
    not_saved,
    store_full,
    store_unavailable,
    store_refused,
    session_too_long,

    // Answers of the terminal's lesson commands.
    cmd_no_lesson,
    cmd_catalog_loading,
    cmd_lessons_footer,
    cmd_unknown_lesson,
    cmd_opening,
    cmd_no_hints,
    cmd_last_hint,
    cmd_no_solution,
    cmd_goals_open,
    cmd_skip_tip,
    cmd_skipping,
    cmd_resetting_step,
    cmd_resetting_lesson,
    cmd_next_tip,
    cmd_last_lesson,

    // What differs from a goal that does not hold yet ("2 of 4 Pods
    // still run …:v1"), one template per case of `goal::Differs`.
    // Kubernetes values stay as kubectl prints them; `{kind}` is the
    // language's word for the kind (`kind_*` below) and `{what}` for the
    // quantity (`quantity_*`).
    differs_missing,
    differs_still_there,
    differs_number,
    differs_word,
    differs_stale_images,
    differs_no_pods,
    differs_var_unset,
    differs_var_not_pod,
    differs_var_differs,
    differs_file_missing,
    differs_file_lacks,
    differs_no_label,
    differs_label,
    differs_not_rolled_back,

    quantity_replicas,
    quantity_available,
    quantity_ready,
    quantity_updated,
    quantity_pods,
    quantity_endpoints,
    quantity_requests,
    quantity_distinct_pods,
    quantity_service_type,
    quantity_status,
    quantity_image,

    // Kinds a goal names, as the language's lessons write them; other
    // kinds stay as Kubernetes spells them.
    kind_deployment,
    kind_pod,
    kind_service,
    kind_config_map,
    kind_node,
}

/// The templates filled in: one method per template field, taking the
/// values its holes name.
impl Text {
    pub fn fast_forward_stopped(&self, time: &str) -> String {
        fill(self.fast_forward_stopped, &[("time", &time)])
    }
    pub fn revision(&self, n: i64) -> String {
        fill(self.revision, &[("n", &n)])
    }
    pub fn replicas_ready(&self, ready: i32, desired: i32) -> String {
        fill(
            self.replicas_ready,
            &[("ready", &ready), ("desired", &desired)],
        )
    }
    pub fn endpoint_count(&self, n: usize) -> String {
        fill(self.endpoint_count, &[("n", &n)])
    }
    pub fn pods_hidden(&self, n: usize) -> String {
        fill(self.pods_hidden, &[("n", &n)])
    }
    pub fn pod_label(&self, name: &str, status: &str) -> String {
        fill(self.pod_label, &[("name", &name), ("status", &status)])
    }
    pub fn say_pod_ready(&self, pod: &str, node: &str) -> String {
        fill(self.say_pod_ready, &[("pod", &pod), ("node", &node)])
    }
    pub fn say_pod_terminating(&self, pod: &str) -> String {
        fill(self.say_pod_terminating, &[("pod", &pod)])
    }
    pub fn say_pod_failing(&self, pod: &str, status: &str) -> String {
        fill(self.say_pod_failing, &[("pod", &pod), ("status", &status)])
    }
    pub fn say_pod_status(&self, pod: &str, status: &str) -> String {
        fill(self.say_pod_status, &[("pod", &pod), ("status", &status)])
    }
    pub fn say_pod_deleted(&self, pod: &str) -> String {
        fill(self.say_pod_deleted, &[("pod", &pod)])
    }
    pub fn say_node_status(&self, node: &str, status: &str) -> String {
        fill(
            self.say_node_status,
            &[("node", &node), ("status", &status)],
        )
    }
    pub fn say_rolled_back(&self, name: &str, rev: i64) -> String {
        fill(self.say_rolled_back, &[("name", &name), ("rev", &rev)])
    }
    pub fn say_more_changes(&self, n: usize) -> String {
        fill(self.say_more_changes, &[("n", &n)])
    }
    pub fn minutes(&self, n: u32) -> String {
        fill(self.minutes, &[("n", &n)])
    }
    pub fn steps_done(&self, done: usize, all: usize) -> String {
        fill(self.steps_done, &[("done", &done), ("all", &all)])
    }
    pub fn step_of(&self, n: usize, all: usize) -> String {
        fill(self.step_of, &[("n", &n), ("all", &all)])
    }
    pub fn hint_title(&self, n: usize, all: usize) -> String {
        fill(self.hint_title, &[("n", &n), ("all", &all)])
    }
    pub fn load_failed(&self, what: &str) -> String {
        fill(self.load_failed, &[("what", &what)])
    }
    pub fn share_failed(&self, why: &str) -> String {
        fill(self.share_failed, &[("why", &why)])
    }
    pub fn import_failed(&self, why: &str) -> String {
        fill(self.import_failed, &[("why", &why)])
    }
    pub fn restored(&self, n: usize) -> String {
        fill(one_or(self.restored_one, self.restored, n), &[("n", &n)])
    }
    pub fn link_bad(&self, why: &str) -> String {
        fill(self.link_bad, &[("why", &why)])
    }
    pub fn store_bad(&self, why: &str) -> String {
        fill(self.store_bad, &[("why", &why)])
    }
    pub fn continued(&self, n: usize) -> String {
        fill(one_or(self.continued_one, self.continued, n), &[("n", &n)])
    }
    pub fn not_saved(&self, why: &str) -> String {
        fill(self.not_saved, &[("why", &why)])
    }
    pub fn cmd_unknown_lesson(&self, key: &str) -> String {
        fill(self.cmd_unknown_lesson, &[("key", &key)])
    }
    pub fn cmd_opening(&self, title: &str) -> String {
        fill(self.cmd_opening, &[("title", &title)])
    }

    /// What differs from a goal, in words.
    pub fn differs(&self, d: &Differs) -> String {
        match d {
            Differs::Missing { kind, name } => fill(
                self.differs_missing,
                &[("kind", &self.kind(kind)), ("name", name)],
            ),
            Differs::StillThere { kind, name } => fill(
                self.differs_still_there,
                &[("kind", &self.kind(kind)), ("name", name)],
            ),
            Differs::Number { what, actual, want } => fill(
                self.differs_number,
                &[
                    ("what", &self.quantity(*what)),
                    ("actual", actual),
                    ("want", &goal_number(*want)),
                ],
            ),
            Differs::Word { what, actual, want } => fill(
                self.differs_word,
                &[
                    ("what", &self.quantity(*what)),
                    ("actual", actual),
                    ("want", want),
                ],
            ),
            Differs::StaleImages {
                stale,
                total,
                image,
            } => fill(
                self.differs_stale_images,
                &[("stale", stale), ("total", total), ("image", image)],
            ),
            Differs::NoPods { selector } => fill(self.differs_no_pods, &[("selector", selector)]),
            Differs::VarUnset { name } => fill(self.differs_var_unset, &[("name", name)]),
            Differs::VarNotPod {
                name,
                value,
                selector,
            } => fill(
                self.differs_var_not_pod,
                &[("name", name), ("value", value), ("selector", selector)],
            ),
            Differs::VarDiffers { name, value, want } => fill(
                self.differs_var_differs,
                &[("name", name), ("value", value), ("want", want)],
            ),
            Differs::FileMissing { path } => fill(self.differs_file_missing, &[("path", path)]),
            Differs::FileLacks { path, text } => {
                fill(self.differs_file_lacks, &[("path", path), ("text", text)])
            }
            Differs::LabelDiffers {
                pod,
                key,
                actual: None,
                ..
            } => fill(self.differs_no_label, &[("pod", pod), ("key", key)]),
            Differs::LabelDiffers {
                pod,
                key,
                actual: Some(actual),
                ..
            } => fill(
                self.differs_label,
                &[("pod", pod), ("key", key), ("actual", actual)],
            ),
            Differs::NotRolledBack { name } => {
                fill(self.differs_not_rolled_back, &[("name", name)])
            }
        }
    }

    /// The language's word for what a goal counted or compared.
    fn quantity(&self, q: Quantity) -> &'static str {
        match q {
            Quantity::Replicas => self.quantity_replicas,
            Quantity::Available => self.quantity_available,
            Quantity::Ready => self.quantity_ready,
            Quantity::Updated => self.quantity_updated,
            Quantity::Pods => self.quantity_pods,
            Quantity::Endpoints => self.quantity_endpoints,
            Quantity::Requests => self.quantity_requests,
            Quantity::DistinctPods => self.quantity_distinct_pods,
            Quantity::ServiceType => self.quantity_service_type,
            Quantity::Status => self.quantity_status,
            Quantity::Image => self.quantity_image,
        }
    }

    /// The language's word for a kind a goal names (others unchanged).
    fn kind<'a>(&self, kind: &'a str) -> &'a str {
        match kind {
            "Deployment" => self.kind_deployment,
            "Pod" => self.kind_pod,
            "Service" => self.kind_service,
            "ConfigMap" => self.kind_config_map,
            "Node" => self.kind_node,
            other => other,
        }
    }
}

/// `one` for a count of 1 where the language has such a form, else `other`.
fn one_or(one: &'static str, other: &'static str, n: usize) -> &'static str {
    match n {
        1 if !one.is_empty() => one,
        _ => other,
    }
}
