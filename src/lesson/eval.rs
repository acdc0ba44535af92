//! Decides a [`Check`] against the session's state — the cluster, shell
//! variables and files — never against what was typed. A check that does
//! not hold says what differs ([`Differs`]), which `i18n` words in the
//! learner's language. Reads only; objects live in namespace `default`.

use std::collections::{BTreeMap, BTreeSet};

use super::check::{
    Check, Cmp, DeployNumber, DeployTest, FileTest, NodeTest, PodFilter, PodTest, PodsTest,
    Presence, ServiceField, ServiceTest, VarTest, VarValue,
};
use crate::api::{ConfigMap, Deployment, Endpoints, Node, Pod, Selector, Service};
use crate::shell::world::{World, HOME};

const NS: &str = "default";

/// What the world looked like when the step began, for checks that
/// count only what happened since (requests answered, rollbacks).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    /// Requests with a sequence number from here on count.
    pub http_seq: u64,
    /// Rollbacks done per Deployment when the step began.
    pub rollbacks: BTreeMap<String, u32>,
}

impl Marks {
    /// Marks for a step starting now, with rollback counts for the
    /// Deployments its checks name.
    pub fn now<'a>(world: &World, checks: impl IntoIterator<Item = &'a Check>) -> Marks {
        let cluster = &world.cluster;
        let http_seq = cluster.http_log().back().map_or(0, |r| r.seq + 1);
        let mut rollbacks = BTreeMap::new();
        for check in checks {
            if let Check::Deployment(name, DeployTest::RolledBack) = check {
                if let Ok(name) = expand(name, world) {
                    let n = cluster.rollbacks(NS, &name);
                    rollbacks.insert(name, n);
                }
            }
        }
        Marks {
            http_seq,
            rollbacks,
        }
    }
}

pub use crate::i18n::goal::{Differs, Quantity};

/// Ok when the check holds, else what differs.
pub fn eval(check: &Check, world: &World, marks: &Marks) -> Result<(), Differs> {
    match check {
        Check::Deployment(name, test) => deployment(&expand(name, world)?, test, world, marks),
        Check::Pods {
            selector,
            filters,
            test,
        } => pods(&expand(selector, world)?, filters, test, world),
        Check::Pod(name, test) => pod(&expand(name, world)?, test, world),
        Check::Service(name, test) => service(&expand(name, world)?, test, world),
        Check::ConfigMap(name, p) => {
            let name = expand(name, world)?;
            let found = world.cluster.get::<ConfigMap>(NS, &name).is_ok();
            presence(found, *p, "ConfigMap", name)
        }
        Check::Node(name, test) => node(&expand(name, world)?, test, world),
        Check::Var(name, test) => var(name, test, world),
        Check::File(path, test) => file(&expand(path, world)?, test, world),
        Check::CurlDistinctPods(selector, cmp) => {
            let selector = expand(selector, world)?;
            let n = distinct_pods(&selector, world, marks);
            number(Quantity::DistinctPods, n, *cmp)
        }
    }
}

/// Replaces `$NAME` and `${NAME}` with shell variables; an unset or empty
/// one is itself the difference.
pub fn expand(word: &str, world: &World) -> Result<String, Differs> {
    let mut out = String::new();
    let mut rest = word;
    while let Some(at) = rest.find('$') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let after = rest.get(at + 1..).unwrap_or("");
        let (name, next) = match after.strip_prefix('{') {
            Some(inner) => match inner.find('}') {
                Some(end) => (
                    inner.get(..end).unwrap_or(""),
                    inner.get(end + 1..).unwrap_or(""),
                ),
                None => (inner, ""),
            },
            None => {
                let end = after
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(after.len());
                (
                    after.get(..end).unwrap_or(""),
                    after.get(end..).unwrap_or(""),
                )
            }
        };
        if name.is_empty() {
            out.push('$');
        } else {
            match world.var(name).filter(|v| !v.is_empty()) {
                Some(v) => out.push_str(v),
                None => return Err(Differs::VarUnset { name: name.into() }),
            }
        }
        rest = next;
    }
    out.push_str(rest);
    Ok(out)
}

fn presence(found: bool, want: Presence, kind: &'static str, name: String) -> Result<(), Differs> {
    match (found, want) {
        (true, Presence::Exists) | (false, Presence::Absent) => Ok(()),
        (false, Presence::Exists) => Err(Differs::Missing { kind, name }),
        (true, Presence::Absent) => Err(Differs::StillThere { kind, name }),
    }
}

fn number(what: Quantity, actual: i64, want: Cmp) -> Result<(), Differs> {
    match want.holds(actual) {
        true => Ok(()),
        false => Err(Differs::Number { what, actual, want }),
    }
}

fn word(what: Quantity, actual: &str, want: &str) -> Result<(), Differs> {
    match actual == want {
        true => Ok(()),
        false => Err(Differs::Word {
            what,
            actual: actual.into(),
            want: want.into(),
        }),
    }
}

