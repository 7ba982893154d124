//! Claims: a sortable, filterable table of every claim that stays smooth with
//! 100,000 rows (the query is paged, only the visible rows are drawn), and
//! the open claim's timeline with buttons for its next lifecycle steps.

use crate::desk::{
    ClaimAction, ClaimColumn, ClaimDetail, ClaimFilter, ClaimKind, ClaimRow, ClaimSort, ClaimStatus,
};
use crate::report::ExportFormat;
use crate::report::job::ExportContent;
use crate::report::source::ClaimSelection;
use crate::ui::app::View;
use crate::ui::command::{Command, PinAction};
use crate::ui::{theme, widgets};
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};
use std::collections::{HashMap, HashSet};

/// Rows fetched per query.
pub const PAGE: usize = 200;

#[derive(Debug, Default, Clone)]
pub struct ClaimsPanel {
    // ---- the filter form
    pub status: Option<ClaimStatus>,
    pub kind: Option<ClaimKind>,
    pub from: String,
    pub to: String,
    pub serial: String,
    pub sort: ClaimSort,
    // ---- data, filled by the app
    /// The filter and sort the cached pages belong to.
    pub applied: Option<(ClaimFilter, ClaimSort)>,
    pub total: Option<usize>,
    pub pages: HashMap<usize, Vec<ClaimRow>>,
    pub requested: HashSet<usize>,
    /// The open claim.
    pub open: Option<ClaimDetail>,
    // ---- the open claim's action form
    pub new_serial: String,
    pub note: String,
}

pub fn status_color(ui: &Ui, s: ClaimStatus) -> egui::Color32 {
    match s {
        ClaimStatus::Refused => theme::bad(ui.visuals()),
        ClaimStatus::Closed => theme::muted(ui.visuals()),
        ClaimStatus::Submitted | ClaimStatus::AwaitingProduct => theme::warn(ui.visuals()),
        _ => theme::ok(ui.visuals()),
    }
}

impl ClaimsPanel {
    /// The filter as the form stands (bad dates are ignored, and flagged).
    pub fn filter(&self) -> ClaimFilter {
        let day = |s: &str| crate::rules::request::parse_day(s.trim());
        ClaimFilter {
            status: self.status,
            kind: self.kind,
            from: day(&self.from),
            to: day(&self.to),
            serial: Some(self.serial.trim().to_owned()).filter(|s| !s.is_empty()),
        }
    }

    /// Forgets cached rows (after a write, or when the filter changes).
    pub fn invalidate(&mut self) {
        self.applied = None;
        self.pages.clear();
        self.requested.clear();
        self.total = None;
    }

    /// The cached row at `index`, if its page is loaded.
    pub fn row(&self, index: usize) -> Option<&ClaimRow> {
        self.pages.get(&(index / PAGE))?.get(index % PAGE)
    }

