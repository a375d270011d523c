//! The platform list: the model, its validation from untrusted JSON, the
//! spelling rules that split compact facts into values, the index the
//! views filter with, and its URLs resolved against the file (`urls`).

pub mod index;
pub mod model;
pub mod normalise;
pub mod provenance;
pub mod sync;
pub mod urls;
pub mod validate;
