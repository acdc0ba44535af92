//! Pod logs and exec (in progress).
