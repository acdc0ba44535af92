//! Flag definitions, as kubectl describes them in `--help`. Flags used by
//! several commands (`-f`, `-l`, `-o`, …) are defined once here.

use super::later as l;
use crate::kubectl::cli::flags::{Flag, Kind};
use crate::kubectl::cli::native_text;

pub(super) const fn flag(
    long: &'static str,
    short: Option<char>,
    kind: Kind,
    default: &'static str,
    help: &'static str,
) -> Flag {
    Flag {
        long,
        short,
        kind,
        default,
        help: native_text(help),
    }
}

/// Options every command accepts (`kubectl options`).
pub const GLOBALS: &[Flag] = &[
    flag(
        "namespace",
        Some('n'),
        Kind::Str,
        "''",
        "If present, the namespace scope for this CLI request",
    ),
    flag(
        "context",
        None,
        Kind::Str,
        "''",
        "The name of the kubeconfig context to use",
    ),
    flag(
        "cluster",
        None,
        Kind::Str,
        "''",
        "The name of the kubeconfig cluster to use",
    ),
    flag(
        "user",
        None,
        Kind::Str,
        "''",
        "The name of the kubeconfig user to use",
    ),
    flag(
        "kubeconfig",
        None,
        Kind::Str,
        "''",
        "Path to the kubeconfig file to use for CLI requests.",
    ),
    flag(
        "server",
        Some('s'),
        Kind::Str,
        "''",
        "The address and port of the Kubernetes API server",
    ),
    flag(
        "request-timeout",
        None,
        Kind::Str,
        "'0'",
        "The length of time to wait before giving up on a single server request.",
    ),
    flag(
        "v",
        Some('v'),
        Kind::Int,
        "0",
        "number for the log level verbosity",
    ),
    flag(
        "insecure-skip-tls-verify",
        None,
        Kind::Bool,
        "false",
        "If true, the server's certificate will not be checked for validity.",
    ),
    flag(
        "warnings-as-errors",
        None,
        Kind::Bool,
        "false",
        "Treat warnings received from the server as errors and exit with a non-zero exit code",
    ),
];

pub const ALL_NAMESPACES: Flag = flag("all-namespaces", Some('A'), Kind::Bool, "false", "If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.");
pub const OUTPUT: Flag = flag("output", Some('o'), Kind::Str, "''", "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide).");
pub const TEMPLATE: Flag = flag("template", None, Kind::Str, "''", "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].");
pub const SELECTOR: Flag = flag("selector", Some('l'), Kind::Str, "''", "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.");
pub const FIELD_SELECTOR: Flag = flag("field-selector", None, Kind::Str, "''", "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.");
pub const FILENAME: Flag = flag(
    "filename",
    Some('f'),
    Kind::StrArray,
    "[]",
    "Filename, directory, or URL to files identifying the resource.",
);
pub const RECURSIVE: Flag = flag("recursive", Some('R'), Kind::Bool, "false", "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.");
pub const DRY_RUN: Flag = flag("dry-run", None, Kind::Str, "'none'", "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.");
pub const SHOW_LABELS: Flag = flag(
    "show-labels",
    None,
    Kind::Bool,
    "false",
    "When printing, show all labels as the last column (default hide labels column)",
);
pub const NO_HEADERS: Flag = flag("no-headers", None, Kind::Bool, "false", "When using the default or custom-column output format, don't print headers (default print headers).");
pub const WATCH: Flag = flag(
    "watch",
    Some('w'),
    Kind::Bool,
    "false",
    "After listing/getting the requested object, watch for changes.",
);
pub const ALL: Flag = flag(
    "all",
    None,
    Kind::Bool,
    "false",
    "Select all resources in the namespace of the specified resource types",
);
pub const OVERWRITE: Flag = flag("overwrite", None, Kind::Bool, "false", "If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.");
pub const TIMEOUT: Flag = flag(
    "timeout",
    None,
    Kind::Str,
    "0s",
    "The length of time to wait before giving up, zero means infinite",
);

