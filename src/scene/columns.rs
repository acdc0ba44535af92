//! What each column of `kubectl get` means, in one sentence, as the
//! tutorials explain it in prose. Some headers mean different things in
//! different tables (READY is containers for a pod, pods for a
//! Deployment), so a header is read with the [`Table`] it heads, told
//! apart by the other headers on its line.

use crate::i18n::Text;

/// The kind of table a header line starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Pods,
    Deployments,
    ReplicaSets,
    Services,
    Nodes,
    Events,
    Other,
}

/// A column header with a known meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Namespace,
    ReadyContainers,
    ReadyReplicas,
    ReadyPods,
    PodStatus,
    NodeStatus,
    Status,
    Restarts,
    Age,
    Ip,
    Node,
    NominatedNode,
    ReadinessGates,
    UpToDate,
    Available,
    Desired,
    Current,
    ServiceType,
    ClusterIp,
    ExternalIp,
    Ports,
    Selector,
    Containers,
    Images,
    Roles,
    Version,
    InternalIp,
    Endpoints,
    Data,
    LastSeen,
    EventType,
    Reason,
    Object,
    Message,
}

impl Table {
    /// Which table a header line heads, from its headers.
    pub fn of(headers: &[&str]) -> Table {
        let has = |h: &str| headers.contains(&h);
        if has("LAST SEEN") {
            Table::Events
        } else if has("UP-TO-DATE") {
            Table::Deployments
        } else if has("DESIRED") {
            Table::ReplicaSets
        } else if has("RESTARTS") {
            Table::Pods
        } else if has("CLUSTER-IP") {
            Table::Services
        } else if has("ROLES") {
            Table::Nodes
        } else {
            Table::Other
        }
    }
}

impl Column {
    /// Every column, so a column can travel as its index (a DOM attribute).
    pub const ALL: [Column; 35] = [
        Column::Name,
        Column::Namespace,
        Column::ReadyContainers,
        Column::ReadyReplicas,
        Column::ReadyPods,
        Column::PodStatus,
        Column::NodeStatus,
        Column::Status,
        Column::Restarts,
        Column::Age,
        Column::Ip,
        Column::Node,
        Column::NominatedNode,
        Column::ReadinessGates,
        Column::UpToDate,
        Column::Available,
        Column::Desired,
        Column::Current,
        Column::ServiceType,
        Column::ClusterIp,
        Column::ExternalIp,
        Column::Ports,
        Column::Selector,
        Column::Containers,
        Column::Images,
        Column::Roles,
        Column::Version,
        Column::InternalIp,
        Column::Endpoints,
        Column::Data,
        Column::LastSeen,
        Column::EventType,
        Column::Reason,
        Column::Object,
        Column::Message,
    ];

    /// This column's index in [`Column::ALL`].
    pub fn index(self) -> usize {
        Column::ALL.iter().position(|&c| c == self).unwrap_or(0)
    }

    /// The column at `index` of [`Column::ALL`].
    pub fn from_index(index: usize) -> Option<Column> {
        Column::ALL.get(index).copied()
    }

    /// The meaning of `header` in `table`, if known.
    pub fn of(header: &str, table: Table) -> Option<Column> {
        Some(match (header, table) {
            ("NAME", _) => Column::Name,
            ("NAMESPACE", _) => Column::Namespace,
            ("READY", Table::Pods) => Column::ReadyContainers,
            ("READY", Table::Deployments) => Column::ReadyReplicas,
            ("READY", Table::ReplicaSets) => Column::ReadyPods,
            ("STATUS", Table::Pods) => Column::PodStatus,
            ("STATUS", Table::Nodes) => Column::NodeStatus,
            ("STATUS", _) => Column::Status,
            ("RESTARTS", _) => Column::Restarts,
            ("AGE", _) => Column::Age,
            ("IP", _) => Column::Ip,
            ("NODE", _) => Column::Node,
            ("NOMINATED NODE", _) => Column::NominatedNode,
            ("READINESS GATES", _) => Column::ReadinessGates,
            ("UP-TO-DATE", _) => Column::UpToDate,
            ("AVAILABLE", _) => Column::Available,
            ("DESIRED", _) => Column::Desired,
            ("CURRENT", _) => Column::Current,
            ("TYPE", Table::Events) => Column::EventType,
            ("TYPE", _) => Column::ServiceType,
            ("CLUSTER-IP", _) => Column::ClusterIp,
            ("EXTERNAL-IP", _) => Column::ExternalIp,
            ("PORT(S)", _) => Column::Ports,
            ("SELECTOR", _) => Column::Selector,
            ("CONTAINERS", _) => Column::Containers,
            ("IMAGES", _) => Column::Images,
            ("ROLES", _) => Column::Roles,
            ("VERSION", _) => Column::Version,
            ("INTERNAL-IP", _) => Column::InternalIp,
            ("ENDPOINTS", _) => Column::Endpoints,
            ("DATA", _) => Column::Data,
            ("LAST SEEN", _) => Column::LastSeen,
            ("REASON", _) => Column::Reason,
            ("OBJECT", _) => Column::Object,
            ("MESSAGE", _) => Column::Message,
            _ => return None,
        })
    }

