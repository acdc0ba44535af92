//! Filesystem tests: paths, reads and writes, removal, renames, limits.

use super::*;

#[test]
fn paths_normalise() {
    assert_eq!(normalize("/root", "a/../b/./c"), "/root/b/c");
    assert_eq!(normalize("/root", "/tmp//x/"), "/tmp/x");
    assert_eq!(normalize("/", ".."), "/");
    assert_eq!(parent("/root/a"), "/root");
    assert_eq!(parent("/root"), "/");
    assert_eq!(base_name("/root/a.yaml"), "a.yaml");
}

#[test]
fn files_are_written_read_and_listed() {
    let mut fs = Vfs::default();
    fs.write("/root/a", "hello\n", false, 5).unwrap();
    fs.write("/root/a", "more\n", true, 6).unwrap();
    assert_eq!(fs.read("/root/a"), Ok("hello\nmore\n"));
    fs.mkdir("/root/d/e", true, 7).unwrap();
    let names: Vec<&str> = fs
        .list("/root")
        .unwrap()
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(names, vec!["a", "d"]);
    assert_eq!(fs.read("/root/d"), Err(FsError::IsDir));
    assert_eq!(fs.read("/root/a/x"), Err(FsError::NotDir));
    assert_eq!(fs.write("/nope/x", "", false, 0), Err(FsError::NotFound));
    assert_eq!(fs.bytes_used(), 11);
}

#[test]
fn removal_needs_recursion_for_directories() {
    let mut fs = Vfs::default();
    fs.mkdir("/root/d", false, 0).unwrap();
    fs.write("/root/d/f", "abc", false, 0).unwrap();
    assert_eq!(fs.remove("/root/d", false), Err(FsError::IsDir));
    assert_eq!(fs.remove_empty_dir("/root/d"), Err(FsError::NotEmpty));
    fs.remove("/root/d", true).unwrap();
    assert!(fs.get("/root/d/f").is_none());
    assert_eq!(fs.bytes_used(), 0);
    assert_eq!(fs.remove("/", true), Err(FsError::Busy));
}

#[test]
fn limits_refuse_without_changing_anything() {
    let mut fs = Vfs::default();
    let big = "x".repeat(FS_BYTES_MAX);
    fs.write("/root/big", &big, false, 0).unwrap();
    assert_eq!(fs.write("/root/more", "y", false, 0), Err(FsError::NoSpace));
    assert!(fs.get("/root/more").is_none());
    assert_eq!(fs.write("/root/big", "y", true, 0), Err(FsError::NoSpace));
    assert_eq!(fs.bytes_used(), FS_BYTES_MAX);
    let mut fs = Vfs::default();
    let mut made = 0;
    while fs.write(&format!("/tmp/f{made}"), "", false, 0).is_ok() {
        made += 1;
    }
    assert_eq!(fs.len(), FS_ENTRIES_MAX);
    assert!(made > 100);
}

#[test]
fn rename_moves_whole_trees() {
    let mut fs = Vfs::default();
    fs.mkdir("/root/a/b", true, 0).unwrap();
    fs.write("/root/a/b/f", "x", false, 0).unwrap();
    fs.rename("/root/a", "/root/c").unwrap();
    assert_eq!(fs.read("/root/c/b/f"), Ok("x"));
    assert!(fs.get("/root/a").is_none());
    assert_eq!(fs.rename("/root/c", "/root/c/d"), Err(FsError::Busy));
    assert_eq!(fs.rename("/root/nope", "/root/x"), Err(FsError::NotFound));
}

#[test]
fn dev_null_swallows_writes() {
    let mut fs = Vfs::default();
    fs.write("/dev/null", "gone", false, 0).unwrap();
    assert_eq!(fs.read("/dev/null"), Ok(""));
}
