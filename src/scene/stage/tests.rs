//! Stage tests: sprites appear, glide, fade; requests travel and count.

use super::*;
use crate::scene::layout::layout;
use crate::scene::model::{NodeView, ServiceView};

fn pod(name: &str, node: &str, ready: bool) -> PodView {
    PodView {
        key: format!("default/{name}"),
        namespace: "default".into(),
        name: name.into(),
        short: name.into(),
        node: node.into(),
        ip: String::new(),
        image: String::new(),
        status: if node.is_empty() {
            "Pending"
        } else {
            "Running"
        }
        .into(),
        ready,
        restarts: 0,
        owner: None,
        colour: Some(0),
    }
}

fn model(pods: Vec<PodView>) -> Model {
    let endpoints = pods
        .iter()
        .filter(|p| p.ready)
        .map(|p| (p.key.clone(), true))
        .collect();
    Model {
        nodes: vec![NodeView {
            name: "minikube".into(),
            status: "Ready".into(),
            stopped: false,
        }],
        pods,
        services: vec![ServiceView {
            key: "default/web".into(),
            name: "web".into(),
            type_: "NodePort".into(),
            port: "8080:30000/TCP".into(),
            endpoints,
        }],
        ..Model::default()
    }
}

fn apply(stage: &mut Stage, m: &Model, now: f64) -> Layout {
    let l = layout(m, 600.0);
    stage.update(m, &l, now);
    l
}

#[test]
fn a_new_pod_fades_in_where_it_lands() {
    let mut st = Stage::new(true);
    let m = model(vec![pod("a", "minikube", false)]);
    let l = apply(&mut st, &m, 1000.0);
    let f = &st.sprites(1000.0)[0];
    assert_eq!((f.opacity, f.scale), (0.0, 0.6));
    assert_eq!(f.rect, l.pod("default/a").unwrap());
    assert!(st.animating(1100.0));
    let f = &st.sprites(1000.0 + APPEAR_MS)[0];
    assert_eq!((f.opacity, f.scale), (1.0, 1.0));
    assert!(!st.animating(1000.0 + APPEAR_MS));
}

#[test]
fn a_scheduled_pod_glides_from_the_pending_lane_onto_its_node() {
    let mut st = Stage::new(true);
    let l0 = apply(&mut st, &model(vec![pod("a", "", false)]), 0.0);
    let l1 = apply(&mut st, &model(vec![pod("a", "minikube", false)]), 1000.0);
    let (from, to) = (l0.pod("default/a").unwrap(), l1.pod("default/a").unwrap());
    assert_ne!(from.y, to.y);
    let mid = st.sprites(1000.0 + MOVE_MS / 2.0)[0].rect;
    assert!(
        mid.y > from.y.min(to.y) && mid.y < from.y.max(to.y),
        "half-way at half time"
    );
    assert_eq!(st.sprites(1000.0 + MOVE_MS)[0].rect, to);
}

#[test]
fn a_deleted_pod_fades_out_then_is_gone() {
    let mut st = Stage::new(true);
    apply(&mut st, &model(vec![pod("a", "minikube", true)]), 0.0);
    apply(&mut st, &model(vec![]), 1000.0);
    let f = &st.sprites(1000.0 + FADE_MS / 2.0)[0];
    assert!(f.gone && f.opacity > 0.0 && f.opacity < 1.0);
    st.prune(1000.0 + FADE_MS);
    assert!(st.sprites(1000.0 + FADE_MS).is_empty());
    assert!(!st.animating(1000.0 + FADE_MS));
}

#[test]
fn turning_ready_flashes() {
    let mut st = Stage::new(true);
    apply(&mut st, &model(vec![pod("a", "minikube", false)]), 0.0);
    apply(&mut st, &model(vec![pod("a", "minikube", true)]), 500.0);
    assert_eq!(st.sprites(500.0)[0].flash, Some((1.0, Flash::Ready)));
    assert_eq!(st.sprites(500.0 + FLASH_MS)[0].flash, None);
}

#[test]
fn a_request_travels_client_service_pod_and_is_counted_on_arrival() {
    let mut st = Stage::new(true);
    let m = model(vec![pod("a", "minikube", true), pod("b", "minikube", true)]);
    let l = apply(&mut st, &m, 0.0);
    let req = |p: &str| Request {
        from_pod: None,
        service: Some("default/web".into()),
        pod: Some(format!("default/{p}")),
        ok: true,
    };
    st.request(&req("a"), &l, 1000.0, 0);
    st.request(&req("b"), &l, 1000.0, 1);
    let first = st.packets(1000.0);
    assert_eq!(first.len(), 1, "the second waits its turn");
    assert_eq!(first[0].at, l.client.unwrap().center());
    let at_service = st.packets(1000.0 + HOP_MS);
    assert_eq!(at_service[0].at, l.service("default/web").unwrap().bottom());
    let arrive_a = 1000.0 + 2.0 * HOP_MS;
    st.prune(arrive_a);
    let hits: Vec<u32> = st.sprites(arrive_a).iter().map(|f| f.hits).collect();
    assert_eq!(hits, [1, 0]);
    assert_eq!(st.sprites(arrive_a)[0].flash, Some((1.0, Flash::Hit)));
    st.prune(arrive_a + STAGGER_MS);
    assert_eq!(st.sprites(arrive_a + STAGGER_MS)[1].hits, 1);
    assert!(st.packets(arrive_a + STAGGER_MS).is_empty());
}

#[test]
fn with_motion_off_nothing_travels_or_tweens() {
    let mut st = Stage::new(false);
    let l = apply(&mut st, &model(vec![pod("a", "minikube", true)]), 0.0);
    assert_eq!(st.sprites(0.0)[0].opacity, 1.0, "no fade-in");
    st.request(
        &Request {
            from_pod: None,
            service: Some("default/web".into()),
            pod: Some("default/a".into()),
            ok: true,
        },
        &l,
        10.0,
        3,
    );
    assert!(st.packets(10.0).is_empty());
    assert_eq!(st.sprites(10.0)[0].hits, 1);
    let flash = st.sprites(10.0 + FLASH_MS / 2.0)[0].flash;
    assert_eq!(flash, Some((1.0, Flash::Hit)), "marked, not faded");
}

#[test]
fn packets_in_flight_are_bounded() {
    let mut st = Stage::new(true);
    let l = apply(&mut st, &model(vec![pod("a", "minikube", true)]), 0.0);
    let req = Request {
        from_pod: None,
        service: Some("default/web".into()),
        pod: Some("default/a".into()),
        ok: true,
    };
    for i in 0..(PACKETS_MAX + 20) {
        st.request(&req, &l, 0.0, i);
    }
    assert_eq!(st.packets.len(), PACKETS_MAX);
}
