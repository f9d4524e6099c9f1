//! Small helpers on the page itself.

/// Puts the caret (and the view) on `#id`: the next thing to do, for keyboard and switch
/// users, and on screen at any text size.
pub fn focus(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
    }
}
