//! The field order of Kubernetes' Go structs, for the objects kubectl holds
//! as typed values (what its generators build: `create deployment|service|
//! configmap|secret|job|…` and their `--dry-run=client`). Go's
//! `encoding/json` writes a struct's fields in declaration order, not
//! sorted, so `-o json` of such an object starts `"kind"`, `"apiVersion"`,
//! `"metadata": {"name", …, "labels"}` and puts a container's `"name"`
//! before its `"image"`. Maps (labels, data, selectors) stay sorted.
//!
//! A [`Shape`] lists a struct's fields in Go order with the shape of each
//! field's value (or of each item, for slices); a field a shape does not
//! list is written after the listed ones, sorted.

/// One Go struct: its JSON field names in declaration order.
pub struct Shape {
    pub fields: &'static [(&'static str, Option<&'static Shape>)],
}

const fn s(fields: &'static [(&'static str, Option<&'static Shape>)]) -> Shape {
    Shape { fields }
}

static META: Shape = s(&[
    ("name", None),
    ("generateName", None),
    ("namespace", None),
    ("selfLink", None),
    ("uid", None),
    ("resourceVersion", None),
    ("generation", None),
    ("creationTimestamp", None),
    ("deletionTimestamp", None),
    ("deletionGracePeriodSeconds", None),
    ("labels", None),
    ("annotations", None),
    ("ownerReferences", Some(&OWNER)),
    ("finalizers", None),
    ("managedFields", None),
]);
static OWNER: Shape = s(&[
    ("apiVersion", None),
    ("kind", None),
    ("name", None),
    ("uid", None),
    ("controller", None),
    ("blockOwnerDeletion", None),
]);
static SELECTOR: Shape = s(&[
    ("matchLabels", None),
    ("matchExpressions", Some(&REQUIREMENT)),
]);
static REQUIREMENT: Shape = s(&[("key", None), ("operator", None), ("values", None)]);
static TEMPLATE: Shape = s(&[("metadata", Some(&META)), ("spec", Some(&POD_SPEC))]);
static POD_SPEC: Shape = s(&[
    ("volumes", Some(&VOLUME)),
    ("initContainers", Some(&CONTAINER)),
    ("containers", Some(&CONTAINER)),
    ("ephemeralContainers", Some(&CONTAINER)),
    ("restartPolicy", None),
    ("terminationGracePeriodSeconds", None),
    ("activeDeadlineSeconds", None),
    ("dnsPolicy", None),
    ("nodeSelector", None),
    ("serviceAccountName", None),
    ("serviceAccount", None),
    ("automountServiceAccountToken", None),
    ("nodeName", None),
    ("hostNetwork", None),
    ("hostPID", None),
    ("hostIPC", None),
    ("shareProcessNamespace", None),
    ("securityContext", None),
    ("imagePullSecrets", None),
    ("hostname", None),
    ("subdomain", None),
    ("affinity", None),
    ("schedulerName", None),
    ("tolerations", Some(&TOLERATION)),
    ("hostAliases", None),
    ("priorityClassName", None),
    ("priority", None),
    ("dnsConfig", None),
    ("readinessGates", None),
    ("runtimeClassName", None),
    ("enableServiceLinks", None),
    ("preemptionPolicy", None),
    ("overhead", None),
    ("topologySpreadConstraints", None),
    ("setHostnameAsFQDN", None),
    ("os", None),
    ("hostUsers", None),
    ("schedulingGates", None),
    ("resourceClaims", None),
    ("resources", Some(&RESOURCES)),
]);
static TOLERATION: Shape = s(&[
    ("key", None),
    ("operator", None),
    ("value", None),
    ("effect", None),
    ("tolerationSeconds", None),
]);
static VOLUME: Shape = s(&[("name", None)]);
static CONTAINER: Shape = s(&[
    ("name", None),
    ("image", None),
    ("command", None),
    ("args", None),
    ("workingDir", None),
    ("ports", Some(&CONTAINER_PORT)),
    ("envFrom", None),
    ("env", Some(&ENV)),
    ("resources", Some(&RESOURCES)),
    ("resizePolicy", None),
    ("restartPolicy", None),
    ("volumeMounts", Some(&MOUNT)),
    ("volumeDevices", None),
    ("livenessProbe", Some(&PROBE)),
    ("readinessProbe", Some(&PROBE)),
    ("startupProbe", Some(&PROBE)),
    ("lifecycle", None),
    ("terminationMessagePath", None),
    ("terminationMessagePolicy", None),
    ("imagePullPolicy", None),
    ("securityContext", None),
    ("stdin", None),
    ("stdinOnce", None),
    ("tty", None),
]);
static CONTAINER_PORT: Shape = s(&[
    ("name", None),
    ("hostPort", None),
    ("containerPort", None),
    ("protocol", None),
    ("hostIP", None),
]);
static ENV: Shape = s(&[("name", None), ("value", None), ("valueFrom", None)]);
static RESOURCES: Shape = s(&[("limits", None), ("requests", None), ("claims", None)]);
static MOUNT: Shape = s(&[
    ("name", None),
    ("readOnly", None),
    ("recursiveReadOnly", None),
    ("mountPath", None),
    ("subPath", None),
    ("mountPropagation", None),
    ("subPathExpr", None),
]);
static PROBE: Shape = s(&[
    ("exec", None),
    ("httpGet", None),
    ("tcpSocket", None),
    ("grpc", None),
    ("initialDelaySeconds", None),
    ("timeoutSeconds", None),
    ("periodSeconds", None),
    ("successThreshold", None),
    ("failureThreshold", None),
    ("terminationGracePeriodSeconds", None),
]);

