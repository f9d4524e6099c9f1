//! The bridge to the backend: Tauri's `invoke` and `listen`, typed with hearth-wire.

use hearth_wire::{Command, Problem, ARGS};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], js_name = invoke, catch)]
    async fn invoke_raw(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "event"], js_name = listen, catch)]
    async fn listen_raw(
        event: &str,
        handler: &Closure<dyn FnMut(JsValue)>,
    ) -> Result<JsValue, JsValue>;
}

/// Calls backend command `C` with its argument (`&()` when it takes none). Its name, what
/// it takes and what it answers are the wire's, so the window and the backend cannot drift.
pub async fn invoke<C: Command>(args: &C::Args) -> Result<C::Reply, Problem> {
    let wrapped = js_sys::Object::new();
    // JSON's shapes (`None` and `()` as null), which is what the backend reads.
    let value = args
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| unreachable_engine(e.to_string()))?;
    js_sys::Reflect::set(&wrapped, &JsValue::from_str(ARGS), &value)
        .map_err(|e| unreachable_engine(format!("{e:?}")))?;
    call(C::NAME, wrapped.into()).await
}

thread_local! {
    /// Called when the backend says nobody is signed in (any more): the care team's screen
    /// goes back to signing in, whichever command noticed.
    static ON_SIGNED_OUT: std::cell::RefCell<Option<Box<dyn Fn()>>> = const { std::cell::RefCell::new(None) };
}

pub fn on_signed_out(f: impl Fn() + 'static) {
    ON_SIGNED_OUT.with(|slot| *slot.borrow_mut() = Some(Box::new(f)));
}

async fn call<T: DeserializeOwned>(cmd: &str, args: JsValue) -> Result<T, Problem> {
    let value = invoke_raw(cmd, args).await.map_err(|e| {
        // A command's own error is a Problem; anything else (no backend) is described.
        serde_wasm_bindgen::from_value::<Problem>(e.clone()).unwrap_or_else(|_| {
            unreachable_engine(e.as_string().unwrap_or_else(|| format!("{e:?}")))
        })
    });
    if let Err(Problem::SignInNeeded | Problem::TimedOut) = &value {
        ON_SIGNED_OUT.with(|slot| {
            if let Some(f) = slot.borrow().as_ref() {
                f()
            }
        });
    }
    let value = value?;
    serde_wasm_bindgen::from_value(value).map_err(|e| unreachable_engine(e.to_string()))
}

fn unreachable_engine(detail: String) -> Problem {
    Problem::Engine { detail }
}

/// Calls `on` with each payload of a backend event, for the life of the page.
pub async fn listen<T: DeserializeOwned + 'static>(event: &str, mut on: impl FnMut(T) + 'static) {
    let handler = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
        let payload =
            js_sys::Reflect::get(&e, &JsValue::from_str("payload")).unwrap_or(JsValue::NULL);
        if let Ok(v) = serde_wasm_bindgen::from_value(payload) {
            on(v);
        }
    });
    if listen_raw(event, &handler).await.is_ok() {
        // The page listens until it closes; the closure must live as long.
        handler.forget();
    }
}
