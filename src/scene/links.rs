//! Terminal output, split for linking to the view: words that are the
//! names of live objects (clicking one highlights it in the picture) and
//! the column headers of `kubectl get` tables (hovering one explains it).
//! The split keeps every character of the line, so joining the segments
//! gives the line back; the UI renders each segment as a text node.

use std::collections::BTreeMap;

use super::columns::{header_cells, Column, Table};
use super::model::Model;

/// What a name in the output may refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RefKind {
    Pod,
    ReplicaSet,
    Deployment,
    Service,
    Node,
}

/// A drawn object: its kind and key (`namespace/name`, or the node name).
pub type Target = (RefKind, String);

/// The names of the objects drawn, for finding them in output.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names(BTreeMap<String, Vec<Target>>);

impl Names {
    pub fn of(model: &Model) -> Names {
        let mut map: BTreeMap<String, Vec<Target>> = BTreeMap::new();
        let mut add = |name: &str, kind: RefKind, key: &str| {
            map.entry(name.to_string())
                .or_default()
                .push((kind, key.to_string()));
        };
        for p in &model.pods {
            add(&p.name, RefKind::Pod, &p.key);
        }
        for r in &model.replica_sets {
            add(&r.name, RefKind::ReplicaSet, &r.key);
        }
        for d in &model.deployments {
            add(&d.name, RefKind::Deployment, &d.key);
        }
        for s in &model.services {
            add(&s.name, RefKind::Service, &s.key);
        }
        for n in &model.nodes {
            add(&n.name, RefKind::Node, &n.name);
        }
        Names(map)
    }

    /// The objects called `name`.
    pub fn get(&self, name: &str) -> &[Target] {
        self.0.get(name).map_or(&[], Vec::as_slice)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A piece of an output line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Plain(&'a str),
    /// The name of a drawn object.
    Name(&'a str),
    /// A column header of a `kubectl get` table.
    Header(&'a str, Column),
}

/// Characters that can be part of an object name (DNS subdomain).
fn name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '.'
}

/// Splits `line` into plain text, object names and column headers.
pub fn segments<'a>(line: &'a str, names: &Names) -> Vec<Segment<'a>> {
    if let Some(cells) = header_cells(line) {
        return header_segments(line, &cells);
    }
    let mut out = Vec::new();
    if names.is_empty() {
        out.push(Segment::Plain(line));
        return out;
    }
    let mut plain_from = 0;
    let mut word_from: Option<usize> = None;
    let check = |from: usize, to: usize, plain_from: &mut usize, out: &mut Vec<Segment<'a>>| {
        // A trailing dot ends a sentence, it is not part of the name.
        let word = line.get(from..to).unwrap_or("").trim_end_matches('.');
        if !names.get(word).is_empty() {
            if from > *plain_from {
                out.push(Segment::Plain(line.get(*plain_from..from).unwrap_or("")));
            }
            out.push(Segment::Name(word));
            *plain_from = from + word.len();
        }
    };
    for (i, c) in line.char_indices() {
        match (word_from, name_char(c)) {
            (None, true) => word_from = Some(i),
            (Some(from), false) => {
                check(from, i, &mut plain_from, &mut out);
                word_from = None;
            }
            _ => {}
        }
    }
    if let Some(from) = word_from {
        check(from, line.len(), &mut plain_from, &mut out);
    }
    if plain_from < line.len() || out.is_empty() {
        out.push(Segment::Plain(line.get(plain_from..).unwrap_or("")));
    }
    out
}

fn header_segments<'a>(line: &'a str, cells: &[(usize, &'a str)]) -> Vec<Segment<'a>> {
    let heads: Vec<&str> = cells.iter().map(|c| c.1).collect();
    let table = Table::of(&heads);
    let mut out = Vec::new();
    let mut at = 0;
    for &(start, head) in cells {
        if start > at {
            out.push(Segment::Plain(line.get(at..start).unwrap_or("")));
        }
        out.push(match Column::of(head, table) {
            Some(col) => Segment::Header(head, col),
            None => Segment::Plain(head),
        });
        at = start + head.len();
    }
    if at < line.len() {
        out.push(Segment::Plain(line.get(at..).unwrap_or("")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::model::{NodeView, PodView, ServiceView};

    fn names() -> Names {
        let pod = PodView {
            key: "default/web-5485cc6795-xkt2r".into(),
            namespace: "default".into(),
            name: "web-5485cc6795-xkt2r".into(),
            short: "xkt2r".into(),
            node: "minikube".into(),
            ip: "10.244.0.5".into(),
            image: String::new(),
            status: "Running".into(),
            ready: true,
            restarts: 0,
            owner: None,
            colour: None,
        };
        Names::of(&Model {
            nodes: vec![NodeView {
                name: "minikube".into(),
                status: "Ready".into(),
                stopped: false,
            }],
            pods: vec![pod],
            services: vec![ServiceView {
                key: "default/web".into(),
                name: "web".into(),
                type_: "NodePort".into(),
                port: String::new(),
                endpoints: Vec::new(),
            }],
            ..Model::default()
        })
    }

    fn joined(segs: &[Segment]) -> String {
        segs.iter()
            .map(|s| match s {
                Segment::Plain(t) | Segment::Name(t) | Segment::Header(t, _) => *t,
            })
            .collect()
    }

    #[test]
    fn live_names_are_found_and_the_line_is_kept_whole() {
        let n = names();
        let line = "Hello Kubernetes bootcamp! | Running on: web-5485cc6795-xkt2r | v=1";
        let segs = segments(line, &n);
        assert_eq!(joined(&segs), line);
        assert_eq!(
            segs.iter()
                .filter(|s| matches!(s, Segment::Name(_)))
                .count(),
            1
        );
        assert!(segs.contains(&Segment::Name("web-5485cc6795-xkt2r")));
        let created = "service/web exposed";
        let segs = segments(created, &n);
        assert_eq!(
            segs,
            [
                Segment::Plain("service/"),
                Segment::Name("web"),
                Segment::Plain(" exposed")
            ]
        );
        let sentence = "Scheduled on minikube.";
        let segs = segments(sentence, &n);
        assert_eq!(joined(&segs), sentence);
        assert!(segs.contains(&Segment::Name("minikube")));
        assert_eq!(segments("webby web-x", &n), [Segment::Plain("webby web-x")]);
        assert_eq!(segments("", &n), [Segment::Plain("")]);
    }

    #[test]
    fn header_lines_become_explained_columns() {
        let line = "NAME   READY   UP-TO-DATE   AVAILABLE   AGE";
        let segs = segments(line, &names());
        assert_eq!(joined(&segs), line);
        assert!(segs.contains(&Segment::Header("UP-TO-DATE", Column::UpToDate)));
        assert!(segs.contains(&Segment::Header("READY", Column::ReadyReplicas)));
    }

    #[test]
    fn names_know_every_object_of_that_name() {
        let n = names();
        assert_eq!(
            n.get("web"),
            [(RefKind::Service, "default/web".to_string())]
        );
        assert_eq!(n.get("minikube"), [(RefKind::Node, "minikube".to_string())]);
        assert!(n.get("nothing").is_empty());
    }
}
