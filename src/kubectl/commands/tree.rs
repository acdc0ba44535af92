//! The command tree itself, in `kubectl --help` order. Help texts are the
//! first paragraph and a few examples of kubectl's own.

use super::flagsets as f;
use super::later as l;
use crate::kubectl::cli::{native_text, Command, Flag, Group, Handler};
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
        short: native_text(short),
        long: native_text(long),
        examples: native_text(examples),
        usage: native_text(usage),
        flags,
        subcommands: &[],
        run,
        group,
        later: &[],
    }
}

/// `kubectl` and everything under it.
pub const ROOT: Command = Command {
    name: "kubectl",
    aliases: &[],
    short: native_text("kubectl controls the Kubernetes cluster manager"),
    long: native_text("kubectl controls the Kubernetes cluster manager."),
    examples: native_text(""),
    usage: native_text("kubectl [flags] [options]"),
    flags: &[],
    subcommands: TOP,
    run: None,
    group: Group::None,
    later: l::GLOBALS_LATER,
};

const TOP: &[Command] = &[
    CREATE,
    command("expose", &[], "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service", "Expose a resource as a new Kubernetes service.\n\n Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.\n\n Possible resources include (case insensitive):\n\n pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)", "  # Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000\n  kubectl expose rc nginx --port=80 --target-port=8000\n\n  # Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000\n  kubectl expose deployment nginx --port=80 --target-port=8000", "kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]", f::EXPOSE, Some(cmd::expose::run), Group::Beginner).later(l::EXPOSE_LATER),
    command("run", &[], "Run a particular image on the cluster", "Create and run a particular image in a pod.", "  # Start a nginx pod\n  kubectl run nginx --image=nginx\n\n  # Start a hazelcast pod and let the container expose port 5701\n  kubectl run hazelcast --image=hazelcast/hazelcast --port=5701", "kubectl run NAME --image=image [--env=\"key=value\"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]", f::RUN, Some(cmd::run::run), Group::Beginner).later(l::RUN_LATER),
    SET,
    command("explain", &[], "Get documentation for a resource", "Describe fields and structure of various resources.\n\n This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:\n\n        <type>.<fieldName>[.<fieldName>]", "  # Get the documentation of the resource and its fields\n  kubectl explain pods\n\n  # Get the documentation of a specific field of a resource\n  kubectl explain pods.spec.containers", "kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]", f::EXPLAIN, Some(cmd::explain::run), Group::Intermediate).later(l::EXPLAIN_LATER),
    GET,
    command("edit", &[], "Edit a resource on the server", "Edit a resource from the default editor.\n\n The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows.", "  # Edit the service named 'registry'\n  kubectl edit svc/docker-registry", "kubectl edit (RESOURCE/NAME | -f FILENAME) [options]", f::EDIT, Some(cmd::edit::run), Group::Intermediate).later(l::EDIT_LATER),
    command("delete", &[], "Delete resources by file names, stdin, resources and names, or by resources and label selector", "Delete resources by file names, stdin, resources and names, or by resources and label selector.\n\n JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.", "  # Delete a pod using the type and name specified in pod.json\n  kubectl delete -f ./pod.json\n\n  # Delete pods and services with same names \"baz\" and \"foo\"\n  kubectl delete pod,service baz foo\n\n  # Delete pods and services with label name=myLabel\n  kubectl delete pods,services -l name=myLabel", "kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]", f::DELETE, Some(cmd::delete::run), Group::Intermediate).later(l::DELETE_LATER),
    ROLLOUT,
    command("scale", &[], "Set a new size for a deployment, replica set, or replication controller", "Set a new size for a deployment, replica set, replication controller, or stateful set.\n\n Scale also allows users to specify one or more preconditions for the scale action.\n\n If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.", "  # Scale a replica set named 'foo' to 3\n  kubectl scale --replicas=3 rs/foo\n\n  # Scale a resource identified by type and name specified in \"foo.yaml\" to 3\n  kubectl scale --replicas=3 -f foo.yaml\n\n  # If the deployment named mysql's current size is 2, scale mysql to 3\n  kubectl scale --current-replicas=2 --replicas=3 deployment/mysql", "kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]", f::SCALE, Some(cmd::scale::scale), Group::Deploy).later(l::SCALE_LATER),
    l::AUTOSCALE,
    l::CERTIFICATE,
    l::CLUSTER_INFO,
    l::TOP,
    command("cordon", &[], "Mark node as unschedulable", "Mark node as unschedulable.", "", "kubectl cordon NODE [options]", f::NONE, Some(cmd::node::cordon), Group::Cluster).later(l::CORDON_LATER),
    command("uncordon", &[], "Mark node as schedulable", "Mark node as schedulable.", "", "kubectl uncordon NODE [options]", f::NONE, Some(cmd::node::uncordon), Group::Cluster).later(l::UNCORDON_LATER),
    l::DRAIN,
    l::TAINT,
    command("describe", &[], "Show details of a specific resource or group of resources", "Show details of a specific resource or group of resources.\n\n Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:\n\n        $ kubectl describe TYPE NAME_PREFIX\n        \n will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.\n\nUse \"kubectl api-resources\" for a complete list of supported resources.", "  # Describe a node\n  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal\n\n  # Describe a pod\n  kubectl describe pods/nginx\n\n  # Describe pods by label name=myLabel\n  kubectl describe pods -l name=myLabel", "kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]", f::DESCRIBE, Some(cmd::describe::run), Group::Troubleshooting).later(l::DESCRIBE_LATER),
    command("logs", &[], "Print the logs for a container in a pod", "Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.", "  # Return snapshot logs from pod nginx with only one container\n  kubectl logs nginx\n\n  # Begin streaming the logs of the ruby container in pod web-1\n  kubectl logs -f -c ruby web-1\n\n  # Display only the most recent 20 lines of output in pod nginx\n  kubectl logs --tail=20 nginx", "kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]", f::LOGS, Some(cmd::pods::logs), Group::Troubleshooting).later(l::LOGS_LATER),
    l::ATTACH,
    command("exec", &[], "Execute a command in a container", "Execute a command in a container.", "  # Get output from running the 'date' command from pod mypod, using the first container by default\n  kubectl exec mypod -- date\n\n  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod\n  # and sends stdout/stderr from 'bash' back to the client\n  kubectl exec mypod -c ruby-container -i -t -- bash -il", "kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]", f::EXEC, Some(cmd::exec::exec), Group::Troubleshooting).later(l::EXEC_LATER),
    command("port-forward", &[], "Forward one or more local ports to a pod", "Forward one or more local ports to a pod.\n\n Use resource type/name such as deployment/mydeployment to select a pod. Resource type defaults to 'pod' if omitted.", "  # Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in the pod\n  kubectl port-forward pod/mypod 5000 6000\n\n  # Listen on port 8888 locally, forwarding to 5000 in the pod\n  kubectl port-forward pod/mypod 8888:5000", "kubectl port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]", f::PORT_FORWARD, Some(cmd::pods::port_forward), Group::Troubleshooting).later(l::PORT_FORWARD_LATER),
    l::PROXY,
    l::CP,
    l::AUTH,
    l::DEBUG,
    command("events", &[], "List events", "List events.", "", "kubectl events [options]", &[f::ALL_NAMESPACES, f::NO_HEADERS, f::OUTPUT, f::TEMPLATE, f::WATCH], Some(cmd::node::events), Group::Troubleshooting).later(l::EVENTS_LATER),
    l::DIFF,
    Command {
        subcommands: &[l::APPLY_EDIT_LAST_APPLIED, l::APPLY_SET_LAST_APPLIED, l::APPLY_VIEW_LAST_APPLIED],
        ..command("apply", &[], "Apply a configuration to a resource by file name or stdin", "Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.\n\n JSON and YAML formats are accepted.", "  # Apply the configuration in pod.json to a pod\n  kubectl apply -f ./pod.json\n\n  # Apply the JSON passed into stdin to a pod\n  cat pod.json | kubectl apply -f -", "kubectl apply (-f FILENAME | -k DIRECTORY) [options]", f::APPLY, Some(cmd::apply::run), Group::Advanced).later(l::APPLY_LATER)
    },
    l::PATCH,
    l::REPLACE,
    l::WAIT,
    l::KUSTOMIZE,
    command("label", &[], "Update the labels on a resource", "Update the labels on a resource.\n\n  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.\n  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.\n  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.", "  # Update pod 'foo' with the label 'unhealthy' and the value 'true'\n  kubectl label pods foo unhealthy=true\n\n  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value\n  kubectl label --overwrite pods foo status=unhealthy\n\n  # Update pod 'foo' by removing a label named 'bar' if it exists\n  kubectl label pods foo bar-", "kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]", f::LABEL, Some(cmd::label::label), Group::Settings).later(l::LABEL_LATER),
    command("annotate", &[], "Update the annotations on a resource", "Update the annotations on one or more resources.\n\n All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON.", "  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'\n  kubectl annotate pods foo description='my frontend'\n\n  # Update pod 'foo' by removing an annotation named 'description' if it exists\n  kubectl annotate pods foo description-", "kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]", f::LABEL, Some(cmd::label::annotate), Group::Settings).later(l::ANNOTATE_LATER),
    command("completion", &[], "Output shell completion code for the specified shell (bash, zsh, fish, or powershell)", "Output shell completion code for the specified shell (bash, zsh, fish, or powershell).", "", "kubectl completion [options]", f::NONE, Some(cmd::completion::completion), Group::Settings),
    command("api-resources", &[], "Print the supported API resources on the server", "Print the supported API resources on the server.", "  # Print the supported API resources\n  kubectl api-resources\n\n  # Print the supported API resources with more information\n  kubectl api-resources -o wide", "kubectl api-resources [flags] [options]", f::API_RESOURCES, Some(cmd::info::api_resources), Group::Other).later(l::API_RESOURCES_LATER),
    command("api-versions", &[], "Print the supported API versions on the server, in the form of \"group/version\"", "Print the supported API versions on the server, in the form of \"group/version\".", "", "kubectl api-versions [options]", f::NONE, Some(cmd::info::api_versions), Group::Other),
    CONFIG,
    l::KUBERC,
    l::PLUGIN,
    command("version", &[], "Print the client and server version information", "Print the client and server version information for the current context.", "  # Print the client and server versions for the current context\n  kubectl version", "kubectl version [flags] [options]", f::VERSION, Some(cmd::info::version), Group::Other),
    command("alpha", &[], "Commands for features in alpha", "These commands correspond to alpha features that are not enabled in Kubernetes clusters by default.", "", "kubectl alpha [options]", f::NONE, Some(cmd::meta::alpha), Group::None),
    command("help", &[], "Help about any command", "Help provides help for any command in the application.\nSimply type kubectl help [path to command] for full details.", "", "kubectl help [command] [options]", f::NONE, Some(cmd::meta::help), Group::None),
    command("options", &[], "Print the list of flags inherited by all commands", "Print the list of flags inherited by all commands", "  # Print flags inherited by all commands\n  kubectl options", "kubectl options [options]", f::NONE, Some(cmd::meta::options), Group::None),
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
)
.later(l::GET_LATER);

