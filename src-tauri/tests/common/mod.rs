//! What the command tests share: a call through Tauri's IPC on its mock runtime.

#![allow(dead_code)] // each test binary uses its own part

use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

/// A journal in `data` with a caregiver, Sam (PIN 2580), and an administrator, Ada (PIN
/// 139742): their ids.
pub fn sam_and_ada(data: &std::path::Path) -> (i64, i64) {
    use hearth_core::access::{staff, Role};
    let mut store = hearth_core::store::Store::open(&data.join("journal.sqlite")).unwrap();
    let sam = staff::add(&mut store, "Sam", Role::Caregiver, "2580").unwrap();
    let ada = staff::add(&mut store, "Ada", Role::Admin, "139742").unwrap();
    (sam.id, ada.id)
}

/// Signs out whoever is there and signs in `staff_id`.
pub fn switch_to(w: &WebviewWindow<MockRuntime>, staff_id: i64, pin: &str) {
    call(w, "sign_out", serde_json::json!({})).unwrap();
    let args = serde_json::json!({ "args": { "staff_id": staff_id, "pin": pin } });
    call(w, "sign_in", args).unwrap();
}

/// The audit log as the window gets it, a line each: `"actor" "action" "subject"`.
pub fn audit_lines(w: &WebviewWindow<MockRuntime>) -> Vec<String> {
    let log = call(w, "audit_log", serde_json::json!({})).unwrap();
    log.as_array()
        .unwrap()
        .iter()
        .map(|e| format!("{} {} {}", e["actor"], e["action"], e["subject"]))
        .collect()
}

/// Hearth on the mock runtime, with its journal in `data` and no speech model. Each test
/// binary holds one test, so nothing else reads the environment meanwhile.
pub fn app(data: &std::path::Path) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    std::env::set_var("HEARTH_DATA_DIR", data);
    std::env::set_var("HEARTH_MODELS_DIR", data.join("no-models"));
    let app = hearth_app::with_hearth(mock_builder())
        .build(mock_context(noop_assets()))
        .unwrap();
    // What `setup` does in the real app (the mock runtime never runs it).
    hearth_app::start_jobs(&tauri::Manager::state::<hearth_app::AppState>(&app));
    let w = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    (app, w)
}

pub fn call(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    tauri::test::get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

/// The problem's kind, as the window receives it.
pub fn kind(answer: Result<Value, Value>) -> String {
    match answer {
        Ok(v) => panic!("expected a refusal, got {v}"),
        Err(e) => e["kind"]
            .as_str()
            .map_or_else(|| format!("{e}"), str::to_string),
    }
}
