//! WebAssembly entry: mounts the playground into the page. All logic lives
//! in the library; this file only hands control to `kubeplay::ui`.

#[cfg(target_arch = "wasm32")]
fn main() {
    kubeplay::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "kubeplay-web is the browser entry point; build it with `trunk build` (see README.md)"
    );
}
