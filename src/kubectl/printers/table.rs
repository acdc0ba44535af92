//! The human-readable `kubectl get` table of one resource type, decorated
//! as cli-runtime's table printer does: optional NAMESPACE first column,
//! `kind/` prefix on names when several types are printed, `-L` label
//! columns, then LABELS for `--show-labels`. No header for an empty table.

use super::columns::{table_def, TableDef};
use super::fields::format_label_map;
use super::tabwriter::{align_rows, TABLE};
use crate::api::Object;

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

/// Header and rows of one type's table, as cells, read from the typed
/// objects (no JSON is built for the default columns).
pub fn table_rows(
    kind: &str,
    kind_group: &str,
    objects: &[Object],
    opts: &TableOptions,
    now: i64,
) -> Vec<Vec<String>> {
    if objects.is_empty() {
        return Vec::new();
    }
    let def = table_def(kind);
    let mut rows = Vec::with_capacity(objects.len() + 1);
    if !opts.no_headers {
        rows.push(header_cells(kind, opts));
    }
    rows.extend(
        objects
            .iter()
            .map(|obj| object_cells(&def, kind, kind_group, obj, opts, now)),
    );
    rows
}

/// The cells of one object's row, decorated as `opts` asks.
pub fn object_cells(
    def: &TableDef,
    kind: &str,
    kind_group: &str,
    obj: &Object,
    opts: &TableOptions,
    now: i64,
) -> Vec<String> {
    let mut cells = def.cells(obj, now, opts.wide);
    if opts.with_kind {
        // The NAME column is the one printed with Format "name": first for
        // every kind except events, where it is the last wide column.
        let name_column = if kind == "Event" {
            opts.wide.then(|| def.headers(true).len() - 1)
        } else {
            Some(0)
        };
        if let Some(cell) = name_column.and_then(|c| cells.get_mut(c)) {
            *cell = format!("{kind_group}/{cell}");
        }
    }
    let meta = obj.meta();
    if opts.with_namespace {
        cells.insert(0, meta.namespace.clone());
    }
    for key in &opts.label_columns {
        cells.push(meta.labels.get(key).cloned().unwrap_or_default());
    }
    if opts.show_labels {
        cells.push(format_label_map(&meta.labels));
    }
    cells
}

/// The header cells of one kind's table, decorated as `opts` asks.
pub fn header_cells(kind: &str, opts: &TableOptions) -> Vec<String> {
    let names = table_def(kind).headers(opts.wide);
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
    objects: &[Object],
    opts: &TableOptions,
    now: i64,
) -> String {
    let rows = table_rows(kind, kind_group, objects, opts, now);
    align_rows(&rows, TABLE, &mut Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn pod(name: &str, labels: Value) -> Object {
        Object::from_json(&json!({"kind": "Pod", "metadata": {"name": name, "namespace": "default", "labels": labels, "creationTimestamp": "1970-01-01T00:00:00Z"},
            "spec": {"containers": [{"name": "c", "image": "i"}], "nodeName": "minikube"},
            "status": {"phase": "Running", "podIP": "10.244.0.53", "containerStatuses": [{"name": "c", "image": "i", "ready": true, "state": {"running": {}}}]}}))
        .unwrap()
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
