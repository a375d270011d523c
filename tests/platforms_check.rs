//! `platforms-check` against the invented files in
//! `tests/fixtures/platform-sources/` (their README lists the planted
//! differences): it must report each one, name the platform, and exit 1.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

const DIR: &str = "tests/fixtures/platform-sources";

fn check(platforms: &str) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_platforms-check"))
        .args(["--docs", &format!("{DIR}/docs"), "--portal", &format!("{DIR}/portal/integrated-platforms.json")])
        .args(["--platforms", platforms])
        .output()
        .expect("platforms-check runs");
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn every_planted_difference_is_reported_under_its_platform() {
    let (status, text) = check(&format!("{DIR}/platforms.json"));
    assert_eq!(status, 1, "{text}");
    let expected = [
        "fjord-cube\n  - homepageUrl: the portal says https://fjord-cube.example/home, platforms.json says https://fjord-cube.example/\n  - accessUrl: the portal says https://hub.fjord-cube.example/, platforms.json says https://fjord-cube.example/start\n",
        "  - dataAccess: the documentation lists \"Landsat-9\", platforms.json does not\n  - features: the documentation lists \"Dask Gateway\", platforms.json does not\n",
        "/Platforms/FjordCubeNew, platforms.json says https://esa-earthcode.github.io/documentation/Technical%20Documentation/Platforms/FjordCube\n",
        "glacier-desk\n  - not on the portal's list of integrated platforms (by name)\n",
        "Harbour Lab\n  - missing: the portal lists \"Harbour Lab\"; platforms.json has no platform of that name\n",
        "tundra-hub\n  - missing: the documentation has \"tundra-hub\" (Tundra Hub); platforms.json has no such id\n",
        "platforms-check: 8 difference(s)\n",
    ];
    for part in expected {
        assert!(text.contains(part), "missing {part:?} in\n{text}");
    }
    assert!(!text.contains("Sentinel-2"), "Sentinel (1, 2) covers Sentinel-2: {text}");
    assert!(!text.contains("glacier-desk\n  - dataAccess"), "glacier-desk agrees with its docs file: {text}");
}

#[test]
fn bad_input_is_an_error_not_a_report() {
    let (status, _) = check("tests/fixtures/platform-sources/no-such-file.json");
    assert_eq!(status, 2);
    let output = Command::new(env!("CARGO_BIN_EXE_platforms-check")).arg("--docs").output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage: platforms-check"));
}
