//! Claims: a sortable, filterable table of every claim that stays smooth with
//! 100,000 rows (the query is paged, only the visible rows are drawn), and
//! the open claim's timeline with buttons for its next lifecycle steps.

use crate::desk::StoredSignature;
use crate::desk::{
    ClaimAction, ClaimColumn, ClaimDetail, ClaimFilter, ClaimKind, ClaimQueue, ClaimRow, ClaimSort,
    ClaimStatus, Deadline, Parcel, ParcelDirection, ParcelInput, QueueCounts, QueueFilter,
    ReplacementUnit,
};
use crate::i18n::{Zone, format, local_time};
use crate::report::job::ExportContent;
use crate::report::source::ClaimSelection;
use crate::tr;
use crate::ui::advice::{self, Advised};
use crate::ui::command::{ClaimQuery, Command, Confirmation, PaperKind, PhotoTarget, PinAction};
use crate::ui::outcome::Outcome;
use crate::ui::panel::PanelUi;
use crate::ui::view::View;
use crate::ui::visit::{SignaturePad, note, signature_view, thumbnail, thumbnail_texture};
use crate::ui::{theme, widgets};
use crate::vocab::parse_day;
use chrono::NaiveDate;
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};
use std::collections::{HashMap, HashSet};

/// Rows fetched per query.
pub const PAGE: usize = 200;

#[derive(Debug, Default, Clone)]
pub struct ClaimsPanel {
    pub filters: Filters,
    pub sort: ClaimSort,
    /// What the app sent back for the table.
    pub rows: Rows,
    /// The open claim.
    pub open: Option<ClaimDetail>,
    /// The open claim changed elsewhere: read it again.
    pub reload_open: bool,
    /// The open claim's next-step form.
    pub step: StepForm,
    /// How many claims each work queue holds today.
    pub counts: Option<QueueCounts>,
    /// The open claim's customer, photos and signature as drawn.
    pub visit: VisitView,
    /// Replacement or paid repair: the comparison, quote and choice.
    pub quote: crate::ui::quote::QuoteBox,
}

/// What the detail shows of the visit beyond `ClaimDetail`: the signature's
/// strokes (read on demand), photo textures, and a pad to sign later.
#[derive(Default, Clone)]
pub struct VisitView {
    /// The claim the signature was read for, and what was read.
    pub signature: Option<(String, Option<StoredSignature>)>,
    thumbs: HashMap<i64, egui::TextureHandle>,
    pub pad: SignaturePad,
    pub signing: bool,
}

impl std::fmt::Debug for VisitView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple(std::any::type_name::<Self>())
            .field(&self.signature)
            .finish()
    }
}

/// The filter form above the table.
#[derive(Debug, Default, Clone)]
pub struct Filters {
    /// The work queue shown (SPEC §6); `None`: every claim.
    pub queue: Option<ClaimQueue>,
    /// The day the queues are judged on (today, set each frame).
    pub as_of: Option<NaiveDate>,
    pub status: Option<ClaimStatus>,
    pub kind: Option<ClaimKind>,
    pub from: String,
    pub to: String,
    pub serial: String,
}

/// The table's count and pages, for the query they were read for.
#[derive(Debug, Default, Clone)]
pub struct Rows {
    pub applied: Option<ClaimQuery>,
    pub total: Option<usize>,
    pub pages: HashMap<usize, Vec<ClaimRow>>,
    /// Pages asked for (loaded or on their way).
    pub requested: HashSet<usize>,
}

/// What is typed for the open claim's next step.
#[derive(Debug, Default, Clone)]
pub struct StepForm {
    pub note: String,
    /// The replacement unit's serial (shipping a replacement), as scanned.
    pub new_serial: String,
    /// The desk's check of a scanned replacement serial: the serial as it
    /// was typed, and what shipping it would record or why it cannot ship.
    pub checked: Option<(String, Result<ReplacementUnit, String>)>,
    /// The day the customer's parcel was shipped (receiving), YYYY-MM-DD.
    pub shipped: String,
    /// The parcel being recorded.
    pub parcel: ParcelForm,
}

/// A parcel as typed on the open claim.
#[derive(Debug, Clone)]
pub struct ParcelForm {
    pub direction: ParcelDirection,
    pub carrier: String,
    pub tracking: String,
    pub shipped: String,
    pub received: String,
}

impl Default for ParcelForm {
    fn default() -> Self {
        Self {
            direction: ParcelDirection::Inbound,
            carrier: String::new(),
            tracking: String::new(),
            shipped: String::new(),
            received: String::new(),
        }
    }
}

/// The colour a status is drawn in.
pub fn status_color(ui: &Ui, s: ClaimStatus) -> egui::Color32 {
    match s {
        ClaimStatus::Refused => theme::bad(ui.visuals()),
        ClaimStatus::Closed => theme::muted(ui.visuals()),
        ClaimStatus::Submitted | ClaimStatus::AwaitingProduct => theme::warn(ui.visuals()),
        _ => theme::ok(ui.visuals()),
    }
}

/// A column of the table: one the store sorts by, or the decision summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TableColumn {
    Sorted(ClaimColumn),
    Decision,
    /// Ship-by day and days left while the customer's parcel is awaited.
    ShipBy,
}

impl TableColumn {
    fn title(self) -> String {
        match self {
            TableColumn::Sorted(c) => match c {
                ClaimColumn::Id => tr!("claims-col-id"),
                ClaimColumn::Serial => tr!("claims-col-serial"),
                ClaimColumn::Model => tr!("claims-col-model"),
                ClaimColumn::Kind => tr!("claims-col-kind"),
                ClaimColumn::Status => tr!("claims-col-status"),
                ClaimColumn::Decided => tr!("claims-col-decided"),
                ClaimColumn::Updated => tr!("claims-col-updated"),
            },
            TableColumn::Decision => tr!("claims-col-decision"),
            TableColumn::ShipBy => tr!("claims-col-deadline"),
        }
    }

