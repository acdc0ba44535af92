//! The simulated registry: known repositories and tags, with sizes and
//! digests, and the pull errors containerd reports for anything else
//! (reference §5.7). Image strings are normalised as containerd does:
//! `nginx` → `docker.io/library/nginx:latest`.

use super::{App, Image};

/// (repository, tags, compressed size in bytes, app for a tag).
struct Repo {
    name: &'static str,
    tags: &'static [&'static str],
    size: u64,
    app: fn(&str) -> App,
}

fn nginx_version(tag: &str) -> &'static str {
    match tag {
        "1.14.2" | "1.14" => "1.14.2",
        "1.7.9" => "1.7.9",
        "1.9.14" | "1.9" => "1.9.14",
        "1.16.1" | "1.16" => "1.16.1",
        "1.19" => "1.19.10",
        "1.20" => "1.20.2",
        "1.21" => "1.21.6",
        "1.22" => "1.22.1",
        "1.23" => "1.23.4",
        "1.24" => "1.24.0",
        "1.25.0" => "1.25.0",
        "1.25" | "1.25.3" | "1.25.5" => "1.25.5",
        "1.26" => "1.26.3",
        "1.27" | "1.27.4" => "1.27.5",
        "1.28" | "stable" | "stable-alpine" => "1.28.0",
        _ => "1.29.3",
    }
}

fn tomcat_version(tag: &str) -> &'static str {
    match tag {
        "8.0" | "8" | "8.0.53" => "8.0.53",
        "8.5" => "8.5.100",
        "9" | "9.0" => "9.0.112",
        "10" | "10.1" => "10.1.49",
        _ => "11.0.14",
    }
}

fn couchdb_version(tag: &str) -> &'static str {
    match tag {
        "1.6" | "1.6.1" => "1.6.1",
        "2.3" | "2.3.1" | "2" => "2.3.1",
        "3.3" | "3.3.3" => "3.3.3",
        _ => "3.5.0",
    }
}

