//! `-o` / `--template` handling shared by `get` and the write commands:
//! choosing a printer from the flag value with kubectl's error texts, and
//! rendering objects as json, yaml, name, go-template, jsonpath or
//! custom-columns (tables are `table.rs`).
//!
//! Several objects print as a `List` (`{"apiVersion":"v1","items":[…],
//! "kind":"List","metadata":{"resourceVersion":""}}`) unless the command
//! named exactly one object.

use serde_json::{json, Value};

use super::json::{to_json_compact, to_json_pretty};
use super::tabwriter::{align_rows, TABLE};
use crate::kubectl::jsonpath::{sprint, JsonPath};
use crate::kubectl::resources;
use crate::kubectl::template::{go_print, go_quote, Template};
use crate::kubectl::yaml::to_yaml;

/// The formats `-o` accepts, sorted as kubectl lists them.
pub const ALLOWED_FORMATS: &[&str] = &[
    "custom-columns",
    "custom-columns-file",
    "go-template",
    "go-template-file",
    "json",
    "jsonpath",
    "jsonpath-as-json",
    "jsonpath-file",
    "kyaml",
    "name",
    "template",
    "templatefile",
    "wide",
    "yaml",
];

/// The table-only formats: `get` accepts them, other commands do not.
const TABLE_FORMATS: [&str; 3] = ["custom-columns", "custom-columns-file", "wide"];

/// A chosen printer.
#[derive(Clone, Debug)]
pub enum Output {
    /// The human-readable table (`wide` adds the priority columns).
    Table {
        wide: bool,
    },
    Json,
    Yaml,
    Name,
    GoTemplate {
        raw: String,
        template: Template,
    },
    JsonPath {
        raw: String,
        path: JsonPath,
        as_json: bool,
    },
    CustomColumns(Vec<(String, JsonPath)>),
}

impl Output {
    pub fn is_table(&self) -> bool {
        matches!(self, Output::Table { .. })
    }
}

/// Chooses the printer for `-o VALUE` and `--template VALUE` of a command
/// that prints objects but no tables (`create`, `run`, `expose`, `config
/// view`…: kubectl's generic print flags).
pub fn choose(format: Option<&str>, template: Option<&str>) -> Result<Output, String> {
    choose_from(format, template, false)
}

/// [`choose`] for `kubectl get`, which also prints tables (`wide`,
/// `custom-columns`).
pub fn choose_for_get(format: Option<&str>, template: Option<&str>) -> Result<Output, String> {
    choose_from(format, template, true)
}

fn choose_from(
    format: Option<&str>,
    template: Option<&str>,
    tables: bool,
) -> Result<Output, String> {
    let format = match (format, template) {
        (None | Some(""), Some(t)) if !t.is_empty() => "go-template".to_string(),
        (Some(f), _) => f.to_string(),
        (None, _) => String::new(),
    };
    let (name, inline) = match format.split_once('=') {
        Some((n, v)) => (n.to_string(), Some(v.to_string())),
        None => (format.clone(), None),
    };
    let value = inline
        .or_else(|| template.map(str::to_string))
        .unwrap_or_default();
    let unmatched = || {
        let allowed: Vec<&str> = ALLOWED_FORMATS
            .iter()
            .copied()
            .filter(|f| tables || !TABLE_FORMATS.contains(f))
            .collect();
        Err(format!("unable to match a printer suitable for the output format {:?}, allowed formats are: {}", name, allowed.join(",")))
    };
    if !tables && TABLE_FORMATS.contains(&name.as_str()) {
        return unmatched();
    }
    match name.as_str() {
        "" => Ok(Output::Table { wide: false }),
        "kyaml" => Err("kubeplay does not simulate -o kyaml yet; -o yaml and -o json work".into()),
        "wide" => Ok(Output::Table { wide: true }),
        "json" => Ok(Output::Json),
        "yaml" => Ok(Output::Yaml),
        "name" => Ok(Output::Name),
        "go-template" | "template" => {
            if value.is_empty() {
                return Err("template format specified but no template given".into());
            }
            let template = Template::parse(&value)
                .map_err(|e| format!("error parsing template {value}, {e}"))?;
            Ok(Output::GoTemplate {
                raw: value,
                template,
            })
        }
        "jsonpath" | "jsonpath-as-json" => {
            if value.is_empty() {
                return Err("template format specified but no template given".into());
            }
            let path = JsonPath::parse(&value)
                .map_err(|e| format!("error parsing jsonpath {value}, {e}"))?;
            Ok(Output::JsonPath {
                raw: value,
                path,
                as_json: name == "jsonpath-as-json",
            })
        }
        "custom-columns" => custom_columns(&value).map(Output::CustomColumns),
        "go-template-file" | "templatefile" | "jsonpath-file" | "custom-columns-file" => Err(
            format!("error reading --template {value}, open {value}: no such file or directory"),
        ),
        _ => unmatched(),
    }
}

