//! The interface in English.

use super::goal::{Differs, Quantity};
use super::{goal_number, Text};

pub const EN: Text = Text {
    tagline: "A Kubernetes playground that runs entirely in your browser",
    controls: "Controls",
    simulated_time: "Simulated time",
    pause: "Pause",
    resume: "Resume",
    speed: "Speed",
    step: "Step",
    step_title: "Advance to the next scheduled event",
    fast_forward: "Fast-forward",
    fast_forward_title: "Run until nothing more is scheduled",
    paused_suffix: " (paused)",
    display: "Display",
    reduce_motion: "Reduce motion",
    dark_theme: "Dark theme",
    terminal: "Terminal",
    command_line: "Command line",
    terminal_keys: "Terminal keys",
    key_tab: "Tab: complete",
    key_previous: "Previous command",
    key_next: "Next command",
    key_interrupt: "Ctrl-C: interrupt",
    terminal_help: "Type a command and press Enter. Up and Down recall earlier commands, Tab completes, \
        Control-R searches the history, Control-C interrupts. Press Escape, then Tab, to leave the terminal.",
    terminal_output: "Terminal output",
    panels: "Panels",
    panel_lessons: "Lessons",
    panel_view: "Cluster view",
    step_done_line: "✓ Step complete — “Next step” is in the lesson panel (or type `next`).",
    wait_paused: "Waiting: simulated time is paused.",
    wait_long: "Waiting on simulated time. Fast-forward skips ahead.",
    fast_forward_stopped: |t| {
        format!("Fast-forward stopped after {t} of simulated time; events are still scheduled.")
    },

    cluster_view: "Cluster",
    cluster_view_help: "Use the arrow keys to step through the pods; the selected pod's details appear below the picture.",
    cluster_changes: "Cluster changes",
    client: "Your terminal",
    pending_lane: "Not scheduled yet",
    node_empty: "No pods on this node",
    sandbox_empty: "No pods yet. Create a Deployment and its pods appear here.",
    node_stopped: "stopped",
    revision: |n| format!("rev {n}"),
    replicas_ready: |ready, desired| format!("{ready}/{desired} ready"),
    endpoint_count: |n| format!("{n} pods"),
    pods_hidden: |n| format!("{n} more pods are not drawn."),
    pod_label: |name, status| format!("Pod {name}: {status}"),
    pod_ready: "Ready",
    pod_not_ready: "Running, not ready",
    details_hint: "Point at or click a pod to see its details. Click a name in the terminal to find it here.",
    detail_name: "Name",
    detail_ip: "IP",
    detail_node: "Node",
    detail_image: "Image",
    detail_status: "Status",
    detail_restarts: "Restarts",
    detail_hits: "Requests answered",
    link_title: "Show in the cluster view",

    say_pod_ready: |pod, node| format!("Pod {pod} is Ready on {node}."),
    say_pod_terminating: |pod| format!("Pod {pod} is terminating."),
    say_pod_failing: |pod, status| format!("Pod {pod} is failing: {status}."),
    say_pod_status: |pod, status| format!("Pod {pod} is {status}."),
    say_pod_deleted: |pod| format!("Pod {pod} was deleted."),
    say_node_status: |node, status| format!("Node {node} is {status}."),
    say_rolled_back: |name, rev| format!("Deployment {name} rolled back to revision {rev}."),
    say_more_changes: |n| format!("And {n} more changes."),

    editor: "Editor",
    editor_save: "Save",
    editor_cancel: "Cancel",
    editor_help_vim: "vi keys: i inserts, Esc stops inserting, :w saves, :q quits, :wq does both, :q! discards.",
    editor_help_nano: "nano keys: Ctrl-O saves, Ctrl-X exits.",
    editor_modified: "modified",

    col_name: "The object's name, unique among objects of its kind in the namespace.",
    col_namespace: "The namespace the object lives in.",
    col_ready_containers: "Containers in the pod that are ready, out of all its containers.",
    col_ready_replicas: "Pods of this Deployment that are ready, out of the replicas it wants.",
    col_ready_pods: "Pods of this ReplicaSet that are ready.",
    col_pod_status: "Where the pod is in its life: Pending, ContainerCreating, Running, Terminating, or why it is stuck.",
    col_node_status: "Whether the node's kubelet reports it healthy and able to run pods.",
    col_status: "The object's current state.",
    col_restarts: "How many times the pod's containers have restarted, and how long ago the last restart was.",
    col_age: "How long ago the object was created.",
    col_ip: "The pod's own IP address inside the cluster network.",
    col_node: "The node the pod was scheduled to run on.",
    col_nominated_node: "A node the scheduler is making room on for this pod by preempting others.",
    col_readiness_gates: "Extra conditions that must hold before the pod counts as ready.",
    col_up_to_date: "Pods already running the Deployment's newest template.",
    col_available: "Pods that have been ready long enough to serve users.",
    col_desired: "How many pods the ReplicaSet is asked to run.",
    col_current: "How many pods the ReplicaSet is running now.",
    col_service_type: "How the Service is reached: ClusterIP inside the cluster, NodePort on every node, LoadBalancer from outside.",
    col_cluster_ip: "The Service's stable virtual IP inside the cluster.",
    col_external_ip: "The address clients outside the cluster use, if any.",
    col_ports: "The Service's port, and after the colon the port opened on every node.",
    col_selector: "The labels a pod must carry to be picked by this object.",
    col_containers: "The names of the containers in the pod template.",
    col_images: "The container images the pods run.",
    col_roles: "The node's role, such as control-plane.",
    col_version: "The kubelet version running on the node.",
    col_internal_ip: "The node's address inside the cluster's network.",
    col_endpoints: "The pod addresses the Service sends traffic to.",
    col_data: "How many keys the object holds.",
    col_last_seen: "How long ago the event last happened.",
    col_event_type: "Normal for routine events, Warning for problems.",
    col_reason: "A short machine-readable cause of the event.",
    col_object: "The object the event is about.",
    col_message: "What happened, in words.",

    language: "Language",

    lessons: "Lessons",
    lessons_intro: "Guided lessons check your work as you go. Pick one, or keep typing in the sandbox.",
    minutes: |m| format!("{m} min"),
    steps_done: |done, all| format!("{done} of {all} steps done"),
    step_of: |n, all| format!("Step {n} of {all}"),
    start_lesson: "Start",
    continue_lesson: "Continue",
    review_lesson: "Review",
    all_lessons: "All lessons",
    lesson_progress: "Lesson progress",
    goals: "Goals",
    goal_met: "done",
    goal_open: "not yet",
    hint: "Hint",
    hint_title: |n, all| format!("Hint {n} of {all}"),
    show_solution: "Show solution",
    solution: "Solution",
    reset_step: "Reset step",
    reset_lesson: "Reset lesson",
    next_step: "Next step",
    skip_step: "Skip step",
    finish_lesson: "Finish lesson",
    next_lesson: "Next lesson",
    step_complete: "Step complete",
    lesson_complete: "Lesson complete. Well done!",
    run: "Run",
    run_title: "Run these commands in the terminal",
    loading: "Loading…",
    load_failed: |what| format!("Could not load {what}. Check your connection and reload the page."),
    progress_reset: "Your saved lesson progress could not be read, so it starts afresh.",

    session_group: "Session",
    share: "Share",
    share_title: "Copy a link that opens this session as it is now",
    share_link: "Share link",
    share_copied: "Link copied to the clipboard.",
    share_failed: |why| format!("This session cannot be shared: {why}."),
    export: "Export",
    export_title: "Download your session, progress and settings as a file",
    import: "Import",
    import_title: "Load a session file you exported",
    import_failed: |why| format!("That file could not be imported: {why}. Nothing was changed."),
    restored: |n| match n { 1 => "Restored 1 command.".to_string(), n => format!("Restored {n} commands.") },
    link_bad: |why| format!("This share link could not be opened ({why}). Here is a clean sandbox instead."),
    store_bad: |why| format!("Your saved session could not be read ({why}), so it starts afresh."),
    continued: |n| match n { 1 => "This new tab continues your most recent session (1 command).".to_string(), n => format!("This new tab continues your most recent session ({n} commands).") },
    keep_session: "Continue",
    start_fresh: "Start fresh",
    not_saved: |why| format!("Your work is not being saved: {why}. Export still keeps it as a file."),
    store_full: "the browser's storage for this site is full",
    store_unavailable: "this browser does not allow storage here (a private window, or the page disabled it)",
    store_refused: "the browser refused to store it",
    session_too_long: "this session is longer than kubeplay can record",

    cmd_no_lesson: "No lesson is open. Type `lessons` to see them.",
    cmd_catalog_loading: "The list of lessons is still loading; try again in a moment.",
    cmd_lessons_footer: "Type `lessons NUMBER` to open one. In a lesson: `hint`, `solution`, `next`, `reset`, `reset lesson`.",
    cmd_unknown_lesson: |key| format!("lessons: there is no lesson {key}; type `lessons` to list them"),
    cmd_opening: |title| format!("Opening the lesson \u{201c}{title}\u{201d}…"),
    cmd_no_hints: "This step has no hints.",
    cmd_last_hint: "That was the last hint; `solution` shows the answer.",
    cmd_no_solution: "This step has no solution to show.",
    cmd_goals_open: "Not every goal is reached yet:",
    cmd_skip_tip: "Type `next --skip` to move on anyway; the cluster is then set up as the next step expects.",
    cmd_skipping: "Skipping: setting the cluster up for the next step…",
    cmd_resetting_step: "Setting this step up again…",
    cmd_resetting_lesson: "Starting the lesson again…",
    cmd_next_tip: "Type `next` to go on to the next lesson.",
    cmd_last_lesson: "That was the last lesson. Type `lessons` to pick another one.",

    differs,
};