/// `kubectl create` (also run with `-f`), with its generators.
pub const CREATE: Command = Command {
    name: "create",
    aliases: &[],
    short: native_text("Create a resource from a file or from stdin"),
    long: native_text("Create a resource from a file or from stdin.\n\n JSON and YAML formats are accepted."),
    examples: native_text("  # Create a pod using the data in pod.json\n  kubectl create -f ./pod.json\n\n  # Create a pod based on the JSON passed into stdin\n  cat pod.json | kubectl create -f -"),
    usage: native_text("kubectl create -f FILENAME [options]"),
    flags: f::CREATE,
    subcommands: &[
        l::CREATE_CLUSTERROLE,
        l::CREATE_CLUSTERROLEBINDING,
        command("configmap", &["cm"], "Create a config map from a local file, directory or literal value", "Create a config map based on a file, directory, or specified literal value.\n\n A single config map may package one or more key/value pairs.\n\n When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.\n\n When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).", "  # Create a new config map named my-config based on folder bar\n  kubectl create configmap my-config --from-file=path/to/bar\n\n  # Create a new config map named my-config with key1=config1 and key2=config2\n  kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2", "kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]", f::CREATE_CONFIGMAP, Some(cmd::create::configmap), Group::None).later(l::CREATE_CONFIGMAP_LATER),
        command("cronjob", &["cj"], "Create a cron job with the specified name", "Create a cron job with the specified name.", "  # Create a cron job\n  kubectl create cronjob my-job --image=busybox --schedule=\"*/1 * * * *\"\n  \n  # Create a cron job with a command\n  kubectl create cronjob my-job --image=busybox --schedule=\"*/1 * * * *\" -- date", "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]", f::CREATE_CRONJOB, Some(cmd::create_job::cronjob), Group::None).later(l::CREATE_JOB_LATER),
        command("deployment", &["deploy"], "Create a deployment with the specified name", "Create a deployment with the specified name.", "  # Create a deployment named my-dep that runs the busybox image\n  kubectl create deployment my-dep --image=busybox\n\n  # Create a deployment named my-dep that runs the nginx image with 3 replicas\n  kubectl create deployment my-dep --image=nginx --replicas=3\n\n  # Create a deployment named my-dep that runs the busybox image and expose port 5701\n  kubectl create deployment my-dep --image=busybox --port=5701", "kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]", f::CREATE_DEPLOYMENT, Some(cmd::create::deployment), Group::None).later(l::CREATE_DEPLOYMENT_LATER),
        l::CREATE_INGRESS,
        command("job", &[], "Create a job with the specified name", "Create a job with the specified name.", "  # Create a job\n  kubectl create job my-job --image=busybox\n  \n  # Create a job with a command\n  kubectl create job my-job --image=busybox -- date\n  \n  # Create a job from a cron job named \"a-cronjob\"\n  kubectl create job test-job --from=cronjob/a-cronjob", "kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]", f::CREATE_JOB, Some(cmd::create_job::job), Group::None).later(l::CREATE_JOB_LATER),
        command("namespace", &["ns"], "Create a namespace with the specified name", "Create a namespace with the specified name.", "  # Create a new namespace named my-namespace\n  kubectl create namespace my-namespace", "kubectl create namespace NAME [--dry-run=server|client|none] [options]", f::CREATE_NAMESPACE, Some(cmd::create::namespace_cmd), Group::None).later(l::CREATE_NAMESPACE_LATER),
        l::CREATE_PODDISRUPTIONBUDGET,
        l::CREATE_PRIORITYCLASS,
        l::CREATE_QUOTA,
        l::CREATE_ROLE,
        l::CREATE_ROLEBINDING,
        l::CREATE_SECRET,
        l::CREATE_SERVICE,
        l::CREATE_SERVICEACCOUNT,
        l::CREATE_TOKEN,
    ],
    run: Some(cmd::create::run),
    group: Group::Beginner,
    later: l::CREATE_LATER,
};

