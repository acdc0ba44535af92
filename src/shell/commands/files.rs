//! File built-ins over the virtual filesystem: `cat`, `pwd`, `cd`, `mkdir`,
//! `rm`, `touch`, `cp`, `mv`, `tee`, with coreutils' messages.

use super::args::{inputs, Spec};
use crate::shell::ctx::{done, CommandFuture, Ctx};
use crate::shell::vfs::{self, FsError};

pub fn cat(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "cat",
        flags: "nAE",
        valued: "",
        long: &[("number", 'n')],
    };
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    let mut status = 0;
    let mut line_no = 0;
    for input in inputs(&ctx, "cat", &opts.operands) {
        match input.text {
            Ok(text) if opts.has('n') => {
                let mut numbered = String::new();
                for line in text.split_inclusive('\n') {
                    line_no += 1;
                    numbered.push_str(&format!("{line_no:>6}\t{line}"));
                }
                ctx.out(&numbered);
            }
            Ok(text) => ctx.out(&text),
            Err(msg) => {
                ctx.err(&msg);
                status = 1;
            }
        }
    }
    done(status)
}

pub fn pwd(mut ctx: Ctx, _: Vec<String>) -> CommandFuture {
    let cwd = ctx.with_world(|w| w.cwd.clone());
    ctx.out(&format!("{cwd}\n"));
    done(0)
}

/// `cd [DIR|-]`: no argument goes home, `-` to the previous directory.
pub fn cd(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    if argv.len() > 2 {
        ctx.err("bash: cd: too many arguments\n");
        return done(1);
    }
    let target = match argv.get(1).map(String::as_str) {
        None => ctx.with_world(|w| w.var("HOME").unwrap_or("/root").to_string()),
        Some("-") => match ctx.with_world(|w| w.var("OLDPWD").map(str::to_string)) {
            Some(old) => {
                ctx.out(&format!("{old}\n"));
                old
            }
            None => {
                ctx.err("bash: cd: OLDPWD not set\n");
                return done(1);
            }
        },
        Some(dir) => dir.to_string(),
    };
    let result = ctx.with_world(|w| {
        let abs = w.abs_path(&target);
        match w.fs.get(&abs) {
            Some(node) if node.is_dir() => {
                let old = std::mem::replace(&mut w.cwd, abs.clone());
                w.set_var("OLDPWD", old);
                w.set_var("PWD", abs);
                Ok(())
            }
            Some(_) => Err(FsError::NotDir),
            None => Err(w.fs.read(&abs).err().unwrap_or(FsError::NotFound)),
        }
    });
    match result {
        Ok(()) => done(0),
        Err(e) => {
            ctx.err(&format!("bash: cd: {target}: {e}\n"));
            done(1)
        }
    }
}

/// Applies `op` to each operand's absolute path (with the current
/// simulated time); failures print `describe(name, error)`. Returns 1 if
/// any failed. `skip` lets `rm -f` ignore some errors.
fn each_path(
    ctx: &mut Ctx,
    operands: &[String],
    op: impl Fn(&mut crate::shell::vfs::Vfs, &str, u64) -> Result<(), FsError>,
    skip: impl Fn(FsError) -> bool,
    describe: impl Fn(&str, FsError) -> String,
) -> i32 {
    let mut status = 0;
    for name in operands {
        let result = ctx.with_world(|w| {
            let abs = w.abs_path(name);
            let now = w.cluster.now_ms();
            op(&mut w.fs, &abs, now)
        });
        match result {
            Err(e) if !skip(e) => {
                ctx.err(&describe(name, e));
                status = 1;
            }
            _ => {}
        }
    }
    status
}

pub fn mkdir(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "mkdir",
        flags: "pv",
        valued: "m",
        long: &[("parents", 'p'), ("verbose", 'v')],
    };
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    if opts.operands.is_empty() {
        ctx.err(&SPEC.fail("missing operand"));
        return done(1);
    }
    let parents = opts.has('p');
    let status = each_path(
        &mut ctx,
        &opts.operands,
        |fs, abs, now| fs.mkdir(abs, parents, now),
        |_| false,
        |name, e| format!("mkdir: cannot create directory ‘{name}’: {e}\n"),
    );
    done(status)
}

