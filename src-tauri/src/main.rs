// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // WebKitGTK composites with OpenGL; on the GPU-less PCs and tablets care homes have, that
    // is Mesa's software renderer, which kept a core busy for seconds after each change and
    // at 60–75 % while the level meter moved (measured by scripts/bench-app.sh). Hearth's
    // screens are flat and calm: plain rendering costs a fraction. Set before any thread
    // starts; a deployment can still choose by setting it to 0.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    hearth_app::run();
}
