//! The interface in Korean. Kubernetes kinds are written in Hangul
//! (디플로이먼트, 파드, 서비스, 레플리카, 노드), as the Korean lessons and
//! the Korean kubernetes.io documentation write them.

use super::{goal_number, Text};
use crate::lesson::{Differs, Quantity};

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
    // TEMPORARY: the cluster view's words until translated.
    ..super::en::EN
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
