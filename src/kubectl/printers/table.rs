//! The human-readable `kubectl get` table of one resource type, decorated
//! as cli-runtime's table printer does: optional NAMESPACE first column,
//! `kind/` prefix on names when several types are printed, `-L` label
//! columns, then LABELS for `--show-labels`. No header for an empty table.

use serde_json::Value;

use super::columns::table_def;
use super::fields::{format_labels, map, text};
use super::tabwriter::{align_rows, TABLE};

/// How `get` decorates a table (flags `-o wide`, `--show-labels`, `-L`,
/// `-A`, `--no-headers`, and the multi-type `kind/` prefix).
#[derive(Clone, Debug, Default)]
pub struct TableOptions {
    pub wide: bool,
    pub show_labels: bool,
    pub label_columns: Vec<String>,
    /// Prefix names with `kind.group/` (several types in one command).
    pub with_kind: bool,
    pub with_namespace: bool,
    pub no_headers: bool,
}

/// Header and rows of one type's table, as cells.
pub fn table_rows(
    kind: &str,
    kind_group: &str,
    objects: &[Value],
    opts: &TableOptions,
    now: i64,
) -> Vec<Vec<String>> {
    if objects.is_empty() {
        return Vec::new();
    }
    let def = table_def(kind);
    let mut rows = Vec::with_capacity(objects.len() + 1);
    if !opts.no_headers {
        rows.push(header(def.headers(opts.wide), opts));
    }
    // The NAME column is the one printed with Format "name": first for
    // every kind except events, where it is the last wide column.
    let name_column = if kind == "Event" {
        opts.wide.then(|| def.headers(true).len() - 1)
    } else {
        Some(0)
    };
    for obj in objects {
        let mut cells = (def.row)(obj, now, opts.wide);
        if opts.with_kind {
            if let Some(cell) = name_column.and_then(|c| cells.get_mut(c)) {
                *cell = format!("{kind_group}/{cell}");
            }
        }
        if opts.with_namespace {
            cells.insert(0, text(obj, &["metadata", "namespace"]).to_string());
        }
        let labels = map(obj, &["metadata", "labels"]);
        for key in &opts.label_columns {
            cells.push(
                labels
                    .and_then(|l| l.get(key))
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
            );
        }
        if opts.show_labels {
            cells.push(format_labels(labels));
        }
        rows.push(cells);
    }
    rows
}

fn header(names: &[&str], opts: &TableOptions) -> Vec<String> {
    let mut cells: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    if opts.with_namespace {
        cells.insert(0, "NAMESPACE".to_string());
    }
    for key in &opts.label_columns {
        let last = key.rsplit('/').next().unwrap_or(key);
        // kubectl upper-cases the key as typed, non-ASCII letters too.
        cells.push(super::case::upper(last));
    }
    if opts.show_labels {
        cells.push("LABELS".to_string());
    }
    cells
}

/// One type's table, aligned on its own (kubectl resets widths between types).
pub fn print_table(
    kind: &str,
    kind_group: &str,
    objects: &[Value],
    opts: &TableOptions,
    now: i64,
) -> String {
    let rows = table_rows(kind, kind_group, objects, opts, now);
    align_rows(&rows, TABLE, &mut Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pod(name: &str, labels: Value) -> Value {
        json!({"metadata": {"name": name, "namespace": "default", "labels": labels, "creationTimestamp": "1970-01-01T00:00:00Z"},
            "spec": {"containers": [{"name": "c"}], "nodeName": "minikube"},
            "status": {"phase": "Running", "podIP": "10.244.0.53", "containerStatuses": [{"ready": true, "state": {"running": {}}}]}})
    }

    #[test]
    fn pods_table_with_wide_and_labels() {
        let pods = vec![pod(
            "kubernetes-bootcamp-5cc66bcc9b-mmfgc",
            json!({"app": "kubernetes-bootcamp", "pod-template-hash": "5cc66bcc9b"}),
        )];
        let wide = TableOptions {
            wide: true,
            ..Default::default()
        };
        assert_eq!(
            print_table("Pod", "pod", &pods, &wide, 2),
            "NAME                                   READY   STATUS    RESTARTS   AGE   IP            NODE       NOMINATED NODE   READINESS GATES\n\
             kubernetes-bootcamp-5cc66bcc9b-mmfgc   1/1     Running   0          2s    10.244.0.53   minikube   <none>           <none>\n"
        );
        let labels = TableOptions {
            show_labels: true,
            label_columns: vec!["app".into()],
            ..Default::default()
        };
        assert_eq!(
            print_table("Pod", "pod", &pods, &labels, 16),
            "NAME                                   READY   STATUS    RESTARTS   AGE   APP                   LABELS\n\
             kubernetes-bootcamp-5cc66bcc9b-mmfgc   1/1     Running   0          16s   kubernetes-bootcamp   app=kubernetes-bootcamp,pod-template-hash=5cc66bcc9b\n"
        );
    }

    #[test]
    fn kind_prefix_namespace_and_empty_tables() {
        let pods = vec![pod("web", json!({}))];
        let opts = TableOptions {
            with_kind: true,
            with_namespace: true,
            ..Default::default()
        };
        assert_eq!(print_table("Pod", "pod", &pods, &opts, 0), "NAMESPACE   NAME      READY   STATUS    RESTARTS   AGE\ndefault     pod/web   1/1     Running   0          0s\n");
        assert_eq!(print_table("Pod", "pod", &[], &opts, 0), "");
        let no_headers = TableOptions {
            no_headers: true,
            ..Default::default()
        };
        assert_eq!(
            print_table("Pod", "pod", &pods, &no_headers, 0),
            "web   1/1   Running   0     0s\n"
        );
    }
}