const REPOS: &[Repo] = &[
    Repo {
        name: "gcr.io/google-samples/kubernetes-bootcamp",
        tags: &["v1"],
        size: 77_346_330,
        app: |_| App::Bootcamp(1),
    },
    Repo {
        name: "docker.io/jocatalin/kubernetes-bootcamp",
        tags: &["v1", "v2"],
        size: 77_346_512,
        app: |t| App::Bootcamp(if t == "v2" { 2 } else { 1 }),
    },
    Repo {
        name: "docker.io/library/nginx",
        tags: &[
            "latest",
            "mainline",
            "stable",
            "alpine",
            "stable-alpine",
            "1.29",
            "1.29.3",
            "1.28",
            "1.27",
            "1.27.4",
            "1.26",
            "1.25",
            "1.25.0",
            "1.25.3",
            "1.25.5",
            "1.24",
            "1.23",
            "1.22",
            "1.21",
            "1.20",
            "1.19",
            "1.16",
            "1.16.1",
            "1.14",
            "1.14.2",
            "1.7.9",
        ],
        size: 72_195_292,
        app: |t| App::Nginx(nginx_version(t)),
    },
    // The StatefulSet tutorials' image: a small nginx build.
    Repo {
        name: "registry.k8s.io/nginx-slim",
        tags: &["0.8", "0.21", "0.24", "0.27"],
        size: 43_517_202,
        app: |t| App::Nginx(if t == "0.8" { "1.11.13" } else { "1.27.5" }),
    },
    Repo {
        name: "docker.io/library/tomcat",
        tags: &[
            "latest", "11", "10", "10.1", "9", "9.0", "8.5", "8", "8.0", "8.0.53",
        ],
        size: 183_402_113,
        app: |t| App::Tomcat(tomcat_version(t)),
    },
    Repo {
        name: "docker.io/library/couchdb",
        tags: &[
            "latest", "3", "3.5", "3.4", "3.3", "3.3.3", "2", "2.3", "2.3.1", "1.6", "1.6.1",
        ],
        size: 78_914_202,
        app: |t| App::CouchDb(couchdb_version(t)),
    },
    Repo {
        name: "docker.io/library/busybox",
        tags: &[
            "latest", "stable", "1.37", "1.36", "1.35", "1.28", "musl", "glibc", "uclibc",
        ],
        size: 2_167_176,
        app: |_| App::Busybox,
    },
    Repo {
        name: "registry.k8s.io/busybox",
        tags: &["1.27.2", "1.24", "latest"],
        size: 716_065,
        app: |_| App::Busybox,
    },
    Repo {
        name: "registry.k8s.io/e2e-test-images/agnhost",
        tags: &["2.40", "2.39"],
        size: 51_246_698,
        app: |_| App::Agnhost,
    },
    Repo {
        name: "registry.k8s.io/goproxy",
        tags: &["0.1"],
        size: 2_537_916,
        app: |_| App::GoProxy,
    },
    Repo {
        name: "docker.io/polinux/stress",
        tags: &["latest", "1.0.4"],
        size: 4_146_474,
        app: |_| App::Stress,
    },
    Repo {
        name: "docker.io/library/perl",
        tags: &[
            "latest", "5", "5.40", "5.38", "5.36", "5.34", "5.34.0", "slim",
        ],
        size: 341_553_722,
        app: |_| App::Perl,
    },
    Repo {
        name: "docker.io/udacity/example-hello",
        tags: &["1.0.0", "2.0.0"],
        size: 6_212_096,
        app: |t| App::UdacityHello(if t == "2.0.0" { 2 } else { 1 }),
    },
    Repo {
        name: "docker.io/udacity/example-auth",
        tags: &["1.0.0", "2.0.0"],
        size: 6_330_880,
        app: |t| App::UdacityAuth(if t == "2.0.0" { 2 } else { 1 }),
    },
    Repo {
        name: "docker.io/udacity/example-frontend",
        tags: &["1.0.0", "2.0.0"],
        size: 54_263_808,
        app: |_| App::UdacityFrontend,
    },
    Repo {
        name: "docker.io/udacity/example-monolith",
        tags: &["1.0.0", "2.0.0"],
        size: 6_402_048,
        app: |_| App::UdacityMonolith,
    },
    Repo {
        name: "docker.io/kubeplay/iot-server",
        tags: &["1.0", "latest"],
        size: 48_213_504,
        app: |_| App::IotServer,
    },
    Repo {
        name: "registry.k8s.io/coredns/coredns",
        tags: &["v1.12.1"],
        size: 22_384_805,
        app: |_| App::CoreDns,
    },
    Repo {
        name: "registry.k8s.io/etcd",
        tags: &["3.6.5-0"],
        size: 62_972_532,
        app: |_| App::System,
    },
    Repo {
        name: "registry.k8s.io/kube-apiserver",
        tags: &["v1.37.1"],
        size: 29_085_422,
        app: |_| App::System,
    },
    Repo {
        name: "registry.k8s.io/kube-controller-manager",
        tags: &["v1.37.1"],
        size: 26_891_116,
        app: |_| App::System,
    },
    Repo {
        name: "registry.k8s.io/kube-scheduler",
        tags: &["v1.37.1"],
        size: 20_570_140,
        app: |_| App::System,
    },
    Repo {
        name: "registry.k8s.io/kube-proxy",
        tags: &["v1.37.1"],
        size: 30_939_524,
        app: |_| App::System,
    },
    Repo {
        name: "gcr.io/k8s-minikube/storage-provisioner",
        tags: &["v5"],
        size: 9_058_936,
        app: |_| App::System,
    },
];

/// Images minikube preloads on every node.
pub const PRELOADED: [&str; 7] = [
    "registry.k8s.io/coredns/coredns:v1.12.1",
    "registry.k8s.io/etcd:3.6.5-0",
    "registry.k8s.io/kube-apiserver:v1.37.1",
    "registry.k8s.io/kube-controller-manager:v1.37.1",
    "registry.k8s.io/kube-scheduler:v1.37.1",
    "registry.k8s.io/kube-proxy:v1.37.1",
    "gcr.io/k8s-minikube/storage-provisioner:v5",
];

