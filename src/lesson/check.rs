//! The goal predicate language: the text after `check:` → a typed
//! [`Check`]. Reading only; `eval` decides whether a check holds.
//!
//! A check is a subject followed by a test, words separated by spaces;
//! `"double quotes"` make one word of text with spaces, and `$NAME` in a
//! name is replaced by the shell variable when the goal is checked.
//!
//! ```text
//! deployment NAME exists | absent | rolled-back
//! deployment NAME replicas|available|ready|updated OP N
//! deployment NAME image = IMAGE
//! pods SELECTOR [FILTER…] [count] OP N        FILTER: status:S on:NODE image:I ready failing
//! pods SELECTOR [FILTER…] all image IMAGE
//! pod NAME exists | absent | label KEY=VALUE | requests OP N | status = S
//! service NAME exists | absent | type = TYPE | endpoints OP N
//! configmap NAME exists | absent
//! node NAME exists | absent | status = Ready|NotReady
//! var NAME set | = VALUE | = service NAME nodePort|port|clusterIP | is-pod SELECTOR
//! file PATH exists | contains "TEXT"
//! curl distinct-pods SELECTOR OP N
//! ```
//! `OP` is one of `=`, `!=`, `>=`, `<=`, `>`, `<`. Pods being deleted
//! (`Terminating`) are never counted, except by `status:Terminating`.

pub use crate::i18n::goal::{Cmp, Op};

/// Exists or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    Exists,
    Absent,
}

/// A number a Deployment reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeployNumber {
    /// `spec.replicas`: what was asked for.
    Replicas,
    Available,
    Ready,
    Updated,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeployTest {
    Presence(Presence),
    Number(DeployNumber, Cmp),
    /// Some container of the Pod template runs this image.
    Image(String),
    /// `kubectl rollout undo` happened since the step began.
    RolledBack,
}

