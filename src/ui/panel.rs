//! What a panel is, and the registry that lists them.
//!
//! A panel is one struct in one file under `src/ui/` that implements
//! [`PanelUi`]: it draws from a [`View`], returns [`Command`]s, and keeps what
//! the app sends back ([`Outcome`]) that concerns it. The `panels!` line in
//! `src/ui/mod.rs` registers it: that line gives it its place in the side
//! bar, its Ctrl+number, its `--panel` name and its field in [`Panels`].
//! Find the registry with `grep -nA12 'panels! {' src/ui/mod.rs`.
//!
//! [`Panels`]: crate::ui::Panels

use crate::ui::command::Command;
use crate::ui::outcome::Outcome;
use crate::ui::view::View;
use egui::Ui;

/// The drawing side of a panel.
pub trait PanelUi {
    /// Its title in the side bar and the View menu, in the desk's language.
    fn title() -> String
    where
        Self: Sized;

    /// Draws the panel and returns what the person asked for; the app
    /// carries the commands out after the frame is drawn. No store I/O here.
    #[must_use]
    fn ui(&mut self, ui: &mut Ui, view: &View<'_>) -> Vec<Command>;

    /// Something the app did or learned (a result, a change). Every panel
    /// sees every outcome and keeps what concerns it.
    fn receive(&mut self, _outcome: &Outcome) {}

    /// Commands to run when the panel is shown (to load what it lists).
    #[must_use]
    fn shown(&mut self) -> Vec<Command> {
        Vec::new()
    }

    /// What the panel keeps across restarts, in its own words (saved in
    /// `State::panels` under its name); `None` keeps nothing.
    fn save(&self) -> Option<String> {
        None
    }

    /// Takes back what `save` gave at the last exit.
    fn restore(&mut self, _saved: &str) {}
}

/// Declares the panel registry: the `Panel` id enum (side-bar order, names,
/// titles, shortcuts by position) and `Panels`, one field of each panel.
macro_rules! panels {
    ($($id:ident => $field:ident : $ty:ty),+ $(,)?) => {
        /// A panel of the window, in the order of the side bar and of
        /// Ctrl+1 …. The registry is the `panels!` list in `src/ui/mod.rs`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
        pub enum Panel { $($id),+ }

        impl Panel {
            pub const ALL: [Panel; [$(stringify!($id)),+].len()] = [$(Panel::$id),+];

            /// The short name `--panel` takes.
            pub fn name(self) -> &'static str {
                match self { $(Panel::$id => stringify!($field)),+ }
            }

            pub fn from_name(name: &str) -> Option<Panel> {
                Panel::ALL.into_iter().find(|p| p.name() == name)
            }

            /// Its place in the side bar, from 0.
            pub fn index(self) -> usize {
                self as usize
            }

            /// Its title in the side bar and the View menu.
            pub fn title(self) -> String {
                match self {
                    $(Panel::$id => <$ty as $crate::ui::panel::PanelUi>::title()),+
                }
            }
        }

        impl Default for Panel {
            fn default() -> Self {
                Panel::ALL[0]
            }
        }

        /// One of each panel, with what it holds between frames.
        #[derive(Default)]
        pub struct Panels {
            $(pub $field: $ty),+
        }

        impl Panels {
            pub fn get_mut(&mut self, panel: Panel) -> &mut dyn $crate::ui::panel::PanelUi {
                match panel { $(Panel::$id => &mut self.$field),+ }
            }

            pub fn get(&self, panel: Panel) -> &dyn $crate::ui::panel::PanelUi {
                match panel { $(Panel::$id => &self.$field),+ }
            }

            /// Gives an outcome to every panel.
            pub fn receive(&mut self, outcome: &$crate::ui::outcome::Outcome) {
                $($crate::ui::panel::PanelUi::receive(&mut self.$field, outcome);)+
            }
        }
    };
}

pub(crate) use panels;
