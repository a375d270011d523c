//! The machinery of long lists, generic over what they show: `Fanout`
//! (one long-lived value seen by many short-lived views), `Slots` (a page
//! of positions shown through reused slots) and `ShowAll` (the button of a
//! list that first shows some of its entries). Imports nothing else from
//! `ui`.

pub mod fanout;
pub mod show_all;
pub mod slots;