    /// One cell of a row.
    fn cell(self, ui: &mut Ui, c: &ClaimRow, today: NaiveDate) {
        match self {
            TableColumn::Sorted(col) => match col {
                ClaimColumn::Id => ui.label(RichText::new(&c.id).monospace()),
                ClaimColumn::Serial => ui.label(RichText::new(&c.serial).monospace()),
                ClaimColumn::Model => ui.label(&c.model),
                ClaimColumn::Kind => ui.label(match c.kind {
                    ClaimKind::Replacement => tr!("claims-kind-replacement"),
                    ClaimKind::ExtendedWarranty => tr!("claims-kind-warranty"),
                }),
                ClaimColumn::Status => {
                    ui.label(RichText::new(c.status.label()).color(status_color(ui, c.status)))
                }
                ClaimColumn::Decided => ui.label(widgets::iso(c.decided_on)),
                ClaimColumn::Updated => ui.label(local_time(c.updated_at)),
            },
            TableColumn::Decision if c.approved => ui.label(match &c.fee {
                Some(fee) => tr!("claims-approved-fee", fee = widgets::money(fee)),
                None => tr!("claims-approved"),
            }),
            TableColumn::Decision => refused_cell(ui, &c.rules),
            TableColumn::ShipBy => match Deadline::of(c, today)
                .filter(|_| c.approved && crate::desk::waiting_for_product(c.status))
            {
                Some(d) => deadline_label(ui, &d, true),
                None => ui.label(""),
            },
        };
    }
}

/// "refused · REP-A REP-B", or the most of it that fits the cell: fewer
/// rule IDs and "+N" for the others, then the IDs alone (red, and only a
/// refusal has them); the whole of it on hover. A narrow table is not cut.
fn refused_cell(ui: &mut Ui, rules: &[String]) -> egui::Response {
    let color = theme::bad(ui.visuals());
    let ids = |shown: usize| {
        let ids = rules[..shown].join(" ");
        match rules.len() - shown {
            0 => ids,
            more => format!("{ids} +{more}"),
        }
    };
    let worded = |shown: usize| tr!("claims-refused-rules", rules = ids(shown));
    let all = worded(rules.len());
    let shorter = (1..rules.len()).rev().map(worded);
    let bare = (1..=rules.len()).rev().map(ids);
    let fits = |s: &String| {
        let width = egui::WidgetText::from(s.as_str())
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            )
            .size()
            .x;
        width <= ui.available_width()
    };
    let shown = std::iter::once(all.clone())
        .chain(shorter)
        .chain(bare)
        .find(fits)
        .unwrap_or_else(|| ids(rules.len().min(1)));
    let response = ui.label(RichText::new(&shown).color(color));
    if shown == all {
        response
    } else {
        response.on_hover_text(all)
    }
}

/// The columns shown, with their starting widths (0: the rest), for the
/// width there is: with a claim open beside the table, only those that tell
/// the rows apart; where even those do not fit (1024 px with a claim open),
/// or all do not (1024 px), the least needed go, so nothing is clipped.
fn columns(width: f32, detail_open: bool) -> &'static [(TableColumn, f32)] {
    use ClaimColumn as C;
    use TableColumn::{Decision, ShipBy, Sorted};
    match (detail_open, width) {
        (true, w) if w < 470.0 => &[
            (Sorted(C::Id), 120.0),
            (Sorted(C::Status), 110.0),
            (Decision, 0.0),
        ],
        (true, _) => &[
            (Sorted(C::Id), 120.0),
            (Sorted(C::Serial), 126.0),
            (Sorted(C::Status), 124.0),
            (Decision, 0.0),
        ],
        (false, w) if w < 930.0 => &[
            (Sorted(C::Id), 114.0),
            (Sorted(C::Serial), 116.0),
            (Sorted(C::Status), 146.0),
            (ShipBy, 86.0),
            (Sorted(C::Decided), 84.0),
            (Decision, 0.0),
        ],
        (false, w) if w < 1300.0 => &[
            (Sorted(C::Id), 128.0),
            (Sorted(C::Serial), 130.0),
            (Sorted(C::Model), 136.0),
            (Sorted(C::Status), 150.0),
            (ShipBy, 100.0),
            (Sorted(C::Decided), 90.0),
            (Decision, 0.0),
        ],
        (false, w) if w < 1600.0 => &[
            (Sorted(C::Id), 128.0),
            (Sorted(C::Serial), 130.0),
            (Sorted(C::Model), 150.0),
            (Sorted(C::Kind), 96.0),
            (Sorted(C::Status), 150.0),
            (ShipBy, 100.0),
            (Sorted(C::Decided), 96.0),
            (Decision, 0.0),
        ],
        // 1920 px: room for when each claim last changed (local time and
        // its offset).
        (false, _) => &[
            (Sorted(C::Id), 136.0),
            (Sorted(C::Serial), 140.0),
            (Sorted(C::Model), 160.0),
            (Sorted(C::Kind), 110.0),
            (Sorted(C::Status), 160.0),
            (ShipBy, 110.0),
            (Sorted(C::Decided), 100.0),
            (Sorted(C::Updated), 210.0),
            (Decision, 0.0),
        ],
    }
}

impl PanelUi for ClaimsPanel {
    fn title() -> String {
        tr!("panel-claims")
    }