const SET: Command = Command {
    name: "set",
    aliases: &[],
    short: native_text("Set specific features on objects"),
    long: native_text("Configure application resources.\n\n These commands help you make changes to existing application resources."),
    examples: native_text(""),
    usage: native_text("kubectl set SUBCOMMAND [options]"),
    flags: &[],
    subcommands: &[l::SET_ENV, command("image", &[], "Update the image of a pod template", "Update existing container image(s) of resources.\n\n Possible resources include (case insensitive):\n\n        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)", "  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'\n  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1\n\n  # Update image of all containers of daemonset abc to 'nginx:1.9.1'\n  kubectl set image daemonset abc *=nginx:1.9.1", "kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]", f::SET_IMAGE, Some(cmd::scale::set_image), Group::None).later(l::SET_IMAGE_LATER), l::SET_RESOURCES, l::SET_SELECTOR, l::SET_SERVICEACCOUNT, l::SET_SUBJECT],
    run: None,
    group: Group::Beginner,
    later: &[],
};

const ROLLOUT: Command = Command {
    name: "rollout",
    aliases: &[],
    short: native_text("Manage the rollout of a resource"),
    long: native_text("Manage the rollout of one or many resources.\n\n Valid resource types include:\n\n  *  deployments\n  *  daemonsets\n  *  statefulsets"),
    examples: native_text("  # Rollback to the previous deployment\n  kubectl rollout undo deployment/abc\n\n  # Check the rollout status of a daemonset\n  kubectl rollout status daemonset/foo\n\n  # Restart a deployment\n  kubectl rollout restart deployment/abc"),
    usage: native_text("kubectl rollout SUBCOMMAND [options]"),
    flags: &[],
    subcommands: &[
        command("history", &[], "View rollout history", "View previous rollout revisions and configurations.", "  # View the rollout history of a deployment\n  kubectl rollout history deployment/abc\n\n  # View the details of daemonset revision 3\n  kubectl rollout history daemonset/abc --revision=3", "kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]", f::ROLLOUT_HISTORY, Some(cmd::rollout::history), Group::None).later(l::ROLLOUT_HISTORY_LATER),
        command("pause", &[], "Mark the provided resource as paused", "Mark the provided resource as paused.\n\n Paused resources will not be reconciled by a controller. Use \"kubectl rollout resume\" to resume a paused resource. Currently only deployments support being paused.", "  # Mark the nginx deployment as paused\n  # Any current state of the deployment will continue its function; new updates\n  # to the deployment will not have an effect as long as the deployment is paused\n  kubectl rollout pause deployment/nginx", "kubectl rollout pause RESOURCE [options]", f::ROLLOUT_SIMPLE, Some(cmd::rollout::pause), Group::None).later(l::ROLLOUT_PAUSE_LATER),
        command("restart", &[], "Restart a resource", "Restart a resource.\n\n        Resource rollout will be restarted.", "  # Restart all deployments in the test-namespace namespace\n  kubectl rollout restart deployment -n test-namespace\n\n  # Restart a deployment\n  kubectl rollout restart deployment/nginx", "kubectl rollout restart RESOURCE [options]", f::ROLLOUT_SIMPLE, Some(cmd::rollout::restart), Group::None).later(l::ROLLOUT_RESTART_LATER),
        command("resume", &[], "Resume a paused resource", "Resume a paused resource.\n\n Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.", "  # Resume an already paused deployment\n  kubectl rollout resume deployment/nginx", "kubectl rollout resume RESOURCE [options]", f::ROLLOUT_SIMPLE, Some(cmd::rollout::resume), Group::None).later(l::ROLLOUT_RESUME_LATER),
        command("status", &[], "Show the status of the rollout", "Show the status of the rollout.\n\n By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.", "  # Watch the rollout status of a deployment\n  kubectl rollout status deployment/nginx", "kubectl rollout status (TYPE NAME | TYPE/NAME | -f FILENAME) [flags] [options]", f::ROLLOUT_STATUS, Some(cmd::rollout::status), Group::None).later(l::ROLLOUT_STATUS_LATER),
        command("undo", &[], "Undo a previous rollout", "Roll back to a previous rollout.", "  # Roll back to the previous deployment\n  kubectl rollout undo deployment/abc\n\n  # Roll back to deployment revision 3\n  kubectl rollout undo deployment/abc --to-revision=3", "kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]", f::ROLLOUT_UNDO, Some(cmd::rollout::undo), Group::None).later(l::ROLLOUT_UNDO_LATER),
    ],
    run: None,
    group: Group::Deploy,
    later: &[],
};

