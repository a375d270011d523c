//! The browser entry point: trunk builds this binary to WASM.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

fn main() {
    earthcode_platforms::ui::start();
}