    fn ui(&mut self, ui: &mut Ui, view: &View<'_>) -> Vec<Command> {
        let Self {
            filters,
            sort,
            rows,
            open,
            reload_open,
            step,
            counts,
            visit,
            quote,
        } = self;
        let mut out = Vec::new();
        filters.as_of = Some(view.today);
        let query = ClaimQuery {
            filter: filters.filter(),
            sort: *sort,
        };
        if rows.applied.as_ref() != Some(&query) {
            *rows = Rows {
                applied: Some(query.clone()),
                ..Rows::default()
            };
            out.push(Command::CountClaims(query));
            out.push(Command::CountQueues);
        }
        if std::mem::take(reload_open)
            && let Some(open) = open
        {
            out.push(Command::ReloadClaim(open.row.id.clone()));
        }
        queue_tabs(ui, &mut filters.queue, counts.as_ref());
        filters.ui(ui, rows.total, view.busy, &mut out);
        if open.is_some() {
            // At 1024 px the table keeps room for its decisions.
            let detail_w = (ui.available_width() * 0.45).clamp(360.0, 430.0);
            egui::Panel::right("claim_detail")
                .resizable(true)
                .default_size(detail_w)
                .min_size(340.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("claim_detail_scroll")
                        .show(ui, |ui| {
                            detail_ui(ui, view, open, step, visit, quote, &mut out)
                        });
                });
        }
        let open_id = open.as_ref().map(|c| c.row.id.as_str());
        egui::CentralPanel::no_frame()
            .show(ui, |ui| rows.ui(ui, sort, open_id, view.today, &mut out));
        out
    }

    fn receive(&mut self, outcome: &Outcome) {
        self.quote.receive(outcome);
        match outcome {
            Outcome::ClaimsCounted { query, total }
                if self.rows.applied.as_ref() == Some(query) =>
            {
                self.rows.total = Some(*total);
            }
            // A page for an old filter or sort is dropped.
            Outcome::ClaimsPage { query, page, rows }
                if self.rows.applied.as_ref() == Some(query) =>
            {
                self.rows.pages.insert(*page, rows.clone());
            }
            Outcome::ClaimsChanged => self.rows = Rows::default(),
            Outcome::ClaimShown { detail, fresh } => {
                let same = self.open.as_ref().map(|o| &o.row.id) == Some(&detail.row.id);
                self.open = Some((**detail).clone());
                if *fresh {
                    self.step = StepForm {
                        shipped: known_shipped_day(detail)
                            .map(widgets::iso)
                            .unwrap_or_default(),
                        ..StepForm::default()
                    };
                }
                // Read the signature again when it changed or another claim shows.
                if !same || !*fresh {
                    self.visit.signature = None;
                }
                if !same {
                    self.visit.pad = SignaturePad::default();
                    self.visit.signing = false;
                }
            }
            Outcome::SignatureLoaded { claim, signature } => {
                self.visit.signature = Some((claim.clone(), signature.clone()));
            }
            Outcome::QueuesCounted(counts) => self.counts = Some(*counts),
            Outcome::ParcelAdded { claim_id } if self.open_id() == Some(claim_id.as_str()) => {
                self.step.parcel = ParcelForm::default();
            }
            Outcome::ReplacementChecked {
                claim_id,
                serial,
                result,
            } if self.open_id() == Some(claim_id.as_str()) => {
                self.step.checked = Some((serial.clone(), result.clone()));
            }
            Outcome::ClaimChangedElsewhere(id) => {
                let open = self.open.as_ref().map(|d| d.row.id.as_str());
                self.reload_open |= open.is_some() && (id.is_none() || id.as_deref() == open);
            }
            _ => {}
        }
    }
}

impl ClaimsPanel {
    fn open_id(&self) -> Option<&str> {
        self.open.as_ref().map(|c| c.row.id.as_str())
    }

    /// The filter as the form stands.
    pub fn filter(&self) -> ClaimFilter {
        self.filters.filter()
    }

    /// The cached row at `index`, if its page is loaded.
    pub fn row(&self, index: usize) -> Option<&ClaimRow> {
        self.rows.row(index)
    }
}

impl Filters {
    /// The filter as the form stands (bad dates are ignored, and flagged).
    pub fn filter(&self) -> ClaimFilter {
        let day = |s: &str| parse_day(s.trim());
        ClaimFilter {
            status: self.status,
            kind: self.kind,
            from: day(&self.from),
            to: day(&self.to),
            serial: Some(self.serial.trim().to_owned()).filter(|s| !s.is_empty()),
            queue: self
                .queue
                .zip(self.as_of)
                .map(|(queue, as_of)| QueueFilter { queue, as_of }),
        }
    }

    fn ui(&mut self, ui: &mut Ui, total: Option<usize>, busy: bool, out: &mut Vec<Command>) {
        let filter = self.filter();
        ui.scope(|ui| {
            // A widget that does not fit moves to the next line whole.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            self.first_row(ui, total, filter, busy, out);
            self.second_row(ui);
        });
        ui.add_space(4.0);
    }

    /// Count, status and kind, and the export of what is shown.
    fn first_row(
        &mut self,
        ui: &mut Ui,
        total: Option<usize>,
        filter: ClaimFilter,
        busy: bool,
        out: &mut Vec<Command>,
    ) {
        let Self { status, kind, .. } = self;
        ui.horizontal_wrapped(|ui| {
            ui.heading(ClaimsPanel::title());
            ui.label(match total {
                Some(n) => tr!("claims-shown", count = n),
                None => tr!("claims-counting"),
            });
            ui.separator();
            let any = tr!("claims-any");
            let label = tr!("claims-status");
            let statuses = (ClaimStatus::ALL, ClaimStatus::label as fn(_) -> _);
            code_filter(
                ui,
                egui::IdSalt::new("f_status"),
                &label,
                &any,
                status,
                statuses,
            );
            let label = tr!("claims-kind");
            let kinds = (ClaimKind::ALL, ClaimKind::label as fn(_) -> _);
            code_filter(ui, egui::IdSalt::new("f_kind"), &label, &any, kind, kinds);
            ui.separator();
            let content = ExportContent::Claims(ClaimSelection::filtered(filter));
            widgets::export_menu(ui, &tr!("claims-export-shown"), content, busy, out);
        });
    }

    /// Dates and serial, and clearing them all.
    fn second_row(&mut self, ui: &mut Ui) {
        let Self {
            queue,
            as_of: _,
            status,
            kind,
            from,
            to,
            serial,
        } = self;
        ui.horizontal_wrapped(|ui| {
            for (label, text) in [
                (tr!("claims-from"), &mut *from),
                (tr!("claims-to"), &mut *to),
            ] {
                let l = ui.label(label);
                let bad = !text.trim().is_empty() && parse_day(text.trim()).is_none();
                let mut edit = egui::TextEdit::singleline(text)
                    .hint_text(tr!("date-hint"))
                    .desired_width(100.0);
                if bad {
                    edit = edit.text_color(theme::bad(ui.visuals()));
                }
                ui.add(edit)
                    .labelled_by(l.id)
                    .on_hover_text(tr!("claims-date-hover"));
            }
            let l = ui.label(tr!("claims-serial-contains"));
            ui.add(egui::TextEdit::singleline(serial).desired_width(160.0))
                .labelled_by(l.id);
            if ui.button(tr!("claims-clear-filters")).clicked() {
                *queue = None;
                *status = None;
                *kind = None;
                from.clear();
                to.clear();
                serial.clear();
            }
        });
    }
}