fn deployment(name: &str, test: &DeployTest, world: &World, marks: &Marks) -> Result<(), Differs> {
    let found = world.cluster.get::<Deployment>(NS, name).ok();
    if let DeployTest::Presence(p) = test {
        return presence(found.is_some(), *p, "Deployment", name.into());
    }
    let Some(d) = found else {
        return Err(Differs::Missing {
            kind: "Deployment",
            name: name.into(),
        });
    };
    match test {
        DeployTest::Presence(_) => Ok(()),
        DeployTest::Number(what, cmp) => {
            let (q, n) = match what {
                DeployNumber::Replicas => (Quantity::Replicas, d.replicas()),
                DeployNumber::Available => (Quantity::Available, d.status.available_replicas),
                DeployNumber::Ready => (Quantity::Ready, d.status.ready_replicas),
                DeployNumber::Updated => (Quantity::Updated, d.status.updated_replicas),
            };
            number(q, i64::from(n), *cmp)
        }
        DeployTest::Image(image) => {
            let images: Vec<&str> = d
                .spec
                .template
                .spec
                .containers
                .iter()
                .map(|c| c.image.as_str())
                .collect();
            match images.contains(&image.as_str()) {
                true => Ok(()),
                false => word(Quantity::Image, &images.join(", "), image),
            }
        }
        DeployTest::RolledBack => {
            let before = marks.rollbacks.get(name).copied().unwrap_or(0);
            match world.cluster.rollbacks(NS, name) > before {
                true => Ok(()),
                false => Err(Differs::NotRolledBack { name: name.into() }),
            }
        }
    }
}

/// Pods the selector matches that are not being deleted (unless the
/// filters ask for `status:Terminating`), then narrowed by the filters.
fn counted_pods<'a>(selector: &Selector, filters: &[PodFilter], world: &'a World) -> Vec<&'a Pod> {
    let terminating_wanted = filters
        .iter()
        .any(|f| matches!(f, PodFilter::Status(s) if s == "Terminating"));
    world
        .cluster
        .list::<Pod>(Some(NS))
        .into_iter()
        .filter(|p| selector.matches(&p.metadata.labels))
        .filter(|p| terminating_wanted || p.metadata.deletion_timestamp.is_none())
        .filter(|p| filters.iter().all(|f| pod_passes(p, f)))
        .collect()
}

fn pod_passes(pod: &Pod, filter: &PodFilter) -> bool {
    match filter {
        PodFilter::Status(s) => pod.display_status() == *s,
        PodFilter::On(node) => pod.spec.node_name == *node,
        PodFilter::Image(image) => runs_image(pod, image),
        PodFilter::Ready => pod.is_ready(),
        PodFilter::Failing => pod.is_failing(),
    }
}

fn runs_image(pod: &Pod, image: &str) -> bool {
    pod.spec.containers.iter().any(|c| c.image == image)
}

fn parse_selector(text: &str) -> Result<Selector, Differs> {
    Selector::parse(text).map_err(|_| Differs::NoPods {
        selector: text.into(),
    })
}

fn pods(
    selector: &str,
    filters: &[PodFilter],
    test: &PodsTest,
    world: &World,
) -> Result<(), Differs> {
    let sel = parse_selector(selector)?;
    let pods = counted_pods(&sel, filters, world);
    match test {
        PodsTest::Count(cmp) => number(Quantity::Pods, pods.len() as i64, *cmp),
        PodsTest::AllImage(image) => {
            if pods.is_empty() {
                return Err(Differs::NoPods {
                    selector: selector.into(),
                });
            }
            // (image, pods): a list, not a map, as pods run few images and
            // a map type of its own would cost the wasm its B-tree code.
            let mut others: Vec<(&str, usize)> = Vec::new();
            for p in pods.iter().filter(|p| !runs_image(p, image)) {
                let first = p.spec.containers.first().map_or("", |c| c.image.as_str());
                match others.iter_mut().find(|(i, _)| *i == first) {
                    Some((_, n)) => *n += 1,
                    None => others.push((first, 1)),
                }
            }
            let stale: usize = others.iter().map(|(_, n)| n).sum();
            // The most common other image (the first by name on a tie).
            let common = others
                .iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)));
            match common {
                None => Ok(()),
                Some((other, _)) => Err(Differs::StaleImages {
                    stale,
                    total: pods.len(),
                    image: (*other).to_string(),
                }),
            }
        }
    }
}

fn pod(name: &str, test: &PodTest, world: &World) -> Result<(), Differs> {
    let found = world.cluster.get::<Pod>(NS, name).ok();
    if let PodTest::Presence(p) = test {
        return presence(found.is_some(), *p, "Pod", name.into());
    }
    let Some(p) = found else {
        return Err(Differs::Missing {
            kind: "Pod",
            name: name.into(),
        });
    };
    match test {
        PodTest::Presence(_) => Ok(()),
        PodTest::Label(key, want) => {
            let actual = p.metadata.labels.get(key);
            match actual == Some(want) {
                true => Ok(()),
                false => Err(Differs::LabelDiffers {
                    pod: name.into(),
                    key: key.clone(),
                    actual: actual.cloned(),
                    want: want.clone(),
                }),
            }
        }
        PodTest::Requests(cmp) => {
            let served = world.cluster.pod_requests_served(NS, name);
            number(
                Quantity::Requests,
                i64::try_from(served).unwrap_or(i64::MAX),
                *cmp,
            )
        }
        PodTest::Status(want) => word(Quantity::Status, &p.display_status(), want),
    }
}

