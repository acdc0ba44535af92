//! The interface in Spanish. Kinds are named as the Spanish lessons name
//! them: despliegue, servicio, réplica, nodo; Pod and ConfigMap stay.

use super::goal::{Differs, Quantity};
use super::{goal_number, Text};

pub const ES: Text = Text {
    tagline: "Un entorno de prácticas de Kubernetes que funciona por completo en tu navegador",
    controls: "Controles",
    simulated_time: "Tiempo simulado",
    pause: "Pausar",
    resume: "Reanudar",
    speed: "Velocidad",
    step: "Paso",
    step_title: "Avanzar hasta el siguiente evento programado",
    fast_forward: "Avance rápido",
    fast_forward_title: "Avanzar hasta que no quede nada programado",
    paused_suffix: " (en pausa)",
    display: "Pantalla",
    reduce_motion: "Reducir el movimiento",
    dark_theme: "Tema oscuro",
    terminal: "Terminal",
    command_line: "Línea de comandos",
    terminal_keys: "Teclas del terminal",
    key_tab: "Tab: completar",
    key_previous: "Comando anterior",
    key_next: "Comando siguiente",
    key_interrupt: "Ctrl-C: interrumpir",
    terminal_help: "Escribe un comando y pulsa Enter. Las flechas arriba y abajo recuperan comandos anteriores, Tab completa, \
        Control-R busca en el historial y Control-C interrumpe. Para salir del terminal, pulsa Escape y después Tab.",
    terminal_output: "Salida del terminal",
    panels: "Paneles",
    panel_lessons: "Lecciones",
    panel_view: "Vista del clúster",
    step_done_line: "✓ Paso completado: «Siguiente paso» está en el panel de la lección (o escribe `next`).",
    wait_paused: "Esperando: el tiempo simulado está en pausa.",
    wait_long: "Esperando al tiempo simulado. Avance rápido salta hasta el final.",
    fast_forward_stopped: |t| {
        format!("El avance rápido se detuvo tras {t} de tiempo simulado; todavía quedan eventos programados.")
    },

    cluster_view: "Clúster",
    cluster_view_help: "Usa las flechas para recorrer los Pods; los detalles del Pod seleccionado aparecen debajo del dibujo.",
    cluster_changes: "Cambios en el clúster",
    client: "Tu terminal",
    pending_lane: "Sin asignar a un nodo",
    node_empty: "No hay Pods en este nodo",
    sandbox_empty: "Todavía no hay Pods. Crea un despliegue y sus Pods aparecerán aquí.",
    node_stopped: "detenido",
    revision: |n| format!("rev. {n}"),
    replicas_ready: |ready, desired| format!("{ready}/{desired} listos"),
    endpoint_count: |n| format!("{n} Pods"),
    pods_hidden: |n| format!("Hay {n} Pods más que no se dibujan."),
    pod_label: |name, status| format!("Pod {name}: {status}"),
    pod_ready: "Ready",
    pod_not_ready: "Running, aún no listo",
    details_hint: "Señala un Pod o haz clic en él para ver sus detalles. Haz clic en un nombre del terminal para encontrarlo aquí.",
    detail_name: "Nombre",
    detail_ip: "IP",
    detail_node: "Nodo",
    detail_image: "Imagen",
    detail_status: "Estado",
    detail_restarts: "Reinicios",
    detail_hits: "Peticiones respondidas",
    link_title: "Mostrar en la vista del clúster",

    say_pod_ready: |pod, node| format!("El Pod {pod} está Ready en {node}."),
    say_pod_terminating: |pod| format!("El Pod {pod} se está terminando."),
    say_pod_failing: |pod, status| format!("El Pod {pod} está fallando: {status}."),
    say_pod_status: |pod, status| format!("El Pod {pod} está en estado {status}."),
    say_pod_deleted: |pod| format!("Se eliminó el Pod {pod}."),
    say_node_status: |node, status| format!("El nodo {node} está en estado {status}."),
    say_rolled_back: |name, rev| format!("El despliegue {name} volvió a la revisión {rev}."),
    say_more_changes: |n| format!("Y {n} cambios más."),

    editor: "Editor",
    editor_save: "Guardar",
    editor_cancel: "Cancelar",
    editor_help_vim: "Teclas de vi: i inserta, Esc deja de insertar, :w guarda, :q sale, :wq hace las dos cosas, :q! descarta los cambios.",
    editor_help_nano: "Teclas de nano: Ctrl-O guarda, Ctrl-X sale.",
    editor_modified: "modificado",

    col_name: "El nombre del objeto, único entre los objetos de su tipo en el espacio de nombres.",
    col_namespace: "El espacio de nombres al que pertenece el objeto.",
    col_ready_containers: "Los contenedores del Pod que están listos, del total de sus contenedores.",
    col_ready_replicas: "Los Pods de este despliegue que están listos, del total de réplicas que pide.",
    col_ready_pods: "Los Pods de este ReplicaSet que están listos.",
    col_pod_status: "En qué punto de su vida está el Pod: Pending, ContainerCreating, Running, Terminating, o por qué se ha atascado.",
    col_node_status: "Si el kubelet del nodo informa de que está sano y puede ejecutar Pods.",
    col_status: "El estado actual del objeto.",
    col_restarts: "Cuántas veces se han reiniciado los contenedores del Pod, y hace cuánto fue el último reinicio.",
    col_age: "Hace cuánto se creó el objeto.",
    col_ip: "La dirección IP propia del Pod dentro de la red del clúster.",
    col_node: "El nodo al que se asignó el Pod para ejecutarse.",
    col_nominated_node: "Un nodo en el que el planificador está haciendo sitio para este Pod desalojando a otros.",
    col_readiness_gates: "Condiciones adicionales que deben cumplirse para que el Pod cuente como listo.",
    col_up_to_date: "Los Pods que ya ejecutan la plantilla más reciente del despliegue.",
    col_available: "Los Pods que llevan listos el tiempo suficiente para atender a los usuarios.",
    col_desired: "Cuántos Pods se pide al ReplicaSet que ejecute, es decir, las réplicas deseadas.",
    col_current: "Cuántos Pods está ejecutando ahora el ReplicaSet.",
    col_service_type: "Cómo se llega al servicio: ClusterIP dentro del clúster, NodePort en cada nodo, LoadBalancer desde fuera.",
    col_cluster_ip: "La IP virtual estable del servicio dentro del clúster.",
    col_external_ip: "La dirección que usan los clientes de fuera del clúster, si la hay.",
    col_ports: "El puerto del servicio y, tras los dos puntos, el puerto abierto en cada nodo.",
    col_selector: "Las etiquetas que debe llevar un Pod para que este objeto lo elija.",
    col_containers: "Los nombres de los contenedores de la plantilla del Pod.",
    col_images: "Las imágenes de contenedor que ejecutan los Pods.",
    col_roles: "El rol del nodo, por ejemplo control-plane.",
    col_version: "La versión del kubelet que se ejecuta en el nodo.",
    col_internal_ip: "La dirección del nodo dentro de la red del clúster.",
    col_endpoints: "Las direcciones de los Pods a los que el servicio envía el tráfico.",
    col_data: "Cuántas claves contiene el objeto.",
    col_last_seen: "Hace cuánto ocurrió el evento por última vez.",
    col_event_type: "Normal para los eventos rutinarios, Warning para los problemas.",
    col_reason: "Una causa breve del evento, pensada para que la lean las máquinas.",
    col_object: "El objeto al que se refiere el evento.",
    col_message: "Qué pasó, explicado con palabras.",

    language: "Idioma",

    lessons: "Lecciones",
    lessons_intro: "Las lecciones guiadas comprueban tu trabajo sobre la marcha. Elige una, o sigue escribiendo en la zona de pruebas.",
    minutes: |m| format!("{m} min"),
    steps_done: |done, all| format!("{done} de {all} pasos hechos"),
    step_of: |n, all| format!("Paso {n} de {all}"),
    start_lesson: "Empezar",
    continue_lesson: "Continuar",
    review_lesson: "Repasar",
    all_lessons: "Todas las lecciones",
    lesson_progress: "Progreso de la lección",
    goals: "Objetivos",
    goal_met: "hecho",
    goal_open: "pendiente",
    hint: "Pista",
    hint_title: |n, all| format!("Pista {n} de {all}"),
    show_solution: "Ver la solución",
    solution: "Solución",
    reset_step: "Restablecer paso",
    reset_lesson: "Restablecer lección",
    next_step: "Siguiente paso",
    skip_step: "Saltar paso",
    finish_lesson: "Terminar la lección",
    next_lesson: "Siguiente lección",
    step_complete: "Paso completado",
    lesson_complete: "Lección completada. ¡Bien hecho!",
    run: "Ejecutar",
    run_title: "Ejecutar estos comandos en el terminal",
    loading: "Cargando…",
    load_failed: |what| format!("No se pudo cargar {what}. Revisa tu conexión y vuelve a cargar la página."),
    progress_reset: "No se pudo leer el progreso guardado de las lecciones, así que empieza de cero.",

    session_group: "Sesión",
    share: "Compartir",
    share_title: "Copiar un enlace que abre esta sesión tal como está ahora",
    share_link: "Enlace para compartir",
    share_copied: "Enlace copiado al portapapeles.",
    share_failed: |why| format!("Esta sesión no se puede compartir: {why}."),
    export: "Exportar",
    export_title: "Descargar tu sesión, progreso y ajustes en un archivo",
    import: "Importar",
    import_title: "Cargar un archivo de sesión que exportaste",
    import_failed: |why| format!("No se pudo importar ese archivo: {why}. No se cambió nada."),
    restored: |n| match n { 1 => "Se restauró 1 comando.".to_string(), n => format!("Se restauraron {n} comandos.") },
    link_bad: |why| format!("No se pudo abrir este enlace ({why}). En su lugar tienes un entorno limpio."),
    store_bad: |why| format!("No se pudo leer tu sesión guardada ({why}), así que empieza de cero."),
    continued: |n| match n { 1 => "Esta pestaña nueva continúa tu sesión más reciente (1 comando).".to_string(), n => format!("Esta pestaña nueva continúa tu sesión más reciente ({n} comandos).") },
    keep_session: "Continuar",
    start_fresh: "Empezar de cero",
    not_saved: |why| format!("Tu trabajo no se está guardando: {why}. Exportar sigue guardándolo en un archivo."),
    store_full: "el almacenamiento del navegador para este sitio está lleno",
    store_unavailable: "este navegador no permite guardar aquí (una ventana privada, o la página lo desactivó)",
    store_refused: "el navegador se negó a guardarlo",
    session_too_long: "esta sesión es más larga de lo que kubeplay puede registrar",

    cmd_no_lesson: "No hay ninguna lección abierta. Escribe `lessons` para verlas.",
    cmd_catalog_loading: "La lista de lecciones todavía se está cargando; inténtalo de nuevo en un momento.",
    cmd_lessons_footer: "Escribe `lessons NÚMERO` para abrir una. Dentro de una lección: `hint`, `solution`, `next`, `reset`, `reset lesson`.",
    cmd_unknown_lesson: |key| format!("lessons: no existe la lección {key}; escribe `lessons` para ver la lista"),
    cmd_opening: |title| format!("Abriendo la lección «{title}»…"),
    cmd_no_hints: "Este paso no tiene pistas.",
    cmd_last_hint: "Esa era la última pista; `solution` muestra la respuesta.",
    cmd_no_solution: "Este paso no tiene una solución que mostrar.",
    cmd_goals_open: "Todavía no has alcanzado todos los objetivos:",
    cmd_skip_tip: "Escribe `next --skip` para seguir de todos modos; el clúster se prepara como lo espera el siguiente paso.",
    cmd_skipping: "Saltando el paso: preparando el clúster para el siguiente…",
    cmd_resetting_step: "Preparando este paso de nuevo…",
    cmd_resetting_lesson: "Empezando la lección de nuevo…",
    cmd_next_tip: "Escribe `next` para pasar a la siguiente lección.",
    cmd_last_lesson: "Esa era la última lección. Escribe `lessons` para elegir otra.",

    differs,
};