impl Rows {
    /// The cached row at `index`, if its page is loaded.
    pub fn row(&self, index: usize) -> Option<&ClaimRow> {
        self.pages.get(&(index / PAGE))?.get(index % PAGE)
    }

    /// The table: only the visible rows are drawn; a row whose page is not
    /// here yet shows "…" and its page is asked for once.
    fn ui(
        &mut self,
        ui: &mut Ui,
        sort: &mut ClaimSort,
        open_id: Option<&str>,
        today: NaiveDate,
        out: &mut Vec<Command>,
    ) {
        let total = self.total.unwrap_or(0);
        let mut clicked: Option<String> = None;
        let mut missing: Vec<usize> = Vec::new();
        let columns = columns(ui.available_width(), open_id.is_some());
        // A click anywhere on a row opens the claim (labels must not take it for text selection).
        ui.style_mut().interaction.selectable_labels = false;
        let mut table = TableBuilder::new(ui)
            // Each set of columns keeps its own widths.
            .id_salt(("claims_table", columns.len()))
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .min_scrolled_height(0.0);
        for (_, w) in columns {
            table = table.column(if *w > 0.0 {
                Column::initial(*w).at_least(60.0).clip(true)
            } else {
                Column::remainder().at_least(60.0).clip(true)
            });
        }
        table
            .header(24.0, |mut header| {
                for (col, _) in columns {
                    header.col(|ui| header_cell(ui, *col, sort));
                }
            })
            .body(|body| {
                body.rows(22.0, total, |mut row| {
                    let i = row.index();
                    let Some(c) = self.row(i) else {
                        missing.push(i / PAGE);
                        row.col(|ui| {
                            ui.label("…");
                        });
                        return;
                    };
                    row.set_selected(open_id == Some(c.id.as_str()));
                    for (col, _) in columns {
                        row.col(|ui| col.cell(ui, c, today));
                    }
                    if row.response().clicked() {
                        clicked = Some(c.id.clone());
                    }
                });
            });
        if total == 0 && self.total.is_some() {
            ui.label(tr!("claims-none-match"));
        }
        missing.sort_unstable();
        missing.dedup();
        for page in missing {
            if self.requested.insert(page)
                && let Some(query) = &self.applied
            {
                out.push(Command::LoadClaimsPage {
                    query: query.clone(),
                    page,
                });
            }
        }
        if let Some(id) = clicked {
            out.push(Command::OpenClaim(id));
        }
    }
}

/// The open claim beside the table: facts, timeline, next steps, export.
fn detail_ui(
    ui: &mut Ui,
    view: &View<'_>,
    open: &mut Option<ClaimDetail>,
    step: &mut StepForm,
    visit: &mut VisitView,
    quote: &mut crate::ui::quote::QuoteBox,
    out: &mut Vec<Command>,
) {
    let Some(id) = open.as_ref().map(|c| c.row.id.clone()) else {
        return;
    };
    ui.horizontal(|ui| {
        ui.heading(RichText::new(&id).monospace());
        if ui
            .small_button("×")
            .on_hover_text(tr!("claims-close-detail"))
            .clicked()
            || ui.input(|i| i.key_pressed(egui::Key::Escape))
        {
            *open = None;
        }
    });
    let Some(c) = open.as_ref() else { return };
    detail_facts(ui, c, out);
    next_steps(ui, view, c, step, out);
    quote.ui(ui, view, c, out);
    parcels(ui, view, c, &mut step.parcel, out);
    visit_ui(ui, view, c, visit, out);
    timeline(ui, c);
    ui.add_space(8.0);
    let content = ExportContent::Claims(ClaimSelection::one(&id));
    widgets::export_menu(ui, &tr!("claims-export-one"), content, view.busy, out);
}

/// A drop-down filter on a code enum: "any" or one code.
fn code_filter<T: Copy + PartialEq>(
    ui: &mut Ui,
    id: egui::IdSalt,
    label: &str,
    any: &str,
    value: &mut Option<T>,
    (all, name): (&[T], fn(T) -> &'static str),
) {
    let l = ui.label(label);
    egui::ComboBox::from_id_salt(id)
        .selected_text(value.map_or(any, name))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, any);
            for v in all {
                ui.selectable_value(value, Some(*v), name(*v));
            }
        })
        .response
        .labelled_by(l.id);
}

/// A column title; a click on a sortable one sorts by it (again: reversed).
fn header_cell(ui: &mut Ui, col: TableColumn, sort: &mut ClaimSort) {
    let TableColumn::Sorted(col) = col else {
        // Not a column the store sorts by.
        ui.strong(col.title());
        return;
    };
    let title = TableColumn::Sorted(col).title();
    let text = match (sort.column == col, sort.descending) {
        (false, _) => title,
        (true, false) => tr!("claims-sorted-asc", column = title),
        (true, true) => tr!("claims-sorted-desc", column = title),
    };
    let button = egui::Button::new(RichText::new(text).strong()).frame(false);
    if ui
        .add(button)
        .on_hover_text(tr!("claims-sort-hover"))
        .clicked()
    {
        *sort = if sort.column == col {
            ClaimSort {
                column: col,
                descending: !sort.descending,
            }
        } else {
            ClaimSort {
                column: col,
                descending: false,
            }
        };
    }
}

