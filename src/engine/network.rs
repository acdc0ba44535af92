//! The simulated network: a request to `HOST:PORT` is resolved the way
//! packets would go on minikube — node IPs and NodePorts (kube-proxy on
//! every node), ClusterIPs and external IPs of Services, pod IPs, cluster
//! DNS names from inside pods, `localhost` — to the app that answers, or
//! to the error curl would report (could not resolve, connection refused,
//! no route to host, timeout).
//!
//! **Balancing rule:** a Service sends each new connection to the next
//! *ready* endpoint in address order (round-robin per Service, as IPVS
//! does), so successive curls visibly reach different pods; a pod that is
//! not ready or is terminating never gets traffic. (Real kube-proxy in
//! iptables mode picks at random.)
//!
//! The learner's terminal (`Client::Host`) sits on the first node, like
//! Katacoda's `host01`: it reaches node IPs, NodePorts (also on
//! `localhost`), ClusterIPs and pod IPs, but does not use cluster DNS.

use super::changes::{Change, HttpRecord};
use super::limits::{HTTP_HOPS_MAX, HTTP_LOG_MAX};
use super::Cluster;
use crate::api::{Pod, Service};
use crate::apps::http::{serve, Request, Response, ServeCtx, Served};
use std::collections::{BTreeMap, VecDeque};

/// Who sends a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Client {
    /// The learner's terminal (on node `minikube`, like `host01`).
    Host,
    /// A process inside a pod (`kubectl exec ... -- curl ...`).
    Pod { namespace: String, name: String },
}

/// Why a connection failed. `ip`/`port` are what the client connected to
/// (a NodePort or ClusterIP, not the pod behind it), as curl reports them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NetError {
    /// DNS knows no such name.
    CouldNotResolve(String),
    /// Nothing listens (or the Service has no ready endpoint).
    Refused { ip: String, port: u16 },
    /// The address is on a network but no machine answers.
    NoRoute { ip: String, port: u16 },
    /// Packets are dropped; curl gives up after its connect timeout.
    Timeout { ip: String, port: u16 },
}

/// A successful exchange.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpReply {
    pub response: Response,
    /// The IP the client connected to.
    pub ip: String,
    /// The Service that routed it (namespace, name), if any.
    pub service: Option<(String, String)>,
    /// The pod that answered (namespace, name), if a pod did.
    pub pod: Option<(String, String)>,
}

/// Network state: round-robin positions and the request log.
#[derive(Clone, Debug, Default, crate::json::ToJson, crate::json::FromJson)]
pub struct NetState {
    pub log: VecDeque<HttpRecord>,
    #[serde(with = "super::checkpoint::pairs")]
    pub next_rr: BTreeMap<(String, String), u64>,
    pub seq: u64,
    /// `minikube tunnel` is running: LoadBalancer Services get 127.0.0.1.
    pub tunnel: bool,
}

/// Where a connection lands.
enum Target {
    Pod(Box<Pod>, u16),
    Service(Box<Service>, u16),
    ApiServer,
}

impl Cluster {
    /// Sends an HTTP request from `client` to `host:port` and returns the
    /// answer and who gave it, or the connection error.
    pub fn http(
        &mut self,
        client: &Client,
        method: &str,
        host: &str,
        port: u16,
        path: &str,
        headers: &[(String, String)],
    ) -> Result<HttpReply, NetError> {
        let req = Request {
            method: method.to_string(),
            path: path.to_string(),
            headers: headers.to_vec(),
        };
        let result = self.http_hop(client, host, port, &req, 0);
        if result.is_err() {
            self.log_http(client, None, None, 0);
        }
        result
    }

    fn http_hop(
        &mut self,
        client: &Client,
        host: &str,
        port: u16,
        req: &Request,
        hops: usize,
    ) -> Result<HttpReply, NetError> {
        let ip = self.resolve_host(client, host)?;
        let target = self.route(client, &ip, port)?;
        let (pod, target_port, service) = match target {
            Target::Pod(p, tp) => (*p, tp, None),
            Target::Service(s, sp) => {
                let (p, tp) = self.pick_endpoint(&s, sp, &ip)?;
                (
                    p,
                    tp,
                    Some((s.metadata.namespace.clone(), s.metadata.name.clone())),
                )
            }
            Target::ApiServer => {
                let body = "Client sent an HTTP request to an HTTPS server.\n".to_string();
                let response = Response {
                    status: 400,
                    reason: "Bad Request".into(),
                    headers: vec![("Content-Type".into(), "text/plain; charset=utf-8".into())],
                    body,
                };
                return Ok(HttpReply {
                    response,
                    ip,
                    service: None,
                    pod: None,
                });
            }
        };
        if !self.node_running(&pod.spec.node_name) {
            return Err(NetError::Timeout {
                ip: ip.clone(),
                port,
            });
        }
        let client_ip = self.source_ip(client, &pod);
        let served = self.serve_at(&pod, target_port, req, &client_ip);
        let response = match served {
            None | Some(Served::Refused) => {
                return Err(NetError::Refused {
                    ip: ip.clone(),
                    port,
                })
            }
            Some(Served::Reply { response, .. }) => response,
            Some(Served::Proxy {
                host,
                port: up,
                path,
            }) => self.proxy(&pod, &host, up, &path, req, hops),
        };
        self.log_http(client, service.clone(), Some(&pod), response.status);
        Ok(HttpReply {
            response,
            ip,
            service,
            pod: Some((pod.metadata.namespace.clone(), pod.metadata.name.clone())),
        })
    }

