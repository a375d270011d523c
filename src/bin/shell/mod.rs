//! What the build-step binaries share (included with `#[path]`; not a
//! binary of its own): printing the outcome and the exit status.

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
