//! A decision with its advice (SPEC §5), the same wherever a decision is
//! shown: claim intake, selling CR+, returning CR+, the claim detail.
//!
//! Each failed rule shows its ID (a link to the clause of the terms it rests
//! on), its reason naming what was observed, and its step; a step the counter
//! can apply to the form is a button, and the panel applies the remedy the
//! widget returns. Below: what the steps together would give, and how long
//! the decision holds or from when it would be approved.

use crate::desk::AdviceRecord;
use crate::rules::{Advice, Decision, RuleId};
use crate::rules::{Remedy, Step};
use crate::tr;
use crate::ui::command::Command;
use crate::ui::{theme, widgets};
use crate::vocab::codes::Verdict;
use egui::{RichText, Ui};

/// What the widget draws.
#[derive(Clone, Copy)]
pub struct Advised<'a> {
    pub decision: &'a Decision,
    /// The advice in words (`None`: a claim decided before advice was kept).
    pub shown: Option<&'a AdviceRecord>,
    /// The steps' remedies, when they can still be applied to a form.
    pub advice: Option<&'a Advice>,
}

/// Draws the decision in a framed box; returns the remedies whose button was
/// clicked (one step, or every step the form can take at once). A clicked
/// rule ID asks for its clause (`Command::ShowClause`).
#[must_use]
pub fn decision_ui(ui: &mut Ui, a: Advised<'_>, out: &mut Vec<Command>) -> Vec<Remedy> {
    let mut applied = Vec::new();
    // A claim decided at a counter in another language reads in this one.
    let shown = a.shown.map(|s| s.in_lang(crate::i18n::current()));
    let a = Advised {
        shown: shown.as_ref(),
        ..a
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        widgets::decision_badge(ui, a.decision.approved());
        if let Some(plan) = a.decision.plan {
            ui.label(tr!("decision-plan-in-effect", plan = plan.label()));
        }
        for (i, rule) in a.decision.failed.iter().enumerate() {
            let words = a.shown.and_then(|s| s.steps.get(i));
            let step = a.advice.and_then(|adv| adv.steps.get(i));
            ui.horizontal_wrapped(|ui| {
                rule_link(ui, *rule, out);
                let reason = words.map_or(rule.reason(), |w| w.reason.as_str());
                ui.label(reason);
            });
            if let Some(w) = words {
                ui.indent((rule.id(), i), |ui| {
                    if let Some(r) = step_ui(ui, &w.text, step) {
                        applied = vec![r];
                    }
                });
            }
        }
        let all: Vec<Remedy> = a
            .advice
            .map(|adv| {
                adv.steps
                    .iter()
                    .filter(|s| s.remedy.applies_to_form())
                    .map(|s| s.remedy.clone())
                    .collect()
            })
            .unwrap_or_default();
        if all.len() > 1
            && ui
                .button(tr!("advice-button-apply-all", count = all.len()))
                .clicked()
        {
            applied = all;
        }
        widgets::interpretation_list(ui, &a.decision.interpretations);
        if let Some(s) = a.shown {
            windows_ui(ui, a.decision, s);
        }
    });
    applied
}

/// A rule ID as a link to the clause of the terms it rests on.
pub fn rule_link(ui: &mut Ui, rule: RuleId, out: &mut Vec<Command>) {
    let bad = theme::bad(ui.visuals());
    let link = egui::Link::new(RichText::new(rule.id()).monospace().strong().color(bad));
    if ui
        .add(link)
        .on_hover_text(tr!("advice-open-clause"))
        .clicked()
    {
        out.push(Command::ShowClause(rule));
    }
}

/// One step: its words, and its button when the counter can apply it.
fn step_ui(ui: &mut Ui, text: &str, step: Option<&Step>) -> Option<Remedy> {
    let mut clicked = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(text).italics());
        if let Some(step) = step.filter(|s| s.remedy.applies_to_form())
            && ui.button(button_text(&step.remedy)).clicked()
        {
            clicked = Some(step.remedy.clone());
        }
    });
    clicked
}

/// The label of a step's button: what clicking it does to the form.
pub fn button_text(remedy: &Remedy) -> String {
    match remedy {
        Remedy::AcceptPrivacy => tr!("advice-button-accept-privacy"),
        Remedy::RemoveParts(parts) => {
            let names: Vec<&str> = parts.iter().map(|p| p.label()).collect();
            tr!("advice-button-remove-parts", parts = names.join(", "))
        }
        Remedy::ReduceParts(_) => tr!("advice-button-reduce-parts"),
        Remedy::AcceptTransregionalFees => tr!("advice-button-accept-transregional"),
        Remedy::ServiceIn(r) => tr!("advice-button-service-in", region = r.to_string()),
        Remedy::BuyIn(r) => tr!("advice-button-buy-in", region = r.to_string()),
        Remedy::None | Remedy::Wait { .. } | Remedy::ReturnProduct => String::new(),
    }
}

/// What the steps together give, and how long the decision holds.
fn windows_ui(ui: &mut Ui, d: &Decision, s: &AdviceRecord) {
    ui.add_space(4.0);
    if !d.approved() && s.steps.iter().any(|st| st.remedy != Remedy::None.code()) {
        let (text, color) = match s.after_steps {
            Verdict::Approved => (tr!("advice-after-steps-approved"), theme::ok(ui.visuals())),
            Verdict::Refused => (tr!("advice-after-steps-refused"), theme::bad(ui.visuals())),
        };
        ui.label(RichText::new(text).color(color));
    }
    let color = if d.approved() {
        ui.visuals().text_color()
    } else {
        theme::warn(ui.visuals())
    };
    ui.label(RichText::new(&s.window).strong().color(color));
}