static DEPLOYMENT_SPEC: Shape = s(&[
    ("replicas", None),
    ("selector", Some(&SELECTOR)),
    ("template", Some(&TEMPLATE)),
    ("strategy", Some(&STRATEGY)),
    ("minReadySeconds", None),
    ("revisionHistoryLimit", None),
    ("paused", None),
    ("progressDeadlineSeconds", None),
]);
static STRATEGY: Shape = s(&[("type", None), ("rollingUpdate", None)]);
static SERVICE_SPEC: Shape = s(&[
    ("ports", Some(&SERVICE_PORT)),
    ("selector", None),
    ("clusterIP", None),
    ("clusterIPs", None),
    ("type", None),
    ("externalIPs", None),
    ("sessionAffinity", None),
    ("loadBalancerIP", None),
    ("loadBalancerSourceRanges", None),
    ("externalName", None),
    ("externalTrafficPolicy", None),
    ("healthCheckNodePort", None),
    ("publishNotReadyAddresses", None),
    ("sessionAffinityConfig", None),
    ("ipFamilies", None),
    ("ipFamilyPolicy", None),
    ("allocateLoadBalancerNodePorts", None),
    ("loadBalancerClass", None),
    ("internalTrafficPolicy", None),
    ("trafficDistribution", None),
]);
static SERVICE_PORT: Shape = s(&[
    ("name", None),
    ("protocol", None),
    ("appProtocol", None),
    ("port", None),
    ("targetPort", None),
    ("nodePort", None),
]);
static SERVICE_STATUS: Shape = s(&[("loadBalancer", None), ("conditions", None)]);
static JOB_SPEC: Shape = s(&[
    ("parallelism", None),
    ("completions", None),
    ("activeDeadlineSeconds", None),
    ("podFailurePolicy", None),
    ("successPolicy", None),
    ("backoffLimit", None),
    ("backoffLimitPerIndex", None),
    ("maxFailedIndexes", None),
    ("selector", Some(&SELECTOR)),
    ("manualSelector", None),
    ("template", Some(&TEMPLATE)),
    ("ttlSecondsAfterFinished", None),
    ("completionMode", None),
    ("suspend", None),
    ("podReplacementPolicy", None),
    ("managedBy", None),
]);
static CRONJOB_SPEC: Shape = s(&[
    ("schedule", None),
    ("timeZone", None),
    ("startingDeadlineSeconds", None),
    ("concurrencyPolicy", None),
    ("suspend", None),
    ("jobTemplate", Some(&JOB_TEMPLATE)),
    ("successfulJobsHistoryLimit", None),
    ("failedJobsHistoryLimit", None),
]);
static JOB_TEMPLATE: Shape = s(&[("metadata", Some(&META)), ("spec", Some(&JOB_SPEC))]);
static RULE: Shape = s(&[
    ("verbs", None),
    ("apiGroups", None),
    ("resources", None),
    ("resourceNames", None),
    ("nonResourceURLs", None),
]);
static SUBJECT: Shape = s(&[
    ("kind", None),
    ("apiGroup", None),
    ("name", None),
    ("namespace", None),
]);
static ROLE_REF: Shape = s(&[("apiGroup", None), ("kind", None), ("name", None)]);
static QUOTA_SPEC: Shape = s(&[("hard", None), ("scopes", None), ("scopeSelector", None)]);
static PDB_SPEC: Shape = s(&[
    ("minAvailable", None),
    ("selector", Some(&SELECTOR)),
    ("maxUnavailable", None),
    ("unhealthyPodEvictionPolicy", None),
]);
static INGRESS_SPEC: Shape = s(&[
    ("ingressClassName", None),
    ("defaultBackend", Some(&INGRESS_BACKEND)),
    ("tls", Some(&INGRESS_TLS)),
    ("rules", Some(&INGRESS_RULE)),
]);
static INGRESS_TLS: Shape = s(&[("hosts", None), ("secretName", None)]);
static INGRESS_RULE: Shape = s(&[("host", None), ("http", Some(&INGRESS_HTTP))]);
static INGRESS_HTTP: Shape = s(&[("paths", Some(&INGRESS_PATH))]);
static INGRESS_PATH: Shape = s(&[
    ("path", None),
    ("pathType", None),
    ("backend", Some(&INGRESS_BACKEND)),
]);
static INGRESS_BACKEND: Shape = s(&[("service", Some(&INGRESS_SERVICE)), ("resource", None)]);
static INGRESS_SERVICE: Shape = s(&[("name", None), ("port", Some(&INGRESS_PORT))]);
static INGRESS_PORT: Shape = s(&[("name", None), ("number", None)]);