/// Status, kind, product, dates, decision, fee, parts and cause.
fn detail_facts(ui: &mut Ui, c: &ClaimDetail, out: &mut Vec<Command>) {
    let r = &c.row;
    ui.label(
        RichText::new(r.status.label())
            .strong()
            .size(16.0)
            .color(status_color(ui, r.status)),
    );
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(
            "claims-kind-channel",
            kind = r.kind.label(),
            channel = r.channel.label()
        ));
        if ui.link(&r.serial).clicked() {
            out.push(Command::OpenProduct(r.serial.clone()));
        }
        ui.label(tr!("claims-model", model = r.model.as_str()));
    });
    ui.label(tr!(
        "claims-dates",
        submitted = widgets::iso(r.submitted_on),
        decided = widgets::iso(r.decided_on)
    ));
    if let Some(d) = &c.deadline {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("claims-ship-by", day = widgets::iso(d.ship_by)));
            if r.approved && crate::desk::waiting_for_product(r.status) {
                deadline_label(ui, d, false);
            } else if let Some(shipped) = r.shipped_on {
                ui.label(tr!("claims-shipped-on", day = widgets::iso(shipped)));
            }
        });
    }
    let advised = Advised {
        decision: &c.decision,
        shown: c.advice.as_ref(),
        advice: None,
    };
    // Filed: the advice is what was shown then; nothing is applied here.
    let _ = advice::decision_ui(ui, advised, out);
    if c.advice.is_none() && !c.decision.approved() {
        widgets::hint(ui, &tr!("advice-not-kept"));
    }
    if let Some(fee) = &r.fee {
        ui.label(match r.replacement_number {
            Some(n) => tr!("claims-pays-number", fee = widgets::money(fee), number = n),
            None => tr!("claims-pays", fee = widgets::money(fee)),
        });
    }
    if let Some(new) = &r.replacement_serial {
        ui.horizontal(|ui| {
            ui.label(tr!("claims-replacement-unit"));
            if ui.link(new).clicked() {
                out.push(Command::OpenProduct(new.clone()));
            }
        });
    }
    let parts: Vec<String> = c
        .input
        .parts
        .iter()
        .map(|(p, q)| {
            if *q > 1 {
                tr!("claims-part-quantity", part = p.label(), quantity = *q)
            } else {
                p.label().to_owned()
            }
        })
        .collect();
    ui.label(tr!("claims-parts", parts = parts.join(", ")));
    ui.label(tr!(
        "claims-cause-region",
        cause = c.input.cause.label(),
        region = c.input.service_region.to_string()
    ));
}

/// The customer, the intake record, the photos and the signature, with
/// what can be added later, and the papers to print.
fn visit_ui(
    ui: &mut Ui,
    view: &View<'_>,
    c: &ClaimDetail,
    visit: &mut VisitView,
    out: &mut Vec<Command>,
) {
    customer_ui(ui, c, out);
    photos_ui(ui, view, c, visit, out);
    signature_ui(ui, view, c, visit, out);
    papers_ui(ui, &c.row.id, out);
}

/// Who the claim is for, and the intake record as it was taken.
fn customer_ui(ui: &mut Ui, c: &ClaimDetail, out: &mut Vec<Command>) {
    widgets::section(ui, &tr!("claims-customer"));
    match &c.visit.customer {
        Some(who) => {
            let name = if who.erased {
                tr!("customer-erased")
            } else {
                who.name.clone().unwrap_or_default()
            };
            if ui
                .link(tr!("claims-customer-line", id = who.id, name = name))
                .clicked()
            {
                out.push(Command::OpenCustomer(who.id));
            }
        }
        None => widgets::hint(ui, &tr!("claims-no-customer")),
    }
    if let Some(i) = &c.visit.intake {
        let lang = crate::i18n::current();
        for item in crate::desk::ChecklistItem::ALL {
            // Shown as a tick that cannot be changed: the record as taken.
            let mut ticked = i.checklist.is_ticked(*item);
            ui.add_enabled(false, egui::Checkbox::new(&mut ticked, item.short(lang)));
        }
        if i.incomplete_confirmed {
            note(ui, &tr!("claims-incomplete-confirmed"), true);
        }
        if !i.description.is_empty() {
            ui.add(
                egui::Label::new(tr!("claims-description", text = i.description.as_str())).wrap(),
            );
        }
        if let (Some(by), Some(at)) = (&i.privacy_recorded_by, i.privacy_recorded_at) {
            widgets::hint(
                ui,
                &tr!(
                    "claims-privacy-recorded",
                    who = by.as_str(),
                    at = local_time(at)
                ),
            );
        }
    }
}

/// The photos kept with the claim, and adding more.
fn photos_ui(
    ui: &mut Ui,
    view: &View<'_>,
    c: &ClaimDetail,
    visit: &mut VisitView,
    out: &mut Vec<Command>,
) {
    let id = &c.row.id;
    widgets::section(ui, &tr!("claims-photos"));
    if c.visit.photos.is_empty() {
        widgets::hint(ui, &tr!("claims-no-photos"));
    }
    ui.horizontal_wrapped(|ui| {
        for p in &c.visit.photos {
            let texture = match visit.thumbs.get(&p.id) {
                Some(t) => Some(t.clone()),
                None => {
                    let t = thumbnail_texture(ui.ctx(), &p.sha256, &p.thumbnail_png);
                    if let Some(t) = &t {
                        visit.thumbs.insert(p.id, t.clone());
                    }
                    t
                }
            };
            let hover = tr!(
                "claims-photo-hover",
                name = p.name.as_str(),
                width = p.width,
                height = p.height,
                sha256 = p.sha256.get(..12).unwrap_or(&p.sha256)
            );
            match texture {
                Some(t) => {
                    thumbnail(ui, &t, 110.0).on_hover_text(hover);
                }
                None => {
                    ui.label(hover);
                }
            }
        }
    });
    let staff = view.current_staff.is_some();
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(staff, egui::Button::new(tr!("photos-add")))
            .clicked()
        {
            out.push(Command::PickPhotos(PhotoTarget::Claim(id.clone())));
        }
        widgets::hint(ui, &tr!("photos-drop-hint"));
    });
}

/// The customer's signature, or the pad to take it.
fn signature_ui(
    ui: &mut Ui,
    view: &View<'_>,
    c: &ClaimDetail,
    visit: &mut VisitView,
    out: &mut Vec<Command>,
) {
    let id = &c.row.id;
    let staff = view.current_staff.is_some();
    widgets::section(ui, &tr!("claims-signature"));
    let loaded = visit.signature.as_ref().filter(|(for_id, _)| for_id == id);
    match (&c.visit.signature, loaded) {
        (None, _) => widgets::hint(ui, &tr!("claims-not-signed")),
        (Some(info), _) if info.erased => note(ui, &tr!("customer-erased"), false),
        (Some(_), None) => out.push(Command::LoadSignature(id.clone())),
        (Some(info), Some((_, sig))) => {
            if let Some(s) = sig.as_ref().and_then(|s| s.signature.as_ref()) {
                signature_view(ui, &s.strokes);
            }
            widgets::hint(
                ui,
                &tr!(
                    "claims-signed",
                    at = local_time(info.signed_at),
                    who = info.recorded_by.as_str()
                ),
            );
        }
    }
    let erased = c.visit.customer.as_ref().is_some_and(|w| w.erased);
    if !erased {
        if visit.signing {
            visit.pad.ui(ui);
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        staff && !visit.pad.is_empty(),
                        egui::Button::new(tr!("claims-keep-signature")),
                    )
                    .clicked()
                    && let Some(signature) = visit.pad.signature()
                {
                    out.push(Command::SignClaim {
                        id: id.clone(),
                        signature,
                    });
                    visit.signing = false;
                    visit.pad = SignaturePad::default();
                }
                if ui.button(tr!("dialog-cancel")).clicked() {
                    visit.signing = false;
                }
            });
        } else if ui.button(tr!("claims-sign")).clicked() {
            visit.signing = true;
        }
    }
}

