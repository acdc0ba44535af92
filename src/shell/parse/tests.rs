//! Parser tests: what parses, what needs more lines, and bash's errors.

use super::{needs_more_input, parse, Missing, ParseError};
use crate::shell::ast::{Command, Compound, Part, RedirectOp, Script};

fn ok(text: &str) -> Script {
    match parse(text) {
        Ok(s) => s,
        Err(e) => panic!("{text:?} did not parse: {e:?}"),
    }
}

fn err(text: &str) -> String {
    match parse(text) {
        Ok(s) => panic!("{text:?} parsed: {s:?}"),
        Err(e) => e.message(),
    }
}

fn simple_words(script: &Script) -> Vec<Vec<Part>> {
    let Some(Command::Simple(s)) = script.list[0].first.commands.first() else {
        panic!("not a simple command")
    };
    s.words.iter().map(|w| w.parts.clone()).collect()
}

#[test]
fn words_keep_their_quoting() {
    let s = ok(r#"echo a"b $X"'c'\d"#);
    let words = simple_words(&s);
    assert_eq!(words.len(), 2);
    assert!(matches!(
        words[1].as_slice(),
        [Part::Lit(a), Part::Double(_), Part::Quoted(c), Part::Quoted(d)]
            if a == "a" && c == "c" && d == "d"
    ));
}

#[test]
fn lists_and_or_and_pipelines() {
    let s = ok("a; b && c || d | e\nf");
    assert_eq!(s.list.len(), 3);
    assert_eq!(s.list[1].rest.len(), 2);
    assert_eq!(s.list[1].rest[1].1.commands.len(), 2);
}

#[test]
fn compound_commands_parse() {
    let s = ok("for i in 1 2 3; do echo $i; done > out");
    assert!(matches!(
        &s.list[0].first.commands[0],
        Command::Compound(Compound::For { var, items, .. }, redirects)
            if var == "i" && items.len() == 3 && redirects.len() == 1
    ));
    ok("while true; do sleep 1; done");
    ok("until false\ndo\n  echo x\ndone");
    ok("if [ -f x ]; then echo y; elif true; then :; else echo n; fi");
    ok("{ echo a; echo b; } | wc -l");
    ok("(cd /tmp && ls)");
    ok("for x\ndo echo; done");
}

#[test]
fn substitutions_nest() {
    let s = ok("echo $(echo $(echo `echo hi`)) $((1 + $(echo 2)))");
    let words = simple_words(&s);
    assert!(matches!(words[1].as_slice(), [Part::Command(_)]));
    assert!(matches!(words[2].as_slice(), [Part::Arith(_)]));
}

#[test]
fn heredocs_read_the_following_lines() {
    let s = ok("cat > f <<'EOF'\nkind: $X\nEOF\necho done");
    assert_eq!(s.list.len(), 2);
    assert_eq!(s.heredocs[0].parts, vec![Part::Quoted("kind: $X\n".into())]);
    let s = ok("cat <<-EOF\n\thello $X\n\tEOF");
    assert!(matches!(&s.heredocs[0].parts[0], Part::Double(p) if p.len() == 3));
    let Command::Simple(cmd) = &s.list[0].first.commands[0] else {
        panic!()
    };
    assert_eq!(cmd.redirects[0].op, RedirectOp::HereDoc(0));
}

#[test]
fn unfinished_commands_ask_for_more_lines() {
    for text in [
        "echo 'abc",
        "echo \"abc",
        "echo `date",
        "echo a \\",
        "cat <<EOF",
        "cat <<EOF\nline",
        "for i in 1 2; do",
        "while true",
        "if true; then echo",
        "echo a &&",
        "echo a |",
        "echo $(ls",
        "{ echo a",
        "echo ${X:-a",
    ] {
        assert!(needs_more_input(text), "{text:?} should need more input");
    }
    for text in [
        "echo done",
        "cat <<EOF\nx\nEOF",
        "for i in 1; do echo; done",
        "echo 'a\nb'",
        "echo a \\\nb",
        "",
        "echo )",
    ] {
        assert!(!needs_more_input(text), "{text:?} is complete");
    }
}

#[test]
fn syntax_errors_use_bash_words() {
    assert_eq!(err("echo )"), "syntax error near unexpected token `)'");
    assert_eq!(err("; echo"), "syntax error near unexpected token `;'");
    assert_eq!(
        err("echo a | | b"),
        "syntax error near unexpected token `|'"
    );
    assert_eq!(err("done"), "syntax error near unexpected token `done'");
    assert_eq!(
        err("echo >"),
        "syntax error near unexpected token `newline'"
    );
    assert_eq!(
        err("if true; then fi"),
        "syntax error near unexpected token `fi'"
    );
    assert_eq!(
        err("echo 'oops"),
        "unexpected EOF while looking for matching `''"
    );
    assert_eq!(
        err("for i in 1; do"),
        "syntax error: unexpected end of file"
    );
    assert_eq!(err("echo ${X^^}"), "${X^^}: bad substitution");
    assert!(matches!(
        parse("for 1x in a; do :; done"),
        Err(ParseError::Syntax(m)) if m.contains("not a valid identifier")
    ));
}

#[test]
fn heredoc_at_end_of_input_warns_like_bash() {
    let s = ok("cat <<EOF\nhello");
    assert_eq!(
        s.warnings,
        vec!["warning: here-document at line 1 delimited by end-of-file (wanted `EOF')"]
    );
}

#[test]
fn nesting_is_bounded() {
    let deep = "{ ".repeat(200) + "echo" + &"; }".repeat(200);
    assert!(matches!(parse(&deep), Err(ParseError::Syntax(m)) if m.contains("nested too deeply")));
    let subst = "$(".repeat(20) + "echo" + &")".repeat(20);
    assert!(
        matches!(parse(&format!("echo {subst}")), Err(ParseError::Syntax(m)) if m.contains("substitution"))
    );
    assert_eq!(
        parse("echo 'x"),
        Err(ParseError::Incomplete(Missing::Quote('\'')))
    );
}

#[test]
fn assignments_are_split_from_words() {
    let s = ok("A=1 B=\"x y\" env");
    let Command::Simple(cmd) = &s.list[0].first.commands[0] else {
        panic!()
    };
    assert_eq!(cmd.assigns.len(), 2);
    assert_eq!(cmd.words.len(), 1);
    let s = ok("echo A=1");
    assert_eq!(simple_words(&s).len(), 2);
}

#[test]
fn redirections_parse() {
    let s = ok("cmd > a 2>&1 >> b 2> c &> d < e <<< f");
    let Command::Simple(cmd) = &s.list[0].first.commands[0] else {
        panic!()
    };
    assert_eq!(cmd.redirects.len(), 7);
    assert_eq!(cmd.redirects[1].fd, 2);
    assert_eq!(cmd.redirects[1].op, RedirectOp::Dup { to: 1 });
}
