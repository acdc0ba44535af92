//! The vocabulary of a lesson goal's result that the texts put into
//! words: a comparison with a number ([`Cmp`]), what a check looked at
//! ([`Quantity`]) and how the world differs from the goal ([`Differs`]).
//! Defined here, below `lesson`, so the interface texts need not know
//! lessons; `lesson::check` and `lesson::eval` re-export them.

/// A comparison with a whole number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cmp {
    pub op: Op,
    pub n: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Ge,
    Le,
    Gt,
    Lt,
}

impl Op {
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Ge => ">=",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Lt => "<",
        }
    }
}

impl Cmp {
    pub fn holds(self, actual: i64) -> bool {
        match self.op {
            Op::Eq => actual == self.n,
            Op::Ne => actual != self.n,
            Op::Ge => actual >= self.n,
            Op::Le => actual <= self.n,
            Op::Gt => actual > self.n,
            Op::Lt => actual < self.n,
        }
    }
}

/// A number or word a check looked at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    Replicas,
    Available,
    Ready,
    Updated,
    Pods,
    Endpoints,
    Requests,
    DistinctPods,
    ServiceType,
    Status,
    Image,
}

/// How the world differs from a goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Differs {
    Missing {
        kind: &'static str,
        name: String,
    },
    StillThere {
        kind: &'static str,
        name: String,
    },
    Number {
        what: Quantity,
        actual: i64,
        want: Cmp,
    },
    Word {
        what: Quantity,
        actual: String,
        want: String,
    },
    /// `stale` of `total` pods do not run the image yet; `image` is what
    /// most of them run instead.
    StaleImages {
        stale: usize,
        total: usize,
        image: String,
    },
    NoPods {
        selector: String,
    },
    VarUnset {
        name: String,
    },
    VarNotPod {
        name: String,
        value: String,
        selector: String,
    },
    VarDiffers {
        name: String,
        value: String,
        want: String,
    },
    FileMissing {
        path: String,
    },
    FileLacks {
        path: String,
        text: String,
    },
    LabelDiffers {
        pod: String,
        key: String,
        actual: Option<String>,
        want: String,
    },
    NotRolledBack {
        name: String,
    },
}
