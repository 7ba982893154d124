//! Widgets every panel shares: the decision badge, the refusal box with rule
//! IDs and reasons, the date field with validation, relative-date text.

use crate::rules::{Decision, Interpretation, RuleId};
use crate::ui::theme;
use chrono::NaiveDate;
use egui::{RichText, Ui};

/// "today", "tomorrow", "in 23 days", "3 days ago".
pub fn relative_day(day: NaiveDate, today: NaiveDate) -> String {
    let d = (day - today).num_days();
    match d {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        d if d > 0 => format!("in {d} days"),
        d => format!("{} days ago", -d),
    }
}

/// "ends in 23 days" / "ended 4 days ago" for a half-open window's end.
pub fn ends_text(ends: NaiveDate, today: NaiveDate) -> String {
    if ends > today {
        format!("ends {}", relative_day(ends, today))
    } else {
        format!("ended {}", relative_day(ends, today))
    }
}

/// "starts in 3 days" / "started 200 days ago".
pub fn starts_text(starts: NaiveDate, today: NaiveDate) -> String {
    if starts > today {
        format!("starts {}", relative_day(starts, today))
    } else {
        format!("started {}", relative_day(starts, today))
    }
}

pub fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// A large APPROVED / REFUSED badge.
pub fn decision_badge(ui: &mut Ui, approved: bool) {
    let (text, color) = if approved {
        ("APPROVED", theme::ok(ui.visuals()))
    } else {
        ("REFUSED", theme::bad(ui.visuals()))
    };
    ui.label(RichText::new(text).strong().size(18.0).color(color));
}

/// Every failed rule with its ID and plain reason, then the Interpretations
/// that shaped the decision. Shows nothing for the rules when approved.
pub fn rule_list(ui: &mut Ui, failed: &[RuleId], interpretations: &[Interpretation]) {
    let bad = theme::bad(ui.visuals());
    for rule in failed {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(rule.id()).monospace().strong().color(bad));
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
            ui.label(RichText::new("Interpretation").italics().color(muted));
            ui.label(RichText::new(i.id()).monospace().color(muted));
            ui.label(RichText::new(i.text()).italics());
        });
    }
}

/// The decision in a framed box: badge, rule IDs with reasons, interpretations.
pub fn decision_box(ui: &mut Ui, decision: &Decision) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        decision_badge(ui, decision.approved());
        if let Some(plan) = decision.plan {
            ui.label(format!("Plan in effect: {}", plan.label()));
        }
        rule_list(ui, &decision.failed, &decision.interpretations);
    });
}

/// A `YYYY-MM-DD` text field that shows, under it, whether the text is a date.
/// Returns the parsed date (None while the text is not a real date).
pub fn date_field(ui: &mut Ui, label: &str, text: &mut String) -> Option<NaiveDate> {
    let parsed = crate::rules::request::parse_day(text.trim());
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let edit = egui::TextEdit::singleline(text)
            .hint_text("YYYY-MM-DD")
            .desired_width(100.0)
            .char_limit(10);
        ui.add(edit).labelled_by(l.id);
        if parsed.is_none() {
            ui.label(
                RichText::new("not a date (YYYY-MM-DD)")
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
