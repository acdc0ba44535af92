//! The shells the simulated images have, as a learner meets them
//! (`kubectl exec -it POD -- bash`): which program is which shell, and
//! the prompt each shows. Three exist: bash (Debian-based images that
//! ship it), dash (their `/bin/sh`) and BusyBox ash (busybox and the
//! Alpine-style images). The lines typed run in the terminal's own shell
//! interpreter (see `kubectl`'s exec code).

use crate::apps::App;

/// Which shell is running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    Bash,
    Dash,
    Ash,
}

/// The shell `program` (`bash`, `/bin/sh`, `ash`) is in an image; `None`
/// when the image has no such shell.
pub fn flavour(app: App, program: &str) -> Option<Flavour> {
    let name = program.rsplit('/').next().unwrap_or(program);
    if !super::has_shell(app) {
        return None;
    }
    match (name, app.has_bash()) {
        ("bash", true) => Some(Flavour::Bash),
        ("sh", true) => Some(Flavour::Dash),
        ("sh" | "ash", false) => Some(Flavour::Ash),
        _ => None,
    }
}

/// The prompt before each line: `root@POD:/# ` (bash), `# ` (dash),
/// `/ # ` (ash); none without a terminal. `~` stands for `/root`.
pub fn prompt(flavour: Flavour, tty: bool, pod: &str, cwd: &str) -> String {
    if !tty {
        return String::new();
    }
    let dir = match cwd.strip_prefix("/root") {
        Some("") => "~".to_string(),
        Some(rest) if rest.starts_with('/') => format!("~{rest}"),
        _ => cwd.to_string(),
    };
    match flavour {
        Flavour::Bash => format!("root@{pod}:{dir}# "),
        Flavour::Dash => "# ".into(),
        Flavour::Ash => format!("{dir} # "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_shell_has_its_prompt() {
        assert_eq!(flavour(App::Busybox, "sh"), Some(Flavour::Ash));
        assert_eq!(flavour(App::Busybox, "bash"), None);
        assert_eq!(flavour(App::CoreDns, "sh"), None);
        assert_eq!(
            flavour(App::Nginx("1.25.5"), "/bin/sh"),
            Some(Flavour::Dash)
        );
        assert_eq!(prompt(Flavour::Ash, true, "bb", "/root"), "~ # ");
        assert_eq!(prompt(Flavour::Dash, true, "bb", "/etc"), "# ");
        assert_eq!(
            prompt(Flavour::Bash, true, "t", "/usr/local/tomcat"),
            "root@t:/usr/local/tomcat# "
        );
        assert_eq!(prompt(Flavour::Bash, false, "t", "/"), "");
    }
}
