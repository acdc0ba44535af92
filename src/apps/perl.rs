//! `perl` as the Job "pi" example runs it: `perl -Mbignum=bpi -wle
//! 'print bpi(2000)'` prints π to that many significant digits, computed
//! here with the Rabinowitz–Wagon spigot; `print "text"` prints the text.
//! Other programs print nothing and exit 0.

use super::RunPlan;

/// Digits of π computed at most (a bigger `bpi(N)` is cut to this).
const PI_DIGITS_MAX: usize = 10_000;

/// The first `n` digits of π (`31415…`), the last one rounded.
pub fn pi_digits(n: usize) -> String {
    let extra = n.min(PI_DIGITS_MAX) + 6;
    let len = extra * 10 / 3 + 1;
    let mut a = vec![2u32; len];
    let mut out: Vec<u8> = Vec::with_capacity(extra);
    let mut nines = 0usize;
    let mut predigit: Option<u8> = None;
    for _ in 0..extra {
        let mut carry = 0u64;
        for i in (0..len).rev() {
            let x = u64::from(a.get(i).copied().unwrap_or(0)) * 10 + carry * (i as u64 + 1);
            let den = 2 * i as u64 + 1;
            if let Some(slot) = a.get_mut(i) {
                *slot = u32::try_from(x % den).unwrap_or(0);
            }
            carry = x / den;
        }
        let q = carry / 10;
        if let Some(first) = a.first_mut() {
            *first = u32::try_from(carry % 10).unwrap_or(0);
        }
        match q {
            9 => nines += 1,
            10 => {
                out.extend(predigit.map(|p| p + 1));
                out.extend(std::iter::repeat_n(0, nines));
                predigit = Some(0);
                nines = 0;
            }
            _ => {
                out.extend(predigit);
                out.extend(std::iter::repeat_n(9, nines));
                predigit = Some(u8::try_from(q).unwrap_or(0));
                nines = 0;
            }
        }
    }
    out.extend(predigit);
    // Round to n digits.
    let n = n.min(PI_DIGITS_MAX);
    let mut digits: Vec<u8> = out.iter().take(n).copied().collect();
    if out.get(n).is_some_and(|d| *d >= 5) {
        for d in digits.iter_mut().rev() {
            if *d == 9 {
                *d = 0;
            } else {
                *d += 1;
                break;
            }
        }
    }
    digits.iter().map(|d| char::from(b'0' + d)).collect()
}

/// How `perl ARGS…` runs as a container's main process.
pub fn plan(argv: &[String]) -> RunPlan {
    let script = argv
        .iter()
        .position(|a| a.starts_with('-') && a.ends_with('e'))
        .and_then(|i| argv.get(i + 1))
        .map_or("", String::as_str);
    let mut logs = Vec::new();
    let mut ms = 200;
    if let Some(rest) = script.trim().strip_prefix("print") {
        let arg = rest.trim().trim_end_matches(';').trim();
        if let Some(n) = arg
            .strip_prefix("bpi(")
            .and_then(|r| r.strip_suffix(')'))
            .and_then(|n| n.trim().parse::<usize>().ok())
        {
            let digits = pi_digits(n.max(1));
            let (int, frac) = digits.split_at(1);
            logs.push(
                if frac.is_empty() {
                    int.to_string()
                } else {
                    format!("{int}.{frac}")
                }
                .into(),
            );
            // Perl takes a few seconds for 2000 digits.
            ms += u64::try_from(n.min(PI_DIGITS_MAX)).unwrap_or(0) * 2;
        } else {
            logs.push(
                arg.trim_matches(|c| c == '"' || c == '\'')
                    .to_string()
                    .into(),
            );
        }
    }
    RunPlan {
        exits_after_ms: Some(ms),
        exit_code: 0,
        logs,
        serves: false,
        fetches: vec![],
        files: vec![],
        memory_bytes: 0,
        oom: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pi_digits_are_right_and_rounded() {
        assert_eq!(pi_digits(1), "3");
        assert_eq!(pi_digits(10), "3141592654");
        assert_eq!(pi_digits(32), "31415926535897932384626433832795");
        // Digits 762–767 are the Feynman point: six nines.
        assert!(pi_digits(800).contains("349999998372"));
        let long = pi_digits(2000);
        assert_eq!(long.len(), 2000);
        // The tail kubernetes.io shows for the pi Job (2001st digit 9 rounds up).
        assert!(long.ends_with("8658326459958133904780275901"));
    }

    #[test]
    fn the_pi_job_prints_one_line() {
        let argv: Vec<String> = ["perl", "-Mbignum=bpi", "-wle", "print bpi(20)"]
            .map(String::from)
            .to_vec();
        let p = plan(&argv);
        assert_eq!(p.logs, ["3.1415926535897932385"]);
        assert_eq!(p.exit_code, 0);
    }
}
