//! The `postMessage` protocol between a playground in a frame and the
//! page embedding it.
//!
//! Events the playground posts (always with `source: "kubeplay"` and the
//! instance `id` when it has one):
//!
//! | `type` | other fields |
//! | --- | --- |
//! | `ready` | `lesson`, `step` (1-based) when a lesson is open |
//! | `command` | `command` (the line), `exitCode` |
//! | `step-complete` | `lesson`, `step` (1-based) |
//! | `lesson-complete` | `lesson` |
//!
//! Requests it accepts (from its parent window, and only from the origin
//! it posts to — the `ui` side checks that): `{type: "run", command}` and
//! `{type: "reset"}`. Anything else is [`None`]: ignored without a word,
//! since a hostile page must learn nothing from probing. The command is a
//! simulated command like any typed line, bounded by
//! [`super::params::check_command`].

use serde_json::{json, Map, Value};

use super::params::check_command;
use super::MESSAGE_BYTES_MAX;

/// What the playground tells the embedding page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Ready {
        lesson: Option<(String, usize)>,
    },
    /// A command line finished with `exit_code`.
    Command {
        command: String,
        exit_code: i32,
    },
    /// Step `step` (0-based) of `lesson` reached all its goals.
    StepComplete {
        lesson: String,
        step: usize,
    },
    /// The last step of `lesson` was completed and `next` given.
    LessonComplete {
        lesson: String,
    },
}

impl Event {
    /// The message as a JSON object, `id` being the instance id.
    ///
    /// ```
    /// use kubeplay::embed::message::Event;
    /// let e = Event::Command { command: "kubectl get pods".into(), exit_code: 0 };
    /// assert_eq!(
    ///     e.to_json(Some("a")).to_string(),
    ///     r#"{"command":"kubectl get pods","exitCode":0,"id":"a","source":"kubeplay","type":"command"}"#
    /// );
    /// ```
    pub fn to_json(&self, id: Option<&str>) -> Value {
        let mut m = Map::new();
        m.insert("source".into(), json!("kubeplay"));
        if let Some(id) = id {
            m.insert("id".into(), json!(id));
        }
        let kind = match self {
            Event::Ready { lesson } => {
                if let Some((id, step)) = lesson {
                    m.insert("lesson".into(), json!(id));
                    m.insert("step".into(), json!(step + 1));
                }
                "ready"
            }
            Event::Command { command, exit_code } => {
                m.insert("command".into(), json!(command));
                m.insert("exitCode".into(), json!(exit_code));
                "command"
            }
            Event::StepComplete { lesson, step } => {
                m.insert("lesson".into(), json!(lesson));
                m.insert("step".into(), json!(step + 1));
                "step-complete"
            }
            Event::LessonComplete { lesson } => {
                m.insert("lesson".into(), json!(lesson));
                "lesson-complete"
            }
        };
        m.insert("type".into(), json!(kind));
        Value::Object(m)
    }
}

/// What the embedding page may ask.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// Run this command line as if typed.
    Run(String),
    /// Back to the state the playground was loaded in.
    Reset,
}

impl Request {
    /// Reads a message's data (as JSON text); `None` for anything that
    /// is not exactly a well-formed request.
    ///
    /// ```
    /// use kubeplay::embed::message::Request;
    /// assert_eq!(Request::parse(r#"{"type":"reset"}"#), Some(Request::Reset));
    /// assert_eq!(Request::parse(r#"{"type":"eval","code":"x"}"#), None);
    /// ```
    pub fn parse(data: &str) -> Option<Request> {
        if data.len() > MESSAGE_BYTES_MAX {
            return None;
        }
        let value: Value = serde_json::from_str(data).ok()?;
        let obj = value.as_object()?;
        match obj.get("type")?.as_str()? {
            "run" => {
                let command = obj.get("command")?.as_str()?;
                let ok = !command.trim().is_empty() && check_command(command).is_ok();
                ok.then(|| Request::Run(command.to_string()))
            }
            "reset" => Some(Request::Reset),
            _ => None,
        }
    }
}
