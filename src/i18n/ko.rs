//! The interface in Korean. Kubernetes kinds are written in Hangul
//! (디플로이먼트, 파드, 서비스, 레플리카, 노드), as the Korean lessons and
//! the Korean kubernetes.io documentation write them.

use super::goal::{Differs, Quantity};
use super::{goal_number, Text};

pub const KO: Text = Text {
    tagline: "브라우저에서만 실행되는 쿠버네티스 실습장",
    controls: "조작",
    simulated_time: "시뮬레이션 시간",
    pause: "일시 정지",
    resume: "계속",
    speed: "속도",
    step: "한 단계",
    step_title: "예약된 다음 이벤트까지 진행",
    fast_forward: "빨리 감기",
    fast_forward_title: "예약된 일이 없을 때까지 진행",
    paused_suffix: " (일시 정지됨)",
    display: "화면",
    reduce_motion: "움직임 줄이기",
    dark_theme: "어두운 테마",
    terminal: "터미널",
    command_line: "명령줄",
    terminal_keys: "터미널 키",
    key_tab: "Tab: 자동 완성",
    key_previous: "이전 명령",
    key_next: "다음 명령",
    key_interrupt: "Ctrl-C: 중단",
    terminal_help: "명령을 입력하고 Enter를 누르세요. 위/아래 화살표 키로 이전 명령을 불러오고, Tab으로 자동 완성하고, Control-R로 기록을 검색하고, Control-C로 중단합니다. 터미널에서 나가려면 Escape를 누른 다음 Tab을 누르세요.",
    terminal_output: "터미널 출력",
    panels: "패널",
    panel_lessons: "레슨",
    panel_view: "클러스터 보기",
    step_done_line: "✓ 단계 완료 — 레슨 패널에서 \"다음 단계\"를 누르세요(또는 `next` 입력).",
    wait_paused: "대기 중: 시뮬레이션 시간이 일시 정지되어 있습니다.",
    wait_long: "시뮬레이션 시간을 기다리는 중입니다. 빨리 감기로 건너뛸 수 있습니다.",
    fast_forward_stopped: |t| {
        format!("시뮬레이션 시간으로 {t} 동안 진행한 뒤 빨리 감기를 멈췄습니다. 아직 예약된 이벤트가 있습니다.")
    },

    cluster_view: "클러스터",
    cluster_view_help: "화살표 키로 파드를 하나씩 고를 수 있습니다. 고른 파드의 세부 정보는 그림 아래에 나옵니다.",
    cluster_changes: "클러스터 변경 사항",
    client: "내 터미널",
    pending_lane: "아직 스케줄되지 않음",
    node_empty: "이 노드에는 파드가 없습니다",
    sandbox_empty: "아직 파드가 없습니다. 디플로이먼트를 만들면 그 파드가 여기에 나타납니다.",
    node_stopped: "중지됨",
    revision: |n| format!("리비전 {n}"),
    replicas_ready: |ready, desired| format!("{ready}/{desired} 준비됨"),
    endpoint_count: |n| format!("파드 {n}개"),
    pods_hidden: |n| format!("파드 {n}개는 그림에 그리지 않았습니다."),
    pod_label: |name, status| format!("파드 {name}: {status}"),
    pod_ready: "Ready",
    pod_not_ready: "Running, 아직 준비되지 않음",
    details_hint: "파드를 가리키거나 클릭하면 세부 정보가 나옵니다. 터미널에서 이름을 클릭하면 여기에서 찾아 줍니다.",
    detail_name: "이름",
    detail_ip: "IP",
    detail_node: "노드",
    detail_image: "이미지",
    detail_status: "상태",
    detail_restarts: "재시작 횟수",
    detail_hits: "응답한 요청",
    link_title: "클러스터 뷰에서 보기",

    say_pod_ready: |pod, node| format!("파드 {pod}이(가) {node}에서 Ready 상태가 되었습니다."),
    say_pod_terminating: |pod| format!("파드 {pod}이(가) 종료되는 중입니다."),
    say_pod_failing: |pod, status| format!("파드 {pod}에 문제가 있습니다: {status}."),
    say_pod_status: |pod, status| format!("파드 {pod}의 상태는 {status}입니다."),
    say_pod_deleted: |pod| format!("파드 {pod}이(가) 삭제되었습니다."),
    say_node_status: |node, status| format!("노드 {node}의 상태는 {status}입니다."),
    say_rolled_back: |name, rev| format!("디플로이먼트 {name}을(를) 리비전 {rev}(으)로 롤백했습니다."),
    say_more_changes: |n| format!("그 밖에 변경 사항이 {n}개 더 있습니다."),

    editor: "편집기",
    editor_save: "저장",
    editor_cancel: "취소",
    editor_help_vim: "vi 키: i 입력 시작, Esc 입력 끝내기, :w 저장, :q 종료, :wq 저장 후 종료, :q! 변경 버리기.",
    editor_help_nano: "nano 키: Ctrl-O 저장, Ctrl-X 종료.",
    editor_modified: "수정됨",

    col_name: "오브젝트의 이름으로, 네임스페이스 안에서 같은 종류의 오브젝트끼리는 겹치지 않습니다.",
    col_namespace: "오브젝트가 속한 네임스페이스입니다.",
    col_ready_containers: "파드의 전체 컨테이너 중 준비된 컨테이너의 개수입니다.",
    col_ready_replicas: "디플로이먼트가 원하는 레플리카 중 준비된 파드의 개수입니다.",
    col_ready_pods: "이 레플리카셋의 파드 중 준비된 파드의 개수입니다.",
    col_pod_status: "파드가 생명 주기의 어디쯤에 있는지(Pending, ContainerCreating, Running, Terminating), 또는 왜 멈춰 있는지를 보여 줍니다.",
    col_node_status: "노드의 kubelet이 노드가 정상이고 파드를 실행할 수 있다고 보고하는지를 나타냅니다.",
    col_status: "오브젝트의 현재 상태입니다.",
    col_restarts: "파드의 컨테이너가 재시작한 횟수와 마지막 재시작이 얼마나 전이었는지입니다.",
    col_age: "오브젝트가 만들어진 지 얼마나 지났는지입니다.",
    col_ip: "클러스터 네트워크 안에서 파드가 가진 고유한 IP 주소입니다.",
    col_node: "파드가 스케줄되어 실행되는 노드입니다.",
    col_nominated_node: "스케줄러가 다른 파드를 선점(preemption)해서 이 파드의 자리를 만들고 있는 노드입니다.",
    col_readiness_gates: "파드가 준비된 것으로 인정되기 전에 충족해야 하는 추가 조건입니다.",
    col_up_to_date: "이미 디플로이먼트의 최신 템플릿으로 실행 중인 파드의 개수입니다.",
    col_available: "준비된 상태가 충분히 오래 유지되어 사용자가 이용할 수 있는 파드의 개수입니다.",
    col_desired: "설정에서 정의된, 레플리카셋이 실행해야 하는 파드의 개수입니다.",
    col_current: "레플리카셋이 현재 실행 중인 파드의 개수입니다.",
    col_service_type: "서비스에 접근하는 방법으로, ClusterIP는 클러스터 안에서, NodePort는 모든 노드에서, LoadBalancer는 클러스터 밖에서 접근합니다.",
    col_cluster_ip: "클러스터 안에서 서비스가 갖는 고정된 가상 IP입니다.",
    col_external_ip: "클러스터 밖의 클라이언트가 사용하는 주소입니다(있는 경우).",
    col_ports: "서비스의 포트이며, 콜론 뒤는 모든 노드에 열린 포트입니다.",
    col_selector: "이 오브젝트가 파드를 고르려면 그 파드에 붙어 있어야 하는 레이블입니다.",
    col_containers: "파드 템플릿에 있는 컨테이너의 이름입니다.",
    col_images: "파드가 실행하는 컨테이너 이미지입니다.",
    col_roles: "control-plane 같은 노드의 역할입니다.",
    col_version: "노드에서 실행 중인 kubelet의 버전입니다.",
    col_internal_ip: "클러스터 네트워크 안에서 노드가 가진 주소입니다.",
    col_endpoints: "서비스가 트래픽을 보내는 파드의 주소입니다.",
    col_data: "오브젝트에 들어 있는 키의 개수입니다.",
    col_last_seen: "이벤트가 마지막으로 일어난 지 얼마나 지났는지입니다.",
    col_event_type: "일상적인 이벤트는 Normal, 문제가 있으면 Warning입니다.",
    col_reason: "이벤트의 원인을 기계가 읽을 수 있게 짧게 나타낸 값입니다.",
    col_object: "이벤트의 대상 오브젝트입니다.",
    col_message: "무슨 일이 일어났는지 글로 설명한 것입니다.",

    language: "언어",

    lessons: "레슨",
    lessons_intro: "가이드 레슨은 진행하는 동안 결과를 바로 확인해 줍니다. 레슨을 고르거나 샌드박스에서 계속 입력해 보세요.",
    minutes: |m| format!("{m}분"),
    steps_done: |done, all| format!("{all}단계 중 {done}단계 완료"),
    step_of: |n, all| format!("{all}단계 중 {n}단계"),
    start_lesson: "시작",
    continue_lesson: "계속하기",
    review_lesson: "복습",
    all_lessons: "전체 레슨",
    lesson_progress: "레슨 진행도",
    goals: "목표",
    goal_met: "달성",
    goal_open: "아직",
    hint: "힌트",
    hint_title: |n, all| format!("힌트 {n}/{all}"),
    show_solution: "정답 보기",
    solution: "정답",
    reset_step: "단계 초기화",
    reset_lesson: "레슨 초기화",
    next_step: "다음 단계",
    skip_step: "단계 건너뛰기",
    finish_lesson: "레슨 마치기",
    next_lesson: "다음 레슨",
    step_complete: "단계 완료",
    lesson_complete: "레슨을 마쳤습니다. 수고하셨습니다!",
    run: "실행",
    run_title: "이 명령을 터미널에서 실행",
    loading: "불러오는 중…",
    load_failed: |what| format!("{what}을(를) 불러오지 못했습니다. 연결을 확인하고 페이지를 새로 고치세요."),
    progress_reset: "저장된 레슨 진행 상황을 읽을 수 없어서 처음부터 시작합니다.",

    session_group: "세션",
    share: "공유",
    share_title: "지금 이 세션을 그대로 여는 링크를 복사합니다",
    share_link: "공유 링크",
    share_copied: "링크를 클립보드에 복사했습니다.",
    share_failed: |why| format!("이 세션은 공유할 수 없습니다: {why}."),
    export: "내보내기",
    export_title: "세션, 진행 상황, 설정을 파일로 내려받습니다",
    import: "가져오기",
    import_title: "내보낸 세션 파일을 불러옵니다",
    import_failed: |why| format!("그 파일을 가져올 수 없습니다: {why}. 아무것도 바뀌지 않았습니다."),
    restored: |n| format!("명령 {n}개를 복원했습니다."),
    link_bad: |why| format!("이 공유 링크를 열 수 없습니다({why}). 대신 깨끗한 환경을 준비했습니다."),
    store_bad: |why| format!("저장된 세션을 읽을 수 없어서({why}) 처음부터 시작합니다."),
    continued: |n| format!("이 새 탭은 가장 최근 세션(명령 {n}개)을 이어서 합니다."),
    keep_session: "계속하기",
    start_fresh: "새로 시작",
    not_saved: |why| format!("작업이 저장되지 않고 있습니다: {why}. 내보내기로 파일에 보관할 수 있습니다."),
    store_full: "이 사이트의 브라우저 저장 공간이 가득 찼습니다",
    store_unavailable: "이 브라우저는 여기에 저장을 허용하지 않습니다(비공개 창이거나 페이지가 막았습니다)",
    store_refused: "브라우저가 저장을 거부했습니다",
    session_too_long: "이 세션은 kubeplay가 기록할 수 있는 길이를 넘었습니다",

    cmd_no_lesson: "열려 있는 레슨이 없습니다. `lessons`를 입력하면 목록이 나옵니다.",
    cmd_catalog_loading: "레슨 목록을 아직 불러오는 중입니다. 잠시 후 다시 시도하세요.",
    cmd_lessons_footer: "`lessons 번호`로 레슨을 엽니다. 레슨 중에는 `hint`, `solution`, `next`, `reset`, `reset lesson`을 쓸 수 있습니다.",
    cmd_unknown_lesson: |key| format!("lessons: {key} 레슨이 없습니다. `lessons`로 목록을 확인하세요"),
    cmd_opening: |title| format!("\u{201c}{title}\u{201d} 레슨을 여는 중…"),
    cmd_no_hints: "이 단계에는 힌트가 없습니다.",
    cmd_last_hint: "마지막 힌트입니다. `solution`을 입력하면 정답을 볼 수 있습니다.",
    cmd_no_solution: "이 단계에는 보여 줄 정답이 없습니다.",
    cmd_goals_open: "아직 달성하지 못한 목표가 있습니다:",
    cmd_skip_tip: "그래도 넘어가려면 `next --skip`을 입력하세요. 클러스터는 다음 단계에 맞게 준비됩니다.",
    cmd_skipping: "단계를 건너뜁니다. 다음 단계에 맞게 클러스터를 준비하는 중…",
    cmd_resetting_step: "이 단계를 다시 준비하는 중…",
    cmd_resetting_lesson: "레슨을 처음부터 다시 시작합니다…",
    cmd_next_tip: "`next`를 입력하면 다음 레슨으로 넘어갑니다.",
    cmd_last_lesson: "마지막 레슨이었습니다. `lessons`에서 다른 레슨을 골라 보세요.",

    differs,
};

