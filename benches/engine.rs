//! Engine benchmark (in progress).
fn main() {}
