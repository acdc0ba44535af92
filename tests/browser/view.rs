//! Component tests of the cluster view: pods drawn per status, linking
//! terminal output to the picture, column explanations, narration and
//! Tab completion from the live cluster.

use super::support::{dispatch_mouse, fresh_key, mount, Pg};
use wasm_bindgen_test::*;

/// The class each kubectl STATUS must be drawn with (a running pod's
/// class also says whether it is ready).
fn expected_class(status: &str, ready: bool) -> &'static str {
    match (status, ready) {
        ("Pending", _) => "kp-st-pending",
        ("ContainerCreating", _) => "kp-st-creating",
        ("Running", true) => "kp-st-ready",
        ("Running", false) => "kp-st-notready",
        ("Terminating", _) => "kp-st-terminating",
        ("ErrImagePull" | "ImagePullBackOff", _) => "kp-st-pullerror",
        ("CrashLoopBackOff", _) => "kp-st-crash",
        ("Completed", _) => "kp-st-completed",
        (other, _) => panic!("unexpected status {other}"),
    }
}

async fn setup_statuses(pg: &Pg) {
    pg.run("kubectl run crash --image=busybox").await;
    pg.run("kubectl run done --image=busybox --restart=Never")
        .await;
    pg.run("kubectl run bad --image=nginx:0.0.404").await;
    pg.run(
        "printf 'apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: slow\\nspec:\\n  containers:\\n  - name: web\\n    image: nginx\\n    readinessProbe:\\n      httpGet:\\n        path: /\\n        port: 80\\n      initialDelaySeconds: 3600\\n' > slow.yaml",
    )
    .await;
    pg.run("kubectl apply -f slow.yaml").await;
    // Asks for more CPU than the node has: Pending for good, whatever the
    // clock does (a schedulable pod is Pending only for an instant).
    pg.run(
        "printf 'apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: huge\\nspec:\\n  containers:\\n  - name: web\\n    image: nginx\\n    resources:\\n      requests:\\n        cpu: \"64\"\\n' > huge.yaml",
    )
    .await;
    pg.run("kubectl apply -f huge.yaml").await;
    pg.run("kubectl run web --image=gcr.io/google-samples/kubernetes-bootcamp:v1")
        .await;
}

/// Records every (status, readiness) drawn, checking each pod's class.
fn record(pg: &Pg, seen: &mut Vec<String>) {
    for (name, status, class) in pg.pods() {
        let ready = class.contains("kp-st-ready");
        // `slow` waits an hour for its probe (the test never gets that far, however loaded the machine); `web` has none, so is ready at once.
        match (name.as_str(), status.as_str()) {
            ("slow", "Running") => assert!(
                !ready,
                "slow is not ready yet: {class} (seen so far: {seen:?})"
            ),
            ("web", "Running") => assert!(ready, "web is ready: {class}"),
            _ => {}
        }
        let want = expected_class(&status, ready);
        assert!(
            class.contains(want),
            "{name} is {status} but drawn as {class}"
        );
        let label = match (status.as_str(), ready) {
            ("Running", false) => "Running-notready".to_string(),
            _ => status,
        };
        if !seen.contains(&label) {
            seen.push(label);
        }
    }
}

const ALL_STATUSES: [&str; 8] = [
    "Pending",
    "ContainerCreating",
    "Running",
    "Running-notready",
    "ImagePullBackOff",
    "CrashLoopBackOff",
    "Completed",
    "Terminating",
];

#[wasm_bindgen_test]
async fn every_pod_status_is_drawn_with_its_own_colour_icon_and_words() {
    let pg = mount(&fresh_key("view-statuses")).await;
    setup_statuses(&pg).await;
    let mut seen: Vec<String> = Vec::new();
    record(&pg, &mut seen);
    let before_delete = &ALL_STATUSES[..7];
    for _ in 0..150 {
        if before_delete.iter().all(|w| seen.iter().any(|s| s == w)) {
            break;
        }
        pg.step_until(1, |_| false).await;
        record(&pg, &mut seen);
    }
    pg.run("kubectl delete pod web --wait=false").await;
    record(&pg, &mut seen);
    for want in ALL_STATUSES {
        assert!(seen.iter().any(|s| s == want), "never saw {want}: {seen:?}");
    }
    // Icons differ by shape, not only colour: a failing pod carries a
    // warning triangle, a ready one a check mark.
    assert!(pg.find(".kp-st-pullerror path.kp-ic-disc").is_some());
    assert!(pg.find(".kp-st-completed rect.kp-ic-disc").is_some());
    let label = pg
        .find(".kp-pod[data-status=\"ImagePullBackOff\"]")
        .unwrap()
        .get_attribute("aria-label")
        .unwrap();
    assert_eq!(label, "Pod bad: ImagePullBackOff");
}

