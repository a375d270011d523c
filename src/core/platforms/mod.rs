//! The platform list: the model, its validation from untrusted JSON, the
//! spelling rules that split compact facts into values, and the index the
//! views filter with.

pub mod index;
pub mod model;
pub mod normalise;
pub mod provenance;
pub mod sync;
pub mod validate;
