//! `seq [-s SEP] [-w] [FIRST [INCR]] LAST`, bounded by [`SEQ_NUMBERS_MAX`].

use super::args::Spec;
use crate::shell::ctx::{done, CommandFuture, Ctx};
use crate::shell::limits::SEQ_NUMBERS_MAX;

/// `seq [-s SEP] [-w] [FIRST [INCR]] LAST`, integers or decimals.
pub fn seq(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "seq",
        flags: "w",
        valued: "s",
        long: &[("separator", 's'), ("equal-width", 'w')],
    };
    // Negative numbers are operands, not options.
    let args: Vec<String> = argv.get(1..).unwrap_or_default().to_vec();
    let (opt_args, nums): (Vec<String>, Vec<String>) = split_seq_args(&args);
    let Some(opts) = SPEC.parse_or_report(&mut ctx, &opt_args) else {
        return done(1);
    };
    let (first, step, last) = match bounds(&nums, &opts.operands) {
        Ok(b) => b,
        Err(problem) => {
            ctx.err(&SPEC.fail(&problem));
            return done(1);
        }
    };
    if step == 0.0 {
        ctx.err(&SPEC.fail("invalid Zero increment value: ‘0’"));
        return done(1);
    }
    let decimals = nums
        .iter()
        .chain(opts.operands.iter())
        .map(|n| n.split_once('.').map_or(0, |(_, f)| f.len()))
        .max()
        .unwrap_or(0);
    let count = ((last - first) / step).floor();
    if count >= SEQ_NUMBERS_MAX as f64 {
        ctx.err(&format!(
            "seq: kubeplay prints at most {SEQ_NUMBERS_MAX} numbers\n"
        ));
        return done(1);
    }
    let sep = opts.value('s').unwrap_or("\n");
    let mut items = Vec::new();
    let mut i = 0.0;
    while count >= 0.0 && i <= count {
        items.push(format!("{:.*}", decimals, first + i * step));
        i += 1.0;
    }
    if opts.has('w') {
        let width = items.iter().map(String::len).max().unwrap_or(0);
        items = items.into_iter().map(|s| format!("{s:0>width$}")).collect();
    }
    if !items.is_empty() {
        ctx.out(&format!("{}\n", items.join(sep)));
    }
    done(0)
}

/// FIRST, INCR and LAST from one to three numbers, or the problem.
fn bounds(nums: &[String], operands: &[String]) -> Result<(f64, f64, f64), String> {
    let all: Vec<&String> = nums.iter().chain(operands.iter()).collect();
    let mut values = Vec::new();
    for n in &all {
        match n.parse::<f64>() {
            Ok(v) if v.is_finite() => values.push(v),
            _ => return Err(format!("invalid floating point argument: ‘{n}’")),
        }
    }
    match values.as_slice() {
        [l] => Ok((1.0, 1.0, *l)),
        [f, l] => Ok((*f, 1.0, *l)),
        [f, s, l] => Ok((*f, *s, *l)),
        [] => Err("missing operand".into()),
        _ => Err(format!(
            "extra operand ‘{}’",
            all.get(3).map(|s| s.as_str()).unwrap_or("")
        )),
    }
}

/// Separates `seq`'s options from its (possibly negative) number operands.
fn split_seq_args(args: &[String]) -> (Vec<String>, Vec<String>) {
    let mut opts = Vec::new();
    let mut nums = Vec::new();
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        if a.parse::<f64>().is_ok() {
            nums.push(a.clone());
        } else {
            opts.push(a.clone());
            if a == "-s" {
                opts.extend(iter.next().cloned());
            }
        }
    }
    (opts, nums)
}
