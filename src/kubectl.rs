//! kubectl: the command table, its flags and handlers, and everything that
//! turns Kubernetes objects into the text real kubectl prints.
//!
//! The printers work on objects as JSON values (kubectl's "unstructured"
//! view), so they depend on nothing but the Kubernetes wire format. This
//! module must not keep cluster state of its own: it reads and writes the
//! engine's objects through the shell's `World`.

pub mod cli;
pub mod gofmt;
pub mod jsonpath;
pub mod manifest;
pub mod printers;
pub mod resources;
pub mod template;
pub mod yaml;
