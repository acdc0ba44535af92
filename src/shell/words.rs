//! Splits a line into words the way a POSIX shell does for simple commands:
//! blanks separate words, single quotes keep text literally, double quotes
//! group text while honouring `\"` and `\\`, and a backslash outside quotes
//! escapes the next character.

/// Splits `line` into words, or says why it cannot (in bash's words).
pub fn split(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    // A word exists once any of its characters (even an empty quoted
    // string, as in `echo ''`) has been seen.
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(q) => word.push(q),
                        None => return Err(unmatched('\'')),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(e @ ('"' | '\\' | '$' | '`')) => word.push(e),
                            Some(other) => {
                                word.push('\\');
                                word.push(other);
                            }
                            None => return Err(unmatched('"')),
                        },
                        Some(q) => word.push(q),
                        None => return Err(unmatched('"')),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(next) = chars.next() {
                    word.push(next);
                }
            }
            other => {
                in_word = true;
                word.push(other);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

fn unmatched(quote: char) -> String {
    format!("unexpected EOF while looking for matching `{quote}'")
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn quotes_group_and_escape() {
        assert_eq!(
            split(r#"echo "a  b" 'c $d' e\ f "g\"h" ''"#).ok(),
            Some(
                vec!["echo", "a  b", "c $d", "e f", "g\"h", ""]
                    .into_iter()
                    .map(String::from)
                    .collect()
            )
        );
    }

    #[test]
    fn unterminated_quote_is_an_error_in_bash_words() {
        assert_eq!(
            split("echo 'oops"),
            Err("unexpected EOF while looking for matching `''".into())
        );
    }
}
