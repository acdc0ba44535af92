//! kubectl's output formats over objects as JSON values: tables (`get`,
//! `-o wide`), `describe` text, `-o json|yaml|name`, AGE and timestamps.
//!
//! Printers only format: they never look objects up or change them.

pub mod age;
pub mod case;
pub mod columns;
pub mod describe;
pub mod fields;
pub mod go_order;
pub mod json;
pub mod output;
pub mod table;
pub mod tabwriter;
