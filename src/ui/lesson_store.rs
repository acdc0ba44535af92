//! Lesson progress in localStorage under a versioned key
//! (`kubeplay.lessons.v1`, or `kubeplay.lessons.v1.<host id>` for a page
//! with several playgrounds). The JSON itself is `lesson::progress`'s;
//! unreadable data means a fresh start with a message, never a broken page.

use crate::lesson::Progress;

/// Where progress is saved when the host element names no key of its own.
pub const PROGRESS_KEY_DEFAULT: &str = "kubeplay.lessons.v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved progress and whether saved data had to be thrown away.
pub fn load(key: &str) -> (Progress, bool) {
    let Some(text) = storage().and_then(|s| s.get_item(key).ok().flatten()) else {
        return (Progress::default(), false);
    };
    match Progress::decode(&text) {
        Ok(p) => (p, false),
        Err(_) => {
            // Start afresh, and do not read the bad data again next time.
            if let Some(s) = storage() {
                let _ = s.remove_item(key);
            }
            (Progress::default(), true)
        }
    }
}

/// Saves progress (a full or disabled store is ignored).
pub fn save(key: &str, progress: &Progress) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, &progress.encode());
    }
}
