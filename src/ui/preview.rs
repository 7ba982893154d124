//! The live decision beside a form (claim intake, selling CR+): the rules
//! run again only when the request the form stands for changes, and an
//! answer counts as current only for the request it was made for.
//!
//! A panel calls [`LivePreview::follow`] every frame with the request its form
//! stands for and sends the preview command it returns; the app answers with
//! an outcome that the panel hands to [`LivePreview::answer`].

use crate::tr;
use crate::ui::widgets;
use egui::{RichText, Ui};

/// One form's live decision: the request asked last, and the latest answer.
#[derive(Debug, Clone)]
pub struct LivePreview<R, T> {
    requested: Option<R>,
    answer: Option<(R, Result<T, String>)>,
}

impl<R, T> Default for LivePreview<R, T> {
    fn default() -> Self {
        Self {
            requested: None,
            answer: None,
        }
    }
}

impl<R: Clone + PartialEq, T> LivePreview<R, T> {
    /// Follows the form: `current` is the request it stands for now (`None`
    /// while it is incomplete). Returns the request when the rules must run
    /// for it, once per change.
    #[must_use]
    pub fn follow(&mut self, current: Option<&R>) -> Option<R> {
        match current {
            None => {
                self.requested = None;
                None
            }
            Some(r) if self.requested.as_ref() == Some(r) => None,
            Some(r) => {
                self.requested = Some(r.clone());
                Some(r.clone())
            }
        }
    }

    /// Keeps the answer to a request.
    pub fn answer(&mut self, request: R, result: Result<T, String>) {
        self.answer = Some((request, result));
    }

    /// The latest answer, current or not.
    pub fn result(&self) -> Option<&Result<T, String>> {
        self.answer.as_ref().map(|(_, r)| r)
    }

    /// Whether the latest answer is for `current`.
    pub fn is_current(&self, current: Option<&R>) -> bool {
        matches!((current, &self.answer), (Some(c), Some((r, _))) if c == r)
    }

    /// The answer, if it is for `current` and it could be made.
    pub fn current(&self, current: Option<&R>) -> Option<&T> {
        match &self.answer {
            Some((r, Ok(t))) if current == Some(r) => Some(t),
            _ => None,
        }
    }

    /// Forgets the request and the answer (a new product, a filed form).
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Shows the latest answer with `show`, "Checking…" before the first
    /// one, an error in red, and "updating…" while the answer is for an
    /// older state of the form.
    pub fn ui(&self, ui: &mut Ui, current: Option<&R>, show: impl FnOnce(&mut Ui, &T)) {
        match self.result() {
            Some(Ok(t)) => {
                show(ui, t);
                if !self.is_current(current) {
                    ui.label(
                        RichText::new(tr!("preview-updating"))
                            .small()
                            .color(crate::ui::theme::muted(ui.visuals())),
                    );
                }
            }
            Some(Err(e)) => widgets::error_text(ui, e),
            None => {
                ui.label(tr!("preview-checking"));
            }
        }
    }
}
