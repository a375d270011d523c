//! What the build-step binaries share (included with `#[path]`; not a
//! binary of its own): the clock, printing the outcome and the exit status.
//! Each binary uses some of it.
#![allow(dead_code)]

use earthcode_platforms::core::date::Date;

/// Seconds since 1970-01-01 by the system clock (UTC).
fn unix_seconds() -> Result<i64, String> {
    let elapsed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| format!("the system clock is before 1970: {e}"))?;
    i64::try_from(elapsed.as_secs()).map_err(|_| "the system clock is out of range".to_string())
}

/// Today's date (UTC) by the system clock: the build's date.
pub fn today() -> Result<Date, String> {
    Date::from_unix_days(unix_seconds()?.div_euclid(86_400)).ok_or_else(|| "the system clock is out of range".into())
}

/// The time now, `YYYY-MM-DDTHH:MM:SSZ` (UTC).
pub fn now() -> Result<String, String> {
    let seconds = unix_seconds()?;
    let rest = seconds.rem_euclid(86_400);
    Ok(format!("{}T{:02}:{:02}:{:02}Z", today()?, rest / 3600, rest % 3600 / 60, rest % 60))
}

/// Prints a build step's outcome: the message on success (status 0), or
/// "`name`: problem" on standard error (status 1).
pub fn finish(name: &str, outcome: Result<String, String>) -> std::process::ExitCode {
    match outcome {
        Ok(message) => {
            println!("{message}");
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{name}: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}
