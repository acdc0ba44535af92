//! The command tree itself, in `kubectl --help` order. Help texts are the
//! first paragraph and a few examples of kubectl's own.

use super::flagsets as f;
use crate::kubectl::cli::{Command, Flag, Group, Handler};
use crate::kubectl::cmd;

/// A command row; most fields are plain text.
#[allow(clippy::too_many_arguments)]
const fn command(
    name: &'static str,
    aliases: &'static [&'static str],
    short: &'static str,
    long: &'static str,
    examples: &'static str,
    usage: &'static str,
    flags: &'static [Flag],
    run: Option<Handler>,
    group: Group,
) -> Command {
    Command {
        name,
        aliases,
        short,
        long,
        examples,
        usage,
        flags,
        subcommands: &[],
        run,
        group,
    }
}

/// `kubectl` and everything under it.
pub const ROOT: Command = Command {
    name: "kubectl",
    aliases: &[],
    short: "kubectl controls the Kubernetes cluster manager",
    long: "kubectl controls the Kubernetes cluster manager.",
    examples: "",
    usage: "kubectl [flags] [options]",
    flags: &[],
    subcommands: TOP,
    run: None,
    group: Group::None,
};

const TOP: &[Command] = &[
    CREATE,
    command("expose", &[], "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service", "Expose a resource as a new Kubernetes service.\n\n Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.\n\n Possible resources include (case insensitive):\n\n pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)", "  # Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000\n  kubectl expose rc nginx --port=80 --target-port=8000\n\n  # Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000\n  kubectl expose deployment nginx --port=80 --target-port=8000", "kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]", f::EXPOSE, Some(cmd::expose::run), Group::Beginner),
    SET,
    GET,
    command("describe", &[], "Show details of a specific resource or group of resources", "Show details of a specific resource or group of resources.\n\n Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:\n\n        $ kubectl describe TYPE NAME_PREFIX\n        \n will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.\n\nUse \"kubectl api-resources\" for a complete list of supported resources.", "  # Describe a node\n  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal\n\n  # Describe a pod\n  kubectl describe pods/nginx\n\n  # Describe pods by label name=myLabel\n  kubectl describe pods -l name=myLabel", "kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]", f::DESCRIBE, Some(cmd::describe::run), Group::Troubleshooting),
    command("delete", &[], "Delete resources by file names, stdin, resources and names, or by resources and label selector", "Delete resources by file names, stdin, resources and names, or by resources and label selector.\n\n JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.", "  # Delete a pod using the type and name specified in pod.json\n  kubectl delete -f ./pod.json\n\n  # Delete pods and services with same names \"baz\" and \"foo\"\n  kubectl delete pod,service baz foo\n\n  # Delete pods and services with label name=myLabel\n  kubectl delete pods,services -l name=myLabel", "kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]", f::DELETE, Some(cmd::delete::run), Group::Intermediate),
    ROLLOUT,
    command("scale", &[], "Set a new size for a deployment, replica set, or replication controller", "Set a new size for a deployment, replica set, replication controller, or stateful set.\n\n Scale also allows users to specify one or more preconditions for the scale action.\n\n If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.", "  # Scale a replica set named 'foo' to 3\n  kubectl scale --replicas=3 rs/foo\n\n  # Scale a resource identified by type and name specified in \"foo.yaml\" to 3\n  kubectl scale --replicas=3 -f foo.yaml\n\n  # If the deployment named mysql's current size is 2, scale mysql to 3\n  kubectl scale --current-replicas=2 --replicas=3 deployment/mysql", "kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]", f::SCALE, Some(cmd::scale::scale), Group::Deploy),
    command("apply", &[], "Apply a configuration to a resource by file name or stdin", "Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.\n\n JSON and YAML formats are accepted.", "  # Apply the configuration in pod.json to a pod\n  kubectl apply -f ./pod.json\n\n  # Apply the JSON passed into stdin to a pod\n  cat pod.json | kubectl apply -f -", "kubectl apply (-f FILENAME | -k DIRECTORY) [options]", f::APPLY, Some(cmd::apply::run), Group::Advanced),
    command("label", &[], "Update the labels on a resource", "Update the labels on a resource.\n\n  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.\n  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.\n  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.", "  # Update pod 'foo' with the label 'unhealthy' and the value 'true'\n  kubectl label pods foo unhealthy=true\n\n  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value\n  kubectl label --overwrite pods foo status=unhealthy\n\n  # Update pod 'foo' by removing a label named 'bar' if it exists\n  kubectl label pods foo bar-", "kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]", f::LABEL, Some(cmd::label::label), Group::Settings),
    command("annotate", &[], "Update the annotations on a resource", "Update the annotations on one or more resources.\n\n All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON.", "  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'\n  kubectl annotate pods foo description='my frontend'\n\n  # Update pod 'foo' by removing an annotation named 'description' if it exists\n  kubectl annotate pods foo description-", "kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]", f::LABEL, Some(cmd::label::annotate), Group::Settings),
];

