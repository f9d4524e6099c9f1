//! Local days and clock times for the screens (the journal stores UTC milliseconds).

use js_sys::Date;

/// Today's date as `YYYY-MM-DD`, in local time (what an `<input type=date>` holds).
pub fn today() -> String {
    date(Date::now() as i64)
}

/// Local midnight at the start and end of `YYYY-MM-DD`, as UTC milliseconds.
pub fn day_bounds(day: &str) -> Option<(i64, i64)> {
    let mut parts = day.split('-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let start = Date::new_with_year_month_day(y, m as i32 - 1, d as i32);
    let end = Date::new_with_year_month_day(y, m as i32 - 1, d as i32 + 1);
    let (a, b) = (start.get_time(), end.get_time());
    (a.is_finite() && b.is_finite()).then_some((a as i64, b as i64))
}

/// `HH:MM`, local time.
pub fn clock(ms: i64) -> String {
    let d = Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// `YYYY-MM-DD`, local date.
pub fn date(ms: i64) -> String {
    let d = Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