fn service(name: &str, test: &ServiceTest, world: &World) -> Result<(), Differs> {
    let found = world.cluster.get::<Service>(NS, name).ok();
    if let ServiceTest::Presence(p) = test {
        return presence(found.is_some(), *p, "Service", name.into());
    }
    let Some(svc) = found else {
        return Err(Differs::Missing {
            kind: "Service",
            name: name.into(),
        });
    };
    match test {
        ServiceTest::Presence(_) => Ok(()),
        ServiceTest::Type(want) => word(Quantity::ServiceType, svc.type_name(), want),
        ServiceTest::Endpoints(cmp) => {
            let ready = world.cluster.get::<Endpoints>(NS, name).map_or(0, |e| {
                e.subsets.iter().map(|s| s.addresses.len()).sum::<usize>()
            });
            number(Quantity::Endpoints, ready as i64, *cmp)
        }
    }
}

fn node(name: &str, test: &NodeTest, world: &World) -> Result<(), Differs> {
    let found = world.cluster.get::<Node>("", name).ok();
    match (test, found) {
        (NodeTest::Presence(p), found) => presence(found.is_some(), *p, "Node", name.into()),
        (NodeTest::Status(want), Some(n)) => word(Quantity::Status, n.ready_status(), want),
        (NodeTest::Status(_), None) => Err(Differs::Missing {
            kind: "Node",
            name: name.into(),
        }),
    }
}

fn var(name: &str, test: &VarTest, world: &World) -> Result<(), Differs> {
    let Some(value) = world.var(name).filter(|v| !v.is_empty()) else {
        return Err(Differs::VarUnset { name: name.into() });
    };
    match test {
        VarTest::Set => Ok(()),
        VarTest::Equals(want) => {
            let want = match want {
                VarValue::Literal(text) => expand(text, world)?,
                VarValue::Service(svc, field) => {
                    service_field(&expand(svc, world)?, *field, world)?
                }
            };
            match value == want {
                true => Ok(()),
                false => Err(Differs::VarDiffers {
                    name: name.into(),
                    value: value.into(),
                    want,
                }),
            }
        }
        VarTest::IsPod(selector) => {
            let sel = parse_selector(&expand(selector, world)?)?;
            let is_pod = world.cluster.get::<Pod>(NS, value.trim()).is_ok_and(|p| {
                p.metadata.deletion_timestamp.is_none() && sel.matches(&p.metadata.labels)
            });
            match is_pod {
                true => Ok(()),
                false => Err(Differs::VarNotPod {
                    name: name.into(),
                    value: value.into(),
                    selector: selector.clone(),
                }),
            }
        }
    }
}

fn service_field(name: &str, field: ServiceField, world: &World) -> Result<String, Differs> {
    let svc = world
        .cluster
        .get::<Service>(NS, name)
        .map_err(|_| Differs::Missing {
            kind: "Service",
            name: name.into(),
        })?;
    let port = svc.spec.ports.first();
    Ok(match field {
        ServiceField::NodePort => port.map_or(String::new(), |p| p.node_port.to_string()),
        ServiceField::Port => port.map_or(String::new(), |p| p.port.to_string()),
        ServiceField::ClusterIp => svc.spec.cluster_ip.clone(),
    })
}

fn file(path: &str, test: &FileTest, world: &World) -> Result<(), Differs> {
    // Relative paths are from the home directory, where setup put the
    // files, whatever directory the learner has moved to since.
    let abs = match path.starts_with('/') {
        true => crate::shell::vfs::normalize("/", path),
        false => crate::shell::vfs::normalize(HOME, path),
    };
    let Ok(content) = world.fs.read(&abs) else {
        return Err(Differs::FileMissing { path: path.into() });
    };
    match test {
        FileTest::Exists => Ok(()),
        FileTest::Contains(text) if content.contains(text.as_str()) => Ok(()),
        FileTest::Contains(text) => Err(Differs::FileLacks {
            path: path.into(),
            text: text.clone(),
        }),
    }
}

/// Distinct pods matching `selector` (by their labels when they answered)
/// that answered a request since the step began.
fn distinct_pods(selector: &str, world: &World, marks: &Marks) -> i64 {
    let Ok(sel) = Selector::parse(selector) else {
        return 0;
    };
    let answered: BTreeSet<&(String, String)> = crate::sorting::insert_all(
        world
            .cluster
            .http_log()
            .iter()
            .filter(|r| r.seq >= marks.http_seq && r.status != 0)
            .filter(|r| sel.matches(&r.pod_labels))
            .filter_map(|r| r.pod.as_ref()),
    );
    answered.len() as i64
}