/// The papers for the customer.
fn papers_ui(ui: &mut Ui, id: &str, out: &mut Vec<Command>) {
    widgets::section(ui, &tr!("claims-papers"));
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr!("claims-print-receipt")).clicked() {
            out.push(Command::PickPrint {
                claim: id.to_owned(),
                paper: PaperKind::Receipt,
            });
        }
        if ui.button(tr!("claims-print-label")).clicked() {
            out.push(Command::PickPrint {
                claim: id.to_owned(),
                paper: PaperKind::Label,
            });
        }
    });
}

/// Every step of the claim, oldest first.
fn timeline(ui: &mut Ui, c: &ClaimDetail) {
    // The heading names the workstation's clock when every step was on the
    // same offset, keeping the time column narrow; across a change of
    // summer time each time names its own.
    let offset = format::one_offset(c.events.iter().map(|e| e.at), Zone::Local);
    match offset {
        Some(o) => widgets::section(
            ui,
            &tr!("claims-timeline-zone", zone = format::offset_name(o)),
        ),
        None => widgets::section(ui, &tr!("claims-timeline")),
    }
    egui::Grid::new("timeline")
        .num_columns(3)
        .striped(true)
        .spacing([10.0, 3.0])
        .show(ui, |ui| {
            for e in &c.events {
                ui.label(match offset {
                    Some(_) => format::wall_time_in(e.at, Zone::Local),
                    None => local_time(e.at),
                });
                ui.label(&e.who);
                // (A status as its label: lower-casing it is wrong in
                // German. A parcel recorded leaves the status as it was.)
                let step = match e.from {
                    Some(f) if f != e.to => {
                        tr!("claims-step-from", to = e.to.label(), from = f.label())
                    }
                    _ => e.to.label().to_owned(),
                };
                // Wrapped: a long step or note (a Chinese one has no
                // spaces) must not widen the detail over the claims table.
                let text = if e.note.is_empty() {
                    step
                } else {
                    format!("{step}\n{}", e.note)
                };
                ui.add(egui::Label::new(text).wrap());
                ui.end_row();
            }
        });
}

/// The note, and a button for each lifecycle step the claim can take now.
fn next_steps(
    ui: &mut Ui,
    view: &View<'_>,
    c: &ClaimDetail,
    step_form: &mut StepForm,
    out: &mut Vec<Command>,
) {
    let StepForm {
        note,
        new_serial,
        checked,
        shipped,
        parcel: _,
    } = step_form;
    let r = &c.row;
    widgets::section(ui, &tr!("claims-next-step"));
    let can_act = view.current_staff.is_some();
    if !can_act {
        widgets::error_text(ui, &tr!("claims-choose-staff"));
    }
    let reopenable = r.status == ClaimStatus::Closed && !r.approved;
    if c.next_actions.is_empty() && !reopenable {
        widgets::hint(ui, &tr!("claims-nothing-left"));
    }
    ui.horizontal(|ui| {
        let l = ui.label(tr!("claims-note"));
        ui.add(
            egui::TextEdit::singleline(note)
                .desired_width(260.0)
                .hint_text(tr!("claims-note-hint")),
        )
        .labelled_by(l.id);
    });
    let step = |action: ClaimAction| Command::AdvanceClaim {
        id: r.id.clone(),
        action,
        note: note.trim().to_owned(),
    };
    for action in &c.next_actions {
        match action {
            ClaimAction::ShipReplacement { .. } => {
                ship_replacement(ui, r, can_act, new_serial, checked, &step, out);
            }
            ClaimAction::Receive { .. } => receive(ui, c, can_act, shipped, &step, out),
            ClaimAction::Lapse => lapse_button(ui, c, can_act, &step, out),
            // The paid repair is chosen beside its quote (ui/quote.rs), so
            // what the customer was offered is on record.
            ClaimAction::ChoosePaidRepair => {}
            ClaimAction::Close => close_button(ui, c, can_act, &step, out),
            other => {
                if ui
                    .add_enabled(can_act, egui::Button::new(other.label()))
                    .clicked()
                {
                    out.push(step(other.clone()));
                }
            }
        }
    }
    if reopenable
        && ui
            .add_enabled(
                can_act && !note.trim().is_empty(),
                egui::Button::new(tr!("claims-reopen-button")),
            )
            .on_disabled_hover_text(tr!("claims-reopen-disabled"))
            .clicked()
    {
        out.push(Command::AskPin(PinAction::ReopenClaim {
            id: r.id.clone(),
            note: note.trim().to_owned(),
        }));
    }
}

/// Closing an overdue claim as refused (REP-SHIP-LATE / EW-SHIP-LATE), asked first.
fn lapse_button(
    ui: &mut Ui,
    c: &ClaimDetail,
    can_act: bool,
    step: &dyn Fn(ClaimAction) -> Command,
    out: &mut Vec<Command>,
) {
    let r = &c.row;
    let rule = lapse_rule(r.kind);
    let button = egui::Button::new(
        RichText::new(ClaimAction::Lapse.label()).color(theme::bad(ui.visuals())),
    );
    if ui
        .add_enabled(can_act, button)
        .on_hover_text(tr!("claims-lapse-hover", rule = rule))
        .clicked()
    {
        let ship_by = c
            .deadline
            .map(|d| widgets::iso(d.ship_by))
            .unwrap_or_default();
        out.push(Command::Confirm(Confirmation {
            title: tr!("claims-lapse-title"),
            body: tr!(
                "claims-lapse-body",
                id = r.id.as_str(),
                ship_by = ship_by,
                rule = rule
            ),
            confirm_label: tr!("claims-lapse-confirm"),
            then: Box::new(step(ClaimAction::Lapse)),
        }));
    }
}

