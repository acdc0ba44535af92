//! The interface in Traditional Chinese (Taiwan). Kubernetes kinds and
//! `replica`, `node` stay in English, as the Traditional Chinese lessons
//! and the Taiwanese community write them.

use super::{goal_number, Text};
use crate::lesson::{Differs, Quantity};

pub const ZH_TW: Text = Text {
    tagline: "完全在瀏覽器裡執行的 Kubernetes 練習場",
    controls: "控制",
    simulated_time: "模擬時間",
    pause: "暫停",
    resume: "繼續",
    speed: "速度",
    step: "單步",
    step_title: "前進到下一個排定的事件",
    fast_forward: "快轉",
    fast_forward_title: "一直執行到沒有排定的事件為止",
    paused_suffix: "（已暫停）",
    display: "顯示",
    reduce_motion: "減少動態效果",
    dark_theme: "深色主題",
    terminal: "終端機",
    command_line: "命令列",
    terminal_keys: "終端機按鍵",
    key_tab: "Tab：自動完成",
    key_previous: "上一個指令",
    key_next: "下一個指令",
    key_interrupt: "Ctrl-C：中斷",

    language: "語言",

    lessons: "課程",
    lessons_intro: "引導式課程會在你操作時即時檢查成果。選一堂課，或繼續在沙盒裡自由輸入。",
    minutes: |m| format!("{m} 分鐘"),
    steps_done: |done, all| format!("已完成 {done}/{all} 個步驟"),
    step_of: |n, all| format!("步驟 {n}/{all}"),
    start_lesson: "開始",
    continue_lesson: "繼續",
    review_lesson: "複習",
    all_lessons: "所有課程",
    lesson_progress: "課程進度",
    goals: "目標",
    goal_met: "已達成",
    goal_open: "尚未達成",
    hint: "提示",
    hint_title: |n, all| format!("提示 {n}/{all}"),
    show_solution: "顯示解答",
    solution: "解答",
    reset_step: "重設步驟",
    reset_lesson: "重設課程",
    next_step: "下一步",
    skip_step: "跳過這一步",
    finish_lesson: "完成課程",
    next_lesson: "下一堂課",
    step_complete: "步驟完成",
    lesson_complete: "課程完成，做得好！",
    run: "執行",
    run_title: "在終端機裡執行這些指令",
    loading: "載入中…",
    load_failed: |what| format!("無法載入{what}。請檢查網路連線後重新整理頁面。"),
    progress_reset: "無法讀取先前儲存的課程進度，所以從頭開始。",

    session_group: "工作階段",
    share: "分享",
    share_title: "複製一個能開啟目前這個工作階段的連結",
    share_link: "分享連結",
    share_copied: "已將連結複製到剪貼簿。",
    share_failed: |why| format!("這個工作階段無法分享：{why}。"),
    export: "匯出",
    export_title: "將工作階段、進度與設定下載成檔案",
    import: "匯入",
    import_title: "載入先前匯出的工作階段檔案",
    import_failed: |why| format!("無法匯入該檔案：{why}。沒有做任何變更。"),
    restored: |n| format!("已還原 {n} 個指令。"),
    link_bad: |why| format!("無法開啟這個分享連結（{why}），改為提供一個乾淨的環境。"),
    store_bad: |why| format!("無法讀取先前儲存的工作階段（{why}），所以從頭開始。"),

    cmd_no_lesson: "目前沒有開啟的課程。輸入 `lessons` 查看課程列表。",
    cmd_catalog_loading: "課程列表還在載入中，請稍後再試一次。",
    cmd_lessons_footer: "輸入 `lessons 編號` 開啟一堂課。在課程中可以用 `hint`、`solution`、`next`、`reset`、`reset lesson`。",
    cmd_unknown_lesson: |key| format!("lessons: 沒有課程 {key}；輸入 `lessons` 查看列表"),
    cmd_opening: |title| format!("正在開啟課程「{title}」…"),
    cmd_no_hints: "這一步沒有提示。",
    cmd_last_hint: "這是最後一個提示了；輸入 `solution` 可以看解答。",
    cmd_no_solution: "這一步沒有可以顯示的解答。",
    cmd_goals_open: "還有目標沒有達成：",
    cmd_skip_tip: "輸入 `next --skip` 可以直接往下走；叢集會被設定成下一步預期的狀態。",
    cmd_skipping: "跳過這一步：正在為下一步準備叢集…",
    cmd_resetting_step: "正在重新準備這一步…",
    cmd_resetting_lesson: "正在從頭開始這堂課…",
    cmd_next_tip: "輸入 `next` 進入下一堂課。",
    cmd_last_lesson: "這是最後一堂課了。輸入 `lessons` 挑選其他課程。",

    differs,
    // TEMPORARY: the cluster view's words until translated.
    ..super::en::EN
};

fn quantity(q: Quantity) -> &'static str {
    match q {
        Quantity::Replicas => "要求的 replica 數",
        Quantity::Available => "可用的 replica 數",
        Quantity::Ready => "就緒的 replica 數",
        Quantity::Updated => "已更新的 replica 數",
        Quantity::Pods => "符合的 Pod 數",
        Quantity::Endpoints => "就緒的 endpoint 數",
        Quantity::Requests => "回應過的請求數",
        Quantity::DistinctPods => "回應過的不同 Pod 數",
        Quantity::ServiceType => "類型",
        Quantity::Status => "狀態",
        Quantity::Image => "映像檔",
    }
}

fn differs(d: &Differs) -> String {
    match d {
        Differs::Missing { kind, name } => format!("沒有名為 {name} 的 {kind}"),
        Differs::StillThere { kind, name } => format!("{kind} {name} 仍然存在"),
        Differs::Number { what, actual, want } => {
            format!(
                "{}：{actual}（目標：{}）",
                quantity(*what),
                goal_number(*want)
            )
        }
        Differs::Word { what, actual, want } => {
            format!("{}：{actual}（目標：{want}）", quantity(*what))
        }
        Differs::StaleImages {
            stale,
            total,
            image,
        } => format!("{total} 個 Pod 中有 {stale} 個仍在執行 {image}"),
        Differs::NoPods { selector } => format!("沒有符合 {selector} 的 Pod"),
        Differs::VarUnset { name } => format!("${name} 還沒有設定"),
        Differs::VarNotPod {
            name,
            value,
            selector,
        } => format!("${name} 的值是「{value}」，不是帶有 {selector} 的 Pod 名稱"),
        Differs::VarDiffers { name, value, want } => {
            format!("${name} 的值是「{value}」（目標：「{want}」）")
        }
        Differs::FileMissing { path } => format!("沒有檔案 {path}"),
        Differs::FileLacks { path, text } => format!("{path} 裡沒有「{text}」"),
        Differs::LabelDiffers {
            pod,
            key,
            actual: None,
            ..
        } => format!("Pod {pod} 沒有標籤 {key}"),
        Differs::LabelDiffers {
            pod,
            key,
            actual: Some(actual),
            ..
        } => format!("Pod {pod} 的標籤是 {key}={actual}"),
        Differs::NotRolledBack { name } => {
            format!("這一步開始後，{name} 的 rollout 還沒有被復原")
        }
    }
}