/// The real digest of kubernetes-bootcamp:v1 (same in 2022 and 2026 transcripts).
const BOOTCAMP_V1_DIGEST: &str =
    "sha256:0d6b8ee63bb57c5f5b6156f446b3bc3b3c143d233037f3a2f00e279c8fcc64af";

/// Why an image cannot be pulled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PullError {
    /// The reference does not parse (`InvalidImageName`); text is the kubelet's.
    InvalidName(String),
    /// The registry has no such repository or tag; text is containerd's.
    NotFound(String),
}

/// A parsed image reference: (repository with domain, tag, digest).
pub fn normalize(image: &str) -> Option<(String, String, Option<String>)> {
    let (rest, digest) = match image.split_once('@') {
        Some((r, d)) => (r, Some(d.to_string())),
        None => (image, None),
    };
    let (name, tag) = match rest.rsplit_once(':') {
        Some((n, t)) if !t.contains('/') => (n, t.to_string()),
        _ => (rest, String::new()),
    };
    let first = name.split('/').next().unwrap_or("");
    let has_domain =
        name.contains('/') && (first.contains('.') || first.contains(':') || first == "localhost");
    let repo = if has_domain {
        name.to_string()
    } else if name.contains('/') {
        format!("docker.io/{name}")
    } else {
        format!("docker.io/library/{name}")
    };
    let path_ok = |s: &str| {
        !s.is_empty()
            && s.split('/').skip(usize::from(has_domain)).all(|c| {
                !c.is_empty()
                    && c.chars().all(|ch| {
                        ch.is_ascii_lowercase() || ch.is_ascii_digit() || "._-".contains(ch)
                    })
                    && c.chars()
                        .next()
                        .is_some_and(|ch| ch.is_ascii_alphanumeric())
            })
    };
    let tag_ok = tag.len() <= 128
        && tag
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || "._-".contains(ch));
    if !path_ok(name) || !tag_ok || image.trim() != image || image.is_empty() {
        return None;
    }
    let tag = if tag.is_empty() && digest.is_none() {
        "latest".to_string()
    } else {
        tag
    };
    Some((repo, tag, digest))
}

