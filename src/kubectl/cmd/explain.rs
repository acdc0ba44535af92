//! `kubectl explain TYPE[.field...]` in kubectl's plaintext layout, from a
//! small built-in schema: every kind's top-level fields and the `spec`
//! fields of the workloads a tutorial touches. Deeper paths answer with
//! kubectl's `field "x" does not exist` when not described here.

use super::fail;
use crate::kubectl::cli::{native_text, Call};
use crate::kubectl::resources;
use crate::kubectl::texts::{CommandText, MISSING};
use crate::shell::{done, CommandFuture, Ctx};

/// (field, type, description)
pub type Field = (&'static str, &'static str, &'static str);

const API_VERSION: Field = ("apiVersion", "string", native_text("APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources"));
const KIND: Field = ("kind", "string", native_text("Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"));
const METADATA: Field = ("metadata", "ObjectMeta", native_text("Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"));

/// (kind, description, spec/status type names, spec fields)
struct Schema {
    kind: &'static str,
    /// Read only to write `static/text/kubectl.json` (the browser build
    /// reads the served file instead).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    description: &'static str,
    top: &'static [Field],
    spec: &'static [Field],
}

const SCHEMAS: &[Schema] = &[
    Schema {
        kind: "Pod",
        description: native_text("Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts."),
        top: &[API_VERSION, KIND, METADATA, ("spec", "PodSpec", native_text("Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status")), ("status", "PodStatus", native_text("Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"))],
        spec: &[
            ("containers", "[]Container", native_text("List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.")),
            ("nodeName", "string", native_text("NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName.")),
            ("restartPolicy", "string", native_text("Restart policy for all containers within the pod. One of Always, OnFailure, Never. Default to Always.")),
            ("volumes", "[]Volume", native_text("List of volumes that can be mounted by containers belonging to the pod.")),
        ],
    },
    Schema {
        kind: "Deployment",
        description: native_text("Deployment enables declarative updates for Pods and ReplicaSets."),
        top: &[API_VERSION, KIND, METADATA, ("spec", "DeploymentSpec", native_text("Specification of the desired behavior of the Deployment.")), ("status", "DeploymentStatus", native_text("Most recently observed status of the Deployment."))],
        spec: &[
            ("minReadySeconds", "integer", native_text("Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)")),
            ("paused", "boolean", native_text("Indicates that the deployment is paused.")),
            ("progressDeadlineSeconds", "integer", native_text("The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.")),
            ("replicas", "integer", native_text("Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.")),
            ("revisionHistoryLimit", "integer", native_text("The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.")),
            ("selector", "LabelSelector", native_text("Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels.")),
            ("strategy", "DeploymentStrategy", native_text("The deployment strategy to use to replace existing pods with new ones.")),
            ("template", "PodTemplateSpec", native_text("Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is \"Always\".")),
        ],
    },
    Schema {
        kind: "ReplicaSet",
        description: native_text("ReplicaSet ensures that a specified number of pod replicas are running at any given time."),
        top: &[API_VERSION, KIND, ("metadata", "ObjectMeta", native_text("If the Labels of a ReplicaSet are empty, they are defaulted to be the same as the Pod(s) that the ReplicaSet manages. Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata")), ("spec", "ReplicaSetSpec", native_text("Spec defines the specification of the desired behavior of the ReplicaSet. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status")), ("status", "ReplicaSetStatus", native_text("Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"))],
        spec: &[("replicas", "integer", native_text("Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1.")), ("selector", "LabelSelector", native_text("Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels.")), ("template", "PodTemplateSpec", native_text("Template is the object that describes the pod that will be created if insufficient replicas are detected."))],
    },
    Schema {
        kind: "Service",
        description: native_text("Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy."),
        top: &[API_VERSION, KIND, METADATA, ("spec", "ServiceSpec", native_text("Spec defines the behavior of a service. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status")), ("status", "ServiceStatus", native_text("Most recently observed status of the service. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"))],
        spec: &[("clusterIP", "string", native_text("clusterIP is the IP address of the service and is usually assigned randomly.")), ("ports", "[]ServicePort", native_text("The list of ports that are exposed by this service.")), ("selector", "map[string]string", native_text("Route service traffic to pods with label keys and values matching this selector.")), ("type", "string", native_text("type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer."))],
    },
    Schema {
        kind: "ConfigMap",
        description: native_text("ConfigMap holds configuration data for pods to consume."),
        top: &[API_VERSION, ("binaryData", "map[string]string", native_text("BinaryData contains the binary data. Each key must consist of alphanumeric characters, '-', '_' or '.'.")), ("data", "map[string]string", native_text("Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'.")), ("immutable", "boolean", native_text("Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only object metadata can be modified).")), KIND, METADATA],
        spec: &[],
    },
    Schema {
        kind: "Node",
        description: native_text("Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd)."),
        top: &[API_VERSION, KIND, METADATA, ("spec", "NodeSpec", native_text("Spec defines the behavior of a node. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status")), ("status", "NodeStatus", native_text("Most recently observed status of the node. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"))],
        spec: &[("podCIDR", "string", native_text("PodCIDR represents the pod IP range assigned to the node.")), ("unschedulable", "boolean", native_text("Unschedulable controls node schedulability of new pods. By default, node is schedulable."))],
    },
];

/// Wraps `text` at 80 columns, indented by `indent` spaces.
fn wrap(text: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent + line.len() + 1 + word.len() > 80 {
            out.push_str(&format!("{pad}{line}\n"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&format!("{pad}{line}\n"));
    out
}

pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    let Some(path) = call.args.first() else {
        // kubectl v1.37 says it in one `error:` line.
        return done(fail(
            &mut ctx,
            "You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.",
        ));
    };
    let mut parts = path.split('.');
    let ty = parts.next().unwrap_or("");
    let fields: Vec<&str> = parts.collect();
    let Some(rt) = resources::lookup(ty) else {
        // v1.37 prints this one without its `error: ` prefix.
        ctx.err(&format!("the server doesn't have a resource type {ty:?}\n"));
        return done(1);
    };
    let header = if rt.group.is_empty() {
        format!("KIND:       {}\nVERSION:    {}\n\n", rt.kind, rt.version)
    } else {
        format!(
            "GROUP:      {}\nKIND:       {}\nVERSION:    {}\n\n",
            rt.group, rt.kind, rt.version
        )
    };
    let Some(schema) = SCHEMAS.iter().find(|s| s.kind == rt.kind) else {
        // Said plainly rather than with a made-up description.
        return done(fail(
            &mut ctx,
            &format!(
                "kubeplay does not simulate \"kubectl explain {}\" yet",
                rt.plural
            ),
        ));
    };
    // The descriptions are fetched with kubectl's help (kubectl::texts).
    let Some(words) = CommandText::of(&format!("explain {}", schema.kind)) else {
        ctx.out(MISSING);
        return done(0);
    };
    let desc_of = |list: &str, name: &str| words.in_map(list, name).to_string();
    let text = match fields.as_slice() {
        [] => {
            let mut t = format!(
                "{header}DESCRIPTION:\n{}    \nFIELDS:\n",
                wrap(words.get("description"), 4)
            );
            for (name, ty, _) in schema.top {
                let desc = desc_of("top", name);
                t.push_str(&format!("  {name}\t<{ty}>\n{}\n", wrap(&desc, 4)));
            }
            t + "\n"
        }
        ["spec"] if !schema.spec.is_empty() => {
            let (_, ty, _) = schema
                .top
                .iter()
                .find(|f| f.0 == "spec")
                .copied()
                .unwrap_or(("spec", "Object", ""));
            // The words come from the served texts: the table's are empty
            // in the browser build.
            let mut t = format!(
                "{header}FIELD: spec <{ty}>\n\n\nDESCRIPTION:\n{}    \nFIELDS:\n",
                wrap(&desc_of("top", "spec"), 4)
            );
            for (name, ty, _) in schema.spec {
                t.push_str(&format!(
                    "  {name}\t<{ty}>\n{}\n",
                    wrap(&desc_of("spec", name), 4)
                ));
            }
            t + "\n"
        }
        [field] | ["spec", field] => {
            let (list, key) = if fields.len() == 1 {
                (schema.top, "top")
            } else {
                (schema.spec, "spec")
            };
            match list.iter().find(|f| f.0 == *field) {
                Some((name, ty, _)) => format!(
                    "{header}FIELD: {name} <{ty}>\n\n\nDESCRIPTION:\n{}    \n\n",
                    wrap(&desc_of(key, name), 4)
                ),
                None => {
                    // kubectl prints the kind's header before the error.
                    ctx.out(&header);
                    return done(fail(&mut ctx, &format!("field {field:?} does not exist")));
                }
            }
        }
        more => {
            ctx.out(&header);
            return done(fail(
                &mut ctx,
                &format!(
                    "field {:?} does not exist",
                    more.last().copied().unwrap_or("")
                ),
            ));
        }
    };
    ctx.out(&text);
    done(0)
}

/// The descriptions as `kubectl::texts` serves them: one entry per kind,
/// `explain <Kind>`, with `description` and the `top` and `spec` fields'.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn text_entries() -> Vec<(String, serde_json::Value)> {
    use serde_json::{json, Map, Value};
    let fields = |list: &[Field]| {
        let map: Map<String, Value> = list
            .iter()
            .map(|(name, _, desc)| (name.to_string(), json!(desc)))
            .collect();
        Value::Object(map)
    };
    SCHEMAS
        .iter()
        .map(|s| {
            let entry = json!({
                "description": s.description,
                "top": fields(s.top),
                "spec": fields(s.spec),
            });
            (format!("explain {}", s.kind), entry)
        })
        .collect()
}

/// A kind's explained fields, for the API mode's OpenAPI schemas (native
/// build: the tables carry their words): its description, top-level and
/// `spec` fields as (name, type, description).
#[cfg(not(target_arch = "wasm32"))]
pub fn schema_fields(kind: &str) -> Option<(&'static str, &'static [Field], &'static [Field])> {
    SCHEMAS
        .iter()
        .find(|s| s.kind == kind)
        .map(|s| (s.description, s.top, s.spec))
}
