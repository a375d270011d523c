//! The contexts every view may read: `Host` (where the explorer lives) and
//! `SlotCx`, the narrow context of views that live in reused slots. The
//! page's long-lived state (`Explorer`, `Catalog`) is not here: it lives in
//! `ui::page::state`, which only the page and its sections can name.

pub mod host;
pub mod slot;
