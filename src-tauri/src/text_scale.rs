//! The system's text size, applied by the page as its root font size. The layout is built for
//! that one way of scaling (sizes in rem, a small phone's caps in vw). A web view's own text
//! zoom (WebKitGTK's zoom-text-only, Android WebView's textZoom, which follows the system font
//! scale) multiplies every font size after the CSS, caps included, and at 2x pushed the cards'
//! buttons off a 320 px screen: the app takes the system's scale itself instead (on Android the
//! shell must set the WebView's textZoom to 100 and hand over the font scale here). On Linux
//! the desktop's text scaling is GNOME's `text-scaling-factor`; `DOORSTEP_TEXT_SCALE` (0.5 to
//! 3) overrides it: a desktop without GNOME's settings, and the end-to-end tests at twice the
//! text size.

/// The largest and smallest scale applied (what a phone's settings offer, with room).
const RANGE: std::ops::RangeInclusive<f64> = 0.5..=3.0;

/// The scale from `DOORSTEP_TEXT_SCALE`, if it is set to a number in range.
fn from_env() -> Option<f64> {
    let value = std::env::var("DOORSTEP_TEXT_SCALE").ok()?;
    let scale: f64 = value.trim().parse().ok()?;
    RANGE.contains(&scale).then_some(scale)
}

/// GNOME's text scaling, if its settings schema is installed (reading a schema that is not
/// there would abort the process, so it is looked up first).
#[cfg(target_os = "linux")]
fn from_desktop() -> Option<f64> {
    use gio::prelude::SettingsExt;
    const SCHEMA: &str = "org.gnome.desktop.interface";
    const KEY: &str = "text-scaling-factor";
    let schema = gio::SettingsSchemaSource::default()?.lookup(SCHEMA, true)?;
    if !schema.has_key(KEY) {
        return None;
    }
    let settings = gio::Settings::new_full(&schema, None::<&gio::SettingsBackend>, None);
    let scale = settings.double(KEY);
    RANGE.contains(&scale).then_some(scale)
}

#[cfg(not(target_os = "linux"))]
fn from_desktop() -> Option<f64> {
    None
}

/// The text scale to apply, if it is not 1.
pub fn wanted() -> Option<f64> {
    from_env()
        .or_else(from_desktop)
        .filter(|s| (s - 1.0).abs() > 0.01)
}

/// The script that hands the scale to the page before its own scripts run (`main.ts` turns it
/// into the root font size).
pub fn boot_script(scale: f64) -> String {
    format!("window.__DOORSTEP_TEXT_SCALE__ = {scale};")
}
