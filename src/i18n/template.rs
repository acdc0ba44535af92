//! Fills a [`Text`](super::Text) template: `{name}` is replaced by the
//! value given for `name`; `{A/B}` is Korean's particle choice, `A` after
//! a syllable with a final consonant and `B` otherwise, judged by what
//! was written just before it (`{kind}{이/가}`: 파드가, 컨피그맵이). A hole
//! with no value is left as written, so a mistyped name shows rather than
//! vanishes (a test looks for them).

use std::fmt::{Display, Write};

/// `template` with its holes filled from `values`.
pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, next)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            break;
        };
        match (
            values.iter().find(|(n, _)| *n == name),
            name.split_once('/'),
        ) {
            (Some((_, value)), _) => {
                let _ = write!(out, "{value}");
            }
            (None, Some((consonant, vowel))) => {
                out.push_str(if has_final_consonant(&out) {
                    consonant
                } else {
                    vowel
                });
            }
            (None, None) => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = next;
    }
    out.push_str(rest);
    out
}

/// Whether `text` ends in a Hangul syllable with a final consonant (받침).
fn has_final_consonant(text: &str) -> bool {
    let last = text.chars().next_back().map_or(0, u32::from);
    (0xAC00..=0xD7A3).contains(&last) && !(last - 0xAC00).is_multiple_of(28)
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn holes_take_their_values_and_unknown_ones_stay() {
        assert_eq!(fill("{a} of {b}", &[("a", &2), ("b", &"six")]), "2 of six");
        assert_eq!(fill("${name} {x}", &[("name", &"P")]), "$P {x}");
        assert_eq!(fill("open {", &[]), "open {");
    }

    #[test]
    fn the_subject_particle_follows_the_last_syllable() {
        let subject = |w: &str| fill("{w}{이/가}", &[("w", &w)]);
        assert_eq!(subject("파드"), "파드가");
        assert_eq!(subject("컨피그맵"), "컨피그맵이");
        assert_eq!(subject("Pod"), "Pod가");
    }
}
