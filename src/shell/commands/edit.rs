//! `vim`, `vi` and `nano FILE`: open the UI's editor on a file of the
//! virtual filesystem through the edit protocol (`Session::pending_edit`
//! and `Session::finish_edit`), and wait — in simulated time nothing
//! moves while the editor is open — until the user saves or cancels.

use crate::shell::ctx::{done, CommandFuture, Ctx};

pub fn edit(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let name = argv.first().cloned().unwrap_or_default();
    let files: Vec<&String> = argv
        .iter()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let path = match files.as_slice() {
        [one] => (*one).clone(),
        [] => {
            ctx.err(&format!(
                "kubeplay: {name}: name the file to edit, for example: {name} deployment.yaml\n"
            ));
            return done(1);
        }
        _ => {
            ctx.err(&format!("kubeplay: {name}: edit one file at a time\n"));
            return done(1);
        }
    };
    let is_dir = ctx.with_world(|w| w.fs.is_dir(&w.abs_path(&path)));
    if is_dir {
        ctx.err(&format!("kubeplay: {name}: {path}: Is a directory\n"));
        return done(1);
    }
    Box::pin(async move {
        ctx.edit(&path).await;
        0
    })
}
