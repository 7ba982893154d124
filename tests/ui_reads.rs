//! The claims panel reads well at the window sizes a counter has
//! (egui_kittest on the demo data in a real SQLite file): at 1024, 1366
//! and 1920 px no cell of the claims table is cut by its column (a refusal with many rule
//! IDs shows those that fit and "+N", all of them on hover; a shipped
//! parcel says "shipped"); at 1920 px the table also shows when each claim
//! last changed, on the workstation's clock with its offset, as the claim
//! timeline does.

use caredesk::catalog::Catalog;
use caredesk::desk::{ClaimFilter, ClaimSort, Desk};
use caredesk::i18n::local_time;
use caredesk::ui::{CareDeskApp, Command, Panel};
use chrono::NaiveDate;
use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::sync::Arc;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// The claims panel on the demo data at `size`, Dana signed in.
fn claims_panel(dir: &tempfile::TempDir, size: [f32; 2]) -> Harness<'static, CareDeskApp> {
    let path = dir.path().join("reads.sqlite3");
    let desk = Desk::open_or_create_path(&path, Arc::new(Catalog::builtin().unwrap())).unwrap();
    desk.load_demo(50, today(), &|_| true).unwrap();
    let app = CareDeskApp::new_for_test(desk, today());
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    h.run();
    h.get_by_label_contains("Dana Supervisor").click();
    h.run();
    h.get_by_label("Your PIN:").type_text("123456");
    h.key_press(Key::Enter);
    h.run();
    h.state_mut().push(Command::ShowPanel(Panel::Claims));
    h.run();
    h.run();
    h
}

/// A column's header (the serial field above the table has the same name).
fn header(h: &Harness<'static, CareDeskApp>, title: &str) -> Rect {
    h.query_all_by_label(title)
        .filter(|n| n.accesskit_node().role() != egui::accesskit::Role::TextInput)
        .map(|n| n.rect())
        .next()
        .unwrap_or_else(|| panic!("a column headed {title:?}"))
}

/// The table's columns: each header's left edge to the next one's.
fn columns(
    h: &Harness<'static, CareDeskApp>,
    titles: &[&str],
    right: f32,
) -> Vec<(String, f32, f32)> {
    let lefts: Vec<f32> = titles.iter().map(|t| header(h, t).left()).collect();
    titles
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let end = lefts.get(i + 1).copied().unwrap_or(right);
            ((*t).to_owned(), lefts[i], end)
        })
        .collect()
}

/// The width `text` takes unshortened in the table's font.
fn text_width(h: &Harness<'static, CareDeskApp>, text: &str, monospace: bool) -> f32 {
    let style = if monospace {
        egui::TextStyle::Monospace
    } else {
        egui::TextStyle::Body
    };
    let font = style.resolve(&h.ctx.global_style());
    h.ctx
        .fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE))
        .size()
        .x
}

/// Every text in a table row that its column cuts: shortened with "…" (the
/// table's cells truncate; a label's AccessKit value keeps the whole text)
/// or running past the column's edge.
fn cut_cells(
    h: &Harness<'static, CareDeskApp>,
    cols: &[(String, f32, f32)],
    top: f32,
) -> Vec<String> {
    let mut cut = Vec::new();
    for node in h.query_all_by_role(egui::accesskit::Role::Label) {
        let r: Rect = node.rect();
        if r.top() <= top {
            continue;
        }
        let Some((title, _, end)) = cols
            .iter()
            .find(|(_, left, end)| (*left..*end).contains(&r.left()))
        else {
            continue;
        };
        let text = node.accesskit_node().value().unwrap_or_default();
        let monospace = title == "Claim (desc)" || title == "Serial";
        let whole = text_width(h, &text, monospace);
        if r.right() > *end + 0.5 || whole > r.width() + 1.0 {
            cut.push(format!(
                "{title}: {text:?} needs {whole:.0} px, has {:.0}",
                r.width()
            ));
        }
    }
    cut
}