fn quantity(q: Quantity) -> &'static str {
    match q {
        Quantity::Replicas => "replicas asked for",
        Quantity::Available => "available replicas",
        Quantity::Ready => "ready replicas",
        Quantity::Updated => "up-to-date replicas",
        Quantity::Pods => "matching Pods",
        Quantity::Endpoints => "ready endpoints",
        Quantity::Requests => "requests answered",
        Quantity::DistinctPods => "different Pods that answered",
        Quantity::ServiceType => "type",
        Quantity::Status => "status",
        Quantity::Image => "image",
    }
}

fn differs(d: &Differs) -> String {
    match d {
        Differs::Missing { kind, name } => format!("there is no {kind} named {name}"),
        Differs::StillThere { kind, name } => format!("{kind} {name} still exists"),
        Differs::Number { what, actual, want } => {
            format!(
                "{}: {actual} (goal: {})",
                quantity(*what),
                goal_number(*want)
            )
        }
        Differs::Word { what, actual, want } => {
            format!("{}: {actual} (goal: {want})", quantity(*what))
        }
        Differs::StaleImages {
            stale,
            total,
            image,
        } => {
            format!("{stale} of {total} Pods still run {image}")
        }
        Differs::NoPods { selector } => format!("no Pod matches {selector}"),
        Differs::VarUnset { name } => format!("${name} is not set"),
        Differs::VarNotPod {
            name,
            value,
            selector,
        } => format!("${name} is \"{value}\", not the name of a Pod with {selector}"),
        Differs::VarDiffers { name, value, want } => {
            format!("${name} is \"{value}\" (goal: \"{want}\")")
        }
        Differs::FileMissing { path } => format!("there is no file {path}"),
        Differs::FileLacks { path, text } => format!("{path} does not contain \"{text}\""),
        Differs::LabelDiffers {
            pod,
            key,
            actual: None,
            ..
        } => format!("Pod {pod} has no label {key}"),
        Differs::LabelDiffers {
            pod,
            key,
            actual: Some(actual),
            ..
        } => format!("Pod {pod} has {key}={actual}"),
        Differs::NotRolledBack { name } => {
            format!("no rollout of {name} has been undone since this step began")
        }
    }
}
