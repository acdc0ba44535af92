//! The interface in Japanese. Kubernetes kinds stay in English
//! (Deployment, Pod, Service, ReplicaSet), while replicas and nodes are
//! レプリカ and ノード, as the Japanese lessons and the Japanese
//! kubernetes.io documentation write them.

use super::goal::{Differs, Quantity};
use super::{goal_number, Text};

pub const JA: Text = Text {
    tagline: "ブラウザーだけで動くKubernetesの練習場",
    controls: "操作",
    simulated_time: "シミュレーション時間",
    pause: "一時停止",
    resume: "再開",
    speed: "速度",
    step: "ステップ実行",
    step_title: "次に予定されたイベントまで進める",
    fast_forward: "早送り",
    fast_forward_title: "予定がなくなるまで進める",
    paused_suffix: "（一時停止中）",
    display: "表示",
    reduce_motion: "動きを減らす",
    dark_theme: "ダークテーマ",
    terminal: "ターミナル",
    command_line: "コマンドライン",
    terminal_keys: "ターミナルのキー",
    key_tab: "Tab: 補完",
    key_previous: "前のコマンド",
    key_next: "次のコマンド",
    key_interrupt: "Ctrl-C: 中断",
    terminal_help: "コマンドを入力してEnterを押します。上下の矢印キーで以前のコマンドを呼び出し、Tabで補完、Control-Rで履歴を検索、Control-Cで中断します。ターミナルから出るには、Escapeを押してからTabを押します。",
    terminal_output: "ターミナルの出力",
    panels: "パネル",
    panel_lessons: "レッスン",
    panel_view: "クラスタービュー",
    step_done_line: "✓ ステップ完了 — 「次のステップ」はレッスンパネルにあります（`next` と入力しても進めます）。",
    wait_paused: "待機中: シミュレーション時間が一時停止しています。",
    wait_long: "シミュレーション時間を待っています。早送りで先へ進めます。",
    fast_forward_stopped: |t| {
        format!("早送りはシミュレーション時間で{t}進んだところで止まりました。まだ予定されたイベントがあります。")
    },

    cluster_view: "クラスター",
    cluster_view_help: "矢印キーでPodを順に選べます。選んだPodの詳細は図の下に表示されます。",
    cluster_changes: "クラスターの変化",
    client: "あなたのターミナル",
    pending_lane: "未スケジュール",
    node_empty: "このノードにPodはありません",
    sandbox_empty: "まだPodがありません。Deploymentを作成すると、そのPodがここに表示されます。",
    node_stopped: "停止中",
    revision: |n| format!("リビジョン{n}"),
    replicas_ready: |ready, desired| format!("{ready}/{desired} 準備完了"),
    endpoint_count: |n| format!("{n}個のPod"),
    pods_hidden: |n| format!("ほかの{n}個のPodは図に描いていません。"),
    pod_label: |name, status| format!("Pod {name}：{status}"),
    pod_ready: "Ready",
    pod_not_ready: "Running（まだReadyではない）",
    details_hint: "Podにポインターを合わせるかクリックすると、詳細が表示されます。ターミナル内の名前をクリックすると、ここでその場所を示します。",
    detail_name: "名前",
    detail_ip: "IP",
    detail_node: "ノード",
    detail_image: "イメージ",
    detail_status: "状態",
    detail_restarts: "再起動回数",
    detail_hits: "応答したリクエスト数",
    link_title: "クラスタービューで表示",

    say_pod_ready: |pod, node| format!("Pod {pod}が{node}でReadyになりました。"),
    say_pod_terminating: |pod| format!("Pod {pod}は終了処理中です。"),
    say_pod_failing: |pod, status| format!("Pod {pod}で問題が起きています：{status}。"),
    say_pod_status: |pod, status| format!("Pod {pod}は{status}です。"),
    say_pod_deleted: |pod| format!("Pod {pod}が削除されました。"),
    say_node_status: |node, status| format!("ノード {node}は{status}です。"),
    say_rolled_back: |name, rev| format!("Deployment {name}をリビジョン{rev}にロールバックしました。"),
    say_more_changes: |n| format!("ほかに{n}件の変化があります。"),

    editor: "エディター",
    editor_save: "保存",
    editor_cancel: "キャンセル",
    editor_help_vim: "viのキー: iで挿入、Escで挿入を終了、:wで保存、:qで終了、:wqで保存して終了、:q!で変更を破棄。",
    editor_help_nano: "nanoのキー: Ctrl-Oで保存、Ctrl-Xで終了。",
    editor_modified: "変更あり",

    col_name: "オブジェクトの名前で、Namespace内の同じ種類のオブジェクトの中で一意です。",
    col_namespace: "オブジェクトが属するNamespaceです。",
    col_ready_containers: "Pod内のすべてのコンテナのうち、準備ができているコンテナの数です。",
    col_ready_replicas: "このDeploymentが求めるレプリカ数のうち、準備ができているPodの数です。",
    col_ready_pods: "このReplicaSetのPodのうち、準備ができている数です。",
    col_pod_status: "Podがライフサイクルのどこにいるか（Pending、ContainerCreating、Running、Terminating）、または止まっている理由です。",
    col_node_status: "ノードのkubeletが、ノードは正常でPodを実行できると報告しているかどうかです。",
    col_status: "オブジェクトの現在の状態です。",
    col_restarts: "Podのコンテナが再起動した回数と、最後の再起動がどれくらい前かです。",
    col_age: "オブジェクトが作成されてからの時間です。",
    col_ip: "クラスターのネットワーク内でのPod自身のIPアドレスです。",
    col_node: "Podがスケジュールされ、実行されるノードです。",
    col_nominated_node: "スケジューラーがほかのPodを退避（プリエンプション）させて、このPodのために空きを作っているノードです。",
    col_readiness_gates: "Podが準備完了とみなされる前に満たすべき追加の条件です。",
    col_up_to_date: "すでにDeploymentの最新のテンプレートで動いているレプリカ数です。",
    col_available: "準備完了の状態が十分に続き、実際にユーザーが利用可能なレプリカ数です。",
    col_desired: "ReplicaSetに設定されたレプリカ数、つまり実行するよう求められたPodの数です。",
    col_current: "ReplicaSetが現在起動しているレプリカ数です。",
    col_service_type: "Serviceへの到達方法で、ClusterIPはクラスター内から、NodePortは各ノードから、LoadBalancerは外部からです。",
    col_cluster_ip: "クラスター内でのServiceの固定の仮想IPです。",
    col_external_ip: "クラスター外のクライアントが使うアドレスです（ある場合）。",
    col_ports: "Serviceのポートと、コロンの後ろに各ノードで開かれるポートです。",
    col_selector: "このオブジェクトに選ばれるためにPodが持つべきラベルです。",
    col_containers: "Podテンプレート内のコンテナの名前です。",
    col_images: "Podが実行するコンテナイメージです。",
    col_roles: "control-planeなど、ノードの役割です。",
    col_version: "ノード上で動いているkubeletのバージョンです。",
    col_internal_ip: "クラスターのネットワーク内でのノードのアドレスです。",
    col_endpoints: "Serviceがトラフィックを送る先のPodのアドレスです。",
    col_data: "オブジェクトが持つキーの数です。",
    col_last_seen: "イベントが最後に起きてからの時間です。",
    col_event_type: "通常のイベントはNormal、問題はWarningです。",
    col_reason: "イベントの原因を表す、機械が読むための短い言葉です。",
    col_object: "イベントの対象となったオブジェクトです。",
    col_message: "何が起きたかを言葉で説明したものです。",

    language: "言語",

    lessons: "レッスン",
    lessons_intro: "ガイド付きレッスンは、あなたの操作をその場で確認します。レッスンを選ぶか、このままサンドボックスで試してみましょう。",
    minutes: |m| format!("{m}分"),
    steps_done: |done, all| format!("{all}ステップ中{done}ステップ完了"),
    step_of: |n, all| format!("ステップ {n}/{all}"),
    start_lesson: "始める",
    continue_lesson: "続ける",
    review_lesson: "復習する",
    all_lessons: "レッスン一覧",
    lesson_progress: "レッスンの進み具合",
    goals: "ゴール",
    goal_met: "達成",
    goal_open: "未達成",
    hint: "ヒント",
    hint_title: |n, all| format!("ヒント {n}/{all}"),
    show_solution: "解答を見る",
    solution: "解答",
    reset_step: "ステップをリセット",
    reset_lesson: "レッスンをリセット",
    next_step: "次のステップへ",
    skip_step: "ステップを飛ばす",
    finish_lesson: "レッスンを終える",
    next_lesson: "次のレッスンへ",
    step_complete: "ステップ完了",
    lesson_complete: "レッスン完了です。お疲れさまでした！",
    run: "実行",
    run_title: "このコマンドをターミナルで実行する",
    loading: "読み込み中…",
    load_failed: |what| format!("{what}を読み込めませんでした。接続を確認して、ページを再読み込みしてください。"),
    progress_reset: "保存されていたレッスンの進み具合を読み込めなかったため、最初からになります。",

    session_group: "セッション",
    share: "共有",
    share_title: "今のこのセッションを開くリンクをコピーします",
    share_link: "共有リンク",
    share_copied: "リンクをクリップボードにコピーしました。",
    share_failed: |why| format!("このセッションは共有できません: {why}。"),
    export: "書き出し",
    export_title: "セッション・進み具合・設定をファイルとしてダウンロードします",
    import: "読み込み",
    import_title: "書き出したセッションファイルを読み込みます",
    import_failed: |why| format!("そのファイルは読み込めませんでした: {why}。何も変更していません。"),
    restored: |n| format!("{n} 個のコマンドを復元しました。"),
    link_bad: |why| format!("この共有リンクは開けませんでした（{why}）。代わりにまっさらな環境を用意しました。"),
    store_bad: |why| format!("保存されていたセッションを読み込めなかったため（{why}）、最初からになります。"),
    continued: |n| format!("この新しいタブでは最新のセッション（{n} 個のコマンド）を続けています。"),
    keep_session: "続ける",
    start_fresh: "最初から始める",
    not_saved: |why| format!("作業は保存されていません: {why}。エクスポートでファイルとして残せます。"),
    store_full: "このサイト用のブラウザの保存領域がいっぱいです",
    store_unavailable: "このブラウザではここに保存できません（プライベートウィンドウか、ページが無効にしています）",
    store_refused: "ブラウザが保存を拒否しました",
    session_too_long: "このセッションは kubeplay が記録できる長さを超えています",

    cmd_no_lesson: "開いているレッスンはありません。`lessons`と入力すると一覧が出ます。",
    cmd_catalog_loading: "レッスンの一覧をまだ読み込んでいます。少し待ってからもう一度試してください。",
    cmd_lessons_footer: "`lessons 番号`でレッスンを開きます。レッスン中は`hint`、`solution`、`next`、`reset`、`reset lesson`が使えます。",
    cmd_unknown_lesson: |key| format!("lessons: レッスン{key}はありません。`lessons`で一覧を表示できます"),
    cmd_opening: |title| format!("レッスン「{title}」を開いています…"),
    cmd_no_hints: "このステップにはヒントがありません。",
    cmd_last_hint: "これが最後のヒントです。`solution`で解答を表示できます。",
    cmd_no_solution: "このステップには表示できる解答がありません。",
    cmd_goals_open: "まだ達成していないゴールがあります。",
    cmd_skip_tip: "`next --skip`と入力すると、このまま先に進めます。クラスターは次のステップが想定する状態に準備されます。",
    cmd_skipping: "ステップを飛ばします。次のステップ用にクラスターを準備しています…",
    cmd_resetting_step: "このステップをやり直せるように準備しています…",
    cmd_resetting_lesson: "レッスンを最初からやり直します…",
    cmd_next_tip: "`next`と入力すると、次のレッスンに進みます。",
    cmd_last_lesson: "これが最後のレッスンです。`lessons`で別のレッスンを選べます。",

    differs,
};

