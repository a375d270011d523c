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
    parse_platforms(include_str!("../../../../public/platforms.json"), crate::core::date::Date::LAST)
        .map(|l| l.platforms)
        .unwrap_or_default()
}

#[test]
fn a_table_exports_its_rows_in_order() {
    let platforms = shipped();
    let text = table_csv(&platforms, &[3, 0], TableId::Fair);
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[0], "Platform,Development Tools,Supported Languages,Visualization Tools,Produced Workflow Type");
    assert_eq!(
        lines[1],
        "CDSE OpenEO,\"Jupyter, openEO Web Editor, openEO client libraries\",\"Python, R, JavaScript\",\"GUI, Jupyter\",OpenEO Process Graphs"
    );
    assert_eq!(lines[2], "DeepESDL,Jupyter,Python,\"xcube viewer, Jupyter\",OGC API Processes");
    assert_eq!(lines[3], "");
    assert_eq!(lines.len(), 4);
}

#[test]
fn the_comparison_exports_every_row_with_its_difference() {
    let platforms = shipped();
    let rows = compare(&[&platforms[0], &platforms[3]], None, None);
    let text = comparison_csv(&["DeepESDL", "CDSE OpenEO"], &rows);
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[0], "Capability,DeepESDL,CDSE OpenEO,Differs");
    assert_eq!(lines[1], "Integration status,Documented,Documented,no");
    assert_eq!(lines[3], "Specialised Hardware & Services,GPU,GPU,no");
    assert_eq!(lines[7], "Supported Languages,Python,\"Python, R, JavaScript\",yes");
    assert_eq!(
        lines[10],
        "Access,\"Own payment, NoR sponsorship\",\"Own payment, NoR sponsorship, Free tier, Credits\",yes"
    );
    assert_eq!(lines.len(), 1 + rows.len() + 1);
}

#[test]
fn undocumented_and_outdated_cells_say_so() {
    use crate::core::date::Date;
    use crate::core::platforms::provenance::Freshness;
    let platforms = shipped();
    let (deep, insula) = (&platforms[0], &platforms[6]);
    let today = Date::parse("2026-11-28").unwrap_or(Date::LAST);
    let rows = compare(&[deep, insula], None, Some(&Freshness { today, max_age_months: 12 }));
    let text = comparison_csv(&["DeepESDL", "Insula"], &rows);
    let hardware = text.split("\r\n").find(|l| l.starts_with("Specialised")).unwrap_or_default();
    assert_eq!(hardware, "Specialised Hardware & Services,GPU (possibly outdated),not documented,yes");
    let table = table_csv(&platforms, &[6], TableId::Fair);
    assert_eq!(table.split("\r\n").nth(1), Some("Insula,not documented,not documented,not documented,not documented"));
}

#[test]
fn the_json_subset_validates_back_to_the_same_platforms() {
    let platforms = shipped();
    let text = platforms_json(&platforms, &[5, 1]);
    let reloaded = parse_platforms(&text, crate::core::date::Date::LAST).unwrap_or_else(|e| panic!("{e}"));
    assert!(reloaded.issues.is_empty());
    assert_eq!(reloaded.platforms, vec![platforms[5].clone(), platforms[1].clone()]);
}
