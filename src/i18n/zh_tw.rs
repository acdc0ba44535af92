//! The interface in Traditional Chinese (Taiwan). Kubernetes kinds and
//! `replica`, `node` stay in English, as the Traditional Chinese lessons
//! and the Taiwanese community write them.

use super::goal::{Differs, Quantity};
use super::{goal_number, Text};

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
    terminal_help: "輸入指令後按 Enter。上下方向鍵可以叫出先前的指令，Tab 自動完成，Control-R 搜尋歷史紀錄，Control-C 中斷。要離開終端機，請先按 Escape 再按 Tab。",
    terminal_output: "終端機輸出",
    fast_forward_stopped: |t| format!("快轉在模擬時間經過 {t} 後停止；仍有排定的事件。"),

    cluster_view: "叢集",
    cluster_view_help: "用方向鍵逐一選取 Pod；選中的 Pod 的詳細資訊會顯示在圖的下方。",
    cluster_changes: "叢集變化",
    client: "你的終端機",
    pending_lane: "尚未排程",
    node_empty: "這個 node 上沒有 Pod",
    sandbox_empty: "還沒有 Pod。建立一個 Deployment，它的 Pod 就會出現在這裡。",
    node_stopped: "已停止",
    revision: |n| format!("修訂版 {n}"),
    replicas_ready: |ready, desired| format!("{ready}/{desired} 就緒"),
    endpoint_count: |n| format!("{n} 個 Pod"),
    pods_hidden: |n| format!("還有 {n} 個 Pod 沒有畫出來。"),
    pod_label: |name, status| format!("Pod {name}：{status}"),
    pod_ready: "Ready",
    pod_not_ready: "Running，尚未就緒",
    details_hint: "把游標移到 Pod 上或點一下，就能看到它的詳細資訊。點終端機裡的名稱，可以在這裡找到它。",
    detail_name: "名稱",
    detail_ip: "IP",
    detail_node: "Node",
    detail_image: "映像檔",
    detail_status: "狀態",
    detail_restarts: "重新啟動次數",
    detail_hits: "回應過的請求數",
    link_title: "在叢集圖中顯示",

    say_pod_ready: |pod, node| format!("Pod {pod} 已在 {node} 上 Ready。"),
    say_pod_terminating: |pod| format!("Pod {pod} 正在終止。"),
    say_pod_failing: |pod, status| format!("Pod {pod} 發生問題：{status}。"),
    say_pod_status: |pod, status| format!("Pod {pod} 的狀態是 {status}。"),
    say_pod_deleted: |pod| format!("Pod {pod} 已刪除。"),
    say_node_status: |node, status| format!("Node {node} 的狀態是 {status}。"),
    say_rolled_back: |name, rev| format!("Deployment {name} 已回滾到修訂版 {rev}。"),
    say_more_changes: |n| format!("另外還有 {n} 項變化。"),

    editor: "編輯器",
    editor_save: "儲存",
    editor_cancel: "取消",
    editor_help_vim: "vi 按鍵：i 開始插入，Esc 結束插入，:w 儲存，:q 離開，:wq 儲存並離開，:q! 放棄修改。",
    editor_help_nano: "nano 按鍵：Ctrl-O 儲存，Ctrl-X 離開。",
    editor_modified: "已修改",

    col_name: "物件的名稱，在同一個 namespace 裡不會和同類物件重複。",
    col_namespace: "物件所在的 namespace。",
    col_ready_containers: "Pod 的所有 container 中，已就緒的有幾個。",
    col_ready_replicas: "這個 Deployment 要求的 replica 中，已就緒的 Pod 有幾個。",
    col_ready_pods: "這個 ReplicaSet 已就緒的 Pod 數。",
    col_pod_status: "Pod 目前走到生命週期的哪個階段：Pending、ContainerCreating、Running、Terminating，或是卡住的原因。",
    col_node_status: "node 上的 kubelet 是否回報它運作正常、可以執行 Pod。",
    col_status: "物件目前的狀態。",
    col_restarts: "Pod 的 container 重新啟動過幾次，以及最近一次重新啟動是多久以前。",
    col_age: "物件建立到現在過了多久。",
    col_ip: "Pod 在叢集網路裡自己的 IP 位址。",
    col_node: "Pod 被排程到哪個 node 上執行。",
    col_nominated_node: "排程器正在搶占其他 Pod、為這個 Pod 騰出空間的 node。",
    col_readiness_gates: "Pod 被視為就緒之前，還必須成立的額外條件。",
    col_up_to_date: "已經在執行 Deployment 最新範本的 Pod 數。",
    col_available: "已就緒夠久、可以為使用者提供服務的 Pod 數。",
    col_desired: "ReplicaSet 被要求啟動的 Pod 數，也就是設定的 replica 數。",
    col_current: "ReplicaSet 目前正在執行的 Pod 數。",
    col_service_type: "Service 的連線方式：ClusterIP 在叢集內，NodePort 在每個 node 上，LoadBalancer 從叢集外。",
    col_cluster_ip: "Service 在叢集內固定不變的虛擬 IP。",
    col_external_ip: "叢集外的用戶端連線用的位址（如果有的話）。",
    col_ports: "Service 的 port，冒號後面是每個 node 上開放的 port。",
    col_selector: "Pod 必須帶有哪些標籤，才會被這個物件選中。",
    col_containers: "Pod 範本裡各個 container 的名稱。",
    col_images: "Pod 執行的 container 映像檔。",
    col_roles: "node 的角色，例如 control-plane。",
    col_version: "node 上執行的 kubelet 版本。",
    col_internal_ip: "node 在叢集網路裡的位址。",
    col_endpoints: "Service 把流量送往的 Pod 位址。",
    col_data: "物件裡有幾個 key。",
    col_last_seen: "這個事件最近一次發生在多久以前。",
    col_event_type: "例行事件為 Normal，發生問題時為 Warning。",
    col_reason: "簡短、給程式判讀的事件原因。",
    col_object: "事件所涉及的物件。",
    col_message: "用文字說明發生了什麼事。",

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