const CONFIG: Command = Command {
    name: "config",
    aliases: &[],
    short: native_text("Modify kubeconfig files"),
    long: native_text("Modify kubeconfig files using subcommands like \"kubectl config set current-context my-context\".\n\n The loading order follows these rules:\n\n  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.\n  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.\n  3.  Otherwise, ${HOME}/.kube/config is used and no merging takes place."),
    examples: native_text(""),
    usage: native_text("kubectl config SUBCOMMAND [options]"),
    flags: &[],
    subcommands: &[
        command("current-context", &[], "Display the current-context", "Display the current-context.", "  # Display the current-context\n  kubectl config current-context", "kubectl config current-context [options]", f::NONE, Some(cmd::info::current_context), Group::None),
        l::CONFIG_DELETE_CLUSTER,
        l::CONFIG_DELETE_CONTEXT,
        l::CONFIG_DELETE_USER,
        l::CONFIG_GET_CLUSTERS,
        command("get-contexts", &[], "Describe one or many contexts", "Display one or many contexts from the kubeconfig file.", "  # List all the contexts in your kubeconfig file\n  kubectl config get-contexts", "kubectl config get-contexts [(-o|--output=)name)] [options]", &[f::OUTPUT, f::NO_HEADERS], Some(cmd::info::get_contexts), Group::None),
        l::CONFIG_GET_USERS,
        l::CONFIG_RENAME_CONTEXT,
        l::CONFIG_SET,
        l::CONFIG_SET_CLUSTER,
        l::CONFIG_SET_CONTEXT,
        l::CONFIG_SET_CREDENTIALS,
        l::CONFIG_UNSET,
        l::CONFIG_USE_CONTEXT,
        command("view", &[], "Display merged kubeconfig settings or a specified kubeconfig file", "Display merged kubeconfig settings or a specified kubeconfig file.\n\n You can use --output jsonpath={...} to extract specific values using a jsonpath expression.", "  # Show merged kubeconfig settings\n  kubectl config view\n\n  # Get the password for the e2e user\n  kubectl config view -o jsonpath='{.users[?(@.name == \"e2e\")].user.password}'", "kubectl config view [flags] [options]", f::CONFIG_VIEW, Some(cmd::info::config_view), Group::None).later(l::CONFIG_VIEW_LATER),
    ],
    run: None,
    group: Group::Other,
    later: &[],
};
