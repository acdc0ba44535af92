//! The writer behind `kubectl describe`: kubectl's `PrefixWriter` (two
//! spaces per level) over Go's `text/tabwriter` with padding 2, plus the
//! shared Events section.
//!
//! Text is buffered and aligned at each flush, so `Key:\tvalue` lines line
//! up within a block of tab-holding lines; a tab-less line such as
//! `Containers:` ends the block. The Events table is flushed separately.

use serde_json::Value;

use super::age::{human_duration, parse_rfc3339};
use super::fields::{int, text};
use super::tabwriter::{align, DESCRIBE};

/// Indentation levels of `PrefixWriter`.
pub const LEVEL_0: usize = 0;
pub const LEVEL_1: usize = 1;
pub const LEVEL_2: usize = 2;
pub const LEVEL_3: usize = 3;
pub const LEVEL_4: usize = 4;

/// Describe output under construction.
#[derive(Default)]
pub struct DescribeWriter {
    pending: String,
    out: String,
}

impl DescribeWriter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes `text` (tabs separate cells, `\n` ends lines) at `level`.
    pub fn write(&mut self, level: usize, text: &str) {
        for _ in 0..level {
            self.pending.push_str("  ");
        }
        self.pending.push_str(text);
    }

    /// Aligns everything written since the last flush.
    pub fn flush(&mut self) {
        self.out.push_str(&align(&self.pending, DESCRIBE));
        self.pending.clear();
    }

    /// The text as written, tabs and all, without alignment (what
    /// `rollout history --revision` prints).
    pub fn finish_raw(self) -> String {
        self.out + &self.pending
    }

    pub fn finish(mut self) -> String {
        self.flush();
        self.out
    }

    /// `Labels:` / `Annotations:`-style multi-line maps: the first entry on
    /// the key's line, the others on continuation lines starting with a
    /// tab so they align under the first value.
    pub fn write_map(&mut self, level: usize, key: &str, entries: &[String]) {
        match entries.split_first() {
            None => self.write(level, &format!("{key}:\t<none>\n")),
            Some((first, rest)) => {
                self.write(level, &format!("{key}:\t{first}\n"));
                for entry in rest {
                    self.write(level, &format!("\t{entry}\n"));
                }
            }
        }
    }

    /// The Events section, sorted by last timestamp as kubectl does.
    pub fn events(&mut self, events: &[Value], now: i64) {
        if events.is_empty() {
            self.write(LEVEL_0, "Events:\t<none>\n");
            return;
        }
        self.flush();
        let mut sorted: Vec<&Value> = events.iter().collect();
        crate::sorting::sort_by_key(&mut sorted, |e| {
            stamp(e, "lastTimestamp")
                .or_else(|| stamp(e, "eventTime"))
                .unwrap_or(0)
        });
        self.write(LEVEL_0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
        self.write(LEVEL_1, "----\t------\t----\t----\t-------\n");
        for e in sorted {
            let first = stamp(e, "eventTime").or_else(|| stamp(e, "firstTimestamp"));
            let since =
                |t: Option<i64>| t.map_or("<unknown>".to_string(), |t| human_duration(now - t));
            let count = int(e, &["count"]);
            let age = if count > 1 {
                format!(
                    "{} (x{count} over {})",
                    since(stamp(e, "lastTimestamp")),
                    since(first)
                )
            } else {
                since(first)
            };
            let source = match text(e, &["source", "component"]) {
                "" => text(e, &["reportingComponent"]),
                s => s,
            };
            let message = text(e, &["message"]).trim();
            let message = match text(e, &["involvedObject", "fieldPath"]) {
                "" => message.to_string(),
                path => format!("{path}: {message}"),
            };
            let line = format!(
                "{}\t{}\t{age}\t{source}\t{message}\n",
                text(e, &["type"]),
                text(e, &["reason"])
            );
            self.write(LEVEL_1, &line);
        }
    }
}

fn stamp(e: &Value, key: &str) -> Option<i64> {
    e.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .and_then(parse_rfc3339)
}

/// Several described objects: kubectl separates them with a blank line
/// when names matched by prefix, and with two when listing a whole type.
pub fn join_described(parts: &[String], by_prefix: bool) -> String {
    let separator = if by_prefix { "\n" } else { "\n\n" };
    parts.join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn blocks_align_between_tabless_lines() {
        let mut w = DescribeWriter::new();
        w.write(LEVEL_0, "Name:\tweb\n");
        w.write_map(
            LEVEL_0,
            "Labels",
            &["app=web".into(), "pod-template-hash=abc".into()],
        );
        w.write(LEVEL_0, "Containers:\n");
        w.write(LEVEL_1, "web:\n");
        w.write(LEVEL_2, "Image:\tnginx\n");
        w.write(LEVEL_2, "Host Port:\t<none>\n");
        w.events(&[], 0);
        assert_eq!(
            w.finish(),
            "Name:    web\nLabels:  app=web\n         pod-template-hash=abc\nContainers:\n  web:\n    Image:      nginx\n    Host Port:  <none>\nEvents:         <none>\n"
        );
    }

    #[test]
    fn events_table_is_flushed_on_its_own() {
        let ev = |reason: &str, last: &str, count: i64, path: &str| {
            json!({"type": "Normal", "reason": reason, "message": "m", "count": count, "source": {"component": "kubelet"},
                "firstTimestamp": "1970-01-01T00:00:00Z", "lastTimestamp": last, "involvedObject": {"fieldPath": path}})
        };
        let mut w = DescribeWriter::new();
        w.write(LEVEL_0, "A-long-key:\tv\n");
        w.events(
            &[
                ev("Pulling", "1970-01-01T00:00:30Z", 4, "spec.containers{c}"),
                ev("Scheduled", "1970-01-01T00:00:00Z", 1, ""),
            ],
            60,
        );
        assert_eq!(
            w.finish(),
            "A-long-key:  v\nEvents:\n  Type    Reason     Age                From     Message\n  ----    ------     ----               ----     -------\n  Normal  Scheduled  60s                kubelet  m\n  Normal  Pulling    30s (x4 over 60s)  kubelet  spec.containers{c}: m\n"
        );
    }
}