    /// The one-sentence explanation.
    pub fn explain(self, t: &Text) -> &'static str {
        match self {
            Column::Name => t.col_name,
            Column::Namespace => t.col_namespace,
            Column::ReadyContainers => t.col_ready_containers,
            Column::ReadyReplicas => t.col_ready_replicas,
            Column::ReadyPods => t.col_ready_pods,
            Column::PodStatus => t.col_pod_status,
            Column::NodeStatus => t.col_node_status,
            Column::Status => t.col_status,
            Column::Restarts => t.col_restarts,
            Column::Age => t.col_age,
            Column::Ip => t.col_ip,
            Column::Node => t.col_node,
            Column::NominatedNode => t.col_nominated_node,
            Column::ReadinessGates => t.col_readiness_gates,
            Column::UpToDate => t.col_up_to_date,
            Column::Available => t.col_available,
            Column::Desired => t.col_desired,
            Column::Current => t.col_current,
            Column::ServiceType => t.col_service_type,
            Column::ClusterIp => t.col_cluster_ip,
            Column::ExternalIp => t.col_external_ip,
            Column::Ports => t.col_ports,
            Column::Selector => t.col_selector,
            Column::Containers => t.col_containers,
            Column::Images => t.col_images,
            Column::Roles => t.col_roles,
            Column::Version => t.col_version,
            Column::InternalIp => t.col_internal_ip,
            Column::Endpoints => t.col_endpoints,
            Column::Data => t.col_data,
            Column::LastSeen => t.col_last_seen,
            Column::EventType => t.col_event_type,
            Column::Reason => t.col_reason,
            Column::Object => t.col_object,
            Column::Message => t.col_message,
        }
    }
}

/// The headers of a `kubectl get` header line with their byte offsets,
/// or `None` when `line` is not one. kubectl's tabwriter pads columns with
/// at least three spaces, and some headers hold one (`NOMINATED NODE`),
/// so headers are split at runs of two or more spaces.
pub fn header_cells(line: &str) -> Option<Vec<(usize, &str)>> {
    let first = line.split("  ").next().unwrap_or("");
    if !matches!(first, "NAME" | "NAMESPACE" | "LAST SEEN") {
        return None;
    }
    let mut cells = Vec::new();
    let mut start = None;
    let bytes = line.as_bytes();
    for (i, c) in line.char_indices() {
        if c != ' ' {
            start = start.or(Some(i));
        } else if bytes.get(i + 1).is_none_or(|&b| b == b' ') {
            if let Some(s) = start.take() {
                cells.push((s, line.get(s..i).unwrap_or("")));
            }
        }
    }
    if let Some(s) = start {
        cells.push((s, line.get(s..).unwrap_or("")));
    }
    let header_like = |h: &str| {
        h.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "-() ".contains(c))
    };
    (cells.len() >= 2 && cells.iter().all(|(_, h)| header_like(h))).then_some(cells)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;

    #[test]
    fn header_lines_split_into_their_columns() {
        let pods = "NAME                                   READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES";
        let cells: Vec<&str> = header_cells(pods)
            .unwrap()
            .into_iter()
            .map(|c| c.1)
            .collect();
        assert_eq!(
            cells,
            [
                "NAME",
                "READY",
                "STATUS",
                "RESTARTS",
                "AGE",
                "IP",
                "NODE",
                "NOMINATED NODE",
                "READINESS GATES"
            ]
        );
        let (at, h) = header_cells(pods).unwrap()[1];
        assert_eq!(&pods[at..at + h.len()], "READY");
        assert!(header_cells("NAME is not a header").is_none());
        assert!(header_cells("kubernetes-bootcamp-5485cc6795-xkt2r   1/1     Running").is_none());
        assert!(header_cells("").is_none());
    }

    #[test]
    fn columns_travel_as_their_index() {
        for (i, c) in Column::ALL.iter().enumerate() {
            assert_eq!(c.index(), i);
            assert_eq!(Column::from_index(i), Some(*c));
        }
        assert_eq!(Column::from_index(Column::ALL.len()), None);
    }

    #[test]
    fn ready_means_containers_for_pods_and_replicas_for_deployments() {
        let deploy = Table::of(&["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"]);
        let pods = Table::of(&["NAME", "READY", "STATUS", "RESTARTS", "AGE"]);
        let rs = Table::of(&["NAME", "DESIRED", "CURRENT", "READY", "AGE"]);
        assert_eq!(Column::of("READY", deploy), Some(Column::ReadyReplicas));
        assert_eq!(Column::of("READY", pods), Some(Column::ReadyContainers));
        assert_eq!(Column::of("READY", rs), Some(Column::ReadyPods));
        let a = Column::ReadyReplicas.explain(&EN);
        let b = Column::ReadyContainers.explain(&EN);
        assert_ne!(a, b);
        assert!(b.contains("container"), "{b}");
    }

    #[test]
    fn every_header_of_the_seeds_tables_is_explained_in_one_sentence() {
        let lines = [
            "NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES   SELECTOR",
            "NAME   DESIRED   CURRENT   READY   AGE",
            "NAME   READY   STATUS   RESTARTS   AGE   IP   NODE   NOMINATED NODE   READINESS GATES",
            "NAME   TYPE   CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE",
            "NAME   STATUS   ROLES   AGE   VERSION   INTERNAL-IP",
            "NAME   ENDPOINTS   AGE",
            "NAME   DATA   AGE",
            "LAST SEEN   TYPE   REASON   OBJECT   MESSAGE",
        ];
        for line in lines {
            let cells = header_cells(line).unwrap();
            let heads: Vec<&str> = cells.iter().map(|c| c.1).collect();
            let table = Table::of(&heads);
            for h in heads {
                let col = Column::of(h, table).unwrap_or_else(|| panic!("{h} unexplained"));
                let s = col.explain(&EN);
                assert!(s.ends_with('.') && s.matches(". ").count() == 0, "{h}: {s}");
            }
        }
    }
}