/// Closing the claim, asked first.
fn close_button(
    ui: &mut Ui,
    c: &ClaimDetail,
    can_act: bool,
    step: &dyn Fn(ClaimAction) -> Command,
    out: &mut Vec<Command>,
) {
    let r = &c.row;
    if ui
        .add_enabled(can_act, egui::Button::new(tr!("claims-close-button")))
        .clicked()
    {
        out.push(Command::Confirm(Confirmation {
            title: tr!("claims-close-title"),
            body: tr!("claims-close-body", id = r.id.as_str()),
            confirm_label: tr!("claims-close-confirm"),
            then: Box::new(step(ClaimAction::Close)),
        }));
    }
}

/// The rule a lapse closes a claim of this kind with.
fn lapse_rule(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Replacement => crate::rules::RuleId::RepShipLate.id(),
        ClaimKind::ExtendedWarranty => crate::rules::RuleId::EwShipLate.id(),
    }
}

/// The day the customer's parcel is known to have been shipped: the
/// earliest inbound parcel's, else the one recorded on the claim.
fn known_shipped_day(c: &ClaimDetail) -> Option<NaiveDate> {
    c.parcels
        .iter()
        .filter(|p| p.direction == ParcelDirection::Inbound)
        .filter_map(|p| p.shipped_on)
        .min()
        .or(c.row.shipped_on)
}

/// Days left to ship, or how late, coloured by urgency; `short` for a table cell.
fn deadline_label(ui: &mut Ui, d: &Deadline, short: bool) -> egui::Response {
    let v = ui.visuals();
    let (text, color) = if d.overdue {
        let late = (d.as_of - d.ship_by).num_days();
        let text = if short {
            tr!("claims-days-late-short", days = late)
        } else {
            tr!("claims-days-late", days = late)
        };
        (text, theme::bad(v))
    } else if let Some(shipped) = d.shipped_on {
        let day = widgets::iso(shipped);
        let text = if short {
            tr!("claims-deadline-shipped-short")
        } else {
            tr!("claims-deadline-shipped", day = day.as_str())
        };
        let hover = format!(
            "{} \u{b7} {}",
            tr!("claims-deadline-shipped", day = day.as_str()),
            tr!("claims-ship-by", day = widgets::iso(d.ship_by))
        );
        let ok = theme::ok(v);
        return ui.label(RichText::new(text).color(ok)).on_hover_text(hover);
    } else {
        let color = if d.days_left <= 1 {
            theme::warn(v)
        } else {
            v.text_color()
        };
        (tr!("claims-days-left", days = d.days_left), color)
    };
    ui.label(RichText::new(text).color(color))
        .on_hover_text(tr!("claims-ship-by", day = widgets::iso(d.ship_by)))
}

/// The work queues as tabs with their counts; "All claims" shows every claim.
fn queue_tabs(ui: &mut Ui, queue: &mut Option<ClaimQueue>, counts: Option<&QueueCounts>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("claims-queue"));
        ui.selectable_value(queue, None, tr!("claims-queue-all"));
        for q in ClaimQueue::ALL {
            let text = match counts {
                Some(c) => tr!("claims-queue-count", queue = q.label(), count = c.get(*q)),
                None => q.label().to_owned(),
            };
            let mut text = RichText::new(text);
            if *q == ClaimQueue::Overdue && counts.is_some_and(|c| c.overdue > 0) {
                text = text.color(theme::bad(ui.visuals())).strong();
            }
            ui.selectable_value(queue, Some(*q), text);
        }
    });
}

/// An optional day field: empty is no day; anything else must be a day.
fn optional_day(ui: &mut Ui, label: &str, text: &mut String) -> Result<Option<NaiveDate>, ()> {
    let t = text.trim();
    let parsed = if t.is_empty() {
        Ok(None)
    } else {
        parse_day(t).map(Some).ok_or(())
    };
    let l = ui.label(label);
    let mut edit = egui::TextEdit::singleline(text)
        .hint_text(tr!("date-hint"))
        .desired_width(104.0)
        .char_limit(10);
    if parsed.is_err() {
        edit = edit.text_color(theme::bad(ui.visuals()));
    }
    ui.add(edit).labelled_by(l.id);
    parsed
}

/// Receiving: the day the parcel was shipped (from its tracking) is asked
/// for when the claim has a deadline; the claim is decided again with it.
fn receive(
    ui: &mut Ui,
    c: &ClaimDetail,
    can_act: bool,
    shipped: &mut String,
    step: &dyn Fn(ClaimAction) -> Command,
    out: &mut Vec<Command>,
) {
    let r = &c.row;
    let label = ClaimAction::Receive { shipped: None }.label();
    let Some(deadline) = c.deadline else {
        // At a Swift Service Center the customer brings the unit.
        if ui.add_enabled(can_act, egui::Button::new(label)).clicked() {
            out.push(step(ClaimAction::Receive { shipped: None }));
        }
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(tr!("claims-receive-title")).strong());
        let day = ui
            .horizontal(|ui| optional_day(ui, &tr!("claims-receive-shipped"), shipped))
            .inner;
        widgets::hint(
            ui,
            &tr!(
                "claims-receive-hint",
                ship_by = widgets::iso(deadline.ship_by),
                rule = lapse_rule(r.kind)
            ),
        );
        let day = day.ok().flatten();
        let button = egui::Button::new(label);
        if ui
            .add_enabled(can_act && day.is_some(), button)
            .on_disabled_hover_text(tr!("claims-receive-disabled"))
            .clicked()
            && let Some(day) = day
        {
            let receive = step(ClaimAction::Receive { shipped: Some(day) });
            if day > deadline.ship_by {
                // Shipped late: it will be refused on receipt; ask first.
                out.push(Command::Confirm(Confirmation {
                    title: tr!("claims-receive-late-title"),
                    body: tr!(
                        "claims-receive-late-body",
                        id = r.id.as_str(),
                        day = widgets::iso(day),
                        ship_by = widgets::iso(deadline.ship_by),
                        rule = lapse_rule(r.kind)
                    ),
                    confirm_label: tr!("claims-receive-late-confirm"),
                    then: Box::new(receive),
                }));
            } else {
                out.push(receive);
            }
        }
    });
}

