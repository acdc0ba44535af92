//! Case mapping of text a user typed or stored, as kubectl's Go code maps it
//! (`strings.ToUpper`/`ToLower` on a label column name, an event's
//! `involvedObject.kind`). ASCII is mapped here; other text goes to a Unicode
//! mapper. Natively that is the standard library's; in the browser the web
//! layer installs the page's own `String.prototype.toUpperCase` with
//! [`install`], so core's Unicode case tables (~14 KB of the gzipped wasm)
//! are not compiled in. Everything else in kubeplay maps ASCII data only
//! and uses `to_ascii_*` directly.

use std::sync::OnceLock;

/// Maps non-ASCII text: `(text, to_upper)` → mapped text.
pub type Mapper = fn(&str, bool) -> String;

static MAPPER: OnceLock<Mapper> = OnceLock::new();

/// Installs the Unicode mapper used for non-ASCII text (once; later calls
/// are ignored). Without one, the browser build maps ASCII letters only.
pub fn install(mapper: Mapper) {
    let _ = MAPPER.set(mapper);
}

/// `strings.ToUpper`.
pub fn upper(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_uppercase()
    } else {
        unicode(text, true)
    }
}

/// `strings.ToLower`.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        unicode(text, false)
    }
}

/// Lower-cases what a user typed for comparing with kubectl's ASCII names
/// (commands, resource types). The only non-ASCII characters whose Unicode
/// lower case contains an ASCII letter are KELVIN SIGN (`k`) and capital I
/// with dot above (`i` + U+0307); they are mapped as Unicode maps them, and
/// every other non-ASCII character is left as is: mapped or not, it never
/// equals a character of an ASCII name.
pub fn lower_for_match(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{212A}' => out.push('k'),
            '\u{130}' => out.push_str("i\u{307}"),
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn unicode(text: &str, to_upper: bool) -> String {
    match MAPPER.get() {
        Some(m) => m(text, to_upper),
        None if to_upper => text.to_uppercase(),
        None => text.to_lowercase(),
    }
}

#[cfg(target_arch = "wasm32")]
fn unicode(text: &str, to_upper: bool) -> String {
    match MAPPER.get() {
        Some(m) => m(text, to_upper),
        None if to_upper => text.to_ascii_uppercase(),
        None => text.to_ascii_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_ascii_and_other_letters() {
        assert_eq!(upper("app.kubernetes.io/name"), "APP.KUBERNETES.IO/NAME");
        assert_eq!(upper("größe"), "GRÖSSE");
        assert_eq!(lower("Deployment"), "deployment");
        assert_eq!(lower("ÄPFEL"), "äpfel");
    }

    #[test]
    fn lower_for_match_agrees_with_unicode_where_it_can_match_ascii() {
        for text in [
            "GET",
            "Deployments.Apps",
            "\u{212A}ube",
            "\u{130}d",
            "ÄPFEL pods",
        ] {
            let unicode = text.to_lowercase();
            let ours = lower_for_match(text);
            assert_eq!(ours.is_ascii(), unicode.is_ascii(), "{text}");
            let ascii_of = |s: &str| s.chars().filter(char::is_ascii).collect::<String>();
            assert_eq!(ascii_of(&ours), ascii_of(&unicode), "{text}");
            assert_eq!(ours.chars().count(), unicode.chars().count(), "{text}");
        }
    }
}