/// Narrows the pods a `pods` check counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PodFilter {
    /// The STATUS column of `kubectl get pods` (`Running`, `ContainerCreating` …).
    Status(String),
    On(String),
    Image(String),
    Ready,
    /// Waiting on an image pull error, a crash loop and the like.
    Failing,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PodsTest {
    Count(Cmp),
    /// Every counted pod runs the image (and there is at least one).
    AllImage(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PodTest {
    Presence(Presence),
    Label(String, String),
    /// Requests the pod's app has answered.
    Requests(Cmp),
    Status(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServiceTest {
    Presence(Presence),
    Type(String),
    /// Ready addresses in the Service's Endpoints.
    Endpoints(Cmp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceField {
    NodePort,
    Port,
    ClusterIp,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VarValue {
    Literal(String),
    /// A field of a Service's first port (or its cluster IP).
    Service(String, ServiceField),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VarTest {
    Set,
    Equals(VarValue),
    /// The value names an existing (not terminating) pod the selector matches.
    IsPod(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileTest {
    Exists,
    Contains(String),
}

/// A parsed predicate. Names may hold `$VAR`s, expanded when checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    Deployment(String, DeployTest),
    Pods {
        selector: String,
        filters: Vec<PodFilter>,
        test: PodsTest,
    },
    Pod(String, PodTest),
    Service(String, ServiceTest),
    ConfigMap(String, Presence),
    Node(String, NodeTest),
    Var(String, VarTest),
    File(String, FileTest),
    /// Distinct pods matching the selector that answered an HTTP request
    /// since the step began.
    CurlDistinctPods(String, Cmp),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeTest {
    Presence(Presence),
    Status(String),
}

/// The subjects a check may start with, for error messages.
pub const SUBJECTS: &str = "deployment, pods, pod, service, configmap, node, var, file, curl";

/// Reads a check; the error says what was expected, in English (these
/// messages are for instructors, like compiler errors).
pub fn parse(text: &str) -> Result<Check, String> {
    let words = split(text)?;
    let mut w = Words {
        words: &words,
        at: 0,
    };
    let subject = w.next("a subject")?;
    let check = match subject.as_str() {
        "deployment" => Check::Deployment(w.name("a Deployment name")?, deploy_test(&mut w)?),
        "pods" => pods(&mut w)?,
        "pod" => Check::Pod(w.name("a Pod name")?, pod_test(&mut w)?),
        "service" => Check::Service(w.name("a Service name")?, service_test(&mut w)?),
        "configmap" => Check::ConfigMap(w.name("a ConfigMap name")?, presence(&mut w)?),
        "node" => Check::Node(w.name("a Node name")?, node_test(&mut w)?),
        "var" => Check::Var(w.name("a variable name")?, var_test(&mut w)?),
        "file" => Check::File(w.name("a file path")?, file_test(&mut w)?),
        "curl" => {
            w.keyword("distinct-pods")?;
            let selector = selector(&mut w)?;
            Check::CurlDistinctPods(selector, w.cmp()?)
        }
        other => {
            return Err(format!(
                "unknown subject `{other}`; expected one of: {SUBJECTS}"
            ))
        }
    };
    match w.words.get(w.at) {
        None => Ok(check),
        Some(extra) => Err(format!("unexpected `{extra}` at the end")),
    }
}

/// Splits on spaces; a double-quoted word may hold spaces and `\"`.
fn split(text: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut chars = text.trim().chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut word = String::new();
        if c == '"' {
            chars.next();
            let mut closed = false;
            while let Some(c) = chars.next() {
                match c {
                    '\\' => word.extend(chars.next()),
                    '"' => {
                        closed = true;
                        break;
                    }
                    _ => word.push(c),
                }
            }
            if !closed {
                return Err("a quoted text is not closed (missing `\"`)".into());
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                word.push(c);
                chars.next();
            }
        }
        words.push(word);
    }
    Ok(words)
}

struct Words<'a> {
    words: &'a [String],
    at: usize,
}

impl Words<'_> {
    fn peek(&self) -> Option<&str> {
        self.words.get(self.at).map(String::as_str)
    }

    fn next(&mut self, what: &str) -> Result<String, String> {
        let word = self
            .words
            .get(self.at)
            .cloned()
            .ok_or_else(|| format!("expected {what}, found the end"))?;
        self.at += 1;
        Ok(word)
    }

    fn name(&mut self, what: &str) -> Result<String, String> {
        let word = self.next(what)?;
        match word.as_str() {
            "" => Err(format!("expected {what}, found an empty text")),
            _ => Ok(word),
        }
    }

    fn keyword(&mut self, kw: &str) -> Result<(), String> {
        match self.next(&format!("`{kw}`"))? {
            w if w == kw => Ok(()),
            other => Err(format!("expected `{kw}`, found `{other}`")),
        }
    }

    fn op(&mut self) -> Result<Op, String> {
        let word = self.next("a comparison (=, !=, >=, <=, >, <)")?;
        Ok(match word.as_str() {
            "=" | "==" => Op::Eq,
            "!=" => Op::Ne,
            ">=" => Op::Ge,
            "<=" => Op::Le,
            ">" => Op::Gt,
            "<" => Op::Lt,
            other => {
                return Err(format!(
                    "expected a comparison (=, !=, >=, <=, >, <), found `{other}`"
                ))
            }
        })
    }

    fn cmp(&mut self) -> Result<Cmp, String> {
        let op = self.op()?;
        let word = self.next("a whole number")?;
        let n = word
            .parse::<i64>()
            .map_err(|_| format!("expected a whole number, found `{word}`"))?;
        Ok(Cmp { op, n })
    }

    /// `= VALUE` (string tests take only `=` or `==`).
    fn equals(&mut self, what: &str) -> Result<String, String> {
        match self.op()? {
            Op::Eq => self.name(what),
            other => Err(format!(
                "`{}` compares numbers; use `=` here",
                other.symbol()
            )),
        }
    }
}

fn presence_word(word: &str) -> Option<Presence> {
    match word {
        "exists" => Some(Presence::Exists),
        "absent" => Some(Presence::Absent),
        _ => None,
    }
}

fn presence(w: &mut Words) -> Result<Presence, String> {
    let word = w.next("`exists` or `absent`")?;
    presence_word(&word).ok_or_else(|| format!("expected `exists` or `absent`, found `{word}`"))
}

fn selector(w: &mut Words) -> Result<String, String> {
    let text = w.name("a label selector (app=web)")?;
    if !text.contains('$') {
        crate::api::Selector::parse(&text)
            .map_err(|e| format!("bad label selector `{text}`: {e}"))?;
    }
    Ok(text)
}

fn deploy_test(w: &mut Words) -> Result<DeployTest, String> {
    let word = w.next("a test (exists, available, replicas, image …)")?;
    if let Some(p) = presence_word(&word) {
        return Ok(DeployTest::Presence(p));
    }
    let number = match word.as_str() {
        "rolled-back" => return Ok(DeployTest::RolledBack),
        "image" => return Ok(DeployTest::Image(w.equals("an image")?)),
        "replicas" => DeployNumber::Replicas,
        "available" => DeployNumber::Available,
        "ready" => DeployNumber::Ready,
        "updated" => DeployNumber::Updated,
        other => {
            return Err(format!(
                "unknown Deployment test `{other}`; expected exists, absent, rolled-back, image, replicas, available, ready or updated"
            ))
        }
    };
    Ok(DeployTest::Number(number, w.cmp()?))
}

fn pods(w: &mut Words) -> Result<Check, String> {
    let selector = selector(w)?;
    let mut filters = Vec::new();
    loop {
        let Some(word) = w.peek().map(str::to_string) else {
            return Err("expected a comparison, `count` or `all image` after the selector".into());
        };
        let filter = if let Some(s) = word.strip_prefix("status:") {
            PodFilter::Status(s.to_string())
        } else if let Some(n) = word.strip_prefix("on:") {
            PodFilter::On(n.to_string())
        } else if let Some(i) = word.strip_prefix("image:") {
            PodFilter::Image(i.to_string())
        } else if word == "ready" {
            PodFilter::Ready
        } else if word == "failing" {
            PodFilter::Failing
        } else {
            break;
        };
        w.at += 1;
        filters.push(filter);
    }
    let test = match w.peek() {
        Some("all") => {
            w.at += 1;
            w.keyword("image")?;
            PodsTest::AllImage(w.name("an image")?)
        }
        Some("count") => {
            w.at += 1;
            PodsTest::Count(w.cmp()?)
        }
        _ => PodsTest::Count(w.cmp()?),
    };
    Ok(Check::Pods {
        selector,
        filters,
        test,
    })
}

fn pod_test(w: &mut Words) -> Result<PodTest, String> {
    let word = w.next("a test (exists, absent, label, requests, status)")?;
    if let Some(p) = presence_word(&word) {
        return Ok(PodTest::Presence(p));
    }
    match word.as_str() {
        "label" => {
            let pair = w.name("KEY=VALUE")?;
            let (k, v) = pair
                .split_once('=')
                .ok_or_else(|| format!("expected KEY=VALUE, found `{pair}`"))?;
            Ok(PodTest::Label(k.to_string(), v.to_string()))
        }
        "requests" => Ok(PodTest::Requests(w.cmp()?)),
        "status" => Ok(PodTest::Status(w.equals("a status")?)),
        other => Err(format!(
            "unknown Pod test `{other}`; expected exists, absent, label, requests or status"
        )),
    }
}

fn service_test(w: &mut Words) -> Result<ServiceTest, String> {
    let word = w.next("a test (exists, absent, type, endpoints)")?;
    if let Some(p) = presence_word(&word) {
        return Ok(ServiceTest::Presence(p));
    }
    match word.as_str() {
        "type" => Ok(ServiceTest::Type(w.equals("a Service type")?)),
        "endpoints" => Ok(ServiceTest::Endpoints(w.cmp()?)),
        other => Err(format!(
            "unknown Service test `{other}`; expected exists, absent, type or endpoints"
        )),
    }
}

fn node_test(w: &mut Words) -> Result<NodeTest, String> {
    let word = w.next("a test (exists, absent, status)")?;
    if let Some(p) = presence_word(&word) {
        return Ok(NodeTest::Presence(p));
    }
    match word.as_str() {
        "status" => Ok(NodeTest::Status(w.equals("a node status")?)),
        other => Err(format!(
            "unknown Node test `{other}`; expected exists, absent or status"
        )),
    }
}

fn var_test(w: &mut Words) -> Result<VarTest, String> {
    match w.peek() {
        Some("set") => {
            w.at += 1;
            Ok(VarTest::Set)
        }
        Some("is-pod") => {
            w.at += 1;
            Ok(VarTest::IsPod(selector(w)?))
        }
        _ => {
            let first = w.equals("a value")?;
            if first != "service" || w.peek().is_none() {
                return Ok(VarTest::Equals(VarValue::Literal(first)));
            }
            let name = w.name("a Service name")?;
            let field = match w.next("nodePort, port or clusterIP")?.as_str() {
                "nodePort" => ServiceField::NodePort,
                "port" => ServiceField::Port,
                "clusterIP" => ServiceField::ClusterIp,
                other => {
                    return Err(format!(
                        "expected nodePort, port or clusterIP, found `{other}`"
                    ))
                }
            };
            Ok(VarTest::Equals(VarValue::Service(name, field)))
        }
    }
}

fn file_test(w: &mut Words) -> Result<FileTest, String> {
    match w.next("`exists` or `contains \"TEXT\"`")?.as_str() {
        "exists" => Ok(FileTest::Exists),
        "contains" => Ok(FileTest::Contains(w.name("the text to find")?)),
        other => Err(format!(
            "expected `exists` or `contains \"TEXT\"`, found `{other}`"
        )),
    }
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