/// `kind`, `apiVersion`, `metadata` and what follows them in a kind's struct.
macro_rules! object {
    ($($rest:tt)*) => {
        s(&[("kind", None), ("apiVersion", None), ("metadata", Some(&META)), $($rest)*])
    };
}
static DEPLOYMENT: Shape = object!(("spec", Some(&DEPLOYMENT_SPEC)), ("status", None));
static SERVICE: Shape = object!(
    ("spec", Some(&SERVICE_SPEC)),
    ("status", Some(&SERVICE_STATUS))
);
static POD: Shape = object!(("spec", Some(&POD_SPEC)), ("status", None));
static SPEC_STATUS: Shape = object!(("spec", None), ("status", None));
static CONFIG_MAP: Shape = object!(("immutable", None), ("data", None), ("binaryData", None));
static SECRET: Shape = object!(
    ("immutable", None),
    ("data", None),
    ("stringData", None),
    ("type", None)
);
static JOB: Shape = object!(("spec", Some(&JOB_SPEC)), ("status", None));
static CRONJOB: Shape = object!(("spec", Some(&CRONJOB_SPEC)), ("status", None));
static SERVICE_ACCOUNT: Shape = object!(
    ("secrets", None),
    ("imagePullSecrets", None),
    ("automountServiceAccountToken", None)
);
static ROLE: Shape = object!(("rules", Some(&RULE)), ("aggregationRule", None));
static BINDING: Shape = object!(("subjects", Some(&SUBJECT)), ("roleRef", Some(&ROLE_REF)));
static QUOTA: Shape = object!(("spec", Some(&QUOTA_SPEC)), ("status", None));
static PRIORITY_CLASS: Shape = object!(
    ("value", None),
    ("globalDefault", None),
    ("description", None),
    ("preemptionPolicy", None)
);
static PDB_STATUS: Shape = s(&[
    ("observedGeneration", None),
    ("disruptedPods", None),
    ("disruptionsAllowed", None),
    ("currentHealthy", None),
    ("desiredHealthy", None),
    ("expectedPods", None),
    ("conditions", None),
]);
static PDB: Shape = object!(("spec", Some(&PDB_SPEC)), ("status", Some(&PDB_STATUS)));
static INGRESS: Shape = object!(("spec", Some(&INGRESS_SPEC)), ("status", None));

/// The Go struct of an object of `kind`, if kubectl has one for it.
pub fn shape_of(kind: &str) -> Option<&'static Shape> {
    Some(match kind {
        "Deployment" => &DEPLOYMENT,
        "Service" => &SERVICE,
        "Pod" => &POD,
        "Namespace" | "ReplicaSet" | "DaemonSet" | "StatefulSet" => &SPEC_STATUS,
        "ConfigMap" => &CONFIG_MAP,
        "Secret" => &SECRET,
        "Job" => &JOB,
        "CronJob" => &CRONJOB,
        "ServiceAccount" => &SERVICE_ACCOUNT,
        "Role" | "ClusterRole" => &ROLE,
        "RoleBinding" | "ClusterRoleBinding" => &BINDING,
        "ResourceQuota" => &QUOTA,
        "PriorityClass" => &PRIORITY_CLASS,
        "PodDisruptionBudget" => &PDB,
        "Ingress" => &INGRESS,
        _ => return None,
    })
}