/// The claim's parcels, and the form that records one.
fn parcels(
    ui: &mut Ui,
    view: &View<'_>,
    c: &ClaimDetail,
    form: &mut ParcelForm,
    out: &mut Vec<Command>,
) {
    widgets::section(ui, &tr!("claims-parcels"));
    if c.parcels.is_empty() {
        widgets::hint(ui, &tr!("claims-no-parcels"));
    } else {
        egui::Grid::new("parcels")
            .num_columns(3)
            .striped(true)
            .spacing([10.0, 3.0])
            .show(ui, |ui| {
                for p in &c.parcels {
                    parcel_row(ui, p);
                }
            });
    }
    let ParcelForm {
        direction,
        carrier,
        tracking,
        shipped,
        received,
    } = form;
    ui.collapsing(tr!("claims-parcel-add-heading"), |ui| {
        ui.horizontal(|ui| {
            for d in ParcelDirection::ALL {
                ui.selectable_value(direction, *d, d.label());
            }
        });
        let (shipped_day, received_day) = egui::Grid::new("parcel_form")
            .num_columns(2)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                let l = ui.label(tr!("claims-parcel-carrier"));
                ui.add(egui::TextEdit::singleline(carrier).desired_width(160.0))
                    .labelled_by(l.id);
                ui.end_row();
                let l = ui.label(tr!("claims-parcel-tracking"));
                ui.add(egui::TextEdit::singleline(tracking).desired_width(200.0))
                    .labelled_by(l.id);
                ui.end_row();
                let s = optional_day(ui, &tr!("claims-parcel-shipped"), shipped);
                ui.end_row();
                let r = optional_day(ui, &tr!("claims-parcel-received"), received);
                ui.end_row();
                (s, r)
            })
            .inner;
        let ready = view.current_staff.is_some()
            && !carrier.trim().is_empty()
            && !tracking.trim().is_empty()
            && shipped_day.is_ok()
            && received_day.is_ok();
        if ui
            .add_enabled(ready, egui::Button::new(tr!("claims-parcel-add")))
            .on_disabled_hover_text(tr!("claims-parcel-add-disabled"))
            .clicked()
            && let (Ok(shipped_on), Ok(received_on)) = (shipped_day, received_day)
        {
            out.push(Command::AddParcel {
                claim_id: c.row.id.clone(),
                input: ParcelInput {
                    direction: *direction,
                    carrier: carrier.trim().to_owned(),
                    tracking: tracking.trim().to_owned(),
                    shipped_on,
                    received_on,
                },
            });
        }
    });
}

/// One parcel: direction, carrier and tracking, its days.
fn parcel_row(ui: &mut Ui, p: &Parcel) {
    ui.label(p.direction.label());
    ui.label(RichText::new(format!("{} {}", p.carrier, p.tracking)).monospace());
    let days = match (p.shipped_on, p.received_on) {
        (Some(s), Some(r)) => tr!(
            "claims-parcel-days-both",
            shipped = widgets::iso(s),
            received = widgets::iso(r)
        ),
        (Some(s), None) => tr!("claims-parcel-days-shipped", shipped = widgets::iso(s)),
        (None, Some(r)) => tr!("claims-parcel-days-received", received = widgets::iso(r)),
        (None, None) => tr!("claims-parcel-days-none"),
    };
    ui.label(days);
    ui.end_row();
}

/// The new unit's serial, scanned and checked by the desk (same model,
/// unknown to the store), and the confirmed step that completes the
/// replacement.
fn ship_replacement(
    ui: &mut Ui,
    r: &ClaimRow,
    can_act: bool,
    new_serial: &mut String,
    checked: &Option<(String, Result<ReplacementUnit, String>)>,
    step: &dyn Fn(ClaimAction) -> Command,
    out: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(tr!("claims-ship-heading")).strong());
        let typed = new_serial.trim().to_owned();
        let entered = ui
            .horizontal(|ui| {
                let l = ui.label(tr!("claims-new-serial"));
                let field = ui
                    .add(egui::TextEdit::singleline(new_serial).desired_width(170.0))
                    .labelled_by(l.id);
                // A scanner ends with Enter: the serial is checked at once.
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let check = ui
                    .add_enabled(
                        !typed.is_empty(),
                        egui::Button::new(tr!("claims-ship-check")),
                    )
                    .clicked();
                enter || check
            })
            .inner;
        if entered && !typed.is_empty() {
            out.push(Command::CheckReplacementUnit {
                claim_id: r.id.clone(),
                serial: typed.clone(),
            });
        }
        // The check shown is the one of the serial as it stands.
        let current = checked.as_ref().filter(|(s, _)| *s == typed);
        let unit = match current {
            Some((_, Ok(unit))) => {
                ui.label(
                    RichText::new(tr!(
                        "claims-ship-checked",
                        new = unit.serial.as_str(),
                        model = unit.model.as_str(),
                        serial = unit.replaces.as_str()
                    ))
                    .color(theme::ok(ui.visuals())),
                );
                Some(unit)
            }
            Some((_, Err(e))) => {
                widgets::error_text(ui, e);
                None
            }
            None => {
                widgets::hint(ui, &tr!("claims-ship-scan-hint"));
                None
            }
        };
        if ui
            .add_enabled(
                can_act && unit.is_some(),
                egui::Button::new(tr!("claims-ship-button")),
            )
            .on_disabled_hover_text(tr!("claims-ship-disabled"))
            .clicked()
            && let Some(unit) = unit
        {
            out.push(Command::Confirm(Confirmation {
                title: tr!("claims-ship-title"),
                body: tr!(
                    "claims-ship-body",
                    new = unit.serial.as_str(),
                    serial = r.serial.as_str()
                ),
                confirm_label: tr!("claims-ship-confirm"),
                then: Box::new(step(ClaimAction::ShipReplacement {
                    new_serial: unit.serial.clone(),
                })),
            }));
        }
    });
}
