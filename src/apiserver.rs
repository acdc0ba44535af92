//! `kubeplay api`: the simulated cluster behind the Kubernetes REST API on
//! plain HTTP, so an unmodified kubectl (or any client) can drive it.
//! Native only (std::net and threads; nothing of it reaches the wasm bundle).
//!
//! One engine thread owns the [`Session`]; connection threads parse HTTP
//! and hand each request over a channel. Simulated time moves only by
//! `POST /kubeplay/v1/advance?seconds=N` (answered once the cluster has
//! settled at the new instant) and, as in the terminal, while a watch is
//! the only request waiting: then time jumps to the cluster's next timer.
//! `kubectl drain` polls the pods it evicted instead of watching, so a GET
//! of a pod evicted through this server jumps to the next timer too.

mod auth;
mod derived;
mod discovery;
mod http;
mod openapi;
mod proto;
mod rest;
mod status;
mod table;
mod watch;

use std::io::{self, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Sender};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use serde_json::{json, Value};

use crate::session::Session;
use http::{
    client_gone, read_request, start_stream, write_chunk, write_response, Request, Response,
};
use std::collections::BTreeSet;
use watch::WatchState;

/// Polls of a watch with no event and nothing left for the cluster to do
/// before the server ends it (about 30 s of wall time).
const WATCH_IDLE_POLLS_MAX: u32 = 3000;
/// Wall-time pause between watch polls that found nothing.
const WATCH_POLL_PAUSE: Duration = Duration::from_millis(10);
/// Polls after a watch delivered events during which time does not jump:
/// the client's turn to act on them (close the watch, send a request), so
/// a watch whose client got what it waited for moves time no further.
const WATCH_GRACE_POLLS: u32 = 20;
/// The longest `advance` one call may ask for (a simulated day).
const ADVANCE_SECONDS_MAX: u64 = 86_400;
/// Evicted pods remembered for drain's polls (see `engine_job`).
const EVICTED_MAX: usize = 10_000;

/// Sets `key` of a JSON object (no-op on anything else: nothing here panics).
fn put(target: &mut Value, key: &str, value: Value) {
    if let Some(map) = target.as_object_mut() {
        map.insert(key.to_string(), value);
    }
}

/// What a connection thread asks the engine thread.
enum Job {
    Call(Request, Sender<Response>),
    /// Start a watch: its first events and state.
    WatchStart(Request, Sender<Result<(WatchState, Vec<Value>), Response>>),
    /// Poll a watch (letting time jump when nothing changed, if the flag
    /// allows): new events, and whether the cluster has nothing due.
    WatchPoll(
        Request,
        WatchState,
        bool,
        Sender<(WatchState, Vec<Value>, bool)>,
    ),
}

/// Runs the API server on `listen` until the process ends. Prints
/// `listening on ADDR` once bound (port 0 picks a free port).
pub fn serve(listen: &str, seed: u64) -> io::Result<()> {
    let listener = TcpListener::bind(listen)?;
    println!("listening on {}", listener.local_addr()?);
    io::stdout().flush()?;
    let (jobs, inbox) = channel::<Job>();
    let busy = Arc::new(AtomicUsize::new(0));
    thread::spawn(move || {
        let mut session = Session::new(seed);
        let mut evicted = BTreeSet::new();
        for job in inbox {
            engine_job(&mut session, &mut evicted, job);
        }
    });
    for stream in listener.incoming().flatten() {
        let jobs = jobs.clone();
        let busy = Arc::clone(&busy);
        thread::spawn(move || {
            let _ = connection(stream, &jobs, &busy);
        });
    }
    Ok(())
}

fn connection(stream: TcpStream, jobs: &Sender<Job>, busy: &AtomicUsize) -> io::Result<()> {
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    while let Some(req) = read_request(&mut reader)? {
        if req.method == "GET" && matches!(req.param("watch"), Some("true" | "1")) {
            return serve_watch(&mut writer, req, jobs, busy);
        }
        busy.fetch_add(1, Ordering::SeqCst);
        let (reply, answer) = channel();
        let sent = jobs.send(Job::Call(req, reply)).is_ok();
        let resp = if sent { answer.recv().ok() } else { None };
        busy.fetch_sub(1, Ordering::SeqCst);
        let Some(resp) = resp else {
            return Ok(());
        };
        write_response(&mut writer, &resp)?;
    }
    Ok(())
}

