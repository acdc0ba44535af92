//! The parsed form of a command line: lists of and-or chains of pipelines
//! of commands, and words made of literal and expandable parts. The parser
//! builds it, the interpreter walks it; nothing here runs or expands.

/// A parsed command line: its commands and the bodies of its heredocs
/// (redirections refer to them by index, because a heredoc's body is only
/// read after the end of the line that opened it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Script {
    pub list: List,
    pub heredocs: Vec<Word>,
    /// Warnings bash prints while reading (a heredoc cut off by the end of
    /// input), shown before the command runs.
    pub warnings: Vec<String>,
}

/// Commands separated by `;`, `&` or newlines, run one after another.
pub type List = Vec<AndOr>;

/// `a && b || c`: a pipeline, then pipelines run depending on the status.
#[derive(Clone, Debug, PartialEq)]
pub struct AndOr {
    pub first: Pipeline,
    pub rest: Vec<(Connector, Pipeline)>,
}

/// The operator between two pipelines of an [`AndOr`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connector {
    And,
    Or,
}

/// `! a | b | c`: stages whose output feeds the next stage's input.
#[derive(Clone, Debug, PartialEq)]
pub struct Pipeline {
    pub negate: bool,
    pub commands: Vec<Command>,
}

/// One stage of a pipeline.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Simple(Simple),
    Compound(Compound, Vec<Redirect>),
}

/// `NAME=value … word … >file`: assignments, words and redirections.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Simple {
    pub assigns: Vec<(String, Word)>,
    pub words: Vec<Word>,
    pub redirects: Vec<Redirect>,
}

/// The commands made of other commands.
#[derive(Clone, Debug, PartialEq)]
pub enum Compound {
    /// `for VAR in WORDS; do BODY; done`; without `in`, the list is empty
    /// here (there are no positional parameters to loop over).
    For {
        var: String,
        items: Vec<Word>,
        body: List,
    },
    /// `while COND; do BODY; done`, or `until` when `until` is set.
    While { until: bool, cond: List, body: List },
    /// `if C1; then B1; elif C2; then B2; else E; fi`.
    If {
        branches: Vec<(List, List)>,
        otherwise: Option<List>,
    },
    /// `{ LIST; }`: runs in the current shell.
    Group(List),
    /// `( LIST )`: runs with a copy of the variables and directory.
    Subshell(List),
    /// `(( EXPR ))`: status 0 when the arithmetic value is not zero.
    Arith(Word),
}

/// A redirection: which stream, what operation, and its target word.
#[derive(Clone, Debug, PartialEq)]
pub struct Redirect {
    /// The descriptor redirected: 0 stdin, 1 stdout, 2 stderr.
    pub fd: u8,
    pub op: RedirectOp,
}

/// What a redirection does.
#[derive(Clone, Debug, PartialEq)]
pub enum RedirectOp {
    /// `> FILE` (or `>> FILE` when `append`).
    Write { target: Word, append: bool },
    /// `&> FILE` / `&>> FILE`: stdout and stderr both.
    WriteBoth { target: Word, append: bool },
    /// `< FILE`.
    Read(Word),
    /// `2>&1`, `>&2`: the descriptor becomes a copy of `to`.
    Dup { to: u8 },
    /// `<<EOF`: the body is `Script::heredocs[index]`.
    HereDoc(usize),
    /// `<<< WORD`: the word and a newline.
    HereString(Word),
}

/// One shell word before expansion: a run of parts with no blank between.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Word {
    pub parts: Vec<Part>,
}

/// A piece of a word.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// Unquoted text: subject to brace, tilde and glob expansion.
    Lit(String),
    /// Text that quoting made literal (`'…'`, `\x`, literal text in `"…"`).
    Quoted(String),
    /// `"…"`: its parts expand but are never split or globbed.
    Double(Vec<Part>),
    /// `$NAME`, `${NAME}`, `${NAME:-word}`, `$?`.
    Param(Param),
    /// `$(…)` or backticks.
    Command(List),
    /// `$((…))`: the expression text expands, then is evaluated.
    Arith(Word),
    /// `<(…)`: the list's output, read through a `/dev/fd/N` file.
    ProcessSubst(List),
}

/// A parameter expansion.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: String,
    pub op: ParamOp,
}

/// What to do with a parameter's value.
#[derive(Clone, Debug, PartialEq)]
pub enum ParamOp {
    /// `$X`, `${X}`.
    Get,
    /// `${#X}`: the length in characters.
    Length,
    /// `${X:-w}` (`colon`: also when empty) and `${X-w}`.
    Default { colon: bool, word: Word },
    /// `${X:=w}` / `${X=w}`: also assigns the default.
    Assign { colon: bool, word: Word },
    /// `${X:+w}` / `${X+w}`: the word when set.
    Alternative { colon: bool, word: Word },
    /// `${X#p}`, `${X##p}` (prefix) and `${X%p}`, `${X%%p}` (suffix):
    /// removes the shortest (or `longest`) match of a glob pattern.
    Trim {
        suffix: bool,
        longest: bool,
        pattern: Word,
    },
    /// `${X/p/w}` (first), `${X//p/w}` (all), `${X/#p/w}`, `${X/%p/w}`.
    Replace {
        all: bool,
        anchor: Anchor,
        pattern: Word,
        with: Word,
    },
    /// `${X:offset}` and `${X:offset:length}`, both arithmetic.
    Slice { offset: Word, length: Option<Word> },
}

/// Where `${X/p/w}` may match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Anywhere,
    Start,
    End,
}

impl Word {
    /// A word made of one literal part.
    pub fn lit(text: &str) -> Word {
        Word {
            parts: vec![Part::Lit(text.to_string())],
        }
    }

    /// The text of a word that is one unquoted literal (keywords, names).
    pub fn as_literal(&self) -> Option<&str> {
        match self.parts.as_slice() {
            [Part::Lit(text)] => Some(text),
            _ => None,
        }
    }
}