    /// The address a request appears to come from: the node's bridge for
    /// the host (kube-proxy SNATs NodePort traffic), the pod's IP otherwise.
    fn source_ip(&self, client: &Client, pod: &Pod) -> String {
        match client {
            Client::Host => format!(
                "10.244.{}.1",
                self.rt
                    .nodes
                    .get(&pod.spec.node_name)
                    .map_or(0, |n| n.index)
            ),
            Client::Pod { namespace, name } => self
                .store
                .pods()
                .get(namespace, name)
                .map(|p| p.status.pod_ip.clone())
                .unwrap_or_default(),
        }
    }

    /// nginx forwarding to an upstream; failures become 502 Bad Gateway.
    fn proxy(
        &mut self,
        pod: &Pod,
        host: &str,
        port: u16,
        path: &str,
        req: &Request,
        hops: usize,
    ) -> Response {
        let me = Client::Pod {
            namespace: pod.metadata.namespace.clone(),
            name: pod.metadata.name.clone(),
        };
        let sub = Request {
            path: path.to_string(),
            ..req.clone()
        };
        let result = if hops + 1 >= HTTP_HOPS_MAX {
            None
        } else {
            self.http_hop(&me, host, port, &sub, hops + 1).ok()
        };
        match result {
            Some(r) => r.response,
            None => {
                let body = crate::apps::files::nginx_error("502 Bad Gateway", "1.25.5");
                Response {
                    status: 502,
                    reason: "Bad Gateway".into(),
                    headers: vec![("Content-Type".into(), "text/html".into())],
                    body,
                }
            }
        }
    }

    /// Name → IP, as the client's resolver would.
    pub(super) fn resolve_host(&self, client: &Client, host: &str) -> Result<String, NetError> {
        if crate::api::validation::is_ipv4(host) {
            return Ok(host.to_string());
        }
        match host {
            "localhost" => return Ok("127.0.0.1".into()),
            "host01" => return Ok(self.minikube_ip()),
            "host.minikube.internal" => return Ok("192.168.49.1".into()),
            _ => {}
        }
        if let Some(ip) = self.node_ip(host) {
            return Ok(ip);
        }
        if let Client::Pod { namespace, .. } = client {
            // The pod's resolver: a name with `.svc.cluster.local` as is,
            // else through the search list (NS.svc.cluster.local,
            // svc.cluster.local, cluster.local); then CoreDNS answers
            // `SVC.NS` (a headless Service: its first ready address) and
            // `HOSTNAME.SUBDOMAIN.NS` (a pod of a headless Service).
            let host = host.trim_end_matches('.');
            let names: Vec<String> = match host.strip_suffix(".svc.cluster.local") {
                Some(full) => vec![full.to_string()],
                None => {
                    let short = host.strip_suffix(".svc").unwrap_or(host);
                    vec![format!("{host}.{namespace}"), short.to_string()]
                }
            };
            for name in names {
                let parts: Vec<&str> = name.split('.').collect();
                let ip = match parts.as_slice() {
                    [svc, ns] => self.service_address(ns, svc),
                    [pod, svc, ns] => self.pod_address(ns, svc, pod),
                    _ => None,
                };
                if let Some(ip) = ip {
                    return Ok(ip);
                }
            }
        }
        Err(NetError::CouldNotResolve(host.to_string()))
    }

    /// A Service's address: its ClusterIP, or for a headless one the first
    /// ready pod address of its Endpoints.
    fn service_address(&self, ns: &str, svc: &str) -> Option<String> {
        let s = self.store.services().get(ns, svc)?;
        if s.spec.cluster_ip != "None" {
            return Some(s.spec.cluster_ip.clone()).filter(|ip| !ip.is_empty());
        }
        let ep = self.store.endpoints().get(ns, svc)?;
        let first = ep.subsets.iter().flat_map(|s| &s.addresses).next();
        first.map(|a| a.ip.clone())
    }