fn serve_watch(
    writer: &mut TcpStream,
    req: Request,
    jobs: &Sender<Job>,
    busy: &AtomicUsize,
) -> io::Result<()> {
    let (reply, answer) = channel();
    if jobs.send(Job::WatchStart(req.clone(), reply)).is_err() {
        return Ok(());
    }
    let (mut state, events) = match answer.recv() {
        Ok(Ok(started)) => started,
        Ok(Err(resp)) => return write_response(writer, &resp),
        Err(_) => return Ok(()),
    };
    start_stream(writer, "application/json")?;
    let mut grace: u32 = if events.is_empty() {
        0
    } else {
        WATCH_GRACE_POLLS
    };
    for event in events {
        write_chunk(writer, format!("{event}\n").as_bytes())?;
    }
    let mut idle = 0;
    while idle < WATCH_IDLE_POLLS_MAX {
        thread::sleep(WATCH_POLL_PAUSE);
        if busy.load(Ordering::SeqCst) > 0 {
            continue;
        }
        if client_gone(writer) {
            break;
        }
        let may_jump = grace == 0;
        grace = grace.saturating_sub(1);
        let (reply, answer) = channel();
        if jobs
            .send(Job::WatchPoll(req.clone(), state, may_jump, reply))
            .is_err()
        {
            break;
        }
        let Ok((next, events, settled)) = answer.recv() else {
            break;
        };
        state = next;
        if events.is_empty() && settled {
            idle += 1;
        }
        if !events.is_empty() {
            grace = WATCH_GRACE_POLLS;
        }
        for event in events {
            write_chunk(writer, format!("{event}\n").as_bytes())?;
        }
    }
    write_chunk(writer, b"")
}

/// The uid of the pod a request names, if it is a pod path with `sub`.
fn pod_uid(session: &Session, req: &Request, sub: Option<&str>) -> Option<String> {
    let route = rest::route(&req.path)?;
    if route.rt.kind != "Pod" || route.sub.as_deref() != sub {
        return None;
    }
    let ns = route.namespace.as_deref().unwrap_or("");
    let pod = session
        .world()
        .cluster
        .get_object(crate::api::Kind::Pod, ns, route.name.as_deref()?)
        .ok()?;
    Some(pod.meta().uid.clone())
}

fn engine_job(session: &mut Session, evicted: &mut BTreeSet<String>, job: Job) {
    match job {
        Job::Call(req, reply) => {
            // `kubectl drain` polls each evicted pod once a wall second
            // instead of watching: each poll lets time jump to the
            // cluster's next timer, as a lone watch does, so the pod goes.
            let uid = match req.method.as_str() {
                "POST" => pod_uid(session, &req, Some("eviction")),
                "GET" => pod_uid(session, &req, None).filter(|u| evicted.contains(u)),
                _ => None,
            };
            if let (Some(_), "GET", Some(t)) = (&uid, req.method.as_str(), session.next_wake_ms()) {
                session.advance(t.saturating_sub(session.now_ms()));
            }
            let resp = answer(session, &req);
            if let (Some(u), "POST", 201) = (uid, req.method.as_str(), resp.code) {
                if evicted.len() >= EVICTED_MAX {
                    // Long gone by now: drain waits for each pod in turn.
                    evicted.clear();
                }
                evicted.insert(u);
            }
            let _ = reply.send(resp);
        }
        Job::WatchStart(req, reply) => {
            let started = match rest::route(&req.path) {
                Some(route) => {
                    let world = session.world();
                    rest::select(&world.cluster, &req, &route).map(|objects| {
                        let initial = req.param("sendInitialEvents") == Some("true");
                        let replay = initial
                            || matches!(req.param("resourceVersion"), None | Some("" | "0"));
                        let (state, mut events) = WatchState::start(&objects, replay);
                        if initial {
                            // A watch-list client waits for this bookmark
                            // before it treats the initial events as a list.
                            events.push(json!({"type": "BOOKMARK", "object": {
                                "kind": route.rt.kind,
                                "apiVersion": route.rt.api_version(),
                                "metadata": {
                                    "resourceVersion": rest::list_version(&world.cluster),
                                    "annotations": {"k8s.io/initial-events-end": "true"},
                                },
                            }}));
                        }
                        (state, events)
                    })
                }
                None => Err(rest::unknown()),
            };
            let _ = reply.send(started);
        }
        Job::WatchPoll(req, mut state, may_jump, reply) => {
            let mut events = watch_events(session, &req, &mut state);
            let mut settled = false;
            if events.is_empty() && may_jump {
                // The watch is the only request waiting: let time jump to
                // the cluster's next timer, as the terminal would.
                match session.next_wake_ms() {
                    Some(t) => {
                        session.advance(t.saturating_sub(session.now_ms()));
                        events = watch_events(session, &req, &mut state);
                    }
                    None => settled = true,
                }
            }
            let _ = reply.send((state, events, settled));
        }
    }
}

