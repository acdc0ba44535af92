//! The rest of kubectl v1.37's command tree: commands kubeplay does not
//! simulate yet (their handler says so in one line), and for commands it
//! does simulate, the flags it does not (`Command::later`: parsed, listed
//! by `--help`, and answered with "kubeplay does not simulate the --X
//! flag … yet"). So nothing real kubectl accepts is ever "unknown".
//!
//! Generated from `kubectl-1.37.1 … --help`; to keep the wasm small, a
//! new command's description is its first paragraph and a flag's help its
//! first sentence, and examples are left out.

#![allow(clippy::too_many_arguments)]

use super::flagsets::flag;
use crate::kubectl::cli::{native_text, Command, Flag, Group, Handler, Kind};
use crate::kubectl::cmd;

/// A command kubeplay does not simulate (or a group of them): every flag
/// is accepted, so its handler's "does not simulate" answer comes first.
const fn row(
    run: Option<Handler>,
    name: &'static str,
    aliases: &'static [&'static str],
    short: &'static str,
    long: &'static str,
    usage: &'static str,
    subcommands: &'static [Command],
    flags: &'static [Flag],
    group: Group,
) -> Command {
    Command {
        name,
        aliases,
        short: native_text(short),
        long: native_text(long),
        examples: "",
        usage: native_text(usage),
        flags,
        subcommands,
        run,
        group,
        later: &[],
    }
}

/// A simulated command that came with v1.37's tree (`top node`, `auth
/// can-i`): its flags are all `later`.
const fn simulated(
    run: Option<Handler>,
    name: &'static str,
    aliases: &'static [&'static str],
    short: &'static str,
    long: &'static str,
    usage: &'static str,
    subcommands: &'static [Command],
    flags: &'static [Flag],
    group: Group,
) -> Command {
    row(
        run,
        name,
        aliases,
        short,
        long,
        usage,
        subcommands,
        &[],
        group,
    )
    .later(flags)
}

const F_ALL: Flag = flag(
    "all",
    None,
    Kind::Bool,
    "false",
    "Select all resources in the namespace of the specified resource types",
);
const F_ALL_: Flag = flag(
    "all",
    None,
    Kind::Bool,
    "false",
    "Select all resources, in the namespace of the specified resource types",
);
const F_ALL_NAMESPACES: Flag = flag(
    "all-namespaces",
    Some('A'),
    Kind::Bool,
    "false",
    "If present, list the requested object(s) across all namespaces.",
);
const F_ALL_NAMESPACES_: Flag = flag(
    "all-namespaces",
    Some('A'),
    Kind::Bool,
    "false",
    "If true, check the specified action in all namespaces.",
);
const F_ALLOW_MISSING_TEMPLATE_KEYS: Flag = flag(
    "allow-missing-template-keys",
    None,
    Kind::Bool,
    "true",
    "If true, ignore any errors in templates when a field or map key is missing in the template.",
);
const F_APPEND_HASH: Flag = flag(
    "append-hash",
    None,
    Kind::Bool,
    "false",
    "Append a hash of the secret to its name.",
);
const F_CASCADE: Flag = flag(
    "cascade",
    None,
    Kind::Str,
    "'background'",
    "Must be \"background\", \"orphan\", or \"foreground\".",
);
pub(super) const F_CHUNK_SIZE: Flag = flag(
    "chunk-size",
    None,
    Kind::Int,
    "500",
    "Return large lists in chunks rather than all at once.",
);
const F_CONTAINER: Flag = flag("container", Some('c'), Kind::Str, "''", "Container name.");
pub(super) const F_DRY_RUN: Flag = flag(
    "dry-run",
    None,
    Kind::Str,
    "'none'",
    "Must be \"none\", \"server\", or \"client\".",
);
const F_ENV: Flag = flag(
    "env",
    None,
    Kind::StrArray,
    "[]",
    "Environment variables to set in the container.",
);
const F_FIELD_MANAGER: Flag = flag(
    "field-manager",
    None,
    Kind::Str,
    "'kubectl-client-side-apply'",
    "Name of the manager used to track field ownership.",
);
const F_FIELD_MANAGER_: Flag = flag(
    "field-manager",
    None,
    Kind::Str,
    "'kubectl-create'",
    "Name of the manager used to track field ownership.",
);
const F_FIELD_MANAGER__: Flag = flag(
    "field-manager",
    None,
    Kind::Str,
    "'kubectl-rollout'",
    "Name of the manager used to track field ownership.",
);
const F_FIELD_MANAGER___: Flag = flag(
    "field-manager",
    None,
    Kind::Str,
    "'kubectl-set'",
    "Name of the manager used to track field ownership.",
);
const F_FIELD_SELECTOR: Flag = flag("field-selector", None, Kind::Str, "''", "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2).");
const F_FILENAME: Flag = flag(
    "filename",
    Some('f'),
    Kind::StrArray,
    "[]",
    "Filename, directory, or URL to files identifying the resource to get from a server.",
);
const F_FILENAME_: Flag = flag(
    "filename",
    Some('f'),
    Kind::StrArray,
    "[]",
    "Filename, directory, or URL to files identifying the resource to update",
);
const F_FILENAME__: Flag = flag(
    "filename",
    Some('f'),
    Kind::StrArray,
    "[]",
    "Filename, directory, or URL to files that contains the last-applied-configuration annotations",
);
const F_FILENAME___: Flag = flag(
    "filename",
    Some('f'),
    Kind::StrArray,
    "[]",
    "Filename, directory, or URL to files to use to edit the resource",
);
const F_FILENAME____: Flag = flag(
    "filename",
    Some('f'),
    Kind::StrArray,
    "[]",
    "identifying the resource.",
);
const F_FORCE: Flag = flag(
    "force",
    None,
    Kind::Bool,
    "false",
    "If true, immediately remove resources from API and bypass graceful deletion.",
);
const F_FORCE_CONFLICTS: Flag = flag(
    "force-conflicts",
    None,
    Kind::Bool,
    "false",
    "If true, server-side apply will force the changes against conflicts.",
);
const F_GRACE_PERIOD: Flag = flag(
    "grace-period",
    None,
    Kind::Int,
    "-1",
    "Period of time in seconds given to the resource to terminate gracefully.",
);
pub(super) const F_IMAGE: Flag = flag("image", None, Kind::Str, "''", "Image name to run.");
const F_IMAGE_PULL_POLICY: Flag = flag(
    "image-pull-policy",
    None,
    Kind::Str,
    "''",
    "The image pull policy for the container.",
);
const F_KUBERC: Flag = flag(
    "kuberc",
    None,
    Kind::Str,
    "''",
    "Path to the kuberc file to use for preferences.",
);
const F_KUSTOMIZE: Flag = flag(
    "kustomize",
    Some('k'),
    Kind::Str,
    "''",
    "Process a kustomization directory.",
);
const F_KUSTOMIZE_: Flag = flag(
    "kustomize",
    Some('k'),
    Kind::Str,
    "''",
    "Process the kustomization directory.",
);
const F_LOCAL: Flag = flag(
    "local",
    None,
    Kind::Bool,
    "false",
    "If true, annotation will NOT contact api-server but run locally.",
);
const F_NAME: Flag = flag(
    "name",
    None,
    Kind::Str,
    "''",
    "The name for the newly created object.",
);
pub(super) const F_OUTPUT: Flag = flag("output", Some('o'), Kind::Str, "''", "Output format.");
const F_OUTPUT_: Flag = flag("output", Some('o'), Kind::Str, "'yaml'", "Output format.");
const F_OVERRIDE_TYPE: Flag = flag(
    "override-type",
    None,
    Kind::Str,
    "'merge'",
    "The method used to override the generated object: json, merge, or strategic.",
);
const F_OVERRIDES: Flag = flag(
    "overrides",
    None,
    Kind::Str,
    "''",
    "An inline JSON override for the generated object.",
);
const F_POD_RUNNING_TIMEOUT: Flag = flag("pod-running-timeout", None, Kind::Str, "1m0s", "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running");
const F_POD_RUNNING_TIMEOUT_: Flag = flag("pod-running-timeout", None, Kind::Str, "20s", "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running");
const F_PRUNE_ALLOWLIST: Flag = flag(
    "prune-allowlist",
    None,
    Kind::StrArray,
    "[]",
    "Overwrite the default allowlist with <group/version/kind> for --prune",
);
const F_QUIET: Flag = flag(
    "quiet",
    Some('q'),
    Kind::Bool,
    "false",
    "Only print output from the remote session",
);
const F_RECURSIVE: Flag = flag(
    "recursive",
    Some('R'),
    Kind::Bool,
    "false",
    "Process the directory used in -f, --filename recursively.",
);
const F_RECURSIVE_: Flag = flag(
    "recursive",
    Some('R'),
    Kind::Bool,
    "true",
    "Process the directory used in -f, --filename recursively.",
);
const F_RESOURCE: Flag = flag(
    "resource",
    None,
    Kind::StrSlice,
    "[]",
    "Resource that the rule applies to",
);
const F_RESOURCE_NAME: Flag = flag(
    "resource-name",
    None,
    Kind::StrArray,
    "[]",
    "Resource in the white list that the rule applies to, repeat this flag for multiple items",
);
const F_SAVE_CONFIG: Flag = flag(
    "save-config",
    None,
    Kind::Bool,
    "false",
    "If true, the configuration of current object will be saved in its annotation.",
);
const F_SELECTOR: Flag = flag("selector", Some('l'), Kind::Str, "''", "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)).");
const F_SELECTOR_: Flag = flag("selector", Some('l'), Kind::Str, "''", "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)");
const F_SERVER_SIDE: Flag = flag(
    "server-side",
    None,
    Kind::Bool,
    "false",
    "If true, apply runs in the server instead of the client.",
);
const F_SHOW_MANAGED_FIELDS: Flag = flag(
    "show-managed-fields",
    None,
    Kind::Bool,
    "false",
    "If true, keep the managedFields when printing objects in JSON or YAML format.",
);
const F_STDIN: Flag = flag(
    "stdin",
    Some('i'),
    Kind::Bool,
    "false",
    "Pass stdin to the container",
);
const F_TCP: Flag = flag(
    "tcp",
    None,
    Kind::StrArray,
    "[]",
    "Port pairs can be specified as '<port>:<targetPort>'.",
);
pub(super) const F_TEMPLATE: Flag = flag(
    "template",
    None,
    Kind::Str,
    "''",
    "Template string or path to template file to use when -o=go-template, -o=go-template-file.",
);
const F_TIMEOUT: Flag = flag("timeout", None, Kind::Str, "0s", "The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object");
const F_TTY: Flag = flag("tty", Some('t'), Kind::Bool, "false", "Stdin is a TTY");
const F_USE_PROTOCOL_BUFFERS: Flag = flag(
    "use-protocol-buffers",
    None,
    Kind::Bool,
    "true",
    "Enables using protocol-buffers to access Metrics API.",
);
const F_VALIDATE: Flag = flag(
    "validate",
    None,
    Kind::Str,
    "'strict'",
    "Must be one of: strict (or true), warn, ignore (or false).",
);
const F_VERB: Flag = flag(
    "verb",
    None,
    Kind::StrSlice,
    "[]",
    "Verb that applies to the resources contained in the rule",
);
const F_WAIT: Flag = flag(
    "wait",
    None,
    Kind::Bool,
    "false",
    "If true, wait for resources to be gone before returning.",
);
const F_WINDOWS_LINE_ENDINGS: Flag = flag(
    "windows-line-endings",
    None,
    Kind::Bool,
    "false",
    "Defaults to the line ending native to your platform.",
);

