//! Ctrl-R, bash's reverse incremental search: each typed character
//! narrows the search, Ctrl-R again looks further back, and the prompt
//! reads `(reverse-i-search)`query': ` (with `failed ` in front when
//! nothing older matches).
//!
//! This module holds the search state and the matching; the console
//! decides which keys feed it and what accepting or aborting does.

/// A reverse search in progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Search {
    query: String,
    /// The history index of the entry shown, if any matched yet.
    hit: Option<usize>,
    /// Char position of the query inside the entry shown.
    hit_at: usize,
    /// True when the last attempt found nothing (the old hit stays shown).
    failed: bool,
    /// The line and cursor before the search began, for Ctrl-G.
    original: (String, usize),
}

impl Search {
    /// Starts a search from the line being edited.
    pub fn new(line: String, cursor: usize) -> Self {
        Search {
            query: String::new(),
            hit: None,
            hit_at: 0,
            failed: false,
            original: (line, cursor),
        }
    }

    /// The prompt bash shows in place of `$ `.
    pub fn prompt(&self) -> String {
        let failed = if self.failed { "failed " } else { "" };
        format!("({failed}reverse-i-search)`{}': ", self.query)
    }

    /// What is searched for.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The line to show and its cursor: the match, or the original line
    /// while nothing has matched.
    pub fn shown<'a>(&'a self, entries: &'a [String]) -> (&'a str, usize) {
        match self.hit.and_then(|i| entries.get(i)) {
            Some(entry) => (entry, self.hit_at),
            None => (&self.original.0, self.original.1),
        }
    }

    /// The line before the search, for aborting with Ctrl-G.
    pub fn original(&self) -> (&str, usize) {
        (&self.original.0, self.original.1)
    }

    /// A typed character: narrows the search, staying on the current
    /// match when it still fits.
    pub fn push(&mut self, c: char, entries: &[String]) {
        self.query.push(c);
        let from = self.hit.unwrap_or(entries.len().saturating_sub(1));
        self.find(entries, Some(from));
    }

    /// Backspace: widens the search again, from the newest entry.
    pub fn pop(&mut self, entries: &[String]) {
        self.query.pop();
        if self.query.is_empty() {
            self.hit = None;
            self.failed = false;
            return;
        }
        self.find(entries, entries.len().checked_sub(1));
    }

    /// Ctrl-R again: the next older match. With an empty query, bash
    /// reuses the previous search's text, passed here as `previous`.
    pub fn again(&mut self, entries: &[String], previous: &str) {
        if self.query.is_empty() {
            self.query = previous.to_string();
        }
        if self.query.is_empty() {
            return;
        }
        let from = match self.hit {
            Some(i) => i.checked_sub(1),
            None => entries.len().checked_sub(1),
        };
        self.find(entries, from);
    }

    /// Looks for the query in `entries[..=from]`, newest first. On a miss
    /// the previous hit stays, flagged as failed.
    fn find(&mut self, entries: &[String], from: Option<usize>) {
        let found = from.and_then(|from| {
            let candidates = entries.get(..=from)?;
            candidates
                .iter()
                .enumerate()
                .rev()
                .find_map(|(i, e)| e.find(&self.query).map(|at| (i, e, at)))
        });
        match found {
            Some((i, entry, byte_at)) => {
                self.hit = Some(i);
                self.hit_at = entry.get(..byte_at).map_or(0, |s| s.chars().count());
                self.failed = false;
            }
            None => self.failed = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries() -> Vec<String> {
        [
            "kubectl get pods",
            "kubectl scale deployment web --replicas=4",
            "echo done",
            "kubectl get services",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    #[test]
    fn typing_narrows_to_the_newest_match_with_the_cursor_on_it() {
        let e = entries();
        let mut s = Search::new("draft".into(), 5);
        assert_eq!(s.shown(&e), ("draft", 5), "nothing typed yet");
        s.push('g', &e);
        assert_eq!(s.shown(&e), ("kubectl get services", 8));
        for c in "et p".chars() {
            s.push(c, &e);
        }
        assert_eq!(s.shown(&e), ("kubectl get pods", 8));
        assert_eq!(s.prompt(), "(reverse-i-search)`get p': ");
    }

    #[test]
    fn ctrl_r_again_goes_further_back_and_fails_at_the_oldest() {
        let e = entries();
        let mut s = Search::new(String::new(), 0);
        for c in "kubectl".chars() {
            s.push(c, &e);
        }
        assert_eq!(s.shown(&e).0, "kubectl get services");
        s.again(&e, "");
        assert_eq!(s.shown(&e).0, "kubectl scale deployment web --replicas=4");
        s.again(&e, "");
        assert_eq!(s.shown(&e).0, "kubectl get pods");
        s.again(&e, "");
        assert_eq!(s.shown(&e).0, "kubectl get pods", "the last hit stays");
        assert_eq!(s.prompt(), "(failed reverse-i-search)`kubectl': ");
    }

    #[test]
    fn a_query_that_matches_nothing_fails_and_backspace_recovers() {
        let e = entries();
        let mut s = Search::new("orig".into(), 2);
        for c in "echo".chars() {
            s.push(c, &e);
        }
        s.push('z', &e);
        assert!(s.prompt().starts_with("(failed "));
        assert_eq!(s.shown(&e).0, "echo done");
        s.pop(&e);
        assert_eq!(s.prompt(), "(reverse-i-search)`echo': ");
        for _ in 0..4 {
            s.pop(&e);
        }
        assert_eq!(s.shown(&e), ("orig", 2));
        assert_eq!(s.original(), ("orig", 2));
    }

    #[test]
    fn ctrl_r_with_an_empty_query_reuses_the_previous_search() {
        let e = entries();
        let mut s = Search::new(String::new(), 0);
        s.again(&e, "scale");
        assert_eq!(s.query(), "scale");
        assert_eq!(s.shown(&e).0, "kubectl scale deployment web --replicas=4");
        let mut none = Search::new(String::new(), 0);
        none.again(&e, "");
        assert_eq!(none.prompt(), "(reverse-i-search)`': ");
    }

    #[test]
    fn an_empty_history_only_fails() {
        let mut s = Search::new("x".into(), 1);
        s.push('a', &[]);
        s.again(&[], "");
        assert!(s.prompt().starts_with("(failed "));
        assert_eq!(s.shown(&[]), ("x", 1));
    }
}