const GET: Command = command(
    "get",
    &[],
    "Display one or many resources",
    "Display one or many resources.\n\n Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.\n\n By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.\n\nUse \"kubectl api-resources\" for a complete list of supported resources.",
    "  # List all pods in ps output format\n  kubectl get pods\n\n  # List all pods in ps output format with more information (such as node name)\n  kubectl get pods -o wide\n\n  # List deployments in JSON output format, in the \"v1\" version of the \"apps\" API group\n  kubectl get deployments.v1.apps -o json\n\n  # Return only the phase value of the specified pod\n  kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}\n\n  # List resource information in custom columns\n  kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image\n\n  # List all replication controllers and services together in ps output format\n  kubectl get rc,services",
    "kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]",
    f::GET,
    Some(cmd::get::run),
    Group::Intermediate,
);

/// `kubectl create` (also run with `-f`), with its generators.
pub const CREATE: Command = Command {
    name: "create",
    aliases: &[],
    short: "Create a resource from a file or from stdin",
    long: "Create a resource from a file or from stdin.\n\n JSON and YAML formats are accepted.",
    examples: "  # Create a pod using the data in pod.json\n  kubectl create -f ./pod.json\n\n  # Create a pod based on the JSON passed into stdin\n  cat pod.json | kubectl create -f -",
    usage: "kubectl create -f FILENAME [options]",
    flags: f::CREATE,
    subcommands: &[
        command("configmap", &["cm"], "Create a config map from a local file, directory or literal value", "Create a config map based on a file, directory, or specified literal value.\n\n A single config map may package one or more key/value pairs.\n\n When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.\n\n When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).", "  # Create a new config map named my-config based on folder bar\n  kubectl create configmap my-config --from-file=path/to/bar\n\n  # Create a new config map named my-config with key1=config1 and key2=config2\n  kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2", "kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]", f::CREATE_CONFIGMAP, Some(cmd::create::configmap), Group::None),
        command("deployment", &["deploy"], "Create a deployment with the specified name", "Create a deployment with the specified name.", "  # Create a deployment named my-dep that runs the busybox image\n  kubectl create deployment my-dep --image=busybox\n\n  # Create a deployment named my-dep that runs the nginx image with 3 replicas\n  kubectl create deployment my-dep --image=nginx --replicas=3\n\n  # Create a deployment named my-dep that runs the busybox image and expose port 5701\n  kubectl create deployment my-dep --image=busybox --port=5701", "kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]", f::CREATE_DEPLOYMENT, Some(cmd::create::deployment), Group::None),
        command("namespace", &["ns"], "Create a namespace with the specified name", "Create a namespace with the specified name.", "  # Create a new namespace named my-namespace\n  kubectl create namespace my-namespace", "kubectl create namespace NAME [--dry-run=server|client|none] [options]", f::CREATE_NAMESPACE, Some(cmd::create::namespace_cmd), Group::None),
    ],
    run: Some(cmd::create::run),
    group: Group::Beginner,
};