    /// `HOSTNAME.SUBDOMAIN.NS`: a ready pod with that hostname and
    /// subdomain, when a headless Service of that name selects it.
    fn pod_address(&self, ns: &str, subdomain: &str, hostname: &str) -> Option<String> {
        let headless = self.store.services().get(ns, subdomain)?.spec.cluster_ip == "None";
        let sub = serde_json::Value::String(subdomain.to_string());
        self.store
            .pods()
            .list(Some(ns))
            .find(|p| {
                headless
                    && p.spec.hostname == hostname
                    && p.spec.other.get("subdomain") == Some(&sub)
                    && p.is_ready()
            })
            .map(|p| p.status.pod_ip.clone())
    }

    /// IP:port → what answers there.
    fn route(&self, client: &Client, ip: &str, port: u16) -> Result<Target, NetError> {
        let refused = || NetError::Refused {
            ip: ip.to_string(),
            port,
        };
        if ip == "127.0.0.1" {
            return match client {
                Client::Pod { namespace, name } => self
                    .store
                    .pods()
                    .get(namespace, name)
                    .cloned()
                    .map(|p| Target::Pod(Box::new(p), port))
                    .ok_or_else(refused),
                Client::Host => self
                    .tunnelled(port)
                    .or_else(|| self.node_port(port))
                    .ok_or_else(refused),
            };
        }
        if let Some(node) = self
            .store
            .nodes()
            .list(None)
            .find(|n| n.internal_ip() == ip)
        {
            if !self.node_running(&node.metadata.name) {
                return Err(NetError::NoRoute {
                    ip: ip.to_string(),
                    port,
                });
            }
            if node.metadata.name == "minikube" && port == 8443 {
                return Ok(Target::ApiServer);
            }
            // kube-proxy matches a Service's externalIPs before anything
            // else on the node, so a Service listing the node's own
            // address answers on its port there (seed 000's iot-server).
            let external = self.store.services().list(None).find(|s| {
                s.spec.external_ips.iter().any(|e| e == ip)
                    && s.spec.ports.iter().any(|p| p.port == i32::from(port))
            });
            if let Some(s) = external {
                return Ok(Target::Service(Box::new(s.clone()), port));
            }
            return self.node_port(port).ok_or_else(refused);
        }
        for s in self.store.services().list(None) {
            let on_ip = s.spec.cluster_ip == ip || s.spec.external_ips.iter().any(|e| e == ip);
            if !on_ip {
                continue;
            }
            if s.metadata.namespace == "default" && s.metadata.name == "kubernetes" && port == 443 {
                return Ok(Target::ApiServer);
            }
            return match s.spec.ports.iter().find(|p| p.port == i32::from(port)) {
                Some(_) => Ok(Target::Service(Box::new(s.clone()), port)),
                None => Err(NetError::Timeout {
                    ip: ip.to_string(),
                    port,
                }),
            };
        }
        if ip.starts_with("10.244.") {
            return self
                .store
                .pods()
                .list(None)
                .find(|p| p.status.pod_ip == ip && !p.spec.host_network)
                .cloned()
                .map(|p| Target::Pod(Box::new(p), port))
                .ok_or(NetError::NoRoute {
                    ip: ip.to_string(),
                    port,
                });
        }
        if ip.starts_with("192.168.49.") {
            return Err(NetError::NoRoute {
                ip: ip.to_string(),
                port,
            });
        }
        Err(NetError::Timeout {
            ip: ip.to_string(),
            port,
        })
    }

    /// With `minikube tunnel`, a LoadBalancer Service's port on 127.0.0.1.
    fn tunnelled(&self, port: u16) -> Option<Target> {
        if !self.net.tunnel {
            return None;
        }
        self.store
            .services()
            .list(None)
            .find(|s| {
                s.type_name() == "LoadBalancer"
                    && s.spec.ports.iter().any(|p| p.port == i32::from(port))
            })
            .map(|s| Target::Service(Box::new(s.clone()), port))
    }

    /// `minikube tunnel` on or off: LoadBalancer Services get (or lose)
    /// the external IP 127.0.0.1, as minikube's docker driver does.
    pub fn set_tunnel(&mut self, on: bool) {
        self.net.tunnel = on;
        let lbs: Vec<crate::api::Service> = self
            .store
            .services()
            .list(None)
            .filter(|s| s.type_name() == "LoadBalancer")
            .cloned()
            .collect();
        for mut s in lbs {
            s.status.load_balancer.ingress = if on {
                vec![crate::api::service::LoadBalancerIngress::minikube_tunnel()]
            } else {
                Vec::new()
            };
            self.put(s);
        }
        self.reconcile();
    }