fn kind(kind: &str) -> &str {
    match kind {
        "Deployment" => "디플로이먼트",
        "Pod" => "파드",
        "Service" => "서비스",
        "ConfigMap" => "컨피그맵",
        "Node" => "노드",
        other => other,
    }
}

/// `word` with the subject particle its last syllable takes (이 after a
/// final consonant, 가 otherwise): 파드가, 컨피그맵이.
fn subject(word: &str) -> String {
    let last = word.chars().last().map_or(0, u32::from);
    let batchim = (0xAC00..=0xD7A3).contains(&last) && !(last - 0xAC00).is_multiple_of(28);
    format!("{word}{}", if batchim { "이" } else { "가" })
}

fn quantity(q: Quantity) -> &'static str {
    match q {
        Quantity::Replicas => "요청한 레플리카",
        Quantity::Available => "사용 가능한 레플리카",
        Quantity::Ready => "준비된 레플리카",
        Quantity::Updated => "최신 레플리카",
        Quantity::Pods => "해당하는 파드",
        Quantity::Endpoints => "준비된 엔드포인트",
        Quantity::Requests => "응답한 요청",
        Quantity::DistinctPods => "응답한 서로 다른 파드",
        Quantity::ServiceType => "타입",
        Quantity::Status => "상태",
        Quantity::Image => "이미지",
    }
}

