//! The interface in Spanish. Kinds are named as the Spanish lessons name
//! them: despliegue, servicio, réplica, nodo; Pod and ConfigMap stay.

use super::{goal_number, Text};
use crate::lesson::{Differs, Quantity};

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
    // TEMPORARY: the cluster view's words until translated.
    ..super::en::EN
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