/// `NAME:.metadata.name,IMAGE:.spec.containers[*].image`.
fn custom_columns(spec: &str) -> Result<Vec<(String, JsonPath)>, String> {
    if spec.is_empty() {
        return Err("custom-columns format specified but no custom columns given".into());
    }
    let mut columns = Vec::new();
    for part in spec.split(',') {
        let Some((header, path)) = part.split_once(':') else {
            return Err(format!(
                "unexpected custom-columns spec: {part}, expected <header>:<json-path-expr>"
            ));
        };
        columns.push((
            header.to_string(),
            JsonPath::parse(&relaxed_jsonpath(path)?)?,
        ));
    }
    Ok(columns)
}

/// kubectl's `RelaxedJSONPathExpression`: `name`, `.name`, `{name}` and
/// `{.name}` all mean `{.name}`.
pub fn relaxed_jsonpath(path: &str) -> Result<String, String> {
    if path.is_empty() {
        return Ok(String::new());
    }
    let inner = path
        .strip_prefix('{')
        .and_then(|p| p.strip_suffix('}'))
        .unwrap_or(path);
    let inner = inner.strip_prefix('.').unwrap_or(inner);
    if inner.is_empty() || inner.contains(['{', '}']) {
        return Err("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'".into());
    }
    Ok(format!("{{.{inner}}}"))
}

/// A failed render: what kubectl printed to stdout before failing, and
/// the error message (without `error: `).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderError {
    pub stdout: String,
    pub message: String,
}

/// The `List` kubectl wraps several objects in.
pub fn as_list(objects: &[Value]) -> Value {
    json!({"apiVersion": "v1", "items": objects, "kind": "List", "metadata": {"resourceVersion": ""}})
}

/// `deployment.apps/web` for an object.
pub fn object_name(obj: &Value) -> String {
    let kind = obj.get("kind").and_then(Value::as_str).unwrap_or("");
    let name = obj
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or("");
    // A kind discovery does not list is named from its own apiVersion
    // (`role.rbac.authorization.k8s.io/x`), as kubectl's name printer does.
    let group = obj
        .get("apiVersion")
        .and_then(Value::as_str)
        .and_then(|v| v.rsplit_once('/'))
        .map_or(String::new(), |(g, _)| format!(".{g}"));
    match resources::by_kind(kind) {
        Some(rt) => format!("{}/{name}", rt.kind_group()),
        None => format!("{}{group}/{name}", kind.to_ascii_lowercase()),
    }
}

/// Renders `objects` with a non-table printer. `single` is true when the
/// command named exactly one object, so it is printed without a List.
pub fn render(output: &Output, objects: &[Value], single: bool) -> Result<String, RenderError> {
    let data = match (single, objects) {
        (true, [one]) => one.clone(),
        _ => as_list(objects),
    };
    let fail = |stdout: String, message: String| Err(RenderError { stdout, message });
    match output {
        Output::Table { .. } => Ok(String::new()),
        Output::Json => Ok(to_json_pretty(&data)),
        Output::Yaml => Ok(to_yaml(&data)),
        Output::Name => Ok(objects.iter().map(|o| object_name(o) + "\n").collect()),
        Output::GoTemplate { raw, template } => match template.execute(&data) {
            Ok(text) => Ok(text),
            Err(e) => {
                let debug = format!(
                    "Error executing template: {e}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{raw}\n\traw data was:\n\t\t{}\n\tobject given to template engine was:\n\t\t{}\n\n",
                    to_json_compact(&data),
                    go_print(&data)
                );
                fail(
                    debug,
                    format!("error executing template {}: {e}", go_quote(raw)),
                )
            }
        },
        Output::JsonPath { raw, path, as_json } => {
            let result = if *as_json {
                path.find_results(&data).map(|found| {
                    let values: Vec<Value> = found.iter().flatten().map(found_to_json).collect();
                    to_json_pretty(&Value::Array(values))
                })
            } else {
                path.execute(&data)
            };
            result.or_else(|e| {
                let debug = format!(
                    "Error executing template: {e}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{raw}\n\tobject given to jsonpath engine was:\n\t\t{}\n\n",
                    crate::kubectl::jsonpath::go_syntax(&data)
                );
                fail(String::new(), format!("error executing jsonpath {}: {debug}\n", go_quote(raw)))
            })
        }
        Output::CustomColumns(columns) => Ok(custom_columns_table(columns, objects)),
    }
}