fn quantity(q: Quantity) -> &'static str {
    match q {
        Quantity::Replicas => "求めたレプリカ数",
        Quantity::Available => "利用可能なレプリカ数",
        Quantity::Ready => "準備完了のレプリカ数",
        Quantity::Updated => "最新のレプリカ数",
        Quantity::Pods => "該当するPod数",
        Quantity::Endpoints => "準備完了のエンドポイント数",
        Quantity::Requests => "応答したリクエスト数",
        Quantity::DistinctPods => "応答した異なるPodの数",
        Quantity::ServiceType => "タイプ",
        Quantity::Status => "状態",
        Quantity::Image => "イメージ",
    }
}

fn differs(d: &Differs) -> String {
    match d {
        Differs::Missing { kind, name } => format!("{name}という{kind}はありません"),
        Differs::StillThere { kind, name } => format!("{kind} {name}がまだ存在します"),
        Differs::Number { what, actual, want } => {
            format!(
                "{}: {actual}（ゴール: {}）",
                quantity(*what),
                goal_number(*want)
            )
        }
        Differs::Word { what, actual, want } => {
            format!("{}: {actual}（ゴール: {want}）", quantity(*what))
        }
        Differs::StaleImages {
            stale,
            total,
            image,
        } => format!("{total}個のPodのうち{stale}個が、まだ{image}で動いています"),
        Differs::NoPods { selector } => format!("{selector}に該当するPodがありません"),
        Differs::VarUnset { name } => format!("${name}が設定されていません"),
        Differs::VarNotPod {
            name,
            value,
            selector,
        } => format!("${name}は「{value}」で、{selector}のPodの名前ではありません"),
        Differs::VarDiffers { name, value, want } => {
            format!("${name}は「{value}」です（ゴール: 「{want}」）")
        }
        Differs::FileMissing { path } => format!("ファイル{path}がありません"),
        Differs::FileLacks { path, text } => format!("{path}に「{text}」が含まれていません"),
        Differs::LabelDiffers {
            pod,
            key,
            actual: None,
            ..
        } => format!("Pod {pod}にはラベル{key}がありません"),
        Differs::LabelDiffers {
            pod,
            key,
            actual: Some(actual),
            ..
        } => format!("Pod {pod}のラベルは{key}={actual}です"),
        Differs::NotRolledBack { name } => {
            format!("このステップを始めてから、{name}のロールアウトはまだ取り消されていません")
        }
    }
}
