//! The session queue (`ui::session_queue`): a learner action that arrives
//! while the session is held waits and runs, in order, once it is free.

use std::cell::RefCell;
use std::rc::Rc;

use kubeplay::session::Session;
use kubeplay::ui::session_queue::{SessionQueue, SESSION_QUEUE_MAX};
use wasm_bindgen_test::*;

/// Lets queued microtasks (the queue's drain) run.
async fn settle() {
    for _ in 0..10 {
        let resolved = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
    }
}

#[wasm_bindgen_test]
async fn ctrl_c_pressed_while_the_session_is_held_still_interrupts() {
    let session = Rc::new(RefCell::new(Session::new(1)));
    session.borrow_mut().submit("sleep 600");
    assert!(session.borrow().is_busy());
    let queue = SessionQueue::new(Rc::clone(&session));
    let seen = Rc::new(RefCell::new(Vec::new()));
    let held = session.borrow_mut();
    for what in ["interrupt", "echo"] {
        let seen = Rc::clone(&seen);
        assert!(queue.run(move |s| {
            if what == "interrupt" {
                s.interrupt();
            } else {
                s.run("echo after");
            }
            let busy = s.is_busy();
            Box::new(move || seen.borrow_mut().push((what, busy)))
        }));
    }
    assert_eq!(
        queue.waiting(),
        2,
        "both actions wait while the session is held"
    );
    assert!(seen.borrow().is_empty());
    drop(held);
    settle().await;
    assert_eq!(queue.waiting(), 0);
    // In order: the interrupt ended `sleep`, so the next line could start.
    assert_eq!(*seen.borrow(), vec![("interrupt", false), ("echo", false)]);
    assert_eq!(
        session.borrow().history().last().map(String::as_str),
        Some("echo after")
    );
}

#[wasm_bindgen_test]
fn the_queue_refuses_past_its_limit() {
    let session = Rc::new(RefCell::new(Session::new(1)));
    let queue = SessionQueue::new(Rc::clone(&session));
    let _held = session.borrow_mut();
    for _ in 0..SESSION_QUEUE_MAX {
        assert!(queue.run(|_| Box::new(|| ())));
    }
    assert!(!queue.run(|_| Box::new(|| ())));
    assert_eq!(queue.waiting(), SESSION_QUEUE_MAX);
}