#[test]
fn at_1024_px_no_cell_of_the_claims_table_is_cut() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = claims_panel(&dir, [1024.0, 768.0]);
    let titles = [
        "Claim (desc)",
        "Serial",
        "Status",
        "Ship by",
        "Applied",
        "Decision / fee",
    ];
    let header = header(&h, "Serial");
    // The table ends before the window's edge (its scroll bar beside it).
    let cols = columns(&h, &titles, 1024.0 - 8.0);
    let cut = cut_cells(&h, &cols, header.bottom());
    assert!(cut.is_empty(), "cut at 1024 px:\n{}", cut.join("\n"));
    // A refusal on more rule IDs than fit names those that fit and counts
    // the rest: the claim refused on the most rules, found by its id.
    let all = h
        .state()
        .desk
        .claims(&ClaimFilter::default(), ClaimSort::default(), 0, 10_000)
        .unwrap();
    let most = all
        .into_iter()
        .max_by_key(|c| c.rules.len())
        .expect("demo claims");
    assert!(most.rules.len() >= 3, "{:?}", most.rules);
    h.state_mut().panels.claims.filters.serial = most.id.clone();
    for _ in 0..3 {
        h.run();
    }
    let shown = h
        .query_all_by_label_contains("refused \u{b7} ")
        // A label's text is its AccessKit value.
        .filter_map(|n| n.accesskit_node().value())
        .find(|l| l.contains(&most.rules[0]))
        .expect("the refusal's row");
    assert!(shown.contains(" +"), "{shown}");
    let cut = cut_cells(&h, &cols, header.bottom());
    assert!(cut.is_empty(), "cut at 1024 px:\n{}", cut.join("\n"));
}

#[test]
fn at_1024_px_with_a_claim_open_beside_it_no_cell_is_cut() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = claims_panel(&dir, [1024.0, 768.0]);
    let first = h
        .state()
        .panels
        .claims
        .row(0)
        .cloned()
        .expect("the first row");
    h.get_by_label(&first.id).click();
    h.run();
    h.run();
    assert!(h.state().panels.claims.open.is_some());
    // The detail starts where its heading (the claim id, again) does.
    let detail = h
        .query_all_by_label(&first.id)
        .map(|n| n.rect().left())
        .fold(0.0, f32::max);
    let titles = ["Claim (desc)", "Status", "Decision / fee"];
    let header = header(&h, "Status");
    let cols = columns(&h, &titles, detail - 8.0);
    let cut = cut_cells(&h, &cols, header.bottom());
    assert!(
        cut.is_empty(),
        "cut at 1024 px beside a claim:\n{}",
        cut.join("\n")
    );
}

#[test]
fn at_1366_px_no_cell_of_the_claims_table_is_cut() {
    let dir = tempfile::tempdir().unwrap();
    let h = claims_panel(&dir, [1366.0, 768.0]);
    let titles = [
        "Claim (desc)",
        "Serial",
        "Model",
        "Status",
        "Ship by",
        "Applied",
        "Decision / fee",
    ];
    let header = header(&h, "Model");
    let cols = columns(&h, &titles, 1366.0 - 8.0);
    let cut = cut_cells(&h, &cols, header.bottom());
    assert!(cut.is_empty(), "cut at 1366 px:\n{}", cut.join("\n"));
}

#[test]
fn at_1920_px_the_table_shows_when_each_claim_changed_on_the_local_clock() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = claims_panel(&dir, [1920.0, 1080.0]);
    let titles = [
        "Claim (desc)",
        "Serial",
        "Model",
        "Kind",
        "Status",
        "Ship by",
        "Applied",
        "Updated",
        "Decision / fee",
    ];
    let header = header(&h, "Updated");
    let cols = columns(&h, &titles, 1920.0 - 8.0);
    let cut = cut_cells(&h, &cols, header.bottom());
    assert!(cut.is_empty(), "cut at 1920 px:\n{}", cut.join("\n"));
    let first = h
        .state()
        .panels
        .claims
        .row(0)
        .cloned()
        .expect("the first row");
    let shown = local_time(first.updated_at);
    assert!(shown.contains(" UTC"), "{shown}");
    assert!(
        h.query_all_by_label(&shown).next().is_some(),
        "{shown} in the table"
    );

    // The open claim's timeline names the workstation's clock once.
    h.get_by_label(&first.id).click();
    h.run();
    h.run();
    h.get_by_label_contains("Timeline (times UTC");
}
