//! Widgets every panel shares: the decision badge, rule IDs with reasons
//! (the decision with its advice is `advice.rs`), the date field with validation, relative-date text.

use crate::rules::{Interpretation, RuleId};
use crate::tr;
use crate::ui::command::Command;
use crate::ui::theme;
use chrono::NaiveDate;
use egui::{RichText, Ui};

/// "today", "tomorrow", "in 23 days", "3 days ago".
pub fn relative_day(day: NaiveDate, today: NaiveDate) -> String {
    match (day - today).num_days() {
        0 => tr!("day-today"),
        1 => tr!("day-tomorrow"),
        -1 => tr!("day-yesterday"),
        d if d > 0 => tr!("day-in-days", days = d),
        d => tr!("day-days-ago", days = -d),
    }
}

/// "ends in 23 days" / "ended 4 days ago" for a half-open window's end.
pub fn ends_text(ends: NaiveDate, today: NaiveDate) -> String {
    let when = relative_day(ends, today);
    if ends > today {
        tr!("window-ends", when = when)
    } else {
        tr!("window-ended", when = when)
    }
}

/// "starts in 3 days" / "started 200 days ago".
pub fn starts_text(starts: NaiveDate, today: NaiveDate) -> String {
    let when = relative_day(starts, today);
    if starts > today {
        tr!("window-starts", when = when)
    } else {
        tr!("window-started", when = when)
    }
}

/// Money as the desk's language writes it (symbol, decimals, separators).
pub fn money(m: &crate::desk::Money) -> String {
    crate::i18n::money(crate::i18n::current(), m)
}

/// A day as `YYYY-MM-DD`, the form every date field takes.
pub fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// A command's shortcut as this platform writes it ("Ctrl+5"), or nothing.
pub fn shortcut_text(ctx: &egui::Context, command: &Command) -> String {
    command
        .shortcut()
        .map(|s| ctx.format_shortcut(&s))
        .unwrap_or_default()
}

/// As [`shortcut_text`], in words, where no context is at hand (a message
/// written while a command is carried out).
pub fn shortcut_words(command: &Command) -> String {
    command
        .shortcut()
        .map(|s| s.format(&egui::ModifierNames::NAMES, cfg!(target_os = "macos")))
        .unwrap_or_default()
}

/// A large APPROVED / REFUSED badge.
pub fn decision_badge(ui: &mut Ui, approved: bool) {
    let (text, color) = if approved {
        (tr!("decision-approved"), theme::ok(ui.visuals()))
    } else {
        (tr!("decision-refused"), theme::bad(ui.visuals()))
    };
    ui.label(RichText::new(text).strong().size(18.0).color(color));
}

/// Every failed rule with its ID (a link to its clause of the terms) and
/// plain reason, then the Interpretations that shaped the decision. Shows
/// nothing for the rules when approved.
pub fn rule_list(
    ui: &mut Ui,
    failed: &[RuleId],
    interpretations: &[Interpretation],
    out: &mut Vec<Command>,
) {
    for rule in failed {
        ui.horizontal_wrapped(|ui| {
            crate::ui::advice::rule_link(ui, *rule, out);
            ui.label(rule.reason());
        });
    }
    interpretation_list(ui, interpretations);
}

/// The Interpretations of the terms that apply (SPEC: visible where they apply).
pub fn interpretation_list(ui: &mut Ui, interpretations: &[Interpretation]) {
    let muted = theme::muted(ui.visuals());
    for i in interpretations {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr!("interpretation")).italics().color(muted));
            ui.label(RichText::new(i.id()).monospace().color(muted));
            ui.label(RichText::new(i.text()).italics());
        });
    }
}

/// A `YYYY-MM-DD` text field that shows, beside it, whether the text is a
/// date. Returns the parsed date (None while the text is not a real date).
pub fn date_field(ui: &mut Ui, label: &str, text: &mut String) -> Option<NaiveDate> {
    let parsed = crate::vocab::parse_day(text.trim());
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let edit = egui::TextEdit::singleline(text)
            .hint_text(tr!("date-hint"))
            .desired_width(100.0)
            .char_limit(10);
        ui.add(edit).labelled_by(l.id);
        if parsed.is_none() {
            ui.label(
                RichText::new(tr!("date-invalid"))
                    .small()
                    .color(theme::bad(ui.visuals())),
            );
        }
    });
    parsed
}

/// A small heading inside a panel.
pub fn section(ui: &mut Ui, title: &str) {
    ui.add_space(4.0);
    ui.label(RichText::new(title).strong().size(15.0));
}

/// A red message block, for errors shown inline.
pub fn error_text(ui: &mut Ui, text: &str) {
    let c = theme::bad(ui.visuals());
    ui.label(RichText::new(text).color(c));
}

/// A muted line: hints and secondary facts.
pub fn hint(ui: &mut Ui, text: &str) {
    let c = theme::muted(ui.visuals());
    ui.label(RichText::new(text).color(c));
}

/// An "Export…" menu: one entry per format; the file is chosen next.
pub fn export_menu(
    ui: &mut Ui,
    label: &str,
    content: crate::report::job::ExportContent,
    busy: bool,
    out: &mut Vec<Command>,
) {
    ui.add_enabled_ui(!busy, |ui| {
        ui.menu_button(label, |ui| {
            for f in crate::report::ExportFormat::ALL {
                let text = tr!("export-format-entry", format = format_name(*f));
                if ui.button(text).clicked() {
                    out.push(Command::PickExportFile {
                        content: content.clone(),
                        format: *f,
                    });
                }
            }
        })
        .response
        .on_disabled_hover_text(tr!("export-busy"));
    });
}

/// An export format as the menus and the file dialog name it.
pub fn format_name(format: crate::report::ExportFormat) -> String {
    use crate::report::ExportFormat;
    match format {
        ExportFormat::Csv => tr!("export-format-csv"),
        ExportFormat::Pdf => tr!("export-format-pdf"),
        ExportFormat::Json => tr!("export-format-json"),
    }
}