    pub fn ui(&mut self, ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
        let current = (self.filter(), self.sort);
        if self.applied.as_ref() != Some(&current) {
            self.invalidate();
            self.applied = Some(current);
            out.push(Command::RefreshClaims);
        }
        self.filter_bar(ui, view.busy, out);
        if self.open.is_some() {
            egui::Panel::right("claim_detail")
                .resizable(true)
                .default_size(430.0)
                .min_size(340.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("claim_detail_scroll")
                        .show(ui, |ui| self.detail_ui(ui, view, out));
                });
        }
        egui::CentralPanel::no_frame().show(ui, |ui| self.table_ui(ui, out));
    }

    fn filter_bar(&mut self, ui: &mut Ui, busy: bool, out: &mut Vec<Command>) {
        let filter = self.filter();
        let Self {
            status,
            kind,
            from,
            to,
            serial,
            total,
            ..
        } = self;
        ui.horizontal_wrapped(|ui| {
            ui.heading("Claims");
            match total {
                Some(n) => ui.label(format!("{n} shown")),
                None => ui.label("counting…"),
            };
            ui.separator();
            let l = ui.label("Status:");
            egui::ComboBox::from_id_salt("f_status")
                .selected_text(status.map(|s| s.label()).unwrap_or("any"))
                .show_ui(ui, |ui| {
                    ui.selectable_value(status, None, "any");
                    for s in ClaimStatus::ALL {
                        ui.selectable_value(status, Some(*s), s.label());
                    }
                })
                .response
                .labelled_by(l.id);
            let l = ui.label("Kind:");
            egui::ComboBox::from_id_salt("f_kind")
                .selected_text(kind.map(|k| k.label()).unwrap_or("any"))
                .show_ui(ui, |ui| {
                    ui.selectable_value(kind, None, "any");
                    for k in ClaimKind::ALL {
                        ui.selectable_value(kind, Some(*k), k.label());
                    }
                })
                .response
                .labelled_by(l.id);
        });
        ui.horizontal_wrapped(|ui| {
            for (label, text) in [("Applied from:", &mut *from), ("to:", &mut *to)] {
                let l = ui.label(label);
                let bad = !text.trim().is_empty()
                    && crate::rules::request::parse_day(text.trim()).is_none();
                let mut edit = egui::TextEdit::singleline(text)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(96.0);
                if bad {
                    edit = edit.text_color(theme::bad(ui.visuals()));
                }
                ui.add(edit)
                    .labelled_by(l.id)
                    .on_hover_text("Inclusive; leave empty for no limit.");
            }
            let l = ui.label("Serial or claim id contains:");
            ui.add(egui::TextEdit::singleline(serial).desired_width(160.0))
                .labelled_by(l.id);
            if ui.button("Clear filters").clicked() {
                *status = None;
                *kind = None;
                from.clear();
                to.clear();
                serial.clear();
            }
            export_menu(
                ui,
                "Export shown claims…",
                ExportContent::Claims(ClaimSelection::filtered(filter)),
                busy,
                out,
            );
        });
        ui.add_space(4.0);
    }

    fn table_ui(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        let total = self.total.unwrap_or(0);
        let open_id = self.open.as_ref().map(|c| c.row.id.clone());
        let row_h = 22.0;
        let mut clicked: Option<String> = None;
        let mut sort = self.sort;
        let mut missing: Vec<usize> = Vec::new();
        // With a claim open beside the table, only the columns that tell the
        // rows apart are shown, so nothing is clipped at 1280 px.
        let compact = self.open.is_some();
        let columns: &[(&str, Option<ClaimColumn>, f32)] = if compact {
            &[
                ("Claim", Some(ClaimColumn::Id), 128.0),
                ("Serial", Some(ClaimColumn::Serial), 130.0),
                ("Status", Some(ClaimColumn::Status), 130.0),
                ("Decision / fee", None, 0.0),
            ]
        } else {
            &[
                ("Claim", Some(ClaimColumn::Id), 128.0),
                ("Serial", Some(ClaimColumn::Serial), 130.0),
                ("Model", Some(ClaimColumn::Model), 150.0),
                ("Kind", Some(ClaimColumn::Kind), 96.0),
                ("Status", Some(ClaimColumn::Status), 140.0),
                ("Applied", Some(ClaimColumn::Decided), 96.0),
                ("Decision / fee", None, 0.0),
            ]
        };
        // A click anywhere on a row opens the claim (labels must not take it for text selection).
        ui.style_mut().interaction.selectable_labels = false;
        let mut table = TableBuilder::new(ui)
            .id_salt(("claims_table", compact))
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .min_scrolled_height(0.0);
        for (_, _, w) in columns {
            table = table.column(if *w > 0.0 {
                Column::initial(*w).at_least(60.0).clip(true)
            } else {
                Column::remainder().at_least(60.0).clip(true)
            });
        }
        table
            .header(24.0, |mut header| {
                for (label, col, _) in columns {
                    header.col(|ui| {
                        let Some(col) = *col else {
                            ui.strong(*label);
                            return;
                        };
                        let arrow = if sort.column == col {
                            if sort.descending { " (desc)" } else { " (asc)" }
                        } else {
                            ""
                        };
                        if ui
                            .add(
                                egui::Button::new(
                                    RichText::new(format!("{label}{arrow}")).strong(),
                                )
                                .frame(false),
                            )
                            .on_hover_text("Sort by this column (again to reverse)")
                            .clicked()
                        {
                            if sort.column == col {
                                sort.descending = !sort.descending;
                            } else {
                                sort = ClaimSort {
                                    column: col,
                                    descending: false,
                                };
                            }
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(row_h, total, |mut row| {
                    let i = row.index();
                    let Some(c) = self.row(i) else {
                        missing.push(i / PAGE);
                        row.col(|ui| {
                            ui.label("…");
                        });
                        return;
                    };
                    row.set_selected(open_id.as_deref() == Some(c.id.as_str()));
                    for (label, _, _) in columns {
                        row.col(|ui| match *label {
                            "Claim" => {
                                ui.label(RichText::new(&c.id).monospace());
                            }
                            "Serial" => {
                                ui.label(RichText::new(&c.serial).monospace());
                            }
                            "Model" => {
                                ui.label(&c.model);
                            }
                            "Kind" => {
                                ui.label(match c.kind {
                                    ClaimKind::Replacement => "Replacement",
                                    ClaimKind::ExtendedWarranty => "Warranty",
                                });
                            }
                            "Status" => {
                                ui.label(
                                    RichText::new(c.status.label())
                                        .color(status_color(ui, c.status)),
                                );
                            }
                            "Applied" => {
                                ui.label(widgets::iso(c.decided_on));
                            }
                            _ => {
                                if c.approved {
                                    let fee = c
                                        .fee
                                        .as_ref()
                                        .map(|f| format!(" · {f}"))
                                        .unwrap_or_default();
                                    ui.label(format!("approved{fee}"));
                                } else {
                                    ui.label(
                                        RichText::new(format!("refused · {}", c.rules.join(" ")))
                                            .color(theme::bad(ui.visuals())),
                                    );
                                }
                            }
                        });
                    }
                    if row.response().clicked() {
                        clicked = Some(c.id.clone());
                    }
                });
            });
        if total == 0 && self.total.is_some() {
            ui.label("No claim matches these filters.");
        }
        if sort != self.sort {
            self.sort = sort;
        }
        missing.sort_unstable();
        missing.dedup();
        for page in missing {
            if self.requested.insert(page) {
                out.push(Command::LoadClaimsPage(page));
            }
        }
        if let Some(id) = clicked {
            out.push(Command::OpenClaim(id));
        }
    }

    fn detail_ui(&mut self, ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
        let Self {
            open,
            new_serial,
            note,
            ..
        } = self;
        let Some(id) = open.as_ref().map(|c| c.row.id.clone()) else {
            return;
        };
        ui.horizontal(|ui| {
            ui.heading(RichText::new(&id).monospace());
            if ui
                .small_button("×")
                .on_hover_text("Close the detail (Esc)")
                .clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                *open = None;
            }
        });
        let Some(c) = open.as_ref() else { return };
        let r = &c.row;
        ui.label(
            RichText::new(r.status.label())
                .strong()
                .size(16.0)
                .color(status_color(ui, r.status)),
        );
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{} · {} ·", r.kind.label(), r.channel.label()));
            if ui.link(&r.serial).clicked() {
                out.push(Command::OpenProduct(r.serial.clone()));
            }
            ui.label(format!("· {}", r.model));
        });
        ui.label(format!(
            "Submitted {} · decided on {}",
            widgets::iso(r.submitted_on),
            widgets::iso(r.decided_on)
        ));
        widgets::decision_box(ui, &c.decision);
        if let Some(fee) = &r.fee {
            let n = r
                .replacement_number
                .map(|n| format!(" (replacement no. {n})"))
                .unwrap_or_default();
            ui.label(format!("Customer pays: {fee}{n}"));
        }
        if let Some(new) = &r.replacement_serial {
            ui.horizontal(|ui| {
                ui.label("Replacement unit:");
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
                    format!("{} ×{q}", p.label())
                } else {
                    p.label().to_owned()
                }
            })
            .collect();
        ui.label(format!("Parts: {}", parts.join(", ")));
        ui.label(format!(
            "Cause: {} · service region {}",
            c.input.cause.label(),
            c.input.service_region
        ));

        widgets::section(ui, "Timeline");
        egui::Grid::new("timeline")
            .num_columns(3)
            .striped(true)
            .spacing([10.0, 3.0])
            .show(ui, |ui| {
                for e in &c.events {
                    ui.label(e.at.format("%Y-%m-%d %H:%M").to_string());
                    ui.label(&e.who);
                    let step = match e.from {
                        Some(f) => format!("{} (from {})", e.to.label(), f.label().to_lowercase()),
                        None => e.to.label().to_owned(),
                    };
                    if e.note.is_empty() {
                        ui.label(step);
                    } else {
                        // Wrapped: a long note (a Chinese one has no spaces)
                        // must not push the detail over the claims table.
                        ui.add(egui::Label::new(format!("{step}\n{}", e.note)).wrap());
                    }
                    ui.end_row();
                }
            });

        widgets::section(ui, "Next step");
        let can_act = view.current_staff.is_some();
        if !can_act {
            widgets::error_text(ui, "Choose who is working (Settings) to move the claim on.");
        }
        let reopenable = r.status == ClaimStatus::Closed && !r.approved;
        if c.next_actions.is_empty() && !reopenable {
            ui.label(
                RichText::new("Nothing left to do on this claim.")
                    .color(theme::muted(ui.visuals())),
            );
        }
        ui.horizontal(|ui| {
            let l = ui.label("Note:");
            ui.add(
                egui::TextEdit::singleline(note)
                    .desired_width(260.0)
                    .hint_text("optional"),
            )
            .labelled_by(l.id);
        });
        for action in &c.next_actions {
            match action {
                ClaimAction::ShipReplacement { .. } => {
                    ui.horizontal(|ui| {
                        let l = ui.label("New unit serial:");
                        ui.add(egui::TextEdit::singleline(new_serial).desired_width(170.0))
                            .labelled_by(l.id);
                        let ready = can_act && !new_serial.trim().is_empty();
                        if ui
                            .add_enabled(ready, egui::Button::new("Ship replacement…"))
                            .on_disabled_hover_text("Type the replacement unit's serial first.")
                            .clicked()
                        {
                            out.push(Command::Confirm {
                                title: "Complete the replacement".into(),
                                body: format!(
                                    "Ship {} as the replacement for {}?\n\nThis counts the replacement on the plan in effect, binds the new serial to the same plans and validity, and marks {} as reclaimed by DJI. It cannot be undone.",
                                    new_serial.trim(),
                                    r.serial,
                                    r.serial
                                ),
                                confirm_label: "Ship replacement".into(),
                                then: Box::new(Command::AdvanceClaim {
                                    id: id.clone(),
                                    action: ClaimAction::ShipReplacement {
                                        new_serial: new_serial.trim().to_owned(),
                                    },
                                    note: note.trim().to_owned(),
                                }),
                            });
                        }
                    });
                }
                ClaimAction::Close => {
                    if ui
                        .add_enabled(can_act, egui::Button::new("Close claim…"))
                        .clicked()
                    {
                        out.push(Command::Confirm {
                            title: "Close the claim".into(),
                            body: format!(
                                "Close {id}? A closed claim can only be reopened by a supervisor."
                            ),
                            confirm_label: "Close claim".into(),
                            then: Box::new(Command::AdvanceClaim {
                                id: id.clone(),
                                action: ClaimAction::Close,
                                note: note.trim().to_owned(),
                            }),
                        });
                    }
                }
                other => {
                    if ui
                        .add_enabled(can_act, egui::Button::new(other.label()))
                        .clicked()
                    {
                        out.push(Command::AdvanceClaim {
                            id: id.clone(),
                            action: other.clone(),
                            note: note.trim().to_owned(),
                        });
                    }
                }
            }
        }
        if reopenable
            && ui
                .add_enabled(
                    can_act && !note.trim().is_empty(),
                    egui::Button::new("Reopen… (supervisor)"),
                )
                .on_disabled_hover_text("Write a note saying why, then reopen.")
                .clicked()
        {
            out.push(Command::AskPin(PinAction::ReopenClaim {
                id: id.clone(),
                note: note.trim().to_owned(),
            }));
        }
        ui.add_space(8.0);
        export_menu(
            ui,
            "Export this claim…",
            ExportContent::Claims(ClaimSelection::one(&id)),
            view.busy,
            out,
        );
    }
}

/// An "Export…" menu: one entry per format; the file is chosen next.
pub fn export_menu(
    ui: &mut Ui,
    label: &str,
    content: ExportContent,
    busy: bool,
    out: &mut Vec<Command>,
) {
    ui.add_enabled_ui(!busy, |ui| {
        ui.menu_button(label, |ui| {
            for f in ExportFormat::ALL {
                if ui.button(format!("{}…", f.label())).clicked() {
                    out.push(Command::PickExportFile {
                        content: content.clone(),
                        format: *f,
                    });
                }
            }
        })
        .response
        .on_disabled_hover_text("Another job is running.");
    });
}
