//! The interface in English.

use super::Text;

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
};
