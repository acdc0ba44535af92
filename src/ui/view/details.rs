//! The line under the picture: details of the pod pointed at or chosen
//! (name, IP, node, image, status), of an object named in the terminal,
//! or what a clicked column header means; a hint otherwise.

use yew::prelude::*;

use crate::i18n::Text;
use crate::scene::columns::Column;
use crate::scene::links::RefKind;
use crate::scene::model::Model;
use crate::scene::status::status_words;

/// What the details line is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Focus {
    None,
    /// A pod (key) and the requests it answered.
    Pod(String, u32),
    Object(RefKind, String),
    Column(String, Column),
}

pub fn details(focus: &Focus, model: &Model, text: &Text) -> Html {
    match focus {
        Focus::Pod(key, hits) => match model.pod(key) {
            Some(p) => {
                let rows = [
                    (text.detail_name, p.name.clone()),
                    (text.detail_status, status_words(p, text)),
                    (text.detail_node, dash(&p.node)),
                    (text.detail_ip, dash(&p.ip)),
                    (text.detail_image, p.image.clone()),
                    (text.detail_restarts, p.restarts.to_string()),
                    (text.detail_hits, hits.to_string()),
                ];
                html! {
                    <dl class="kp-details-list">
                        { for rows.into_iter().map(|(k, v)| html! {
                            <div class="kp-detail"><dt>{ k }</dt><dd>{ v }</dd></div>
                        }) }
                    </dl>
                }
            }
            None => hint(text),
        },
        Focus::Object(kind, key) => object(*kind, key, model, text),
        Focus::Column(header, col) => html! {
            <p class="kp-details-text"><strong class="kp-mono">{ header.clone() }</strong>{ " — " }{ col.explain(text) }</p>
        },
        Focus::None => hint(text),
    }
}

fn dash(s: &str) -> String {
    if s.is_empty() {
        "—".to_string()
    } else {
        s.to_string()
    }
}

fn hint(text: &Text) -> Html {
    html! { <p class="kp-details-text kp-muted">{ text.details_hint }</p> }
}

fn object(kind: RefKind, key: &str, model: &Model, text: &Text) -> Html {
    let line = match kind {
        RefKind::Deployment => model.deployments.iter().find(|d| d.key == key).map(|d| {
            format!(
                "Deployment {} · {}",
                d.name,
                text.replicas_ready(d.ready, d.desired)
            )
        }),
        RefKind::ReplicaSet => model.replica_set(key).map(|r| {
            format!(
                "ReplicaSet {} · {} · {} · {}",
                r.name,
                r.image_tag,
                text.revision(r.revision),
                text.replicas_ready(r.ready, r.desired)
            )
        }),
        RefKind::Service => model.services.iter().find(|s| s.key == key).map(|s| {
            format!(
                "Service {} · {} {} · {}",
                s.name,
                s.type_,
                s.port,
                text.endpoint_count(s.endpoints.len())
            )
        }),
        RefKind::Node => model
            .nodes
            .iter()
            .find(|n| n.name == key)
            .map(|n| format!("Node {} · {}", n.name, n.status)),
        RefKind::Pod => None,
    };
    match line {
        Some(line) => html! { <p class="kp-details-text">{ line }</p> },
        None => hint(text),
    }
}