async fn two_ready_pods(pg: &Pg) {
    pg.run("kubectl create deployment web --image=gcr.io/google-samples/kubernetes-bootcamp:v1 --replicas=2")
        .await;
    let ready = pg
        .step_until(40, |pg| {
            pg.pods()
                .iter()
                .filter(|p| p.2.contains("kp-st-ready"))
                .count()
                == 2
        })
        .await;
    assert!(ready, "pods never turned ready: {:?}", pg.pods());
}

#[wasm_bindgen_test]
async fn clicking_a_pod_name_in_the_output_finds_it_in_the_view() {
    let pg = mount(&fresh_key("view-link")).await;
    two_ready_pods(&pg).await;
    pg.run("kubectl get pods -o wide").await;
    let first = pg
        .all(".kp-scrollback .kp-line .kp-ref")
        .into_iter()
        .find(|e| e.text_content().unwrap().starts_with("web-"))
        .expect("pod names in `get pods` output are marked");
    let name = first.text_content().unwrap();
    dispatch_mouse(&first, "click");
    super::support::settle().await;
    let pod = pg
        .find(&format!(".kp-pod[data-key=\"pod:default/{name}\"]"))
        .unwrap();
    assert!(pod.get_attribute("class").unwrap().contains("kp-selected"));
    let details = pg.details();
    assert!(
        details.contains(&name) && details.contains("minikube") && details.contains("10.244."),
        "{details}"
    );
    assert!(details.contains("kubernetes-bootcamp:v1"), "{details}");
    // Pointing at another pod shows that one instead.
    let other = pg
        .all(".kp-pod")
        .into_iter()
        .find(|p| !p.get_attribute("class").unwrap().contains("kp-selected"))
        .unwrap();
    dispatch_mouse(&other, "mouseover");
    super::support::settle().await;
    let other_name = other
        .get_attribute("data-key")
        .unwrap()
        .replace("pod:default/", "");
    assert!(pg.details().contains(&other_name));
    // A Deployment's name selects the Deployment.
    pg.run("kubectl get deployments").await;
    let dep = pg
        .all(".kp-scrollback .kp-ref")
        .into_iter()
        .rfind(|e| e.text_content().as_deref() == Some("web"))
        .unwrap();
    dispatch_mouse(&dep, "click");
    super::support::settle().await;
    let d = pg
        .find(".kp-deploy[data-key=\"deploy:default/web\"]")
        .unwrap();
    assert!(d.get_attribute("class").unwrap().contains("kp-selected"));
}

#[wasm_bindgen_test]
async fn column_headers_explain_themselves() {
    let pg = mount(&fresh_key("view-columns")).await;
    two_ready_pods(&pg).await;
    pg.run("kubectl get deployments").await;
    let header = |text: &str| {
        pg.all(".kp-scrollback .kp-col")
            .into_iter()
            .rfind(|e| e.text_content().as_deref() == Some(text))
            .unwrap_or_else(|| panic!("no header {text}"))
    };
    let tip = header("UP-TO-DATE").get_attribute("data-tip").unwrap();
    assert_eq!(
        tip,
        "Pods already running the Deployment's newest template."
    );
    let ready_deploy = header("READY").get_attribute("data-tip").unwrap();
    pg.run("kubectl get pods").await;
    let ready_pods = header("READY").get_attribute("data-tip").unwrap();
    assert_ne!(ready_deploy, ready_pods, "READY means different things");
    assert!(ready_pods.contains("Containers"), "{ready_pods}");
    dispatch_mouse(&header("RESTARTS"), "click");
    super::support::settle().await;
    assert!(pg.details().contains("restarted"), "{}", pg.details());
    // Data rows are not headers.
    assert!(pg
        .all(".kp-col")
        .iter()
        .all(|e| !e.text_content().unwrap().starts_with("web-")));
}

#[wasm_bindgen_test]
async fn changes_are_narrated_politely() {
    let pg = mount(&fresh_key("view-narrate")).await;
    two_ready_pods(&pg).await;
    let region = pg
        .find(".kp-view [role=\"status\"][aria-live=\"polite\"]")
        .unwrap();
    let said = region.text_content().unwrap();
    assert!(said.contains("is Ready on minikube."), "{said:?}");
    assert!(said.starts_with("Pod web-"), "{said:?}");
}

#[wasm_bindgen_test]
async fn tab_completes_kubectl_words_and_live_names() {
    let pg = mount(&fresh_key("view-tab")).await;
    pg.run("kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1")
        .await;
    pg.type_text("kubectl desc").await;
    pg.press("Tab", false).await;
    assert_eq!(pg.value(), "kubectl describe |");
    pg.type_text("deployment kub").await;
    pg.press("Tab", false).await;
    assert_eq!(
        pg.value(),
        "kubectl describe deployment kubernetes-bootcamp |"
    );
    pg.press("u", true).await;
    pg.run("mkdir -p manifests && echo x > manifests/hello.yaml")
        .await;
    pg.type_text("kubectl apply -f man").await;
    pg.press("Tab", false).await;
    pg.press("Tab", false).await;
    assert_eq!(pg.value(), "kubectl apply -f manifests/hello.yaml |");
}
