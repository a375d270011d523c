use super::*;
use crate::core::platforms::validate::parse_platforms;
use crate::core::view::compare::compare;

#[test]
fn csv_fields_are_quoted_only_when_needed() {
    assert_eq!(csv_field("plain text"), "plain text");
    assert_eq!(csv_field("Sentinel (1, 2)"), "\"Sentinel (1, 2)\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv_field("cr\rhere"), "\"cr\rhere\"");
    assert_eq!(csv_field("Évora 🛰️ مرحبا"), "Évora 🛰️ مرحبا");
    assert_eq!(csv_field(""), "");
}

#[test]
fn csv_records_end_with_crlf() {
    let records = vec![vec!["a".to_string(), "b,c".to_string()], vec!["\"".to_string(), String::new()]];
    assert_eq!(csv(&records), "a,\"b,c\"\r\n\"\"\"\",\r\n");
}

fn shipped() -> Vec<Platform> {
    parse_platforms(include_str!("../../../../public/platforms.json")).map(|l| l.platforms).unwrap_or_default()
}

#[test]
fn a_table_exports_its_rows_in_order() {
    let platforms = shipped();
    let text = table_csv(&platforms, &[3, 0], TableId::Fair);
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[0], "Platform,Development Tools,Supported Languages,Visualization Tools,Produced Workflow Type");
    assert_eq!(
        lines[1],
        "CDSE openEO Federation,\"Jupyter, openEO Web Editor, openEO client libraries\",\"Python, R, JavaScript\",\"GUI, Jupyter\",OpenEO Process Graphs"
    );
    assert_eq!(lines[2], "DeepESDL,Jupyter,Python,\"xcube viewer, Jupyter\",OGC API Processes");
    assert_eq!(lines[3], "");
    assert_eq!(lines.len(), 4);
}

#[test]
fn the_comparison_exports_every_row_with_its_difference() {
    let platforms = shipped();
    let rows = compare(&[&platforms[0], &platforms[3]], None);
    let text = comparison_csv(&["DeepESDL", "CDSE openEO Federation"], &rows);
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[0], "Capability,DeepESDL,CDSE openEO Federation,Differs");
    assert_eq!(lines[2], "Specialised Hardware & Services,GPU,GPU,no");
    assert_eq!(lines[5], "Supported Languages,Python,\"Python, R, JavaScript\",yes");
    assert_eq!(lines.len(), 1 + rows.len() + 1);
}

#[test]
fn the_json_subset_validates_back_to_the_same_platforms() {
    let platforms = shipped();
    let text = platforms_json(&platforms, &[5, 1]);
    let reloaded = parse_platforms(&text).unwrap_or_else(|e| panic!("{e}"));
    assert!(reloaded.issues.is_empty());
    assert_eq!(reloaded.platforms, vec![platforms[5].clone(), platforms[1].clone()]);
}