pub const GET: &[Flag] = &[
    ALL_NAMESPACES,
    // Chunks change how kubectl fetches a list, not what it prints.
    l::F_CHUNK_SIZE,
    FIELD_SELECTOR,
    FILENAME,
    flag("label-columns", Some('L'), Kind::StrSlice, "[]", "Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2..."),
    NO_HEADERS,
    OUTPUT,
    SELECTOR,
    SHOW_LABELS,
    flag("show-kind", None, Kind::Bool, "false", "If present, list the resource type for the requested object(s)."),
    flag("sort-by", None, Kind::Str, "''", "If non-empty, sort list types using this field specification."),
    TEMPLATE,
    WATCH,
    flag("watch-only", None, Kind::Bool, "false", "Watch for changes to the requested object(s), without listing/getting first."),
];

pub const DESCRIBE: &[Flag] = &[
    ALL_NAMESPACES,
    l::F_CHUNK_SIZE,
    FILENAME,
    SELECTOR,
    flag(
        "show-events",
        None,
        Kind::Bool,
        "true",
        "If true, display events related to the described object.",
    ),
];

pub const CREATE: &[Flag] = &[
    DRY_RUN,
    FILENAME,
    OUTPUT,
    RECURSIVE,
    flag(
        "save-config",
        None,
        Kind::Bool,
        "false",
        "If true, the configuration of current object will be saved in its annotation.",
    ),
    TEMPLATE,
    flag(
        "validate",
        None,
        Kind::Str,
        "'strict'",
        "Must be one of: strict (or true), warn, ignore (or false).",
    ),
];

pub const CREATE_JOB: &[Flag] = &[
    l::F_DRY_RUN,
    flag(
        "from",
        None,
        Kind::Str,
        "''",
        "The name of the resource to create a Job from (only CronJob is supported).",
    ),
    l::F_IMAGE,
    l::F_OUTPUT,
    l::F_TEMPLATE,
];

pub const CREATE_CRONJOB: &[Flag] = &[
    l::F_DRY_RUN,
    l::F_IMAGE,
    l::F_OUTPUT,
    flag(
        "restart",
        None,
        Kind::Str,
        "''",
        "job's restart policy. supported values: OnFailure, Never",
    ),
    flag(
        "schedule",
        None,
        Kind::Str,
        "''",
        "A schedule in the Cron format the job should be run with.",
    ),
    l::F_TEMPLATE,
];

pub const CREATE_DEPLOYMENT: &[Flag] = &[
    DRY_RUN,
    flag(
        "image",
        None,
        Kind::StrSlice,
        "[]",
        "Image names to run. A deployment can have multiple images set for multi-container pod.",
    ),
    OUTPUT,
    flag(
        "port",
        None,
        Kind::Int,
        "-1",
        "The containerPort that this deployment exposes.",
    ),
    flag(
        "replicas",
        Some('r'),
        Kind::Int,
        "1",
        "Number of replicas to create. Default is 1.",
    ),
    flag(
        "save-config",
        None,
        Kind::Bool,
        "false",
        "If true, the configuration of current object will be saved in its annotation.",
    ),
    TEMPLATE,
];

pub const CREATE_CONFIGMAP: &[Flag] = &[
    DRY_RUN,
    flag("from-env-file", None, Kind::StrArray, "[]", "Specify the path to a file to read lines of key=val pairs to create a configmap."),
    flag("from-file", None, Kind::StrArray, "[]", "Key file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key."),
    flag("from-literal", None, Kind::StrArray, "[]", "Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)"),
    OUTPUT,
    TEMPLATE,
];

pub const CREATE_NAMESPACE: &[Flag] = &[DRY_RUN, OUTPUT, TEMPLATE];

pub const APPLY: &[Flag] = &[
    DRY_RUN,
    FILENAME,
    OUTPUT,
    RECURSIVE,
    flag(
        "server-side",
        None,
        Kind::Bool,
        "false",
        "If true, apply runs in the server instead of the client.",
    ),
    TEMPLATE,
    flag(
        "validate",
        None,
        Kind::Str,
        "'strict'",
        "Must be one of: strict (or true), warn, ignore (or false).",
    ),
];

