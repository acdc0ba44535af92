//! A StatefulSet's storage and names through a whole session: a file
//! written into a pod's claim is there for the pod that replaces it (and
//! for nginx to serve), emptyDir files go with their pod, and the per-pod
//! DNS names of a headless Service resolve inside other pods.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use kubeplay::session::Session;
use kubeplay::shell::Chunk;

fn said(s: &mut Session, line: &str) -> String {
    s.run(line)
        .output
        .iter()
        .map(|c| match c {
            Chunk::Out(t) | Chunk::Err(t) => t.as_str(),
            Chunk::Clear => "",
        })
        .collect()
}

const WEB: &str = "cat <<'YAML' > web.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\n  labels:\n    app: nginx\nspec:\n  ports:\n  - port: 80\n    name: web\n  clusterIP: None\n  selector:\n    app: nginx\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: \"nginx\"\n  replicas: 2\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: registry.k8s.io/nginx-slim:0.21\n        ports:\n        - containerPort: 80\n          name: web\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n        - name: tmp\n          mountPath: /scratch\n      volumes:\n      - name: tmp\n        emptyDir: {}\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ \"ReadWriteOnce\" ]\n      resources:\n        requests:\n          storage: 1Gi\nYAML";

/// Writes `text` at `path` in `pod` as a container would (the volume hook).
fn write(s: &mut Session, pod: &str, path: &str, text: &str) -> bool {
    s.world_mut()
        .cluster
        .write_volume_file("default", pod, 0, path, Some(text.into()))
}

#[test]
fn a_claims_files_outlive_the_pod_and_per_pod_names_resolve() {
    let mut s = Session::new(1);
    said(&mut s, WEB);
    said(&mut s, "kubectl apply -f web.yaml");
    said(&mut s, "sleep 30");
    assert!(write(
        &mut s,
        "web-0",
        "/usr/share/nginx/html/index.html",
        "web-0\n"
    ));
    assert!(write(&mut s, "web-0", "/scratch/note", "gone soon\n"));
    // Not under a volume mount: the container's own filesystem.
    assert!(!write(&mut s, "web-0", "/etc/motd", "no\n"));
    let cat = "kubectl exec web-0 -- cat /usr/share/nginx/html/index.html";
    assert_eq!(said(&mut s, cat), "web-0\n");
    assert_eq!(
        said(&mut s, "kubectl exec web-0 -- cat /scratch/note"),
        "gone soon\n"
    );
    // Per-pod DNS of the headless Service, from the other pod.
    assert_eq!(
        said(&mut s, "kubectl exec web-1 -- curl -s web-0.nginx"),
        "web-0\n"
    );
    let fqdn = "kubectl exec web-1 -- curl -s web-0.nginx.default.svc.cluster.local";
    assert_eq!(said(&mut s, fqdn), "web-0\n");
    said(&mut s, "kubectl delete pod web-0");
    said(&mut s, "sleep 30");
    let pods = said(&mut s, "kubectl get pods -l app=nginx");
    assert!(pods.contains("web-0   1/1     Running"), "{pods}");
    assert_eq!(said(&mut s, cat), "web-0\n", "the claim keeps its files");
    let gone = said(&mut s, "kubectl exec web-0 -- cat /scratch/note");
    assert!(
        gone.contains("No such file"),
        "an emptyDir dies with its pod: {gone}"
    );
    // Deleting the set keeps the claim and its files for the next one.
    said(&mut s, "kubectl delete sts web");
    said(&mut s, "sleep 60");
    assert!(said(&mut s, "kubectl get pvc").contains("www-web-0"));
    said(&mut s, "kubectl apply -f web.yaml");
    said(&mut s, "sleep 30");
    assert_eq!(said(&mut s, cat), "web-0\n");
    // A claim a pod mounts stays Terminating (pvc-protection) until the pod goes.
    said(&mut s, "kubectl delete pvc www-web-1 --wait=false");
    let claims = said(&mut s, "kubectl get pvc www-web-1");
    assert!(claims.contains("Terminating"), "{claims}");
    // Deleting the claim deletes its volume (reclaim policy Delete).
    said(&mut s, "kubectl delete sts web");
    said(&mut s, "sleep 60");
    assert!(!said(&mut s, "kubectl get pvc").contains("www-web-1"));
    said(&mut s, "kubectl delete pvc www-web-0");
    assert_eq!(said(&mut s, "kubectl get pv"), "No resources found\n");
}