    /// The Service behind a NodePort, if any.
    fn node_port(&self, port: u16) -> Option<Target> {
        self.store
            .services()
            .list(None)
            .find(|s| s.spec.ports.iter().any(|p| p.node_port == i32::from(port)))
            .map(|s| {
                let sp = s
                    .spec
                    .ports
                    .iter()
                    .find(|p| p.node_port == i32::from(port))
                    .map_or(0, |p| p.port);
                Target::Service(Box::new(s.clone()), u16::try_from(sp).unwrap_or(0))
            })
    }

    /// The next ready endpoint of a Service port (round-robin).
    fn pick_endpoint(
        &mut self,
        svc: &Service,
        port: u16,
        ip: &str,
    ) -> Result<(Pod, u16), NetError> {
        let (ns, name) = (svc.metadata.namespace.clone(), svc.metadata.name.clone());
        let port_name = svc
            .spec
            .ports
            .iter()
            .find(|p| p.port == i32::from(port))
            .map(|p| p.name.clone())
            .unwrap_or_default();
        // (ip, pod name, target port) of each ready address, in address order.
        let mut ready: Vec<(u32, String, u16)> = Vec::new();
        if let Some(ep) = self.store.endpoints().get(&ns, &name) {
            for sub in &ep.subsets {
                let Some(ep_port) = sub.ports.iter().find(|p| p.name == port_name) else {
                    continue;
                };
                for a in &sub.addresses {
                    let pod = a
                        .target_ref
                        .as_ref()
                        .map(|r| r.name.clone())
                        .unwrap_or_default();
                    ready.push((ip_key(&a.ip), pod, u16::try_from(ep_port.port).unwrap_or(0)));
                }
            }
        }
        crate::sorting::sort(&mut ready);
        if ready.is_empty() {
            return Err(NetError::Refused {
                ip: ip.to_string(),
                port,
            });
        }
        let counter = self.net.next_rr.entry((ns.clone(), name)).or_insert(0);
        let pick = ready.get((*counter % ready.len() as u64) as usize).cloned();
        *counter += 1;
        let Some((_, pod, target_port)) = pick else {
            return Err(NetError::Refused {
                ip: ip.to_string(),
                port,
            });
        };
        self.store
            .pods()
            .get(&ns, &pod)
            .cloned()
            .map(|p| (p, target_port))
            .ok_or(NetError::Refused {
                ip: ip.to_string(),
                port,
            })
    }

    /// Lets the pod's listening container answer; `None` when none listens.
    pub(crate) fn serve_at(
        &mut self,
        pod: &Pod,
        port: u16,
        req: &Request,
        client_ip: &str,
    ) -> Option<Served> {
        let uid = pod.metadata.uid.clone();
        let now = self.now();
        let idx = self.rt.pods.get(&uid)?.containers.iter().position(|c| {
            c.state.running.is_some()
                && c.plan.as_ref().is_some_and(|p| p.serves)
                && c.image
                    .as_ref()
                    .is_some_and(|i| i.app.ports().contains(&port))
        })?;
        let files = super::pods::mounted_files(self, pod, idx);
        let rt = self.rt.pods.get_mut(&uid)?;
        let ctr = rt.containers.get_mut(idx)?;
        let app = ctr.image.as_ref()?.app;
        ctr.requests += 1;
        let ctx = ServeCtx {
            pod: &pod.metadata.name,
            now,
            request_no: ctr.requests,
            uptime_ms: now.0.saturating_sub(ctr.started_unix_ms),
            client_ip,
            files: &files,
        };
        let served = serve(app, port, req, &ctx);
        if let Served::Reply { log, .. } = &served {
            for line in log {
                super::pods::push_log(&mut ctr.log, now.0, line.clone());
            }
        }
        rt.requests_total += 1;
        Some(served)
    }

    fn log_http(
        &mut self,
        client: &Client,
        service: Option<(String, String)>,
        pod: Option<&Pod>,
        status: u16,
    ) {
        self.net.seq += 1;
        let rec = HttpRecord {
            seq: self.net.seq,
            at_ms: self.now_ms(),
            client: match client {
                Client::Host => "host".to_string(),
                Client::Pod { namespace, name } => format!("pod/{namespace}/{name}"),
            },
            service,
            pod: pod.map(|p| (p.metadata.namespace.clone(), p.metadata.name.clone())),
            pod_labels: pod.map(|p| p.metadata.labels.clone()).unwrap_or_default(),
            status,
        };
        if self.net.log.len() >= HTTP_LOG_MAX {
            self.net.log.pop_front();
        }
        self.net.log.push_back(rec.clone());
        let at = self.now_ms();
        self.changes.push(at, Change::Http(rec));
    }
}

/// Numeric sort key of a dotted IPv4 address (no allocation: it is used
/// inside sorts of thousands of addresses).
pub fn ip_key(ip: &str) -> u32 {
    ip.split('.').fold(0u32, |acc, p| {
        acc.wrapping_shl(8) | p.parse::<u32>().unwrap_or(0)
    })
}