pub const DELETE: &[Flag] = &[
    ALL,
    ALL_NAMESPACES,
    flag("cascade", None, Kind::Str, "'background'", "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background."),
    FIELD_SELECTOR,
    FILENAME,
    flag("force", None, Kind::Bool, "false", "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation."),
    flag("grace-period", None, Kind::Int, "-1", "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion)."),
    flag("now", None, Kind::Bool, "false", "If true, resources are signaled for immediate shutdown (same as --grace-period=1)."),
    OUTPUT,
    RECURSIVE,
    SELECTOR,
    TIMEOUT,
    flag("wait", None, Kind::Bool, "true", "If true, wait for resources to be gone before returning. This waits for finalizers."),
];

pub const SCALE: &[Flag] = &[
    ALL,
    flag("current-replicas", None, Kind::Int, "-1", "Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition."),
    FILENAME,
    OUTPUT,
    flag("replicas", None, Kind::Int, "0", "The new desired number of replicas. Required."),
    SELECTOR,
    TIMEOUT,
];

pub const SET_IMAGE: &[Flag] = &[
    ALL,
    FILENAME,
    OUTPUT,
    flag(
        "record",
        None,
        Kind::Bool,
        "false",
        "Record current kubectl command in the resource annotation.",
    ),
    SELECTOR,
];

pub const LABEL: &[Flag] = &[ALL, ALL_NAMESPACES, FILENAME, OUTPUT, OVERWRITE, SELECTOR];

pub const EXPOSE: &[Flag] = &[
    flag("cluster-ip", None, Kind::Str, "''", "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service."),
    DRY_RUN,
    flag("external-ip", None, Kind::Str, "''", "Additional external IP address (not managed by Kubernetes) to accept for the service."),
    FILENAME,
    flag("labels", Some('l'), Kind::Str, "''", "Labels to apply to the service created by this call."),
    flag("load-balancer-ip", None, Kind::Str, "''", "IP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used (cloud-provider specific)."),
    flag("name", None, Kind::Str, "''", "The name for the newly created object."),
    OUTPUT,
    flag("port", None, Kind::Str, "''", "The port that the service should serve on. Copied from the resource being exposed, if unspecified"),
    flag("protocol", None, Kind::Str, "''", "The network protocol for the service to be created. Default is 'TCP'."),
    flag("selector", None, Kind::Str, "''", "A label selector to use for this service. Only equality-based selector requirements are supported."),
    flag("session-affinity", None, Kind::Str, "''", "If non-empty, set the session affinity for the service to this; legal values: 'None', 'ClientIP'"),
    flag("target-port", None, Kind::Str, "''", "Name or number for the port on the container that the service should direct traffic to. Optional."),
    flag("type", None, Kind::Str, "''", "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'."),
];

pub const ROLLOUT_STATUS: &[Flag] = &[
    FILENAME,
    flag(
        "revision",
        None,
        Kind::Int,
        "0",
        "Pin to a specific revision for showing its status. Defaults to 0 (last revision).",
    ),
    TIMEOUT,
    flag(
        "watch",
        Some('w'),
        Kind::Bool,
        "true",
        "Watch the status of the rollout until it's done.",
    ),
];
pub const ROLLOUT_HISTORY: &[Flag] = &[
    FILENAME,
    OUTPUT,
    flag(
        "revision",
        None,
        Kind::Int,
        "0",
        "See the details, including podTemplate of the revision specified",
    ),
];
pub const ROLLOUT_UNDO: &[Flag] = &[
    DRY_RUN,
    FILENAME,
    OUTPUT,
    flag(
        "to-revision",
        None,
        Kind::Int,
        "0",
        "The revision to rollback to. Default to 0 (last revision).",
    ),
];
pub const ROLLOUT_SIMPLE: &[Flag] = &[FILENAME, OUTPUT, SELECTOR];