const SET: Command = Command {
    name: "set",
    aliases: &[],
    short: "Set specific features on objects",
    long: "Configure application resources.\n\n These commands help you make changes to existing application resources.",
    examples: "",
    usage: "kubectl set SUBCOMMAND [options]",
    flags: &[],
    subcommands: &[command("image", &[], "Update the image of a pod template", "Update existing container image(s) of resources.\n\n Possible resources include (case insensitive):\n\n        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)", "  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'\n  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1\n\n  # Update image of all containers of daemonset abc to 'nginx:1.9.1'\n  kubectl set image daemonset abc *=nginx:1.9.1", "kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]", f::SET_IMAGE, Some(cmd::scale::set_image), Group::None)],
    run: None,
    group: Group::Beginner,
};

const ROLLOUT: Command = Command {
    name: "rollout",
    aliases: &[],
    short: "Manage the rollout of a resource",
    long: "Manage the rollout of one or many resources.\n\n Valid resource types include:\n\n  *  deployments\n  *  daemonsets\n  *  statefulsets",
    examples: "  # Rollback to the previous deployment\n  kubectl rollout undo deployment/abc\n\n  # Check the rollout status of a daemonset\n  kubectl rollout status daemonset/foo\n\n  # Restart a deployment\n  kubectl rollout restart deployment/abc",
    usage: "kubectl rollout SUBCOMMAND [options]",
    flags: &[],
    subcommands: &[
        command("history", &[], "View rollout history", "View previous rollout revisions and configurations.", "  # View the rollout history of a deployment\n  kubectl rollout history deployment/abc\n\n  # View the details of daemonset revision 3\n  kubectl rollout history daemonset/abc --revision=3", "kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]", f::ROLLOUT_HISTORY, Some(cmd::rollout::history), Group::None),
        command("pause", &[], "Mark the provided resource as paused", "Mark the provided resource as paused.\n\n Paused resources will not be reconciled by a controller. Use \"kubectl rollout resume\" to resume a paused resource. Currently only deployments support being paused.", "  # Mark the nginx deployment as paused\n  # Any current state of the deployment will continue its function; new updates\n  # to the deployment will not have an effect as long as the deployment is paused\n  kubectl rollout pause deployment/nginx", "kubectl rollout pause RESOURCE [options]", f::ROLLOUT_SIMPLE, Some(cmd::rollout::pause), Group::None),
        command("restart", &[], "Restart a resource", "Restart a resource.\n\n        Resource rollout will be restarted.", "  # Restart all deployments in the test-namespace namespace\n  kubectl rollout restart deployment -n test-namespace\n\n  # Restart a deployment\n  kubectl rollout restart deployment/nginx", "kubectl rollout restart RESOURCE [options]", f::ROLLOUT_SIMPLE, Some(cmd::rollout::restart), Group::None),
        command("resume", &[], "Resume a paused resource", "Resume a paused resource.\n\n Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.", "  # Resume an already paused deployment\n  kubectl rollout resume deployment/nginx", "kubectl rollout resume RESOURCE [options]", f::ROLLOUT_SIMPLE, Some(cmd::rollout::resume), Group::None),
        command("status", &[], "Show the status of the rollout", "Show the status of the rollout.\n\n By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.", "  # Watch the rollout status of a deployment\n  kubectl rollout status deployment/nginx", "kubectl rollout status (TYPE NAME | TYPE/NAME | -f FILENAME) [flags] [options]", f::ROLLOUT_STATUS, Some(cmd::rollout::status), Group::None),
        command("undo", &[], "Undo a previous rollout", "Roll back to a previous rollout.", "  # Roll back to the previous deployment\n  kubectl rollout undo deployment/abc\n\n  # Roll back to deployment revision 3\n  kubectl rollout undo deployment/abc --to-revision=3", "kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]", f::ROLLOUT_UNDO, Some(cmd::rollout::undo), Group::None),
    ],
    run: None,
    group: Group::Deploy,
};