fn watch_events(session: &Session, req: &Request, state: &mut WatchState) -> Vec<Value> {
    let Some(route) = rest::route(&req.path) else {
        return Vec::new();
    };
    let world = session.world();
    match rest::select(&world.cluster, req, &route) {
        Ok(objects) => state.diff(&objects),
        Err(_) => Vec::new(),
    }
}

/// Answers one non-watch request.
fn answer(session: &mut Session, req: &Request) -> Response {
    let decoded;
    let eviction = req.path.ends_with("/eviction");
    let protobuf = req.content_type.contains("protobuf") && (eviction || req.method == "DELETE");
    let req = match protobuf.then(|| proto::eviction_json(&req.body, eviction)) {
        Some(Some(eviction)) => {
            decoded = Request {
                body: eviction.to_string().into_bytes(),
                content_type: "application/json".into(),
                ..req.clone()
            };
            &decoded
        }
        _ => req,
    };
    if let Some(resp) = auth::review(req, req.path.trim_end_matches('/')) {
        return resp;
    }
    let json_body = req.content_type.contains("json")
        || req.content_type.starts_with("application/apply-patch");
    if !req.body.is_empty() && !req.content_type.is_empty() && !json_body {
        // Typed clients try protobuf first and fall back to JSON on 415.
        return status::failure(
            415,
            "UnsupportedMediaType",
            &format!("the body of the request was in an unknown format - accepted media types include: application/json, application/merge-patch+json, application/strategic-merge-patch+json (got {})", req.content_type),
            json!({}),
        );
    }
    let path = req.path.trim_end_matches('/');
    if matches!(path, "/api" | "/apis") && discovery::wants_aggregated(&req.accept) {
        let mut resp = Response::json(200, &discovery::aggregated(path == "/api"));
        resp.content_type = discovery::AGGREGATED.into();
        return resp;
    }
    match path {
        "/api" => return Response::json(200, &discovery::api_versions()),
        "/apis" => return Response::json(200, &discovery::api_groups()),
        "/version" => {
            let version = server_version(session);
            return Response::json(200, &crate::kubectl::cmd::info::version_info(&version));
        }
        "/kubeplay/v1/advance" if req.method == "POST" => return advance(session, req),
        "/openapi/v3" => return Response::json(200, &openapi::root()),
        _ => {}
    }
    if let Some(doc) = path
        .strip_prefix("/openapi/v3/")
        .and_then(openapi::group_document)
    {
        return Response::json(200, &doc);
    }
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let listing = match parts.as_slice() {
        ["api", v] => discovery::resource_list("", v),
        ["apis", g, v] => discovery::resource_list(g, v),
        _ => None,
    };
    if let Some(list) = listing {
        return Response::json(200, &list);
    }
    match rest::route(path) {
        Some(route) => {
            let mut world = session.world_mut();
            rest::handle(&mut world.cluster, req, &route)
        }
        None => rest::unknown(),
    }
}

/// The kubelet version of the first node (what `/version` reports).
fn server_version(session: &Session) -> String {
    let world = session.world();
    world
        .cluster
        .list_json(crate::api::Kind::Node, None)
        .first()
        .and_then(|n| {
            n.pointer("/status/nodeInfo/kubeletVersion")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .unwrap_or_else(|| crate::kubectl::cmd::info::CLIENT_VERSION.to_string())
}

/// `POST /kubeplay/v1/advance?seconds=N`: moves simulated time and answers
/// once the cluster has settled there.
fn advance(session: &mut Session, req: &Request) -> Response {
    let Some(seconds) = req
        .param("seconds")
        .and_then(|s| s.parse::<u64>().ok())
        .filter(|s| *s <= ADVANCE_SECONDS_MAX)
    else {
        return status::bad_request(&format!(
            "seconds must be a whole number from 0 to {ADVANCE_SECONDS_MAX}"
        ));
    };
    session.advance(seconds.saturating_mul(1000));
    Response::json(200, &json!({"nowMs": session.now_ms()}))
}