pub const CONTAINER: Flag = flag("container", Some('c'), Kind::Str, "''", "Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen");

pub const LOGS: &[Flag] = &[
    flag("all-containers", None, Kind::Bool, "false", "Get all containers' logs in the pod(s)."),
    CONTAINER,
    flag("follow", Some('f'), Kind::Bool, "false", "Specify if the logs should be streamed."),
    flag("previous", Some('p'), Kind::Bool, "false", "If true, print the logs for the previous instance of the container in a pod if it exists."),
    SELECTOR,
    flag("since", None, Kind::Str, "0s", "Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs."),
    flag("tail", None, Kind::Int, "-1", "Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided."),
    flag("timestamps", None, Kind::Bool, "false", "Include timestamps on each line in the log output"),
];

pub const EXEC: &[Flag] = &[
    CONTAINER,
    FILENAME,
    flag(
        "quiet",
        Some('q'),
        Kind::Bool,
        "false",
        "Only print output from the remote session",
    ),
    flag(
        "stdin",
        Some('i'),
        Kind::Bool,
        "false",
        "Pass stdin to the container",
    ),
    flag("tty", Some('t'), Kind::Bool, "false", "Stdin is a TTY"),
];

pub const RUN: &[Flag] = &[
    flag("attach", None, Kind::Bool, "false", "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned."),
    flag("command", None, Kind::Bool, "false", "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default."),
    DRY_RUN,
    flag("env", None, Kind::StrArray, "[]", "Environment variables to set in the container."),
    flag("image", None, Kind::Str, "''", "The image for the container to run."),
    flag("labels", Some('l'), Kind::Str, "''", "Comma separated labels to apply to the pod. Will override previous values."),
    flag("leave-stdin-open", None, Kind::Bool, "false", "If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes."),
    OUTPUT,
    flag("pod-running-timeout", None, Kind::Str, "1m0s", "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running"),
    flag("port", None, Kind::Str, "''", "The port that this container exposes."),
    flag("quiet", Some('q'), Kind::Bool, "false", "If true, suppress prompt messages."),
    flag("restart", None, Kind::Str, "'Always'", "The restart policy for this Pod.  Legal values [Always, OnFailure, Never]."),
    flag("rm", None, Kind::Bool, "false", "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'."),
    flag("stdin", Some('i'), Kind::Bool, "false", "Keep stdin open on the container in the pod, even if nothing is attached."),
    TEMPLATE,
    flag("tty", Some('t'), Kind::Bool, "false", "Allocate a TTY for the container in the pod."),
];

pub const PORT_FORWARD: &[Flag] = &[flag(
    "address",
    None,
    Kind::StrSlice,
    "[localhost]",
    "Addresses to listen on (comma separated). Only accepts IP addresses or localhost as a value.",
)];
pub const EDIT: &[Flag] = &[
    FILENAME,
    OUTPUT,
    flag(
        "output-patch",
        None,
        Kind::Bool,
        "false",
        "Output the patch if the resource is edited.",
    ),
];
pub const EXPLAIN: &[Flag] = &[flag("recursive", None, Kind::Bool, "false", "When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.")];
pub const VERSION: &[Flag] = &[
    flag(
        "client",
        None,
        Kind::Bool,
        "false",
        "If true, shows client version only (no server required).",
    ),
    OUTPUT,
];
pub const API_RESOURCES: &[Flag] = &[flag("api-group", None, Kind::Str, "''", "Limit to resources in the specified API group."), flag("namespaced", None, Kind::Bool, "true", "If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default."), NO_HEADERS, OUTPUT];
pub const CONFIG_VIEW: &[Flag] = &[
    flag(
        "minify",
        None,
        Kind::Bool,
        "false",
        "Remove all information not used by current-context from the output",
    ),
    OUTPUT,
    flag(
        "raw",
        None,
        Kind::Bool,
        "false",
        "Display raw byte data and sensitive data",
    ),
    TEMPLATE,
];
pub const NONE: &[Flag] = &[];
