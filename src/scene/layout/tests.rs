//! Layout tests over hand-made models: nothing overlaps, pods sit inside
//! their node, sizes step down as counts grow, arrows bundle.

use super::*;
use crate::scene::model::{NodeView, ServiceView};

fn pod(name: &str, node: &str, colour: usize) -> PodView {
    PodView {
        key: format!("default/{name}"),
        namespace: "default".into(),
        name: name.into(),
        short: name.into(),
        node: node.into(),
        ip: String::new(),
        image: String::new(),
        status: "Running".into(),
        ready: true,
        restarts: 0,
        owner: None,
        colour: Some(colour),
    }
}

fn model(nodes: &[&str], pods: usize, per_node: &[&str]) -> Model {
    Model {
        nodes: nodes
            .iter()
            .map(|n| NodeView {
                name: n.to_string(),
                status: "Ready".into(),
                stopped: false,
            })
            .collect(),
        pods: (0..pods)
            .map(|i| pod(&format!("p{i:03}"), per_node[i % per_node.len()], i % 2))
            .collect(),
        ..Model::default()
    }
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

fn inside(a: &Rect, outer: &Rect) -> bool {
    a.x >= outer.x
        && a.y >= outer.y
        && a.x + a.w <= outer.x + outer.w + 0.01
        && a.y + a.h <= outer.y + outer.h + 0.01
}

#[test]
fn pods_never_overlap_and_sit_inside_their_node_at_any_count() {
    for (count, width) in [
        (0, 600.0),
        (4, 600.0),
        (4, 320.0),
        (30, 600.0),
        (200, 600.0),
        (200, 320.0),
    ] {
        let m = model(
            &["minikube", "minikube-m02"],
            count,
            &["minikube", "minikube-m02", ""],
        );
        let l = layout(&m, width);
        assert_eq!(l.pods.len(), count);
        let rects: Vec<(&String, &Rect)> = l.pods.iter().collect();
        for (i, (ka, a)) in rects.iter().enumerate() {
            for (kb, b) in rects.iter().skip(i + 1) {
                assert!(
                    !overlaps(a, b),
                    "{ka} and {kb} overlap at {count} pods, {width}px"
                );
            }
            let p = m.pod(ka).unwrap();
            let region = match p.node.as_str() {
                "" => l.pending.unwrap(),
                n => l.node(n).unwrap(),
            };
            assert!(
                inside(a, &region),
                "{ka} outside its region at {count} pods, {width}px"
            );
            assert!(a.x + a.w <= width, "{ka} past the right edge");
        }
        assert!(l.height > 0.0);
        for (_, r) in &l.nodes {
            assert!(r.y + r.h <= l.height);
        }
    }
}

#[test]
fn pods_shrink_from_cards_to_chips_to_dots() {
    let sizes: Vec<PodSize> = [4, 12, 13, 120, 121]
        .iter()
        .map(|&n| layout(&model(&["minikube"], n, &["minikube"]), 700.0).size)
        .collect();
    assert_eq!(
        sizes,
        [
            PodSize::Card,
            PodSize::Card,
            PodSize::Chip,
            PodSize::Chip,
            PodSize::Dot
        ]
    );
}

#[test]
fn new_revisions_sit_right_of_old_ones() {
    let mut m = model(&["minikube"], 4, &["minikube"]);
    m.pods[0].colour = Some(1);
    m.pods[3].colour = Some(0);
    let l = layout(&m, 700.0);
    let x = |k: &str| l.pod(k).unwrap().x + l.pod(k).unwrap().y * 1000.0;
    assert!(x("default/p003") < x("default/p000"));
}

#[test]
fn many_endpoints_bundle_into_one_arrow_per_node() {
    for (count, expected) in [(5, 5), (12, 12), (40, 2)] {
        let mut m = model(
            &["minikube", "minikube-m02"],
            count,
            &["minikube", "minikube-m02"],
        );
        m.services.push(ServiceView {
            key: "default/web".into(),
            name: "web".into(),
            type_: "ClusterIP".into(),
            port: "80/TCP".into(),
            endpoints: m.pods.iter().map(|p| (p.key.clone(), true)).collect(),
        });
        let l = layout(&m, 700.0);
        assert_eq!(l.arrows.len(), expected, "{count} endpoints");
        if count > ARROWS_PER_SERVICE_MAX {
            let total: usize = l
                .arrows
                .iter()
                .map(|a| match a.end {
                    ArrowEnd::Node(_, n) => n,
                    ArrowEnd::Pod(_) => 1,
                })
                .sum();
            assert_eq!(total, count);
        }
        let svc = l.service("default/web").unwrap();
        assert!(l.arrows.iter().all(|a| a.curve.a == svc.bottom()));
    }
}

#[test]
fn labels_are_cut_to_fit() {
    assert_eq!(fit("short", 100.0), "short");
    assert_eq!(fit("kubernetes-bootcamp:v1", 66.0), "kubernete…");
    assert_eq!(fit("abc", 0.0), "…");
}

#[test]
fn cut_image_names_keep_their_tag() {
    assert_eq!(fit_image("kubernetes-bootcamp:v2", 66.0), "…otcamp:v2");
    assert_eq!(fit_image("nginx:1.27", 66.0), "nginx:1.27");
    assert_eq!(fit("kubernetes-bootcamp:v2", 66.0), "kubernete…");
}

#[test]
fn wrap_breaks_between_words_and_marks_what_is_left_out() {
    let hint = "No pods yet. Create a Deployment and its pods appear here.";
    let two = wrap(hint, 300.0, 2);
    assert_eq!(
        two,
        [
            "No pods yet. Create a Deployment and its pods",
            "appear here."
        ]
    );
    assert_eq!(wrap(hint, 1000.0, 2), [hint]);
    let cut = wrap(hint, 100.0, 2);
    assert_eq!(cut.len(), 2);
    assert!(cut[1].ends_with('…'), "{cut:?}");
    assert!(cut.iter().all(|l| l.chars().count() <= 15), "{cut:?}");
    // CJK without spaces breaks inside the run.
    let ja = wrap("Deploymentを作成するとここにPodが表示されます", 66.0, 3);
    assert!(
        ja.len() >= 2 && ja.iter().all(|l| l.chars().count() <= 10),
        "{ja:?}"
    );
}