fn differs(d: &Differs) -> String {
    match d {
        Differs::Missing { kind: k, name } => {
            format!("{name}(이)라는 {} 없습니다", subject(kind(k)))
        }
        Differs::StillThere { kind: k, name } => format!("{} {name}이(가) 아직 있습니다", kind(k)),
        Differs::Number { what, actual, want } => {
            format!(
                "{}: {actual} (목표: {})",
                quantity(*what),
                goal_number(*want)
            )
        }
        Differs::Word { what, actual, want } => {
            format!("{}: {actual} (목표: {want})", quantity(*what))
        }
        Differs::StaleImages {
            stale,
            total,
            image,
        } => format!("파드 {total}개 중 {stale}개가 아직 {image}(으)로 실행 중입니다"),
        Differs::NoPods { selector } => format!("{selector}에 해당하는 파드가 없습니다"),
        Differs::VarUnset { name } => format!("${name}이(가) 설정되지 않았습니다"),
        Differs::VarNotPod {
            name,
            value,
            selector,
        } => format!("${name}의 값 \"{value}\"은(는) {selector} 파드의 이름이 아닙니다"),
        Differs::VarDiffers { name, value, want } => {
            format!("${name}의 값은 \"{value}\"입니다 (목표: \"{want}\")")
        }
        Differs::FileMissing { path } => format!("{path} 파일이 없습니다"),
        Differs::FileLacks { path, text } => format!("{path}에 \"{text}\"이(가) 없습니다"),
        Differs::LabelDiffers {
            pod,
            key,
            actual: None,
            ..
        } => format!("파드 {pod}에 {key} 레이블이 없습니다"),
        Differs::LabelDiffers {
            pod,
            key,
            actual: Some(actual),
            ..
        } => format!("파드 {pod}의 레이블은 {key}={actual}입니다"),
        Differs::NotRolledBack { name } => {
            format!("이 단계를 시작한 뒤로 {name}의 롤아웃이 아직 되돌려지지 않았습니다")
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_subject_particle_follows_the_last_syllable() {
        assert_eq!(super::subject("파드"), "파드가");
        assert_eq!(super::subject("컨피그맵"), "컨피그맵이");
        assert_eq!(super::subject("Pod"), "Pod가");
    }
}
