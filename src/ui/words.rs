//! The interface's words for components: the current language's
//! [`Text`], handed down through a Yew context so any component can
//! read it with [`use_text`] instead of taking it as a prop.

use yew::prelude::*;

use crate::i18n::{Text, EN};

/// The current language's words (compared by identity: one static table
/// per language).
#[derive(Clone, Copy, Debug)]
pub struct Words(pub &'static Text);

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The words of the nearest `ContextProvider<Words>`, English without one.
#[hook]
pub fn use_text() -> &'static Text {
    use_context::<Words>().map_or(&EN, |w| w.0)
}
