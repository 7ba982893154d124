//! The papers a customer takes home (issue 13) on both backends: the intake
//! receipt (one page: customer, product and parts, checklist, decision with
//! rule IDs, reasons and SPEC §5 advice, fee with its currency, ship-by day,
//! never-send-back list, signature) and the 62 mm box label, each with the
//! claim id as a Code 128 barcode that a real reader (`zbarimg`) scans back
//! from the PDF as rendered by `pdftoppm`; the claim PDF with the customer,
//! the photos and the signature; a forgotten customer shown as "erased".
//! Needs poppler-utils and zbar-tools.

#[macro_use]
mod store_support;

use caredesk::desk::{
    Checklist, ChecklistItem, ClaimKind, CustomerFields, Intake, IntakeCustomer, Signature,
};
use caredesk::report::ExportFormat;
use caredesk::report::job::{ExportContent, ExportJob};
use caredesk::report::papers::{Paper, write_label, write_receipt};
use caredesk::report::source::ClaimSelection;
use caredesk::rules::{ServiceChannel, Term};
use std::path::Path;
use std::process::Command;
use store_support::{Backend, Desk, PIN, d, replacement};

const SERIAL: &str = "1SSDH7R00A0001";

fn tool(cmd: &mut Command, what: &str) -> std::process::Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("this test needs {what} on PATH: {e}"));
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn pdftotext(pdf: &Path) -> String {
    let out = tool(
        Command::new("pdftotext").arg(pdf).arg("-"),
        "pdftotext (poppler-utils)",
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `pdfinfo`'s "Pages" and "Page size" in points.
fn pages_and_size(pdf: &Path) -> (usize, f32, f32) {
    let out = tool(Command::new("pdfinfo").arg(pdf), "pdfinfo (poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
            .unwrap_or_else(|| panic!("no {name} in {text}"))
            .to_owned()
    };
    let pages = field("Pages:").parse().expect("pages");
    let size = field("Page size:");
    let mut nums = size
        .split_whitespace()
        .filter_map(|w| w.parse::<f32>().ok());
    (
        pages,
        nums.next().expect("width"),
        nums.next().expect("height"),
    )
}

/// Renders the first page at 300 dpi and reads every barcode on it.
fn scan(pdf: &Path) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let prefix = dir.path().join("page");
    tool(
        Command::new("pdftoppm")
            .args(["-r", "300", "-png", "-f", "1", "-l", "1", "-singlefile"])
            .arg(pdf)
            .arg(&prefix),
        "pdftoppm (poppler-utils)",
    );
    let out = Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(prefix.with_extension("png"))
        .output()
        .expect("zbarimg runs (apt-get install zbar-tools)");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

fn wang() -> CustomerFields {
    CustomerFields {
        name: "王小明".into(),
        phone: Some("+886 2 2345 6789".into()),
        email: Some("xiao.ming@example.tw".into()),
        address: Some("台北市信義區\n市府路 45 號".into()),
        lang: Some("zh-Hant".into()),
        notes: None,
    }
}

fn desk_with_mavic(b: Backend) -> Desk {
    let mut desk = Desk::on(b);
    desk.product(SERIAL, "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    desk
}

/// Files an online replacement for 王小明 (not shipped yet: a ship-by day).
/// He reads Traditional Chinese: his papers are printed in it.
fn file(desk: &Desk, privacy: bool, checklist: Checklist) -> String {
    file_for(desk, privacy, checklist, wang())
}

/// [`file`] for a customer who prefers English papers.
fn file_in_english(desk: &Desk, privacy: bool, checklist: Checklist) -> String {
    let english = CustomerFields {
        lang: Some("en".into()),
        ..wang()
    };
    file_for(desk, privacy, checklist, english)
}

fn file_for(desk: &Desk, privacy: bool, checklist: Checklist, who: CustomerFields) -> String {
    let mut input = replacement("US", ServiceChannel::Online, "2025-06-01");
    input.shipped = None;
    input.privacy_accepted = privacy;
    let complete = checklist.is_complete();
    let intake = Intake {
        customer: Some(IntakeCustomer::New(who)),
        checklist,
        description: "Hit a tree at 30 m; arm broken. 機臂斷裂。".into(),
        confirm_incomplete: !complete,
    };
    desk.store
        .file_claim_at_intake(
            desk.tech,
            SERIAL,
            ClaimKind::Replacement,
            &input,
            d("2025-06-01"),
            &intake,
        )
        .expect("filed")
        .row
        .id
}

fn sign(desk: &Desk, id: &str) {
    let sig = Signature {
        strokes: vec![
            vec![[0.05, 0.6], [0.15, 0.2], [0.3, 0.8], [0.45, 0.3]],
            vec![[0.5, 0.5], [0.9, 0.45]],
        ],
        png: None,
    };
    desk.store.sign_claim(desk.tech, id, &sig).expect("signed");
}

fn the_receipt_of_an_approved_claim_names_everything_and_scans_back(b: Backend) {
    let desk = desk_with_mavic(b);
    let only_two = Checklist::of([ChecklistItem::DataBackedUp, ChecklistItem::MicrosdRemoved]);
    let id = file(&desk, true, only_two);
    sign(&desk, &id);
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("receipt.pdf");
    let (receipt, bytes) =
        write_receipt(&desk.store, &id.to_lowercase(), Paper::A4, &pdf).expect("written");
    assert_eq!(receipt.claim_id, id);
    assert_eq!(bytes, std::fs::metadata(&pdf).unwrap().len());

    let (pages, w, h) = pages_and_size(&pdf);
    assert_eq!(
        (pages, w.round(), h.round()),
        (1, 595.0, 842.0),
        "one A4 page"
    );
    assert_eq!(scan(&pdf), vec![id.clone()], "the barcode is the claim id");

    // In 王小明's language (zh-Hant), whatever the desk's own (English
    // here): labels, checklist, decision, fee, ship-by day as its locale
    // writes it; codes, names and the catalog's data as they are.
    let hant = caredesk::i18n::Lang::from_locale("zh-Hant").expect("zh-Hant");
    let ship_by = caredesk::i18n::day(hant, d("2025-06-08"));
    let text = pdftotext(&pdf);
    for want in [
        id.as_str(),
        "受理收據",
        "王小明",
        "+886 2 2345 6789",
        "xiao.ming@example.tw",
        "台北市信義區, 市府路 45 號",
        "DJI Mavic 3",
        SERIAL,
        "飛行器（產品主體）",
        "已取出 microSD 卡",
        "已在櫃檯確認",
        "機臂斷裂",
        "由 Tess Tech",
        "核准",
        "USD",
        // Online: 7 natural days from submitting on 1 June (SPEC §6).
        ship_by.as_str(),
        "切勿寄回",
        // The catalog's never-send-back codes, in the receipt's language.
        "遙控器",
        "microSD 卡（請先備份並刪除個人資料）",
        "簽於 ",
        // The footer too: what the page is, and which page of how many.
        "受理收據 CL-",
        "第 1 頁，共 1 頁",
    ] {
        assert!(text.contains(want), "receipt lacks {want:?}:\n{text}");
    }
    for english in [
        "Remote controller",
        "Intake receipt",
        "APPROVED",
        "Not signed",
        "未簽名",
        "page 1 of 1",
    ] {
        assert!(!text.contains(english), "{english}: {text}");
    }
}

/// A customer who reads Korean gets a Korean receipt, to its footer: no
/// English word of the desk's own is left on it (the catalog's part names,
/// codes and rule IDs are data, not the receipt's words).
fn a_korean_receipt_is_korean_to_its_footer(b: Backend) {
    let desk = desk_with_mavic(b);
    let korean = CustomerFields {
        name: "김민준".into(),
        lang: Some("ko".into()),
        ..wang()
    };
    let id = file_for(&desk, true, Checklist::complete(), korean);
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("receipt-ko.pdf");
    write_receipt(&desk.store, &id, Paper::A4, &pdf).expect("written");
    let text = pdftotext(&pdf);
    for want in [
        "CareDesk — 접수증",
        "김민준",
        "승인",
        "보내지 말 것",
        "서명 없음",
        // The footer: "CareDesk — 접수증 CL-…" and "page 1 of 1".
        &format!("CareDesk — 접수증 {id}"),
        "1쪽 중 1쪽",
    ] {
        assert!(
            text.contains(want),
            "Korean receipt lacks {want:?}:\n{text}"
        );
    }
    for english in [
        "page 1 of 1",
        "Intake receipt",
        "Customer",
        "Serial number",
        "Decision",
        "APPROVED",
        "Never send back",
        "Not signed",
    ] {
        assert!(!text.contains(english), "{english:?} in English:\n{text}");
    }
}

fn a_refused_receipt_gives_rule_ids_reasons_and_advice(b: Backend) {
    let desk = desk_with_mavic(b);
    let id = file_in_english(&desk, false, Checklist::complete());
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("refused.pdf");
    write_receipt(&desk.store, &id, Paper::Letter, &pdf).expect("written");
    let (pages, w, h) = pages_and_size(&pdf);
    assert_eq!(
        (pages, w.round(), h.round()),
        (1, 612.0, 792.0),
        "one Letter page"
    );
    assert_eq!(scan(&pdf), vec![id.clone()]);
    let text = pdftotext(&pdf);
    for want in [
        "REFUSED",
        // REP-PRIVACY with its reason and its SPEC §5 remedy.
        "REP-PRIVACY",
        "has not accepted the DJI Privacy Policy",
        "What would make it approvable",
        "accept the DJI Privacy Policy",
        "With these steps the request is approved.",
        "Nothing: the claim was refused.",
        "Not signed.",
        "page 1 of 1",
    ] {
        assert!(
            text.contains(want),
            "refused receipt lacks {want:?}:\n{text}"
        );
    }
    assert!(!text.contains("Ship the parts by"), "{text}");
}

fn the_box_label_is_62_mm_wide_with_barcode_and_serial(b: Backend) {
    let desk = desk_with_mavic(b);
    let id = file(&desk, true, Checklist::complete());
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("label.pdf");
    write_label(&desk.store, &id, &pdf).expect("written");
    let (pages, w, _) = pages_and_size(&pdf);
    assert_eq!(pages, 1);
    assert!(
        (w - 62.0 * 72.0 / 25.4).abs() < 0.5,
        "62 mm wide, got {w} pt"
    );
    assert_eq!(scan(&pdf), vec![id.clone()]);
    let text = pdftotext(&pdf);
    for want in [
        id.as_str(),
        SERIAL,
        "DJI Mavic 3",
        "aircraft × 1",
        "王小明",
        "Ship by 2025-06-08",
    ] {
        assert!(text.contains(want), "label lacks {want:?}:\n{text}");
    }
}

fn the_claim_pdf_carries_customer_photos_and_signature_then_erased(b: Backend) {
    let desk = desk_with_mavic(b);
    let id = file(&desk, true, Checklist::complete());
    sign(&desk, &id);
    let img = image::RgbImage::from_fn(640, 480, |x, y| {
        image::Rgb([(x / 3) as u8, (y / 2) as u8, 90])
    });
    let mut jpeg = std::io::Cursor::new(Vec::new());
    img.write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    desk.store
        .attach_photo(desk.tech, &id, "arm.jpg", jpeg.into_inner())
        .expect("photo");

    let dir = tempfile::tempdir().unwrap();
    let export = |name: &str| {
        let pdf = dir.path().join(name);
        ExportJob {
            content: ExportContent::Claims(ClaimSelection::one(&id)),
            format: ExportFormat::Pdf,
            target: pdf.clone(),
            as_of: d("2025-06-02"),
            csv_bom: false,
        }
        .run_with(&desk.store, &mut |_, _| true)
        .expect("exported");
        pdf
    };
    let pdf = export("claim.pdf");
    let text = pdftotext(&pdf);
    for want in [
        "王小明",
        "Photos of the damage",
        "arm.jpg",
        "640×480",
        "Customer's signature",
        "recorded by Tess Tech",
    ] {
        assert!(text.contains(want), "claim PDF lacks {want:?}:\n{text}");
    }
    let images = tool(
        Command::new("pdfimages").arg("-list").arg(&pdf),
        "pdfimages (poppler-utils)",
    );
    let listed = String::from_utf8_lossy(&images.stdout);
    // A header of two lines, then one line per image: the photo's thumbnail.
    assert_eq!(listed.lines().count(), 3, "{listed}");
    assert!(
        listed.contains(" 320 ") && listed.contains(" 240 "),
        "{listed}"
    );

    // Forgotten: the papers show "erased", never the name.
    let customer = desk
        .store
        .claim_customer(&id)
        .unwrap()
        .expect("customer")
        .id;
    desk.store
        .forget_customer(desk.sup, PIN, customer)
        .expect("forgotten");
    let pdf = export("claim-after.pdf");
    let text = pdftotext(&pdf);
    assert!(
        text.contains("erased") && !text.contains("王小明"),
        "{text}"
    );
    let receipt = dir.path().join("receipt-after.pdf");
    write_receipt(&desk.store, &id, Paper::A4, &receipt).expect("written");
    let text = pdftotext(&receipt);
    assert!(text.contains("erased"), "{text}");
    for gone in ["王小明", "+886", "xiao.ming", "台北市"] {
        assert!(!text.contains(gone), "{gone} still printed:\n{text}");
    }
}

fn an_unknown_claim_prints_nothing(b: Backend) {
    let desk = desk_with_mavic(b);
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("none.pdf");
    let e = write_receipt(&desk.store, "CL-2025-999999", Paper::A4, &pdf).unwrap_err();
    assert!(e.to_string().contains("CL-2025-999999"), "{e}");
    assert!(write_label(&desk.store, "CL-2025-999999", &pdf).is_err());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

on_both_backends!(
    the_receipt_of_an_approved_claim_names_everything_and_scans_back,
    a_korean_receipt_is_korean_to_its_footer,
    a_refused_receipt_gives_rule_ids_reasons_and_advice,
    the_box_label_is_62_mm_wide_with_barcode_and_serial,
    the_claim_pdf_carries_customer_photos_and_signature_then_erased,
    an_unknown_claim_prints_nothing,
);
