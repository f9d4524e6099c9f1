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

/// The local midnights starting each of the `n` days that end with `day` (`YYYY-MM-DD`),
/// then the end of `day`: n + 1 instants, as UTC milliseconds.
pub fn days_ending(day: &str, n: u32) -> Option<Vec<i64>> {
    let mut parts = day.split('-').map(|p| p.parse::<i32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let bounds: Vec<i64> = (0..=n as i32)
        .map(|i| Date::new_with_year_month_day(y as u32, m - 1, d - n as i32 + 1 + i).get_time())
        .filter(|t| t.is_finite())
        .map(|t| t as i64)
        .collect();
    (bounds.len() == n as usize + 1).then_some(bounds)
}

/// `DD/MM`, local: a short day label for charts.
pub fn day_month(ms: i64) -> String {
    let d = Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!("{:02}/{:02}", d.get_date(), d.get_month() + 1)
}

/// Today at `HH:MM` local time, as UTC milliseconds (yesterday's if that is still ahead).
pub fn latest_at(hh_mm: &str) -> Option<i64> {
    latest_before(hh_mm, &Date::new_0())
}

/// The last `HH:MM` local time at or before `now`, as UTC milliseconds.
fn latest_before(hh_mm: &str, now: &Date) -> Option<i64> {
    let (h, m) = hh_mm.split_once(':')?;
    let (h, m): (f64, f64) = (h.parse().ok()?, m.parse().ok()?);
    let at = Date::new(now);
    at.set_hours(h as u32);
    at.set_minutes(m as u32);
    at.set_seconds(0);
    at.set_milliseconds(0);
    if at.get_time() > now.get_time() {
        // The calendar day before at the same wall-clock time: not 24 hours back, which is
        // an hour off on the nights the clocks change. (Day 0 is the last of the month before.)
        at.set_date(at.get_date() - 1);
        at.set_hours(h as u32);
        at.set_minutes(m as u32);
    }
    let ms = at.get_time();
    ms.is_finite().then_some(ms as i64)
}

/// The usual start of the shift under way: 07:00, 15:00 or 23:00.
pub fn shift_start() -> String {
    let h = Date::new_0().get_hours();
    match h {
        7..=14 => "07:00",
        15..=22 => "15:00",
        _ => "23:00",
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn at(iso: &str) -> Date {
        Date::new(&wasm_bindgen::JsValue::from_str(iso))
    }

    /// The handover's "since 23:00" on the mornings after the clocks change: the calendar
    /// day before at 23:00, which is 23 or 25 hours back, not 24. Run in a time zone with
    /// summer time (scripts/test.sh sets TZ=Europe/Paris), or it proves nothing.
    #[wasm_bindgen_test]
    fn the_evening_before_is_the_calendar_day_before_when_clocks_change() {
        let (winter, summer) = (at("2026-01-15T12:00:00Z"), at("2026-07-15T12:00:00Z"));
        assert_ne!(
            winter.get_timezone_offset(),
            summer.get_timezone_offset(),
            "run with TZ=Europe/Paris"
        );
        for (now, expected) in [
            // Clocks went forward at 02:00 on 29 March, back at 03:00 on 25 October.
            ("2026-03-29T10:00:00+02:00", "2026-03-28T23:00:00+01:00"),
            ("2026-10-25T10:00:00+01:00", "2026-10-24T23:00:00+02:00"),
            // An ordinary night, and the first of a month.
            ("2026-02-10T06:30:00+01:00", "2026-02-09T23:00:00+01:00"),
            ("2026-03-01T06:30:00+01:00", "2026-02-28T23:00:00+01:00"),
        ] {
            let got = latest_before("23:00", &at(now));
            assert_eq!(got, Some(at(expected).get_time() as i64), "at {now}");
        }
        // Earlier today when that time has passed; a malformed time is none.
        let now = at("2026-03-29T10:00:00+02:00");
        assert_eq!(
            latest_before("07:00", &now),
            Some(at("2026-03-29T07:00:00+02:00").get_time() as i64)
        );
        assert_eq!(latest_before("seven", &now), None);
    }
}