pub fn rm(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "rm",
        flags: "rRfiv",
        valued: "",
        long: &[("recursive", 'r'), ("force", 'f')],
    };
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    let force = opts.has('f');
    if opts.operands.is_empty() && !force {
        ctx.err(&SPEC.fail("missing operand"));
        return done(1);
    }
    let recursive = opts.has('r') || opts.has('R');
    let status = each_path(
        &mut ctx,
        &opts.operands,
        |fs, abs, _| fs.remove(abs, recursive),
        |e| force && e == FsError::NotFound,
        |name, e| format!("rm: cannot remove '{name}': {e}\n"),
    );
    done(status)
}

pub fn touch(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "touch",
        flags: "ac",
        valued: "",
        long: &[],
    };
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    if opts.operands.is_empty() {
        ctx.err(&SPEC.fail("missing file operand"));
        return done(1);
    }
    let status = each_path(
        &mut ctx,
        &opts.operands,
        |fs, abs, now| fs.touch(abs, now),
        |_| false,
        |name, e| format!("touch: cannot touch '{name}': {e}\n"),
    );
    done(status)
}

/// `cp SRC DST` and `mv SRC DST` (DST may be a directory).
fn copy_or_move(mut ctx: Ctx, argv: Vec<String>, moving: bool) -> CommandFuture {
    let name = if moving { "mv" } else { "cp" };
    let spec = Spec {
        name,
        flags: "fiv",
        valued: "",
        long: &[],
    };
    let Some(opts) = spec.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    let [src, dst] = opts.operands.as_slice() else {
        let problem = match opts.operands.len() {
            0 => "missing file operand".to_string(),
            1 => format!(
                "missing destination file operand after '{}'",
                opts.operands.first().map(String::as_str).unwrap_or("")
            ),
            _ => "copying several files at once is not supported in kubeplay".to_string(),
        };
        ctx.err(&spec.fail(&problem));
        return done(1);
    };
    let result = ctx.with_world(|w| {
        let from = w.abs_path(src);
        let mut to = w.abs_path(dst);
        if w.fs.is_dir(&to) {
            to = vfs::normalize(&to, vfs::base_name(&from));
        }
        let now = w.cluster.now_ms();
        if moving {
            if w.fs.get(&to).is_some_and(|n| !n.is_dir()) {
                w.fs.remove(&to, false)?;
            }
            return w.fs.rename(&from, &to);
        }
        if w.fs.is_dir(&from) {
            return Err(FsError::IsDir);
        }
        let text = w.fs.read(&from)?.to_string();
        w.fs.write(&to, &text, false, now)
    });
    match result {
        Ok(()) => done(0),
        Err(FsError::IsDir) if !moving => {
            ctx.err(&format!(
                "cp: -r not specified; omitting directory '{src}'\n"
            ));
            done(1)
        }
        Err(FsError::NotFound) => {
            ctx.err(&format!(
                "{name}: cannot stat '{src}': No such file or directory\n"
            ));
            done(1)
        }
        Err(e) => {
            ctx.err(&format!(
                "{name}: cannot {} '{src}' to '{dst}': {e}\n",
                if moving { "move" } else { "copy" }
            ));
            done(1)
        }
    }
}

pub fn cp(ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    copy_or_move(ctx, argv, false)
}

pub fn mv(ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    copy_or_move(ctx, argv, true)
}

/// `tee [-a] FILE…`: standard input to standard output and every file.
pub fn tee(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "tee",
        flags: "a",
        valued: "",
        long: &[("append", 'a')],
    };
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    let text = ctx.stdin().unwrap_or("").to_string();
    let mut status = 0;
    for name in &opts.operands {
        let result = ctx.with_world(|w| {
            let abs = w.abs_path(name);
            let now = w.cluster.now_ms();
            w.fs.write(&abs, &text, opts.has('a'), now)
        });
        if let Err(e) = result {
            ctx.err(&format!("tee: {name}: {e}\n"));
            status = 1;
        }
    }
    ctx.out(&text);
    done(status)
}

/// `rmdir DIR…`: removes empty directories.
pub fn rmdir(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "rmdir",
        flags: "p",
        valued: "",
        long: &[("parents", 'p')],
    };
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    if opts.operands.is_empty() {
        ctx.err(&SPEC.fail("missing operand"));
        return done(1);
    }
    let status = each_path(
        &mut ctx,
        &opts.operands,
        |fs, abs, _| fs.remove_empty_dir(abs),
        |_| false,
        |name, e| format!("rmdir: failed to remove '{name}': {e}\n"),
    );
    done(status)
}