/// The kind as the Spanish lessons name it (every one is masculine).
fn kind(kind: &str) -> &str {
    match kind {
        "Deployment" => "despliegue",
        "Service" => "servicio",
        "Node" => "nodo",
        other => other,
    }
}

fn quantity(q: Quantity) -> &'static str {
    match q {
        Quantity::Replicas => "réplicas pedidas",
        Quantity::Available => "réplicas disponibles",
        Quantity::Ready => "réplicas listas",
        Quantity::Updated => "réplicas actualizadas",
        Quantity::Pods => "Pods que coinciden",
        Quantity::Endpoints => "endpoints listos",
        Quantity::Requests => "peticiones respondidas",
        Quantity::DistinctPods => "Pods distintos que respondieron",
        Quantity::ServiceType => "tipo",
        Quantity::Status => "estado",
        Quantity::Image => "imagen",
    }
}

fn differs(d: &Differs) -> String {
    match d {
        Differs::Missing { kind: k, name } => {
            format!("no existe ningún {} llamado {name}", kind(k))
        }
        Differs::StillThere { kind: k, name } => format!("el {} {name} todavía existe", kind(k)),
        Differs::Number { what, actual, want } => {
            format!(
                "{}: {actual} (objetivo: {})",
                quantity(*what),
                goal_number(*want)
            )
        }
        Differs::Word { what, actual, want } => {
            format!("{}: {actual} (objetivo: {want})", quantity(*what))
        }
        Differs::StaleImages {
            stale,
            total,
            image,
        } => format!("{stale} de {total} Pods todavía ejecutan {image}"),
        Differs::NoPods { selector } => format!("ningún Pod coincide con {selector}"),
        Differs::VarUnset { name } => format!("${name} no está definida"),
        Differs::VarNotPod {
            name,
            value,
            selector,
        } => format!("${name} vale \"{value}\", que no es el nombre de un Pod con {selector}"),
        Differs::VarDiffers { name, value, want } => {
            format!("${name} vale \"{value}\" (objetivo: \"{want}\")")
        }
        Differs::FileMissing { path } => format!("no existe el archivo {path}"),
        Differs::FileLacks { path, text } => format!("{path} no contiene \"{text}\""),
        Differs::LabelDiffers {
            pod,
            key,
            actual: None,
            ..
        } => format!("el Pod {pod} no tiene la etiqueta {key}"),
        Differs::LabelDiffers {
            pod,
            key,
            actual: Some(actual),
            ..
        } => format!("el Pod {pod} tiene {key}={actual}"),
        Differs::NotRolledBack { name } => {
            format!("desde que empezó este paso no se ha deshecho ninguna actualización de {name}")
        }
    }
}