/// Flags of `kubectl create` kubeplay does not simulate yet.
pub const CREATE_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    flag(
        "edit",
        None,
        Kind::Bool,
        "false",
        "Edit the API resource before creating",
    ),
    F_FIELD_MANAGER_,
    F_KUSTOMIZE_,
    flag(
        "raw",
        None,
        Kind::Str,
        "''",
        "Raw URI to POST to the server.",
    ),
    F_SELECTOR,
    F_SHOW_MANAGED_FIELDS,
    flag(
        "windows-line-endings",
        None,
        Kind::Bool,
        "false",
        "Only relevant if --edit=true.",
    ),
];
pub const CREATE_CLUSTERROLE: Command = row(Some(cmd::create_kinds::run), "clusterrole", &[], "Create a cluster role", "Create a cluster role.", "kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none] [options]", &[], &[flag("aggregation-rule", None, Kind::StrArray, "", "An aggregation label selector for combining ClusterRoles."), F_DRY_RUN, flag("non-resource-url", None, Kind::StrSlice, "[]", "A partial url that user should have access to."), F_OUTPUT, F_RESOURCE, F_RESOURCE_NAME, F_TEMPLATE, F_VERB], Group::None).later(CREATE_JOB_LATER);
pub const CREATE_CLUSTERROLEBINDING: Command = row(Some(cmd::create_kinds::run), "clusterrolebinding", &[], "Create a cluster role binding for a particular cluster role", "Create a cluster role binding for a particular cluster role.", "kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]", &[], &[flag("clusterrole", None, Kind::Str, "''", "ClusterRole this ClusterRoleBinding should reference"), F_DRY_RUN, flag("group", None, Kind::StrArray, "[]", "Groups to bind to the clusterrole."), F_OUTPUT, flag("serviceaccount", None, Kind::StrArray, "[]", "Service accounts to bind to the clusterrole, in the format <namespace>:<name>."), F_TEMPLATE, flag("user", None, Kind::StrArray, "[]", "Usernames to bind to the clusterrole.")], Group::None).later(CREATE_JOB_LATER);
/// Flags of `kubectl create configmap` kubeplay does not simulate yet.
pub const CREATE_CONFIGMAP_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    flag(
        "append-hash",
        None,
        Kind::Bool,
        "false",
        "Append a hash of the configmap to its name.",
    ),
    F_FIELD_MANAGER_,
    F_SAVE_CONFIG,
    F_SHOW_MANAGED_FIELDS,
    F_VALIDATE,
];
/// Flags of `kubectl create job` and `create cronjob` kubeplay does not simulate yet.
pub const CREATE_JOB_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_FIELD_MANAGER_,
    F_SAVE_CONFIG,
    F_SHOW_MANAGED_FIELDS,
    F_VALIDATE,
];
/// Flags of `kubectl create deployment` kubeplay does not simulate yet.
pub const CREATE_DEPLOYMENT_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_FIELD_MANAGER_,
    F_SHOW_MANAGED_FIELDS,
    F_VALIDATE,
];
pub const CREATE_INGRESS: Command = row(
    Some(cmd::node::unsupported),
    "ingress",
    &["ing"],
    "Create an ingress with the specified name",
    "Create an ingress with the specified name.",
    "kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options]",
    &[],
    &[
        F_ALLOW_MISSING_TEMPLATE_KEYS,
        flag(
            "annotation",
            None,
            Kind::StrArray,
            "[]",
            "Annotation to insert in the ingress object, in the format annotation=value",
        ),
        flag("class", None, Kind::Str, "''", "Ingress Class to be used"),
        flag(
            "default-backend",
            None,
            Kind::Str,
            "''",
            "Default service for backend, in format of svcname:port",
        ),
        F_DRY_RUN,
        F_FIELD_MANAGER_,
        F_OUTPUT,
        flag(
            "rule",
            None,
            Kind::StrArray,
            "[]",
            "Rule in format host/path=service:port[,tls=secretname].",
        ),
        F_SAVE_CONFIG,
        F_SHOW_MANAGED_FIELDS,
        F_TEMPLATE,
        F_VALIDATE,
    ],
    Group::None,
);
/// Flags of `kubectl create namespace` kubeplay does not simulate yet.
pub const CREATE_NAMESPACE_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_FIELD_MANAGER_,
    F_SAVE_CONFIG,
    F_SHOW_MANAGED_FIELDS,
    F_VALIDATE,
];
pub const CREATE_PODDISRUPTIONBUDGET: Command = row(Some(cmd::create_kinds::run), "poddisruptionbudget", &["pdb"], "Create a pod disruption budget with the specified name", "Create a pod disruption budget with the specified name, selector, and desired minimum available pods.", "kubectl create poddisruptionbudget NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none] [options]", &[], &[F_DRY_RUN, flag("max-unavailable", None, Kind::Str, "''", "The maximum number or percentage of unavailable pods this budget requires."), flag("min-available", None, Kind::Str, "''", "The minimum number or percentage of available pods this budget requires."), F_OUTPUT, flag("selector", None, Kind::Str, "''", "A label selector to use for this budget."), F_TEMPLATE], Group::None).later(CREATE_JOB_LATER);
pub const CREATE_PRIORITYCLASS: Command = row(Some(cmd::create_kinds::run), "priorityclass", &["pc"], "Create a priority class with the specified name", "Create a priority class with the specified name, value, globalDefault and description.", "kubectl create priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none] [options]", &[], &[flag("description", None, Kind::Str, "''", "description is an arbitrary string that usually provides guidelines on when this priority class should be used."), F_DRY_RUN, flag("global-default", None, Kind::Bool, "false", "global-default specifies whether this PriorityClass should be considered as the default priority."), F_OUTPUT, flag("preemption-policy", None, Kind::Str, "'PreemptLowerPriority'", "preemption-policy is the policy for preempting pods with lower priority."), F_TEMPLATE, flag("value", None, Kind::Int, "0", "the value of this priority class.")], Group::None).later(CREATE_JOB_LATER);
pub const CREATE_QUOTA: Command = row(Some(cmd::create_kinds::run), "quota", &["resourcequota"], "Create a quota with the specified name", "Create a resource quota with the specified name, hard limits, and optional scopes.", "kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none] [options]", &[], &[F_DRY_RUN, flag("hard", None, Kind::Str, "''", "A comma-delimited set of resource=quantity pairs that define a hard limit."), F_OUTPUT, flag("scopes", None, Kind::Str, "''", "A comma-delimited set of quota scopes that must all match each object tracked by the quota."), F_TEMPLATE], Group::None).later(CREATE_JOB_LATER);
pub const CREATE_ROLE: Command = row(Some(cmd::create_kinds::run), "role", &[], "Create a role with single rule", "Create a role with single rule.", "kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options]", &[], &[F_DRY_RUN, F_OUTPUT, F_RESOURCE, F_RESOURCE_NAME, F_TEMPLATE, F_VERB], Group::None).later(CREATE_JOB_LATER);
pub const CREATE_ROLEBINDING: Command = row(Some(cmd::create_kinds::run), "rolebinding", &[], "Create a role binding for a particular role or cluster role", "Create a role binding for a particular role or cluster role.", "kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]", &[], &[flag("clusterrole", None, Kind::Str, "''", "ClusterRole this RoleBinding should reference"), F_DRY_RUN, flag("group", None, Kind::StrArray, "[]", "Groups to bind to the role."), F_OUTPUT, flag("role", None, Kind::Str, "''", "Role this RoleBinding should reference"), flag("serviceaccount", None, Kind::StrArray, "[]", "Service accounts to bind to the role, in the format <namespace>:<name>."), F_TEMPLATE, flag("user", None, Kind::StrArray, "[]", "Usernames to bind to the role.")], Group::None).later(CREATE_JOB_LATER);
pub const CREATE_SECRET_DOCKER_REGISTRY: Command = row(Some(cmd::secret::docker_registry), "docker-registry", &[], "Create a secret for use with a Docker registry", "Create a new secret for use with Docker registries.\n        \n        Dockercfg secrets are used to authenticate against Docker registries.\n        \n        When using the Docker command line to push images, you can authenticate to a given registry by running:\n        '$ docker login DOCKER_REGISTRY_SERVER --username=DOCKER_USER --password=DOCKER_PASSWORD --email=DOCKER_EMAIL'.\n        \n That produces a ~/.dockercfg file that is used by subsequent 'docker push' and 'docker pull' commands to authenticate to the registry. The email address is optional.", "kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none] [options]", &[], &[flag("docker-email", None, Kind::Str, "''", "Email for Docker registry"), flag("docker-password", None, Kind::Str, "''", "Password for Docker registry authentication"), flag("docker-server", None, Kind::Str, "'https://index.docker.io/v1/'", "Server location for Docker registry"), flag("docker-username", None, Kind::Str, "''", "Username for Docker registry authentication"), F_DRY_RUN, flag("from-file", None, Kind::StrArray, "[]", "Key files can be specified using their file path, in which case a default name of .dockerconfigjson will be given to them, or optionally with a name and file path, in which case the given name..."), F_OUTPUT, F_TEMPLATE], Group::None).later(&[F_ALLOW_MISSING_TEMPLATE_KEYS, F_APPEND_HASH, F_FIELD_MANAGER_, F_SAVE_CONFIG, F_SHOW_MANAGED_FIELDS, F_VALIDATE]);
pub const CREATE_SECRET_GENERIC: Command = row(Some(cmd::secret::generic), "generic", &[], "Create a secret from a local file, directory, or literal value", "Create a secret based on a file, directory, or specified literal value.", "kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]", &[], &[F_DRY_RUN, flag("from-env-file", None, Kind::StrArray, "[]", "Specify the path to a file to read lines of key=val pairs to create a secret."), flag("from-file", None, Kind::StrArray, "[]", "Key files can be specified using their file path, in which case a default name will be given to them, or optionally with a name and file path, in which case the given name will be used."), flag("from-literal", None, Kind::StrArray, "[]", "Specify a key and literal value to insert in secret (i.e. mykey=somevalue)"), F_OUTPUT, F_TEMPLATE, flag("type", None, Kind::Str, "''", "The type of secret to create")], Group::None).later(&[F_ALLOW_MISSING_TEMPLATE_KEYS, F_APPEND_HASH, F_FIELD_MANAGER_, F_SAVE_CONFIG, F_SHOW_MANAGED_FIELDS, F_VALIDATE]);
pub const CREATE_SECRET_TLS: Command = row(Some(cmd::secret::tls), "tls", &[], "Create a TLS secret", "Create a TLS secret from the given public/private key pair.", "kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]", &[], &[flag("cert", None, Kind::Str, "''", "Path to PEM encoded public key certificate."), F_DRY_RUN, flag("key", None, Kind::Str, "''", "Path to private key associated with given certificate."), F_OUTPUT, F_TEMPLATE], Group::None).later(&[F_ALLOW_MISSING_TEMPLATE_KEYS, F_APPEND_HASH, F_FIELD_MANAGER_, F_SAVE_CONFIG, F_SHOW_MANAGED_FIELDS, F_VALIDATE]);
pub const CREATE_SECRET: Command = row(
    None,
    "secret",
    &[],
    "Create a secret using a specified subcommand",
    "Create a secret with specified type.\n\n A docker-registry type secret is for accessing a container registry.\n\n A generic type secret indicate an Opaque secret type.\n\n A tls type secret holds TLS certificate and its associated key.",
    "kubectl create secret (docker-registry | generic | tls) [options]",
    &[
        CREATE_SECRET_DOCKER_REGISTRY,
        CREATE_SECRET_GENERIC,
        CREATE_SECRET_TLS,
    ],
    &[],
    Group::None,
);
pub const CREATE_SERVICE_CLUSTERIP: Command = row(Some(cmd::service::create), "clusterip", &[], "Create a ClusterIP service", "Create a ClusterIP service with the specified name.", "kubectl create service clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none] [options]", &[], &[flag("clusterip", None, Kind::Str, "''", "Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing)."), F_DRY_RUN, F_OUTPUT, F_TCP, F_TEMPLATE], Group::None).later(&[F_ALLOW_MISSING_TEMPLATE_KEYS, F_FIELD_MANAGER_, F_SAVE_CONFIG, F_SHOW_MANAGED_FIELDS, F_VALIDATE]);
pub const CREATE_SERVICE_EXTERNALNAME: Command = row(Some(cmd::service::create), "externalname", &[], "Create an ExternalName service", "Create an ExternalName service with the specified name.", "kubectl create service externalname NAME --external-name external.name [--dry-run=server|client|none] [options]", &[], &[F_DRY_RUN, flag("external-name", None, Kind::Str, "''", "External name of service"), F_OUTPUT, F_TCP, F_TEMPLATE], Group::None).later(&[F_ALLOW_MISSING_TEMPLATE_KEYS, F_FIELD_MANAGER_, F_SAVE_CONFIG, F_SHOW_MANAGED_FIELDS, F_VALIDATE]);
pub const CREATE_SERVICE_LOADBALANCER: Command = row(Some(cmd::service::create), "loadbalancer", &[], "Create a LoadBalancer service", "Create a LoadBalancer service with the specified name.", "kubectl create service loadbalancer NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]", &[], &[F_DRY_RUN, F_OUTPUT, F_TCP, F_TEMPLATE], Group::None).later(&[F_ALLOW_MISSING_TEMPLATE_KEYS, F_FIELD_MANAGER_, F_SAVE_CONFIG, F_SHOW_MANAGED_FIELDS, F_VALIDATE]);
pub const CREATE_SERVICE_NODEPORT: Command = row(Some(cmd::service::create), "nodeport", &[], "Create a NodePort service", "Create a NodePort service with the specified name.", "kubectl create service nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]", &[], &[F_DRY_RUN, flag("node-port", None, Kind::Int, "0", "Port used to expose the service on each node in a cluster."), F_OUTPUT, F_TCP, F_TEMPLATE], Group::None).later(&[F_ALLOW_MISSING_TEMPLATE_KEYS, F_FIELD_MANAGER_, F_SAVE_CONFIG, F_SHOW_MANAGED_FIELDS, F_VALIDATE]);
pub const CREATE_SERVICE: Command = row(
    None,
    "service",
    &["svc"],
    "Create a service using a specified subcommand",
    "Create a service using a specified subcommand.",
    "kubectl create service [flags] [options]",
    &[
        CREATE_SERVICE_CLUSTERIP,
        CREATE_SERVICE_EXTERNALNAME,
        CREATE_SERVICE_LOADBALANCER,
        CREATE_SERVICE_NODEPORT,
    ],
    &[],
    Group::None,
);
pub const CREATE_SERVICEACCOUNT: Command = row(
    Some(cmd::create_kinds::run),
    "serviceaccount",
    &["sa"],
    "Create a service account with the specified name",
    "Create a service account with the specified name.",
    "kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]",
    &[],
    &[F_DRY_RUN, F_OUTPUT, F_TEMPLATE],
    Group::None,
)
.later(CREATE_JOB_LATER);
pub const CREATE_TOKEN: Command = row(
    Some(cmd::node::unsupported),
    "token",
    &[],
    "Request a service account token",
    "Request a service account token.",
    "kubectl create token SERVICE_ACCOUNT_NAME [options]",
    &[],
    &[
        F_ALLOW_MISSING_TEMPLATE_KEYS,
        flag(
            "audience",
            None,
            Kind::StrArray,
            "[]",
            "Audience of the requested token.",
        ),
        flag(
            "bound-object-kind",
            None,
            Kind::Str,
            "''",
            "Kind of an object to bind the token to.",
        ),
        flag(
            "bound-object-name",
            None,
            Kind::Str,
            "''",
            "Name of an object to bind the token to.",
        ),
        flag(
            "bound-object-uid",
            None,
            Kind::Str,
            "''",
            "UID of an object to bind the token to.",
        ),
        flag(
            "duration",
            None,
            Kind::Str,
            "0s",
            "Requested lifetime of the issued token.",
        ),
        F_OUTPUT,
        F_SHOW_MANAGED_FIELDS,
        F_TEMPLATE,
    ],
    Group::None,
);
/// Flags of `kubectl expose` kubeplay does not simulate yet.
pub const EXPOSE_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    flag(
        "field-manager",
        None,
        Kind::Str,
        "'kubectl-expose'",
        "Name of the manager used to track field ownership.",
    ),
    F_KUSTOMIZE_,
    F_OVERRIDE_TYPE,
    F_OVERRIDES,
    F_RECURSIVE,
    F_SAVE_CONFIG,
    F_SHOW_MANAGED_FIELDS,
    F_TEMPLATE,
];
/// Flags of `kubectl run` kubeplay does not simulate yet.
pub const RUN_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    flag(
        "annotations",
        None,
        Kind::StrArray,
        "[]",
        "Annotations to apply to the pod.",
    ),
    F_CASCADE,
    flag(
        "detach-keys",
        None,
        Kind::Str,
        "'ctrl-p,ctrl-q'",
        "Override the key sequence for detaching a container.",
    ),
    flag(
        "expose",
        None,
        Kind::Bool,
        "false",
        "If true, create a ClusterIP service associated with the pod.",
    ),
    flag(
        "field-manager",
        None,
        Kind::Str,
        "'kubectl-run'",
        "Name of the manager used to track field ownership.",
    ),
    F_FORCE,
    F_GRACE_PERIOD,
    F_IMAGE_PULL_POLICY,
    F_KUSTOMIZE,
    F_OVERRIDE_TYPE,
    F_OVERRIDES,
    flag(
        "privileged",
        None,
        Kind::Bool,
        "false",
        "If true, run the container in privileged mode.",
    ),
    F_RECURSIVE,
    F_SAVE_CONFIG,
    F_SHOW_MANAGED_FIELDS,
    F_TIMEOUT,
    F_WAIT,
];
pub const SET_ENV: Command = row(Some(cmd::set_env::set_env), "env", &[], "Update environment variables on a pod template", "Update environment variables on a pod template.", "kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]", &[], &[flag("containers", Some('c'), Kind::Str, "'*'", "The names of containers in the selected pod templates to change - may use wildcards"), flag("env", Some('e'), Kind::StrArray, "[]", "Specify a key-value pair for an environment variable to set into each container."), flag("list", None, Kind::Bool, "false", "If true, display the environment and any changes in the standard format. this flag will removed when we have kubectl view env."), flag("overwrite", None, Kind::Bool, "true", "If true, allow environment to be overwritten, otherwise reject updates that overwrite existing environment.")], Group::None).later(&[flag("all", None, Kind::Bool, "false", "If true, select all resources in the namespace of the specified resource types"), F_ALLOW_MISSING_TEMPLATE_KEYS, F_DRY_RUN, F_FIELD_MANAGER___, flag("filename", Some('f'), Kind::StrArray, "[]", "Filename, directory, or URL to files the resource to update the env"), flag("from", None, Kind::Str, "''", "The name of a resource from which to inject environment variables"), flag("keys", None, Kind::StrArray, "[]", "Comma-separated list of keys to import from specified resource"), F_KUSTOMIZE_, flag("local", None, Kind::Bool, "false", "If true, set env will NOT contact api-server but run locally."), F_OUTPUT, flag("prefix", None, Kind::Str, "''", "Prefix to append to variable names"), F_RECURSIVE, flag("resolve", None, Kind::Bool, "false", "If true, show secret or configmap references when listing variables"), F_SELECTOR, F_SHOW_MANAGED_FIELDS, F_TEMPLATE]);
/// Flags of `kubectl set image` kubeplay does not simulate yet.
pub const SET_IMAGE_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_DRY_RUN,
    F_FIELD_MANAGER___,
    F_KUSTOMIZE_,
    flag(
        "local",
        None,
        Kind::Bool,
        "false",
        "If true, set image will NOT contact api-server but run locally.",
    ),
    F_RECURSIVE,
    F_SHOW_MANAGED_FIELDS,
    F_TEMPLATE,
];
pub const SET_RESOURCES: Command = row(Some(cmd::node::unsupported), "resources", &[], "Update resource requests/limits on objects with pod templates", "Specify compute resource requirements (CPU, memory) for any resource that defines a pod template.  If a pod is successfully scheduled, it is guaranteed the amount of resource requested, but may burst up to its specified limits.", "kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]", &[], &[F_ALL_, F_ALLOW_MISSING_TEMPLATE_KEYS, flag("containers", Some('c'), Kind::Str, "'*'", "The names of containers in the selected pod templates to change, all containers are selected by default - may use wildcards"), F_DRY_RUN, F_FIELD_MANAGER___, F_FILENAME, F_KUSTOMIZE_, flag("limits", None, Kind::Str, "''", "The resource requirement requests for this container."), flag("local", None, Kind::Bool, "false", "If true, set resources will NOT contact api-server but run locally."), F_OUTPUT, F_RECURSIVE, flag("requests", None, Kind::Str, "''", "The resource requirement requests for this container."), F_SELECTOR, F_SHOW_MANAGED_FIELDS, F_TEMPLATE], Group::None);
pub const SET_SELECTOR: Command = row(Some(cmd::node::unsupported), "selector", &[], "Set the selector on a resource", "Set the selector on a resource. Note that the new selector will overwrite the old selector if the resource had one prior to the invocation of 'set selector'.", "kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version] [options]", &[], &[F_ALL, F_ALLOW_MISSING_TEMPLATE_KEYS, F_DRY_RUN, F_FIELD_MANAGER___, F_FILENAME____, F_LOCAL, F_OUTPUT, F_RECURSIVE_, flag("resource-version", None, Kind::Str, "''", "If non-empty, the selectors update will only succeed if this is the current resource-version for the object."), F_SHOW_MANAGED_FIELDS, F_TEMPLATE], Group::None);
pub const SET_SERVICEACCOUNT: Command = row(
    Some(cmd::node::unsupported),
    "serviceaccount",
    &["sa"],
    "Update the service account of a resource",
    "Update the service account of pod template resources.",
    "kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT [options]",
    &[],
    &[
        F_ALL_,
        F_ALLOW_MISSING_TEMPLATE_KEYS,
        F_DRY_RUN,
        F_FIELD_MANAGER___,
        F_FILENAME,
        F_KUSTOMIZE_,
        flag(
            "local",
            None,
            Kind::Bool,
            "false",
            "If true, set serviceaccount will NOT contact api-server but run locally.",
        ),
        F_OUTPUT,
        F_RECURSIVE,
        F_SHOW_MANAGED_FIELDS,
        F_TEMPLATE,
    ],
    Group::None,
);
pub const SET_SUBJECT: Command = row(Some(cmd::node::unsupported), "subject", &[], "Update the user, group, or service account in a role binding or cluster role binding", "Update the user, group, or service account in a role binding or cluster role binding.", "kubectl set subject (-f FILENAME | TYPE NAME) [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]", &[], &[F_ALL_, F_ALLOW_MISSING_TEMPLATE_KEYS, F_DRY_RUN, F_FIELD_MANAGER___, flag("filename", Some('f'), Kind::StrArray, "[]", "Filename, directory, or URL to files the resource to update the subjects"), flag("group", None, Kind::StrArray, "[]", "Groups to bind to the role"), F_KUSTOMIZE_, flag("local", None, Kind::Bool, "false", "If true, set subject will NOT contact api-server but run locally."), F_OUTPUT, F_RECURSIVE, F_SELECTOR, flag("serviceaccount", None, Kind::StrArray, "[]", "Service accounts to bind to the role"), F_SHOW_MANAGED_FIELDS, F_TEMPLATE, flag("user", None, Kind::StrArray, "[]", "Usernames to bind to the role")], Group::None);
/// Flags of `kubectl explain` kubeplay does not simulate yet.
pub const EXPLAIN_LATER: &[Flag] = &[
    flag(
        "api-version",
        None,
        Kind::Str,
        "''",
        "Get different explanations for particular API version (API group/version)",
    ),
    flag(
        "max-depth",
        None,
        Kind::Int,
        "0",
        "Maximum recursion depth when printing nested fields with --recursive. 0 means no limit.",
    ),
    flag(
        "output",
        Some('o'),
        Kind::Str,
        "'plaintext'",
        "Format in which to render the schema (plaintext, plaintext-openapiv2)",
    ),
];
/// Flags of `kubectl get` kubeplay does not simulate yet.
pub const GET_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    flag(
        "ignore-not-found",
        None,
        Kind::Bool,
        "false",
        "If set to true, suppresses NotFound error for specific objects that do not exist.",
    ),
    F_KUSTOMIZE_,
    flag(
        "output-watch-events",
        None,
        Kind::Bool,
        "false",
        "Output watch event objects when --watch or --watch-only is used.",
    ),
    flag(
        "raw",
        None,
        Kind::Str,
        "''",
        "Raw URI to request from the server.",
    ),
    F_RECURSIVE,
    flag(
        "server-print",
        None,
        Kind::Bool,
        "true",
        "If true, have the server return the appropriate table output.",
    ),
    F_SHOW_MANAGED_FIELDS,
    flag(
        "subresource",
        None,
        Kind::Str,
        "''",
        "If specified, gets the subresource of the requested object.",
    ),
];
/// Flags of `kubectl edit` kubeplay does not simulate yet.
pub const EDIT_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    flag(
        "field-manager",
        None,
        Kind::Str,
        "'kubectl-edit'",
        "Name of the manager used to track field ownership.",
    ),
    F_KUSTOMIZE_,
    F_RECURSIVE,
    F_SAVE_CONFIG,
    F_SHOW_MANAGED_FIELDS,
    flag(
        "subresource",
        None,
        Kind::Str,
        "''",
        "If specified, edit will operate on the subresource of the requested object.",
    ),
    F_TEMPLATE,
    F_VALIDATE,
    F_WINDOWS_LINE_ENDINGS,
];
/// Flags of `kubectl delete` kubeplay does not simulate yet.
pub const DELETE_LATER: &[Flag] = &[
    F_DRY_RUN,
    flag(
        "ignore-not-found",
        None,
        Kind::Bool,
        "false",
        "Treat \"resource not found\" as a successful delete.",
    ),
    flag(
        "interactive",
        Some('i'),
        Kind::Bool,
        "false",
        "If true, delete resource only when user confirms.",
    ),
    F_KUSTOMIZE,
    flag(
        "raw",
        None,
        Kind::Str,
        "''",
        "Raw URI to DELETE to the server.",
    ),
];
/// Flags of `kubectl rollout history` kubeplay does not simulate yet.
pub const ROLLOUT_HISTORY_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_KUSTOMIZE_,
    F_RECURSIVE,
    F_SELECTOR,
    F_SHOW_MANAGED_FIELDS,
    F_TEMPLATE,
];
/// Flags of `kubectl rollout pause` kubeplay does not simulate yet.
pub const ROLLOUT_PAUSE_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_FIELD_MANAGER__,
    F_KUSTOMIZE_,
    F_RECURSIVE,
    F_SHOW_MANAGED_FIELDS,
    F_TEMPLATE,
];
/// Flags of `kubectl rollout restart` kubeplay does not simulate yet.
pub const ROLLOUT_RESTART_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_FIELD_MANAGER__,
    F_KUSTOMIZE_,
    F_RECURSIVE,
    F_SHOW_MANAGED_FIELDS,
    F_TEMPLATE,
];
/// Flags of `kubectl rollout resume` kubeplay does not simulate yet.
pub const ROLLOUT_RESUME_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_FIELD_MANAGER__,
    F_KUSTOMIZE_,
    F_RECURSIVE,
    F_SHOW_MANAGED_FIELDS,
    F_TEMPLATE,
];
/// Flags of `kubectl rollout status` kubeplay does not simulate yet.
pub const ROLLOUT_STATUS_LATER: &[Flag] = &[F_KUSTOMIZE_, F_RECURSIVE, F_SELECTOR];
/// Flags of `kubectl rollout undo` kubeplay does not simulate yet.
pub const ROLLOUT_UNDO_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_KUSTOMIZE_,
    F_RECURSIVE,
    F_SELECTOR,
    F_SHOW_MANAGED_FIELDS,
    F_TEMPLATE,
];
/// Flags of `kubectl scale` kubeplay does not simulate yet.
pub const SCALE_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_DRY_RUN,
    F_KUSTOMIZE_,
    F_RECURSIVE,
    flag(
        "resource-version",
        None,
        Kind::Str,
        "''",
        "Precondition for resource version.",
    ),
    F_SHOW_MANAGED_FIELDS,
    F_TEMPLATE,
];
pub const AUTOSCALE: Command = row(Some(cmd::node::unsupported), "autoscale", &[], "Auto-scale a deployment, replica set, stateful set, or replication controller", "Creates an autoscaler that automatically chooses and sets the number of pods that run in a Kubernetes cluster. The command will attempt to use the autoscaling/v2 API first, in case of an error, it will fall back to autoscaling/v1 API.", "kubectl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu=CPU] [--memory=MEMORY] [options]", &[], &[F_ALLOW_MISSING_TEMPLATE_KEYS, flag("cpu", None, Kind::Str, "''", "Target CPU utilization over all the pods."), F_DRY_RUN, flag("field-manager", None, Kind::Str, "'kubectl-autoscale'", "Name of the manager used to track field ownership."), flag("filename", Some('f'), Kind::StrArray, "[]", "Filename, directory, or URL to files identifying the resource to autoscale."), F_KUSTOMIZE_, flag("max", None, Kind::Int, "-1", "The upper limit for the number of pods that can be set by the autoscaler."), flag("memory", None, Kind::Str, "''", "Target memory utilization over all the pods."), flag("min", None, Kind::Int, "-1", "The lower limit for the number of pods that can be set by the autoscaler."), F_NAME, F_OUTPUT, F_RECURSIVE, F_SAVE_CONFIG, F_SHOW_MANAGED_FIELDS, F_TEMPLATE], Group::Deploy);
pub const CERTIFICATE_APPROVE: Command = row(
    Some(cmd::node::unsupported),
    "approve",
    &[],
    "Approve a certificate signing request",
    "Approve a certificate signing request.",
    "kubectl certificate approve (-f FILENAME | NAME) [options]",
    &[],
    &[
        F_ALLOW_MISSING_TEMPLATE_KEYS,
        F_FILENAME_,
        flag(
            "force",
            None,
            Kind::Bool,
            "false",
            "Update the CSR even if it is already approved.",
        ),
        F_KUSTOMIZE_,
        F_OUTPUT,
        F_RECURSIVE,
        F_SHOW_MANAGED_FIELDS,
        F_TEMPLATE,
    ],
    Group::None,
);
pub const CERTIFICATE_DENY: Command = row(
    Some(cmd::node::unsupported),
    "deny",
    &[],
    "Deny a certificate signing request",
    "Deny a certificate signing request.",
    "kubectl certificate deny (-f FILENAME | NAME) [options]",
    &[],
    &[
        F_ALLOW_MISSING_TEMPLATE_KEYS,
        F_FILENAME_,
        flag(
            "force",
            None,
            Kind::Bool,
            "false",
            "Update the CSR even if it is already denied.",
        ),
        F_KUSTOMIZE_,
        F_OUTPUT,
        F_RECURSIVE,
        F_SHOW_MANAGED_FIELDS,
        F_TEMPLATE,
    ],
    Group::None,
);
pub const CERTIFICATE: Command = row(
    None,
    "certificate",
    &[],
    "Modify certificate resources",
    "Modify certificate resources.",
    "kubectl certificate SUBCOMMAND [options]",
    &[CERTIFICATE_APPROVE, CERTIFICATE_DENY],
    &[],
    Group::Cluster,
);
pub const CLUSTER_INFO_DUMP: Command = row(Some(cmd::node::unsupported), "dump", &[], "Dump relevant information for debugging and diagnosis", "Dump cluster information out suitable for debugging and diagnosing cluster problems.  By default, dumps everything to stdout. You can optionally specify a directory with --output-directory.  If you specify a directory, Kubernetes will build a set of files in that directory.  By default, only dumps things in the current namespace and 'kube-system' namespace, but you can switch to a different namespace with the --namespaces flag, or specify --all-namespaces to dump all namespaces.", "kubectl cluster-info dump [flags] [options]", &[], &[flag("all-namespaces", Some('A'), Kind::Bool, "false", "If true, dump all namespaces."), F_ALLOW_MISSING_TEMPLATE_KEYS, flag("namespaces", None, Kind::StrArray, "[]", "A comma separated list of namespaces to dump."), flag("output", Some('o'), Kind::Str, "'json'", "Output format."), flag("output-directory", None, Kind::Str, "''", "Where to output the files."), F_POD_RUNNING_TIMEOUT_, F_SHOW_MANAGED_FIELDS, F_TEMPLATE], Group::None);
pub const CLUSTER_INFO: Command = simulated(Some(cmd::info::cluster_info), "cluster-info", &[], "Display cluster information", "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.", "kubectl cluster-info [flags] [options]", &[CLUSTER_INFO_DUMP], &[], Group::Cluster);
pub const TOP_NODE: Command = simulated(
    Some(cmd::node::top),
    "node",
    &["nodes", "no"],
    "Display resource (CPU/memory) usage of nodes",
    "Display resource (CPU/memory) usage of nodes.",
    "kubectl top node [NAME | -l label] [options]",
    &[],
    &[
        flag(
            "no-headers",
            None,
            Kind::Bool,
            "false",
            "If present, print output without headers",
        ),
        F_SELECTOR,
        flag(
            "show-capacity",
            None,
            Kind::Bool,
            "false",
            "Print node resources based on Capacity instead of Allocatable(default) of the nodes.",
        ),
        flag(
            "show-swap",
            None,
            Kind::Bool,
            "false",
            "Print node resources related to swap memory.",
        ),
        flag(
            "sort-by",
            None,
            Kind::Str,
            "''",
            "If non-empty, sort nodes list using specified field.",
        ),
        F_USE_PROTOCOL_BUFFERS,
    ],
    Group::None,
);
pub const TOP_POD: Command = simulated(
    Some(cmd::node::top),
    "pod",
    &["pods", "po"],
    "Display resource (CPU/memory) usage of pods",
    "Display resource (CPU/memory) usage of pods.",
    "kubectl top pod [NAME | -l label] [options]",
    &[],
    &[
        F_ALL_NAMESPACES,
        flag(
            "containers",
            None,
            Kind::Bool,
            "false",
            "If present, print usage of containers within a pod.",
        ),
        F_FIELD_SELECTOR,
        flag(
            "no-headers",
            None,
            Kind::Bool,
            "false",
            "If present, print output without headers.",
        ),
        F_SELECTOR,
        flag(
            "show-swap",
            None,
            Kind::Bool,
            "false",
            "Print pod resources related to swap memory.",
        ),
        flag(
            "sort-by",
            None,
            Kind::Str,
            "''",
            "If non-empty, sort pods list using specified field.",
        ),
        flag(
            "sum",
            None,
            Kind::Bool,
            "false",
            "Print the sum of the resource usage",
        ),
        F_USE_PROTOCOL_BUFFERS,
    ],
    Group::None,
);
pub const TOP: Command = row(
    None,
    "top",
    &[],
    "Display resource (CPU/memory) usage",
    "Display resource (CPU/memory) usage.",
    "kubectl top [flags] [options]",
    &[TOP_NODE, TOP_POD],
    &[],
    Group::Cluster,
);
/// Flags of `kubectl cordon` kubeplay does not simulate yet.
pub const CORDON_LATER: &[Flag] = &[F_DRY_RUN, F_SELECTOR];
/// Flags of `kubectl uncordon` kubeplay does not simulate yet.
pub const UNCORDON_LATER: &[Flag] = &[F_DRY_RUN, F_SELECTOR];
/// `kubectl drain`: the flags after the command's own are not simulated yet.
pub const DRAIN: Command = row(Some(cmd::drain::drain), "drain", &[], "Drain node in preparation for maintenance", "Drain node in preparation for maintenance.", "kubectl drain NODE [options]", &[], &[flag("delete-emptydir-data", None, Kind::Bool, "false", "Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained)."), flag("disable-eviction", None, Kind::Bool, "false", "Force drain to use delete, even if eviction is supported."), flag("force", None, Kind::Bool, "false", "Continue even if there are pods that do not declare a controller."), flag("grace-period", None, Kind::Int, "-1", "Period of time in seconds given to each pod to terminate gracefully."), flag("ignore-daemonsets", None, Kind::Bool, "false", "Ignore DaemonSet-managed pods."), flag("pod-selector", None, Kind::Str, "''", "Label selector to filter pods on the node"), flag("timeout", None, Kind::Str, "0s", "The length of time to wait before giving up, zero means infinite"), F_DRY_RUN], Group::Cluster).later(&[F_CHUNK_SIZE, F_SELECTOR, flag("skip-wait-for-delete-timeout", None, Kind::Int, "0", "If pod DeletionTimestamp older than N seconds, skip waiting for the pod.")]);
/// `kubectl taint`: `--all` and `--overwrite` are simulated.
pub const TAINT: Command = row(Some(cmd::taint::taint), "taint", &[], "Update the taints on one or more nodes", "Update the taints on one or more nodes.", "kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]", &[], &[flag("all", None, Kind::Bool, "false", "Select all nodes in the cluster"), flag("overwrite", None, Kind::Bool, "false", "If true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints.")], Group::Cluster).later(&[F_ALLOW_MISSING_TEMPLATE_KEYS, F_DRY_RUN, flag("field-manager", None, Kind::Str, "'kubectl-taint'", "Name of the manager used to track field ownership."), F_OUTPUT, F_SELECTOR, F_SHOW_MANAGED_FIELDS, F_TEMPLATE, F_VALIDATE]);
/// Flags of `kubectl describe` kubeplay does not simulate yet.
pub const DESCRIBE_LATER: &[Flag] = &[F_KUSTOMIZE_, F_RECURSIVE];
/// Flags of `kubectl logs` kubeplay does not simulate yet.
pub const LOGS_LATER: &[Flag] = &[
    flag(
        "all-pods",
        None,
        Kind::Bool,
        "false",
        "Get logs from all pod(s).",
    ),
    flag(
        "ignore-errors",
        None,
        Kind::Bool,
        "false",
        "If watching / following pod logs, allow for any errors that occur to be non-fatal",
    ),
    flag(
        "insecure-skip-tls-verify-backend",
        None,
        Kind::Bool,
        "false",
        "Skip verifying the identity of the kubelet that logs are requested from.",
    ),
    flag(
        "limit-bytes",
        None,
        Kind::Int,
        "0",
        "Maximum bytes of logs to return.",
    ),
    flag(
        "max-log-requests",
        None,
        Kind::Int,
        "5",
        "Specify maximum number of concurrent logs to follow when using by a selector.",
    ),
    F_POD_RUNNING_TIMEOUT_,
    flag(
        "prefix",
        None,
        Kind::Bool,
        "false",
        "Prefix each log line with the log source (pod name and container name)",
    ),
    flag(
        "since-time",
        None,
        Kind::Str,
        "''",
        "Only return logs after a specific date (RFC3339).",
    ),
];
pub const ATTACH: Command = row(
    Some(cmd::node::unsupported),
    "attach",
    &[],
    "Attach to a running container",
    "Attach to a process that is already running inside an existing container.",
    "kubectl attach (POD | TYPE/NAME) -c CONTAINER [options]",
    &[],
    &[
        F_CONTAINER,
        flag(
            "detach-keys",
            None,
            Kind::Str,
            "'ctrl-p,ctrl-q'",
            "Override the key sequence for detaching a container",
        ),
        F_POD_RUNNING_TIMEOUT,
        F_QUIET,
        F_STDIN,
        F_TTY,
    ],
    Group::Troubleshooting,
);
/// Flags of `kubectl exec` kubeplay does not simulate yet.
pub const EXEC_LATER: &[Flag] = &[F_POD_RUNNING_TIMEOUT];
/// Flags of `kubectl port-forward` kubeplay does not simulate yet.
pub const PORT_FORWARD_LATER: &[Flag] = &[F_POD_RUNNING_TIMEOUT];
pub const PROXY: Command = row(Some(cmd::node::unsupported), "proxy", &[], "Run a proxy to the Kubernetes API server", "Creates a proxy server or application-level gateway between localhost and the Kubernetes API server. It also allows serving static content over specified HTTP path. All incoming data enters through one port and gets forwarded to the remote Kubernetes API server port, except for the path matching the static content path.", "kubectl proxy [--port=PORT] [--www=static-dir] [--www-prefix=prefix] [--api-prefix=prefix] [options]", &[], &[flag("accept-hosts", None, Kind::Str, "'^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$'", "Regular expression for hosts that the proxy should accept."), flag("accept-paths", None, Kind::Str, "'^.*'", "Regular expression for paths that the proxy should accept."), flag("address", None, Kind::Str, "'127.0.0.1'", "The IP address on which to serve on."), flag("api-prefix", None, Kind::Str, "'/'", "Prefix to serve the proxied API under."), flag("append-server-path", None, Kind::Bool, "false", "If true, enables automatic path appending of the kube context server path to each request."), flag("disable-filter", None, Kind::Bool, "false", "If true, disable request filtering in the proxy."), flag("keepalive", None, Kind::Str, "0s", "keepalive specifies the keep-alive period for an active network connection."), flag("port", Some('p'), Kind::Int, "8001", "The port on which to run the proxy."), flag("reject-methods", None, Kind::Str, "'^$'", "Regular expression for HTTP methods that the proxy should reject (example --reject-methods='POST,PUT,PATCH'). "), flag("reject-paths", None, Kind::Str, "'^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach'", "Regular expression for paths that the proxy should reject."), flag("unix-socket", Some('u'), Kind::Str, "''", "Unix socket on which to run the proxy."), flag("www", Some('w'), Kind::Str, "''", "Also serve static files from the given directory under the specified prefix."), flag("www-prefix", Some('P'), Kind::Str, "'/static/'", "Prefix to serve static files under, if static file directory is specified.")], Group::Troubleshooting);
pub const CP: Command = row(Some(cmd::node::unsupported), "cp", &[], "Copy files and directories to and from containers", "Copy files and directories to and from containers.", "kubectl cp <file-spec-src> <file-spec-dest> [options]", &[], &[F_CONTAINER, flag("no-preserve", None, Kind::Bool, "false", "The copied file/directory's ownership and permissions will not be preserved in the container"), flag("retries", None, Kind::Int, "0", "Set number of retries to complete a copy operation from a container.")], Group::Troubleshooting);
pub const AUTH_CAN_I: Command = simulated(
    Some(cmd::node::can_i),
    "can-i",
    &[],
    "Check whether an action is allowed",
    "Check whether an action is allowed.",
    "kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]",
    &[],
    &[
        F_ALL_NAMESPACES_,
        flag(
            "list",
            None,
            Kind::Bool,
            "false",
            "If true, prints all allowed actions.",
        ),
        flag(
            "no-headers",
            None,
            Kind::Bool,
            "false",
            "If true, prints allowed actions without headers",
        ),
        flag(
            "quiet",
            Some('q'),
            Kind::Bool,
            "false",
            "If true, suppress output and just return the exit code.",
        ),
        flag(
            "subresource",
            None,
            Kind::Str,
            "''",
            "SubResource such as pod/log or deployment/scale",
        ),
    ],
    Group::None,
);
pub const AUTH_RECONCILE: Command = row(
    Some(cmd::node::unsupported),
    "reconcile",
    &[],
    "Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects",
    "Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects.",
    "kubectl auth reconcile -f FILENAME [options]",
    &[],
    &[
        F_ALLOW_MISSING_TEMPLATE_KEYS,
        F_DRY_RUN,
        flag(
            "filename",
            Some('f'),
            Kind::StrArray,
            "[]",
            "Filename, directory, or URL to files identifying the resource to reconcile.",
        ),
        F_KUSTOMIZE_,
        F_OUTPUT,
        F_RECURSIVE,
        flag(
            "remove-extra-permissions",
            None,
            Kind::Bool,
            "false",
            "If true, removes extra permissions added to roles",
        ),
        flag(
            "remove-extra-subjects",
            None,
            Kind::Bool,
            "false",
            "If true, removes extra subjects added to rolebindings",
        ),
        F_SHOW_MANAGED_FIELDS,
        F_TEMPLATE,
    ],
    Group::None,
);
pub const AUTH_WHOAMI: Command = simulated(
    Some(cmd::node::whoami),
    "whoami",
    &[],
    "Experimental: Check self subject attributes",
    "Experimental: Check who you are and your attributes (groups, extra).",
    "kubectl auth whoami [options]",
    &[],
    &[
        F_ALLOW_MISSING_TEMPLATE_KEYS,
        F_OUTPUT,
        F_SHOW_MANAGED_FIELDS,
        F_TEMPLATE,
    ],
    Group::None,
);
pub const AUTH: Command = row(
    None,
    "auth",
    &[],
    "Inspect authorization",
    "Inspect authorization.",
    "kubectl auth [flags] [options]",
    &[AUTH_CAN_I, AUTH_RECONCILE, AUTH_WHOAMI],
    &[],
    Group::Troubleshooting,
);
pub const DEBUG: Command = row(Some(cmd::node::unsupported), "debug", &[], "Create debugging sessions for troubleshooting workloads and nodes", "Debug cluster resources using interactive debugging containers.", "kubectl debug (POD | TYPE[[.VERSION].GROUP]/NAME) [ -- COMMAND [args...] ] [options]", &[], &[flag("arguments-only", None, Kind::Bool, "false", "If specified, everything after -- will be passed to the new container as Args instead of Command."), flag("attach", None, Kind::Bool, "false", "If true, wait for the container to start running, and then attach as if 'kubectl attach ...' were called."), flag("container", Some('c'), Kind::Str, "''", "Container name to use for debug container."), flag("copy-to", None, Kind::Str, "''", "Create a copy of the target Pod with this name."), flag("custom", None, Kind::Str, "''", "Path to a JSON or YAML file containing a partial container spec to customize built-in debug profiles."), F_ENV, flag("filename", Some('f'), Kind::StrArray, "[]", "identifying the resource to debug"), flag("image", None, Kind::Str, "''", "Container image to use for debug container."), F_IMAGE_PULL_POLICY, flag("keep-annotations", None, Kind::Bool, "false", "If true, keep the original pod annotations.(This flag only works when used with '--copy-to')"), flag("keep-init-containers", None, Kind::Bool, "true", "Run the init containers for the pod."), flag("keep-labels", None, Kind::Bool, "false", "If true, keep the original pod labels.(This flag only works when used with '--copy-to')"), flag("keep-liveness", None, Kind::Bool, "false", "If true, keep the original pod liveness probes.(This flag only works when used with '--copy-to')"), flag("keep-readiness", None, Kind::Bool, "false", "If true, keep the original pod readiness probes.(This flag only works when used with '--copy-to')"), flag("keep-startup", None, Kind::Bool, "false", "If true, keep the original startup probes.(This flag only works when used with '--copy-to')"), flag("profile", None, Kind::Str, "'general'", "Options are \"general\", \"baseline\", \"restricted\", \"netadmin\" or \"sysadmin\"."), flag("quiet", Some('q'), Kind::Bool, "false", "If true, suppress informational messages."), flag("replace", None, Kind::Bool, "false", "When used with '--copy-to', delete the original Pod."), flag("same-node", None, Kind::Bool, "false", "When used with '--copy-to', schedule the copy of target Pod on the same node."), flag("set-image", None, Kind::StrArray, "[]", "When used with '--copy-to', a list of name=image pairs for changing container images, similar to how 'kubectl set image' works."), flag("share-processes", None, Kind::Bool, "true", "When used with '--copy-to', enable process namespace sharing in the copy."), flag("stdin", Some('i'), Kind::Bool, "false", "Keep stdin open on the container(s) in the pod, even if nothing is attached."), flag("target", None, Kind::Str, "''", "When using an ephemeral container, target processes in this container name."), flag("tty", Some('t'), Kind::Bool, "false", "Allocate a TTY for the debugging container.")], Group::Troubleshooting);
/// Flags of `kubectl events` kubeplay does not simulate yet.
pub const EVENTS_LATER: &[Flag] = &[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_CHUNK_SIZE,
    flag(
        "for",
        None,
        Kind::Str,
        "''",
        "Filter events to only those pertaining to the specified resource.",
    ),
    F_SHOW_MANAGED_FIELDS,
    flag(
        "types",
        None,
        Kind::StrArray,
        "[]",
        "Output only events of given types.",
    ),
];
pub const DIFF: Command = row(Some(cmd::node::unsupported), "diff", &[], "Diff the live version against a would-be applied version", "Diff configurations specified by file name or stdin between the current online configuration, and the configuration as it would be if applied.", "kubectl diff -f FILENAME [options]", &[], &[flag("concurrency", None, Kind::Int, "1", "Number of objects to process in parallel when diffing against the live version."), F_FIELD_MANAGER, flag("filename", Some('f'), Kind::StrArray, "[]", "Filename, directory, or URL to files contains the configuration to diff"), F_FORCE_CONFLICTS, F_KUSTOMIZE_, flag("prune", None, Kind::Bool, "false", "Include resources that would be deleted by pruning."), F_PRUNE_ALLOWLIST, F_RECURSIVE, F_SELECTOR, F_SERVER_SIDE, flag("show-managed-fields", None, Kind::Bool, "false", "If true, include managed fields in the diff."), flag("show-secrets", None, Kind::Bool, "false", "If true, do not mask secret values in the diff.")], Group::Advanced);
/// Flags of `kubectl apply` kubeplay does not simulate yet.
pub const APPLY_LATER: &[Flag] = &[flag("all", None, Kind::Bool, "false", "Select all resources in the namespace of the specified resource types."), F_ALLOW_MISSING_TEMPLATE_KEYS, F_CASCADE, F_FIELD_MANAGER, F_FORCE, F_FORCE_CONFLICTS, F_GRACE_PERIOD, F_KUSTOMIZE, flag("openapi-patch", None, Kind::Bool, "true", "If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec."), flag("overwrite", None, Kind::Bool, "true", "Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration"), flag("prune", None, Kind::Bool, "false", "Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config."), F_PRUNE_ALLOWLIST, F_SELECTOR, F_SHOW_MANAGED_FIELDS, flag("subresource", None, Kind::Str, "''", "If specified, apply will operate on the subresource of the requested object."), F_TIMEOUT, F_WAIT];
pub const APPLY_EDIT_LAST_APPLIED: Command = row(
    Some(cmd::node::unsupported),
    "edit-last-applied",
    &[],
    "Edit latest last-applied-configuration annotations of a resource/object",
    "Edit the latest last-applied-configuration annotations of resources from the default editor.",
    "kubectl apply edit-last-applied (RESOURCE/NAME | -f FILENAME) [options]",
    &[],
    &[
        F_ALLOW_MISSING_TEMPLATE_KEYS,
        F_FIELD_MANAGER,
        F_FILENAME___,
        F_KUSTOMIZE_,
        F_OUTPUT,
        F_RECURSIVE,
        F_SHOW_MANAGED_FIELDS,
        F_TEMPLATE,
        F_VALIDATE,
        F_WINDOWS_LINE_ENDINGS,
    ],
    Group::None,
);
pub const APPLY_SET_LAST_APPLIED: Command = row(Some(cmd::node::unsupported), "set-last-applied", &[], "Set the last-applied-configuration annotation on a live object to match the contents of a file", "Set the latest last-applied-configuration annotations by setting it to match the contents of a file. This results in the last-applied-configuration being updated as though 'kubectl apply -f<file> ' was run, without updating any other parts of the object.", "kubectl apply set-last-applied -f FILENAME [options]", &[], &[F_ALLOW_MISSING_TEMPLATE_KEYS, flag("create-annotation", None, Kind::Bool, "false", "Will create 'last-applied-configuration' annotations if current objects doesn't have one"), F_DRY_RUN, F_FILENAME__, F_OUTPUT, F_SHOW_MANAGED_FIELDS, F_TEMPLATE], Group::None);
pub const APPLY_VIEW_LAST_APPLIED: Command = row(
    Some(cmd::node::unsupported),
    "view-last-applied",
    &[],
    "View the latest last-applied-configuration annotations of a resource/object",
    "View the latest last-applied-configuration annotations by type/name or file.",
    "kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME) [options]",
    &[],
    &[
        F_ALL,
        F_FILENAME__,
        F_KUSTOMIZE_,
        F_OUTPUT_,
        F_RECURSIVE,
        F_SELECTOR,
    ],
    Group::None,
);
pub const PATCH: Command = row(
    Some(cmd::patch::patch),
    "patch",
    &[],
    "Update fields of a resource",
    "Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.",
    "kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]",
    &[],
    &[
        flag(
            "patch",
            Some('p'),
            Kind::Str,
            "''",
            "The patch to be applied to the resource JSON file.",
        ),
        flag(
            "patch-file",
            None,
            Kind::Str,
            "''",
            "A file containing a patch to be applied to the resource.",
        ),
        flag(
            "type",
            None,
            Kind::Str,
            "'strategic'",
            "The type of patch being provided; one of [json merge strategic]",
        ),
    ],
    Group::Advanced,
)
.later(&[
    F_ALLOW_MISSING_TEMPLATE_KEYS,
    F_DRY_RUN,
    flag(
        "field-manager",
        None,
        Kind::Str,
        "'kubectl-patch'",
        "Name of the manager used to track field ownership.",
    ),
    F_FILENAME_,
    F_KUSTOMIZE_,
    flag(
        "local",
        None,
        Kind::Bool,
        "false",
        "If true, patch will operate on the content of the file, not the server-side resource.",
    ),
    F_OUTPUT,
    F_RECURSIVE,
    F_SHOW_MANAGED_FIELDS,
    flag(
        "subresource",
        None,
        Kind::Str,
        "''",
        "If specified, patch will operate on the subresource of the requested object.",
    ),
    F_TEMPLATE,
]);
pub const REPLACE: Command = row(
    Some(cmd::replace::run),
    "replace",
    &[],
    "Replace a resource by file name or stdin",
    "Replace a resource by file name or stdin.",
    "kubectl replace -f FILENAME [options]",
    &[],
    &[
        F_ALLOW_MISSING_TEMPLATE_KEYS,
        F_CASCADE,
        F_DRY_RUN,
        flag(
            "field-manager",
            None,
            Kind::Str,
            "'kubectl-replace'",
            "Name of the manager used to track field ownership.",
        ),
        flag(
            "filename",
            Some('f'),
            Kind::StrArray,
            "[]",
            "The files, directories or URLs that contain the configurations to replace.",
        ),
        F_FORCE,
        F_GRACE_PERIOD,
        F_OUTPUT,
        F_RECURSIVE,
        F_SHOW_MANAGED_FIELDS,
        F_TEMPLATE,
        F_TIMEOUT,
        F_VALIDATE,
        F_WAIT,
    ],
    Group::Advanced,
)
.later(&[
    F_KUSTOMIZE,
    flag(
        "raw",
        None,
        Kind::Str,
        "''",
        "Raw URI to PUT to the server.",
    ),
    F_SAVE_CONFIG,
    flag(
        "subresource",
        None,
        Kind::Str,
        "''",
        "If specified, replace will operate on the subresource of the requested object.",
    ),
]);
pub const WAIT: Command = row(Some(cmd::wait::wait), "wait", &[], "Wait for a specific condition on one or many resources", "Wait for a specific condition on one or many resources.", "kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]", &[], &[F_ALL, flag("for", None, Kind::StrArray, "[]", "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]."), F_SELECTOR_, flag("timeout", None, Kind::Str, "30s", "The length of time to wait before giving up.")], Group::Advanced).later(&[F_ALL_NAMESPACES, F_ALLOW_MISSING_TEMPLATE_KEYS, F_FIELD_SELECTOR, F_FILENAME____, F_LOCAL, F_OUTPUT, F_RECURSIVE_, F_SHOW_MANAGED_FIELDS, F_TEMPLATE]);
pub const KUSTOMIZE: Command = row(Some(cmd::node::unsupported), "kustomize", &[], "Build a kustomization target from a directory or URL", "Build a set of KRM resources using a 'kustomization.yaml' file. The DIR argument must be a path to a directory containing 'kustomization.yaml', or a git repository URL with a path suffix specifying same with respect to the repository root. If DIR is omitted, '.' is assumed.", "kubectl kustomize DIR [flags] [options]", &[], &[flag("as-current-user", None, Kind::Bool, "false", "use the uid and gid of the command executor to run the function in the container"), flag("enable-alpha-plugins", None, Kind::Bool, "false", "enable kustomize plugins"), flag("enable-helm", None, Kind::Bool, "false", "Enable use of the Helm chart inflator generator."), flag("env", Some('e'), Kind::StrArray, "[]", "a list of environment variables to be used by functions"), flag("helm-api-versions", None, Kind::StrArray, "[]", "Kubernetes api versions used by Helm for Capabilities.APIVersions"), flag("helm-command", None, Kind::Str, "'helm'", "helm command (path to executable)"), flag("helm-debug", None, Kind::Bool, "false", "Enable debug output from the Helm chart inflator generator."), flag("helm-kube-version", None, Kind::Str, "''", "Kubernetes version used by Helm for Capabilities.KubeVersion"), flag("load-restrictor", None, Kind::Str, "'LoadRestrictionsRootOnly'", "if set to 'LoadRestrictionsNone', local kustomizations may load files from outside their root."), flag("mount", None, Kind::StrArray, "[]", "a list of storage options read from the filesystem"), flag("network", None, Kind::Bool, "false", "enable network access for functions that declare it"), flag("network-name", None, Kind::Str, "'bridge'", "the docker network to run the container in"), flag("output", Some('o'), Kind::Str, "''", "If specified, write output to this path.")], Group::Advanced);
/// Flags of `kubectl label` kubeplay does not simulate yet.
pub const LABEL_LATER: &[Flag] = &[F_ALLOW_MISSING_TEMPLATE_KEYS, F_DRY_RUN, flag("field-manager", None, Kind::Str, "'kubectl-label'", "Name of the manager used to track field ownership."), F_FIELD_SELECTOR, F_KUSTOMIZE_, flag("list", None, Kind::Bool, "false", "If true, display the labels for a given resource."), flag("local", None, Kind::Bool, "false", "If true, label will NOT contact api-server but run locally."), F_RECURSIVE, flag("resource-version", None, Kind::Str, "''", "If non-empty, the labels update will only succeed if this is the current resource-version for the object."), F_SHOW_MANAGED_FIELDS, F_TEMPLATE];
/// Flags of `kubectl annotate` kubeplay does not simulate yet.
pub const ANNOTATE_LATER: &[Flag] = &[F_ALLOW_MISSING_TEMPLATE_KEYS, F_DRY_RUN, flag("field-manager", None, Kind::Str, "'kubectl-annotate'", "Name of the manager used to track field ownership."), F_FIELD_SELECTOR, F_KUSTOMIZE, flag("list", None, Kind::Bool, "false", "If true, display the annotations for a given resource."), F_LOCAL, F_RECURSIVE_, flag("resource-version", None, Kind::Str, "''", "If non-empty, the annotation update will only succeed if this is the current resource-version for the object."), F_SHOW_MANAGED_FIELDS, F_TEMPLATE];
/// Flags of `kubectl api-resources` kubeplay does not simulate yet.
pub const API_RESOURCES_LATER: &[Flag] = &[
    flag(
        "cached",
        None,
        Kind::Bool,
        "false",
        "Use the cached list of resources if available.",
    ),
    flag(
        "categories",
        None,
        Kind::StrArray,
        "[]",
        "Limit to resources that belong to the specified categories.",
    ),
    F_SHOW_MANAGED_FIELDS,
    flag(
        "sort-by",
        None,
        Kind::Str,
        "''",
        "If non-empty, sort list of resources using specified field.",
    ),
    flag(
        "verbs",
        None,
        Kind::StrArray,
        "[]",
        "Limit to resources that support the specified verbs.",
    ),
];
pub const CONFIG_DELETE_CLUSTER: Command = row(
    Some(cmd::node::unsupported),
    "delete-cluster",
    &[],
    "Delete the specified cluster from the kubeconfig",
    "Delete the specified cluster from the kubeconfig.",
    "kubectl config delete-cluster NAME [options]",
    &[],
    &[],
    Group::None,
);
pub const CONFIG_DELETE_CONTEXT: Command = row(
    Some(cmd::node::unsupported),
    "delete-context",
    &[],
    "Delete the specified context from the kubeconfig",
    "Delete the specified context from the kubeconfig.",
    "kubectl config delete-context NAME [options]",
    &[],
    &[],
    Group::None,
);
pub const CONFIG_DELETE_USER: Command = row(
    Some(cmd::node::unsupported),
    "delete-user",
    &[],
    "Delete the specified user from the kubeconfig",
    "Delete the specified user from the kubeconfig.",
    "kubectl config delete-user NAME [options]",
    &[],
    &[],
    Group::None,
);
pub const CONFIG_GET_CLUSTERS: Command = row(
    Some(cmd::node::unsupported),
    "get-clusters",
    &[],
    "Display clusters defined in the kubeconfig",
    "Display clusters defined in the kubeconfig.",
    "kubectl config get-clusters [flags] [options]",
    &[],
    &[],
    Group::None,
);
pub const CONFIG_GET_USERS: Command = row(
    Some(cmd::node::unsupported),
    "get-users",
    &[],
    "Display users defined in the kubeconfig",
    "Display users defined in the kubeconfig.",
    "kubectl config get-users [flags] [options]",
    &[],
    &[],
    Group::None,
);
pub const CONFIG_RENAME_CONTEXT: Command = row(
    Some(cmd::node::unsupported),
    "rename-context",
    &[],
    "Rename a context from the kubeconfig file",
    "Renames a context from the kubeconfig file.",
    "kubectl config rename-context CONTEXT_NAME NEW_NAME [options]",
    &[],
    &[],
    Group::None,
);
pub const CONFIG_SET: Command = row(Some(cmd::node::unsupported), "set", &[], "Set an individual value in a kubeconfig file", "Set an individual value in a kubeconfig file.", "kubectl config set PROPERTY_NAME PROPERTY_VALUE [options]", &[], &[flag("set-raw-bytes", None, Kind::Bool, "false", "When writing a []byte PROPERTY_VALUE, write the given string directly without base64 decoding.")], Group::None);
pub const CONFIG_SET_CLUSTER: Command = row(Some(cmd::node::unsupported), "set-cluster", &[], "Set a cluster entry in kubeconfig", "Set a cluster entry in kubeconfig.", "kubectl config set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options]", &[], &[flag("certificate-authority", None, Kind::Str, "''", "Path to certificate-authority file for the cluster entry in kubeconfig"), flag("embed-certs", None, Kind::Bool, "false", "embed-certs for the cluster entry in kubeconfig"), flag("insecure-skip-tls-verify", None, Kind::Bool, "false", "insecure-skip-tls-verify for the cluster entry in kubeconfig"), flag("proxy-url", None, Kind::Str, "''", "proxy-url for the cluster entry in kubeconfig"), flag("server", None, Kind::Str, "''", "server for the cluster entry in kubeconfig"), flag("tls-server-name", None, Kind::Str, "''", "tls-server-name for the cluster entry in kubeconfig")], Group::None);
pub const CONFIG_SET_CONTEXT: Command = row(Some(cmd::node::unsupported), "set-context", &[], "Set a context entry in kubeconfig", "Set a context entry in kubeconfig.", "kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]", &[], &[flag("cluster", None, Kind::Str, "''", "cluster for the context entry in kubeconfig"), flag("current", None, Kind::Bool, "false", "Modify the current context"), flag("namespace", Some('n'), Kind::Str, "''", "namespace for the context entry in kubeconfig"), flag("user", None, Kind::Str, "''", "user for the context entry in kubeconfig")], Group::None);
pub const CONFIG_SET_CREDENTIALS: Command = row(Some(cmd::node::unsupported), "set-credentials", &[], "Set a user entry in kubeconfig", "Set a user entry in kubeconfig.", "kubectl config set-credentials NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [--auth-provider=provider_name] [--auth-provider-arg=key=value] [--exec-command=exec_command] [--exec-api-version=exec_api_version] [--exec-arg=arg] [--exec-env=key=value] [options]", &[], &[flag("auth-provider", None, Kind::Str, "''", "Auth provider for the user entry in kubeconfig"), flag("auth-provider-arg", None, Kind::StrArray, "[]", "'key=value' arguments for the auth provider"), flag("client-certificate", None, Kind::Str, "''", "Path to client-certificate file for the user entry in kubeconfig"), flag("client-key", None, Kind::Str, "''", "Path to client-key file for the user entry in kubeconfig"), flag("embed-certs", None, Kind::Bool, "false", "Embed client cert/key for the user entry in kubeconfig"), flag("exec-api-version", None, Kind::Str, "''", "API version of the exec credential plugin for the user entry in kubeconfig"), flag("exec-arg", None, Kind::StrArray, "[]", "New arguments for the exec credential plugin command for the user entry in kubeconfig"), flag("exec-command", None, Kind::Str, "''", "Command for the exec credential plugin for the user entry in kubeconfig"), flag("exec-env", None, Kind::StrArray, "[]", "'key=value' environment values for the exec credential plugin"), flag("exec-interactive-mode", None, Kind::Str, "''", "InteractiveMode of the exec credentials plugin for the user entry in kubeconfig"), flag("exec-provide-cluster-info", None, Kind::Bool, "false", "ProvideClusterInfo of the exec credentials plugin for the user entry in kubeconfig"), flag("password", None, Kind::Str, "''", "password for the user entry in kubeconfig"), flag("token", None, Kind::Str, "''", "token for the user entry in kubeconfig"), flag("username", None, Kind::Str, "''", "username for the user entry in kubeconfig")], Group::None);
pub const CONFIG_UNSET: Command = row(
    Some(cmd::node::unsupported),
    "unset",
    &[],
    "Unset an individual value in a kubeconfig file",
    "Unset an individual value in a kubeconfig file.",
    "kubectl config unset PROPERTY_NAME [options]",
    &[],
    &[],
    Group::None,
);
pub const CONFIG_USE_CONTEXT: Command = row(
    Some(cmd::node::unsupported),
    "use-context",
    &["use"],
    "Set the current-context in a kubeconfig file",
    "Set the current-context in a kubeconfig file.",
    "kubectl config use-context CONTEXT_NAME [options]",
    &[],
    &[],
    Group::None,
);
/// Flags of `kubectl config view` kubeplay does not simulate yet.
pub const CONFIG_VIEW_LATER: &[Flag] = &[F_ALLOW_MISSING_TEMPLATE_KEYS, flag("flatten", None, Kind::Bool, "false", "Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)"), flag("merge", None, Kind::Bool, "true", "Merge the full hierarchy of kubeconfig files"), F_SHOW_MANAGED_FIELDS];
pub const KUBERC_SET: Command = row(Some(cmd::node::unsupported), "set", &[], "Set values in the kuberc configuration", "Set values in the kuberc configuration file.", "kubectl kuberc set --section (defaults|aliases) --command COMMAND [options]", &[], &[flag("allowlist-entry", None, Kind::StrArray, "[]", "Allowlist entry the form field=value (can be specified multiple times)"), flag("appendarg", None, Kind::StrArray, "[]", "Argument to append to the command (can be specified multiple times, for aliases only)"), flag("command", None, Kind::Str, "''", "Command to configure (e.g., 'get', 'create', 'set env')"), F_KUBERC, flag("name", None, Kind::Str, "''", "Alias name (required for --section=aliases)"), flag("option", None, Kind::StrArray, "[]", "Flag option in the form flag=value (can be specified multiple times)"), flag("overwrite", None, Kind::Bool, "false", "Allow overwriting existing entries"), flag("policy", None, Kind::Str, "''", "Plugin policy to use for exec credential plugins, must be one of 'AllowAll', 'DenyAll' or 'Allowlist'"), flag("prependarg", None, Kind::StrArray, "[]", "Argument to prepend to the command (can be specified multiple times, for aliases only)"), flag("section", None, Kind::Str, "''", "Section to modify: 'defaults', 'aliases', or 'credentialplugin'")], Group::None);
pub const KUBERC_VIEW: Command = row(
    Some(cmd::node::unsupported),
    "view",
    &[],
    "Display the current kuberc configuration",
    "Display the contents of the kuberc file in the specified output format.",
    "kubectl kuberc view [options]",
    &[],
    &[
        F_ALLOW_MISSING_TEMPLATE_KEYS,
        F_KUBERC,
        F_OUTPUT_,
        F_SHOW_MANAGED_FIELDS,
        F_TEMPLATE,
    ],
    Group::None,
);
pub const KUBERC: Command = row(
    None,
    "kuberc",
    &[],
    "Manage kuberc configuration files",
    "Manage user preferences (kuberc) file.",
    "kubectl kuberc SUBCOMMAND [options]",
    &[KUBERC_SET, KUBERC_VIEW],
    &[],
    Group::Other,
);
pub const PLUGIN_LIST: Command = row(Some(cmd::node::unsupported), "list", &[], "List all visible plugin executables on a user's PATH", "List all available plugin files on a user's PATH. To see plugins binary names without the full path use --name-only flag.", "kubectl plugin list [flags] [options]", &[], &[flag("name-only", None, Kind::Bool, "false", "If true, display only the binary name of each plugin, rather than its full path")], Group::None);
pub const PLUGIN: Command = row(
    None,
    "plugin",
    &[],
    "Provides utilities for interacting with plugins",
    "Provides utilities for interacting with plugins.",
    "kubectl plugin [flags] [options]",
    &[PLUGIN_LIST],
    &[],
    Group::Other,
);
/// Global flags kubeplay does not simulate yet.
pub const GLOBALS_LATER: &[Flag] = &[flag("as", None, Kind::Str, "''", "Username to impersonate for the operation."), flag("as-group", None, Kind::StrArray, "[]", "Group to impersonate for the operation, this flag can be repeated to specify multiple groups."), flag("as-uid", None, Kind::Str, "''", "UID to impersonate for the operation."), flag("as-user-extra", None, Kind::StrArray, "[]", "User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key."), flag("cache-dir", None, Kind::Str, "'/root/.kube/cache'", "Default cache directory"), flag("certificate-authority", None, Kind::Str, "''", "Path to a cert file for the certificate authority"), flag("client-certificate", None, Kind::Str, "''", "Path to a client certificate file for TLS"), flag("client-key", None, Kind::Str, "''", "Path to a client key file for TLS"), flag("disable-compression", None, Kind::Bool, "false", "If true, opt-out of response compression for all requests to the server"), F_KUBERC, flag("log-flush-frequency", None, Kind::Str, "5s", "Maximum number of seconds between log flushes"), flag("match-server-version", None, Kind::Bool, "false", "Require server version to match client version"), flag("password", None, Kind::Str, "''", "Password for basic authentication to the API server"), flag("profile", None, Kind::Str, "'none'", "Name of profile to capture."), flag("profile-output", None, Kind::Str, "'profile.pprof'", "Name of the file to write the profile to"), flag("proxy-url", None, Kind::Str, "''", "Proxy URL to use for requests to the API server"), flag("tls-server-name", None, Kind::Str, "''", "Server name to use for server certificate validation."), flag("token", None, Kind::Str, "''", "Bearer token for authentication to the API server"), flag("username", None, Kind::Str, "''", "Username for basic authentication to the API server"), flag("vmodule", None, Kind::Str, "", "comma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)")];