fn found_to_json(found: &crate::kubectl::jsonpath::Found) -> Value {
    use crate::kubectl::jsonpath::Found;
    match found {
        Found::J(v) => (*v).clone(),
        Found::Text(s) => Value::String(s.clone()),
        Found::Int(i) => json!(i),
        Found::Float(f) => json!(f),
        Found::Bool(b) => json!(b),
    }
}

/// One custom-columns table: `<none>` for a path that finds nothing,
/// several values joined by commas.
fn custom_columns_table(columns: &[(String, JsonPath)], objects: &[Value]) -> String {
    let mut rows = vec![columns.iter().map(|(h, _)| h.clone()).collect::<Vec<_>>()];
    for obj in objects {
        let cells = columns
            .iter()
            .map(|(_, path)| match path.find_results(obj) {
                Ok(found) if found.first().is_some_and(|f| !f.is_empty()) => found
                    .iter()
                    .flatten()
                    .map(sprint)
                    .collect::<Vec<_>>()
                    .join(","),
                _ => "<none>".to_string(),
            })
            .collect();
        rows.push(cells);
    }
    align_rows(&rows, TABLE, &mut Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svc() -> Value {
        json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "kubernetes-bootcamp"}, "spec": {"ports": [{"nodePort": 30820, "port": 8080}]}})
    }

    #[test]
    fn choosing_printers() {
        assert!(matches!(
            choose_for_get(Some("wide"), None),
            Ok(Output::Table { wide: true })
        ));
        assert!(matches!(
            choose(None, Some("{{.x}}")),
            Ok(Output::GoTemplate { .. })
        ));
        assert!(matches!(
            choose(Some("go-template"), Some("{{.x}}")),
            Ok(Output::GoTemplate { .. })
        ));
        assert_eq!(
            choose(Some("jsonpath"), None).unwrap_err(),
            "template format specified but no template given"
        );
        assert_eq!(
            choose_for_get(Some("xml"), None).unwrap_err(),
            "unable to match a printer suitable for the output format \"xml\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml"
        );
        assert_eq!(
            choose(Some("wide"), None).unwrap_err(),
            "unable to match a printer suitable for the output format \"wide\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,yaml"
        );
        assert_eq!(choose(Some("go-template={{.spec.ports[0]}}"), None).unwrap_err(), "error parsing template {{.spec.ports[0]}}, template: output:1: bad character U+005B '['");
        assert_eq!(
            choose_for_get(Some("custom-columns=NAME"), None).unwrap_err(),
            "unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>"
        );
    }

    #[test]
    fn rendering_objects() {
        let out = choose(Some("go-template={{(index .spec.ports 0).nodePort}}"), None).unwrap();
        assert_eq!(render(&out, &[svc()], true).unwrap(), "30820");
        assert_eq!(
            render(&Output::Name, &[svc()], true).unwrap(),
            "service/kubernetes-bootcamp\n"
        );
        let list = render(&Output::Json, &[svc()], false).unwrap();
        assert!(list.starts_with("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n"));
        assert!(list.ends_with("    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n"));
        let cc = choose_for_get(
            Some("custom-columns=NAME:.metadata.name,PORTS:.spec.ports[*].port,X:.nope"),
            None,
        )
        .unwrap();
        assert_eq!(
            render(&cc, &[svc()], false).unwrap(),
            "NAME                  PORTS   X\nkubernetes-bootcamp   8080    <none>\n"
        );
    }

    #[test]
    fn template_failures_print_debug_text() {
        let out = choose(Some("go-template={{(index .spec.ports0).nodePort}}"), None).unwrap();
        let err = render(&out, &[svc()], true).unwrap_err();
        assert_eq!(err.message, "error executing template \"{{(index .spec.ports0).nodePort}}\": template: output:1:3: executing \"output\" at <index .spec.ports0>: error calling index: index of untyped nil");
        assert!(err
            .stdout
            .starts_with("Error executing template: template: output:1:3:"));
        assert!(err
            .stdout
            .contains("\traw data was:\n\t\t{\"apiVersion\":\"v1\",\"kind\":\"Service\""));
        assert!(err.stdout.contains("\t\tmap[apiVersion:v1 kind:Service metadata:map[name:kubernetes-bootcamp] spec:map[ports:[map[nodePort:30820 port:8080]]]]\n\n"));
    }

    #[test]
    fn relaxed_paths() {
        for p in [
            "metadata.name",
            ".metadata.name",
            "{metadata.name}",
            "{.metadata.name}",
        ] {
            assert_eq!(relaxed_jsonpath(p).unwrap(), "{.metadata.name}");
        }
        assert!(relaxed_jsonpath("{a}{b}").is_err());
    }
}