/// A stable made-up digest for images whose real one is not recorded.
fn digest_of(reference: &str) -> String {
    let mut out = String::from("sha256:");
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for round in 0..4u8 {
        for b in reference.bytes().chain([round]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        out.push_str(&format!("{h:016x}"));
    }
    out
}

/// True for the release tags official images publish for every version:
/// `1`, `1.9`, `1.9.14`, optionally with a variant (`1.9.14-alpine`).
/// Only official (`docker.io/library/…`) images get these, so a made-up
/// tag of another repository (`kubernetes-bootcamp:v10`) still fails, and
/// so does a pre-1.0 version (`nginx:0.0.404`): the official images the
/// playground knows publish none.
fn is_release_tag(tag: &str) -> bool {
    let (version, variant) = tag.split_once('-').unwrap_or((tag, "alpine"));
    let parts: Vec<&str> = version.split('.').collect();
    (1..=3).contains(&parts.len())
        && parts
            .first()
            .is_some_and(|major| !major.trim_start_matches('0').is_empty())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && !variant.is_empty()
        && variant
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.')
}

/// Resolves an image string the way a pull would.
pub fn resolve(image: &str) -> Result<Image, PullError> {
    let Some((repo, tag, digest)) = normalize(image) else {
        return Err(PullError::InvalidName(format!(
            "Failed to apply default image tag \"{image}\": couldn't parse image name \"{image}\": invalid reference format"
        )));
    };
    let reference = if tag.is_empty() {
        repo.clone()
    } else {
        format!("{repo}:{tag}")
    };
    let shown = match &digest {
        Some(d) => format!("{repo}@{d}"),
        None => reference.clone(),
    };
    let Some(r) = REPOS.iter().find(|r| r.name == repo) else {
        let why = if repo.starts_with("docker.io/") {
            "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed".to_string()
        } else {
            format!("{shown}: not found")
        };
        return Err(PullError::NotFound(format!(
            "failed to pull and unpack image \"{shown}\": failed to resolve reference \"{shown}\": {why}"
        )));
    };
    let tag_known = r.tags.contains(&tag.as_str())
        || (tag.is_empty() && digest.is_some())
        || (repo.starts_with("docker.io/library/") && is_release_tag(&tag));
    if !tag_known {
        return Err(PullError::NotFound(format!(
            "failed to pull and unpack image \"{shown}\": failed to resolve reference \"{shown}\": {shown}: not found"
        )));
    }
    let digest = match digest {
        Some(d) => d,
        None if reference == "gcr.io/google-samples/kubernetes-bootcamp:v1" => {
            BOOTCAMP_V1_DIGEST.to_string()
        }
        None => digest_of(&reference),
    };
    Ok(Image {
        reference,
        repo,
        tag: tag.clone(),
        digest,
        size_bytes: r.size,
        app: (r.app)(&tag),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_normalise_like_containerd() {
        assert_eq!(
            normalize("nginx"),
            Some(("docker.io/library/nginx".into(), "latest".into(), None))
        );
        assert_eq!(
            normalize("jocatalin/kubernetes-bootcamp:v2"),
            Some((
                "docker.io/jocatalin/kubernetes-bootcamp".into(),
                "v2".into(),
                None
            ))
        );
        assert_eq!(
            normalize("localhost:5000/app:1").map(|n| n.0),
            Some("localhost:5000/app".into())
        );
        assert_eq!(normalize("Nginx"), None);
    }

    #[test]
    fn known_images_resolve_and_unknown_ones_fail_with_containerds_words() {
        let v1 = resolve("gcr.io/google-samples/kubernetes-bootcamp:v1").unwrap();
        assert_eq!(v1.app, App::Bootcamp(1));
        assert_eq!(
            v1.image_id(),
            format!("gcr.io/google-samples/kubernetes-bootcamp@{BOOTCAMP_V1_DIGEST}")
        );
        assert_eq!(
            resolve("docker.io/jocatalin/kubernetes-bootcamp:v2")
                .unwrap()
                .app,
            App::Bootcamp(2)
        );
        assert_eq!(
            resolve("jocatalin/kubernetes-bootcamp:v2").unwrap().app,
            App::Bootcamp(2)
        );
        assert_eq!(resolve("nginx:1.14.2").unwrap().app, App::Nginx("1.14.2"));
        // Old real tags of official images pull (the Udacity course's nginx).
        assert_eq!(resolve("nginx:1.9.14").unwrap().app, App::Nginx("1.9.14"));
        assert!(resolve("redis:7.2.4-alpine").is_err(), "no such repository");
        assert!(resolve("busybox:1.24").is_ok());
        assert!(resolve("nginx:1.9.14-alpine").is_ok());
        assert!(resolve("nginx:not-a-version").is_err());
        assert!(resolve("nginx:1.2.3.4").is_err());
        assert!(resolve("nginx:0.0.404").is_err(), "no pre-1.0 release");
        assert_eq!(
            resolve("gcr.io/google-samples/kubernetes-bootcamp:v10"),
            Err(PullError::NotFound("failed to pull and unpack image \"gcr.io/google-samples/kubernetes-bootcamp:v10\": failed to resolve reference \"gcr.io/google-samples/kubernetes-bootcamp:v10\": gcr.io/google-samples/kubernetes-bootcamp:v10: not found".into()))
        );
        let e = resolve("fakeimage").unwrap_err();
        assert!(
            matches!(e, PullError::NotFound(m) if m.contains("\"docker.io/library/fakeimage:latest\"") && m.contains("pull access denied"))
        );
        assert!(matches!(
            resolve("BAD IMAGE"),
            Err(PullError::InvalidName(_))
        ));
    }
}
