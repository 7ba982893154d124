//! `import_products_csv`: all or nothing, errors name the line.

#[macro_use]
mod store_support;

use caredesk::desk::StoreError;
use caredesk::rules::Term;
use store_support::{Backend, Desk, d};

const HEADER: &str = "serial,model,channel,region,cr_term,cr_region,cr_starts,cr_ends,cr_replacements_total,cr_replacements_used\n";

fn a_good_file_imports_every_row(b: Backend) {
    let desk = Desk::on(b);
    let csv = format!(
        "{HEADER}IMP0000000001,DJI Mavic 3,official,US,1y,US,2025-03-15,2026-03-15,2,1\n\
         IMP0000000002,DJI OM 4,authorized,DE,2y,,2025-01-01,2027-01-01,4,\n\
         IMP0000000003,Spark,unofficial,JP,,,,,,\n"
    );
    assert_eq!(
        desk.store
            .import_products_csv(desk.tech, &csv, &|_| true)
            .unwrap(),
        3
    );
    let l = desk.store.lookup("IMP0000000001", d("2025-06-01")).unwrap();
    assert_eq!(l.base.unwrap().replacements_left, 1);
    let l = desk.store.lookup("IMP0000000002", d("2025-06-01")).unwrap();
    assert_eq!(
        l.base.unwrap().region,
        "DE",
        "empty cr_region = the product's region"
    );
    assert!(
        desk.store
            .lookup("IMP0000000003", d("2025-06-01"))
            .unwrap()
            .base
            .is_none()
    );
}

fn assert_rejected(desk: &mut Desk, csv: &str, needle: &str) {
    let before = desk.store.search("IMP", 100).unwrap().len();
    let e = desk
        .store
        .import_products_csv(desk.tech, csv, &|_| true)
        .unwrap_err();
    assert!(matches!(&e, StoreError::Invalid(_)), "{e:?}");
    let msg = e.to_string();
    assert!(msg.contains(needle), "`{msg}` should contain `{needle}`");
    assert!(!msg.contains('\n'));
    assert_eq!(
        desk.store.search("IMP", 100).unwrap().len(),
        before,
        "nothing imported"
    );
}

fn a_bad_row_names_its_line_and_nothing_is_imported(b: Backend) {
    let mut desk = Desk::on(b);
    let ok = "IMP0000000001,DJI Mavic 3,official,US,1y,US,2025-03-15,2026-03-15,2,0\n";
    assert_rejected(
        &mut desk,
        &format!("{HEADER}{ok}IMP0000000002,Mavic 9,official,US,,,,,,\n"),
        "line 3: unknown model `Mavic 9`",
    );
    assert_rejected(
        &mut desk,
        &format!("{HEADER}{ok}{ok}"),
        "line 3: a product with serial `IMP0000000001` already exists",
    );
    assert_rejected(
        &mut desk,
        &format!(
            "{HEADER}{ok}IMP0000000002,DJI Mini 2,official,US,1y,US,2025-02-30,2026-03-15,2,0\n"
        ),
        "line 3: cr_starts: bad date `2025-02-30`",
    );
    assert_rejected(
        &mut desk,
        &format!("{HEADER}{ok}IMP0000000002,DJI Mini 2,official,XX,,,,,,\n"),
        "line 3: region: unknown region code `XX`",
    );
    assert_rejected(
        &mut desk,
        &format!("{HEADER}{ok}IMP0000000002,DJI Mini 2,grey,US,,,,,,\n"),
        "line 3: channel",
    );
    assert_rejected(
        &mut desk,
        &format!("{HEADER}{ok}IMP0000000002,DJI Mini 2,official,US,1y,US,2025-03-15,,2,0\n"),
        "line 3: cr_ends is empty",
    );
    assert_rejected(
        &mut desk,
        &format!("{HEADER}{ok}IMP0000000002,DJI Mini 2,official,US\n"),
        "line 3",
    );
    assert_rejected(
        &mut desk,
        "serial,model,colour\nIMP1,DJI Mini 2,red\n",
        "line 1",
    );
    assert_rejected(
        &mut desk,
        &format!(
            "{HEADER}{ok}IMP0000000002,DJI Mini 2,official,US,1y,US,2025-03-15,2026-03-15,2,3\n"
        ),
        "line 3: CR replacements used (3) exceed the total (2)",
    );
}

fn an_existing_serial_rolls_back_the_whole_file(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(
        "IMP0000000009",
        "DJI Mini 2",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let csv = format!(
        "{HEADER}IMP0000000001,DJI Mavic 3,official,US,,,,,,\nIMP0000000009,DJI Mavic 3,official,US,,,,,,\n"
    );
    assert_rejected(&mut desk, &csv, "line 3");
    assert!(desk.store.lookup("IMP0000000001", d("2025-06-01")).is_err());
}

on_both_backends!(
    a_good_file_imports_every_row,
    a_bad_row_names_its_line_and_nothing_is_imported,
    an_existing_serial_rolls_back_the_whole_file,
);
