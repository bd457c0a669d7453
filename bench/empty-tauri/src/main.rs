//! The smallest Tauri 2 app: one window, one static page.

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("empty app failed: {e}");
    }
}
