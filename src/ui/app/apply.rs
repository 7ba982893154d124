//! Carrying out commands: the only place the window calls the service layer
//! (`Desk`). Results go to the status line and, as `Outcome`s, to the panels.

use super::CareDeskApp;
use super::chrome::PinRequest;
use crate::desk::{ClaimAction, ParcelInput, Role, StoreError};
use crate::report::ExportFormat;
use crate::report::job::{ExportContent, ExportJob};
use crate::rules::PlanKind;
use crate::rules::Region;
use crate::tr;
use crate::ui::command::{ClaimQuery, ClaimRequest, Command, Confirmation, PinAction, PlusRequest};
use crate::ui::outcome::Outcome;
use crate::ui::view::{Message, RECENT_MAX};
use crate::ui::{Panel, widgets};
use chrono::NaiveDate;

/// How many partial matches a search lists.
const SEARCH_LIMIT: usize = 500;

impl CareDeskApp {
    /// Carries out one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::ShowPanel(p) => self.show_panel(p),
            Command::FocusSerial => self.focus_serial = true,
            Command::OpenProduct(serial) => self.open_product(&serial),
            Command::Search(q) => self.search(q),
            Command::ClearRecent => self.state.recent.clear(),
            Command::ToggleTheme => self.state.dark = !self.state.dark,
            Command::Confirm(c) => self.dialogs.confirm = Some(c),
            Command::AskPin(action) => self.dialogs.pin = Some(PinRequest::new(action)),
            Command::RunWithPin => self.run_with_pin(),
            Command::PreviewPlus(request) => self.preview_plus(request),
            Command::BuyPlus(request) => self.buy_plus(request),
            Command::BindCard { code, serial, on } => self.bind_card(&code, &serial, on),
            Command::AddCard { code, region } => self.add_card(&code, region),
            Command::WithdrawPlan { serial, plan } => self.withdraw(&serial, plan),
            Command::ReturnPlus {
                serial,
                product_returned,
            } => self.return_plus(&serial, product_returned),
            Command::PreviewClaim(request) => self.preview_claim(request),
            Command::FileClaim(request) => self.file_claim(request),
            Command::OpenClaim(id) => self.open_claim(&id),
            Command::ReloadClaim(id) => {
                // Only the shown detail is replaced; what is typed stays. A
                // failure here is the connection's, which the watcher reports.
                if let Ok(d) = self.desk.claim(&id) {
                    let detail = Box::new(d);
                    self.deliver(Outcome::ClaimShown {
                        detail,
                        fresh: false,
                    });
                }
            }
            Command::AdvanceClaim { id, action, note } => self.advance_claim(&id, action, &note),
            Command::CountClaims(query) => self.count_claims(query),
            Command::LoadClaimsPage { query, page } => self.load_claims_page(query, page),
            Command::CountQueues => match self.desk.queue_counts(self.today()) {
                Ok(counts) => self.deliver(Outcome::QueuesCounted(counts)),
                Err(e) => self.fail(&tr!("app-what-count-claims"), e),
            },
            Command::AddParcel { claim_id, input } => self.add_parcel(&claim_id, &input),
            Command::CheckReplacementUnit { claim_id, serial } => {
                let result = self
                    .desk
                    .check_replacement_unit(&claim_id, &serial, None)
                    .map_err(|e| e.to_string());
                self.deliver(Outcome::ReplacementChecked {
                    claim_id,
                    serial,
                    result,
                });
            }
            Command::LoadCounterDay { day, store } => self.load_counter_day(day, store.as_deref()),
            Command::AddAppointment(fields) => self.add_appointment(&fields),
            Command::EditAppointment { id, fields } => self.edit_appointment(id, &fields),
            Command::CancelAppointment { id } => self.cancel_appointment(id, false),
            Command::NoShowAppointment { id } => self.cancel_appointment(id, true),
            Command::CheckIn { id, serial } => self.check_in(id, serial.as_deref()),
            Command::PickAppointmentImport => self.pick_appointment_import(),
            Command::ImportAppointments(path) => self.import_appointments(path),
            Command::LoadRepairOffer(id) => self.load_repair_offer(&id),
            Command::QuoteRepair { id, quote } => self.quote_repair(&id, &quote),
            Command::RecordChoice { id, choice } => self.record_choice(&id, choice),
            Command::SetStaff(id) => self.set_staff(id),
            Command::AddStaff { name, role, pin } => self.add_staff(&name, role, pin.as_deref()),
            Command::LoadFees => self.reload_fees(),
            Command::LoadDemo {
                products,
                confirmed,
            } => self.load_demo(products, confirmed),
            Command::PickImportFile => self.pick_import_file(),
            Command::ImportProducts(path) => self.start_import(path),
            Command::PickExportFile { content, format } => self.pick_export_file(content, format),
            Command::Export(job) => self.start_export(job),
            Command::CancelJob => self.background.cancel(),
            Command::DismissMessage => self.message = None,
        }
    }

    /// The staff member every write is recorded under; says so when none is chosen.
    pub(super) fn actor(&mut self) -> Option<i64> {
        if self.current_staff().is_none() {
            let keys = widgets::shortcut_words(&Command::ShowPanel(Panel::Settings));
            self.message = Some(Message::error(tr!("app-choose-staff-first", keys = keys)));
            return None;
        }
        self.state.staff_id
    }

    /// Shows an error in the window, in plain words, with rule IDs for refusals.
    pub(super) fn fail(&mut self, what: &str, e: StoreError) {
        self.message = Some(match e {
            StoreError::Refused(d) => Message {
                text: tr!("app-refused", what = what),
                error: true,
                rules: d.failed,
            },
            other => Message::error(tr!("app-failed", what = what, error = other.to_string())),
        });
    }

    fn info(&mut self, text: String) {
        self.message = Some(Message::info(text));
    }

    fn show_panel(&mut self, panel: Panel) {
        self.state.panel = panel;
        for c in self.panels.get_mut(panel).shown() {
            self.apply(c);
        }
    }

    fn remember(&mut self, serial: &str) {
        self.state.recent.retain(|s| s != serial);
        self.state.recent.insert(0, serial.to_owned());
        self.state.recent.truncate(RECENT_MAX);
    }

    fn search(&mut self, query: String) {
        match self.desk.search(&query, SEARCH_LIMIT) {
            Ok(hits) => {
                self.deliver(Outcome::SearchResults { query, hits });
                self.state.panel = Panel::Lookup;
            }
            Err(e) => self.fail(&tr!("app-what-search"), e),
        }
    }

    pub(super) fn open_product(&mut self, serial: &str) {
        if self.scan_checks_in(serial) {
            return;
        }
        let serial = serial.trim();
        match self.desk.lookup(serial, self.today()) {
            Ok(l) => {
                let serial = l.product.serial.clone();
                self.remember(&serial);
                self.product = Some(l);
                self.serial_input.clear();
                self.focus_serial = true;
                if matches!(
                    self.state.panel,
                    Panel::Lookup | Panel::Claims | Panel::Settings | Panel::Today
                ) {
                    self.state.panel = Panel::Plans;
                }
                self.message = None;
            }
            Err(StoreError::NotFound(_)) => self.not_found(serial),
            Err(e) => self.fail(&tr!("app-what-lookup", serial = serial), e),
        }
    }

    /// A scan that is no serial: one partial match opens (a claim slip opens
    /// the claim); otherwise the matches are listed under Serial lookup.
    fn not_found(&mut self, serial: &str) {
        let hits = self.desk.search(serial, SEARCH_LIMIT).unwrap_or_default();
        if let [hit] = hits.as_slice() {
            match hit.claim_id.clone() {
                Some(id) => {
                    self.serial_input.clear();
                    self.open_claim(&id);
                }
                None => {
                    let s = hit.serial.clone();
                    self.open_product(&s);
                }
            }
            return;
        }
        self.message = Some(Message::error(if hits.is_empty() {
            tr!("app-serial-unknown", serial = serial)
        } else {
            tr!(
                "app-serial-partial",
                serial = serial,
                count = hits.len(),
                panel = Panel::Lookup.title()
            )
        }));
        let query = serial.to_owned();
        self.deliver(Outcome::SearchResults { query, hits });
        self.state.panel = Panel::Lookup;
        // Ready for the next scan; the message says what was scanned.
        self.serial_input.clear();
        self.focus_serial = true;
    }

    /// Reads the open product again (after a write or a job).
    pub(super) fn refresh_product(&mut self) {
        let Some(serial) = self.product.as_ref().map(|l| l.product.serial.clone()) else {
            return;
        };
        match self.desk.lookup(&serial, self.today()) {
            Ok(l) => self.product = Some(l),
            Err(e) => self.fail(&tr!("app-what-refresh", serial = serial), e),
        }
    }

    pub(super) fn reload_staff(&mut self) {
        match self.desk.staff() {
            Ok(s) => self.staff = s,
            Err(e) => self.fail(&tr!("app-what-staff-list"), e),
        }
    }

    fn reload_fees(&mut self) {
        match self.desk.fee_schedule() {
            Ok(f) => self.deliver(Outcome::FeesLoaded(f)),
            Err(e) => self.fail(&tr!("app-what-fees"), e),
        }
    }

    // ---- CR+ sale and plans

    fn preview_plus(&mut self, request: PlusRequest) {
        let result = self
            .desk
            .preview_plus_purchase(&request.serial, request.purchase_region, request.on)
            .map_err(|e| e.to_string());
        self.deliver(Outcome::PlusPreview { request, result });
    }

    fn buy_plus(&mut self, r: PlusRequest) {
        let Some(actor) = self.actor() else { return };
        match self
            .desk
            .buy_plus(actor, &r.serial, r.purchase_region, r.on)
        {
            Ok(l) => {
                self.info(tr!("app-plus-sold", serial = r.serial.as_str()));
                self.product = Some(l);
                self.state.panel = Panel::Plans;
            }
            Err(e) => self.fail(&tr!("app-what-plus-not-bound"), e),
        }
    }

    fn bind_card(&mut self, code: &str, serial: &str, on: NaiveDate) {
        let Some(actor) = self.actor() else { return };
        match self.desk.bind_activation_card(actor, code, serial, on) {
            Ok(l) => {
                self.info(tr!("app-card-bound", code = code, serial = serial));
                self.remember(serial);
                self.product = Some(l);
                self.state.panel = Panel::Plans;
            }
            Err(e) => self.fail(&tr!("app-what-card-not-bound", code = code), e),
        }
    }

    fn add_card(&mut self, code: &str, region: Region) {
        let Some(actor) = self.actor() else { return };
        match self.desk.add_activation_card(actor, code, region) {
            Ok(()) => self.info(tr!(
                "app-card-registered",
                code = code,
                region = region.to_string()
            )),
            Err(e) => self.fail(&tr!("app-what-card-not-registered"), e),
        }
    }

    fn withdraw(&mut self, serial: &str, plan: PlanKind) {
        let Some(actor) = self.actor() else { return };
        match self.desk.withdraw_plan(actor, serial, plan, self.today()) {
            Ok(l) => {
                self.info(tr!("app-withdrawn", plan = plan.label(), serial = serial));
                self.product = Some(l);
            }
            Err(e) => self.fail(&tr!("app-what-withdrawal"), e),
        }
    }

    fn return_plus(&mut self, serial: &str, product_returned: bool) {
        let Some(actor) = self.actor() else { return };
        let today = self.today();
        match self
            .desk
            .return_plus(actor, serial, product_returned, today)
        {
            Ok(l) => {
                self.info(tr!("app-plus-returned", serial = serial));
                self.product = Some(l);
            }
            Err(e) => self.fail(&tr!("app-what-plus-not-returned"), e),
        }
    }

    // ---- claims

    fn preview_claim(&mut self, request: ClaimRequest) {
        let ClaimRequest {
            serial,
            kind,
            input,
            on,
        } = &request;
        let result = self
            .desk
            .preview_claim(serial, *kind, input, *on)
            .map_err(|e| e.to_string());
        self.deliver(Outcome::ClaimPreview { request, result });
    }

    fn file_claim(&mut self, r: ClaimRequest) {
        let Some(actor) = self.actor() else { return };
        let filed = match self.file_claim_for_check_in(actor, &r) {
            Some(result) => result,
            None => self
                .desk
                .file_claim(actor, &r.serial, r.kind, &r.input, r.on),
        };
        match filed {
            Ok(detail) => {
                let id = detail.row.id.as_str();
                self.info(if detail.row.approved {
                    tr!("app-claim-filed-approved", id = id)
                } else {
                    tr!("app-claim-filed-refused", id = id)
                });
                self.deliver(Outcome::ClaimFiled);
                self.deliver(Outcome::ClaimsChanged);
                let detail = Box::new(detail);
                self.deliver(Outcome::ClaimShown {
                    detail,
                    fresh: true,
                });
                self.refresh_product();
                self.state.panel = Panel::Claims;
            }
            Err(e) => self.fail(&tr!("app-what-claim-not-filed"), e),
        }
    }

    fn open_claim(&mut self, id: &str) {
        match self.desk.claim(id) {
            Ok(d) => {
                let detail = Box::new(d);
                self.deliver(Outcome::ClaimShown {
                    detail,
                    fresh: true,
                });
                self.state.panel = Panel::Claims;
            }
            Err(e) => self.fail(&tr!("app-what-open-claim", id = id), e),
        }
    }

    fn advance_claim(&mut self, id: &str, action: ClaimAction, note: &str) {
        let Some(actor) = self.actor() else { return };
        let step = action.label();
        match self.desk.advance_claim(actor, id, action, note) {
            Ok(d) => {
                let status = d.row.status.label().to_lowercase();
                self.info(tr!(
                    "app-claim-advanced",
                    id = id,
                    step = step,
                    status = status
                ));
                let detail = Box::new(d);
                self.deliver(Outcome::ClaimShown {
                    detail,
                    fresh: true,
                });
                self.deliver(Outcome::ClaimsChanged);
                self.refresh_product();
            }
            Err(e) => self.fail(&tr!("app-what-claim-not-changed", id = id), e),
        }
    }

    fn add_parcel(&mut self, id: &str, input: &ParcelInput) {
        let Some(actor) = self.actor() else { return };
        match self.desk.add_parcel(actor, id, input) {
            Ok(p) => {
                self.info(tr!(
                    "app-parcel-added",
                    id = id,
                    direction = p.direction.label(),
                    tracking = p.tracking.as_str()
                ));
                self.deliver(Outcome::ParcelAdded {
                    claim_id: id.to_owned(),
                });
                self.deliver(Outcome::ClaimsChanged);
                if let Ok(d) = self.desk.claim(id) {
                    let detail = Box::new(d);
                    self.deliver(Outcome::ClaimShown {
                        detail,
                        fresh: false,
                    });
                }
            }
            Err(e) => self.fail(&tr!("app-what-parcel-not-added", id = id), e),
        }
    }

    fn count_claims(&mut self, query: ClaimQuery) {
        match self.desk.count_claims(&query.filter) {
            Ok(total) => self.deliver(Outcome::ClaimsCounted { query, total }),
            Err(e) => self.fail(&tr!("app-what-count-claims"), e),
        }
    }

    fn load_claims_page(&mut self, query: ClaimQuery, page: usize) {
        if self.background.has_page_reader() {
            // Off the UI thread: a deep page under an unindexed sort can
            // take a while on 100,000 claims; rows show "…" until it lands.
            if !self.background.request_page(query, page) {
                self.message = Some(Message::error(tr!("app-claims-reader-stopped")));
            }
            return;
        }
        let at = page * crate::ui::claims::PAGE;
        match self
            .desk
            .claims(&query.filter, query.sort, at, crate::ui::claims::PAGE)
        {
            Ok(rows) => self.deliver(Outcome::ClaimsPage { query, page, rows }),
            Err(e) => self.fail(&tr!("app-what-read-claims"), e),
        }
    }

    // ---- settings

    fn set_staff(&mut self, id: i64) {
        self.state.staff_id = Some(id);
        self.focus_serial = true;
        if let Some(name) = self.current_staff().map(|s| s.name.clone()) {
            self.info(tr!("app-staff-working", name = name));
        }
        // SSC counter staff start their day from today's appointments.
        if self.current_staff().is_some_and(|s| s.role == Role::Ssc) {
            self.show_panel(Panel::Today);
        }
    }

    fn add_staff(&mut self, name: &str, role: Role, pin: Option<&str>) {
        match self.desk.add_staff(self.state.staff_id, name, role, pin) {
            Ok(s) => {
                self.info(tr!(
                    "app-staff-added",
                    name = s.name.as_str(),
                    role = s.role.label()
                ));
                let first = self.staff.is_empty();
                self.reload_staff();
                if first {
                    self.state.staff_id = Some(s.id);
                }
            }
            Err(e) => self.fail(&tr!("app-what-staff-not-added"), e),
        }
    }

    fn run_with_pin(&mut self) {
        let Some(req) = self.dialogs.pin.take() else {
            return;
        };
        let Some(me) = self.current_staff().cloned() else {
            self.message = Some(Message::error(tr!("app-choose-staff")));
            return;
        };
        if me.role != Role::Supervisor {
            let text = tr!("app-not-supervisor", name = me.name.as_str());
            self.message = Some(Message::error(text));
            return;
        }
        let result = match &req.action {
            PinAction::SetFee {
                model,
                region,
                replacement_number,
                amount,
            } => {
                let n = *replacement_number;
                let set = self
                    .desk
                    .set_fee(me.id, &req.pin, model, *region, n, amount.clone());
                set.map(|()| {
                    self.reload_fees();
                    let amount = amount.to_string();
                    tr!(
                        "app-fee-set",
                        model = model.as_str(),
                        region = region.to_string(),
                        number = n,
                        amount = amount
                    )
                })
            }
            PinAction::ReopenClaim { id, note } => {
                self.desk.reopen_claim(me.id, &req.pin, id, note).map(|d| {
                    let detail = Box::new(d);
                    self.deliver(Outcome::ClaimShown {
                        detail,
                        fresh: false,
                    });
                    self.deliver(Outcome::ClaimsChanged);
                    tr!("app-claim-reopened", id = id.as_str())
                })
            }
        };
        match result {
            Ok(text) => self.info(text),
            Err(StoreError::NotAllowed(why)) => {
                // Wrong PIN: ask again, in the dialog.
                self.dialogs.pin = Some(PinRequest {
                    error: Some(tr!("app-pin-not-allowed", why = why)),
                    ..PinRequest::new(req.action)
                });
            }
            Err(e) => self.fail(&tr!("app-what-not-done"), e),
        }
    }

    // ---- long work

    fn load_demo(&mut self, products: usize, confirmed: bool) {
        let empty = self.desk.is_empty().unwrap_or(false);
        if empty || confirmed {
            self.start_demo(products);
            return;
        }
        self.dialogs.confirm = Some(Confirmation {
            title: tr!("app-demo-confirm-title"),
            body: tr!("app-demo-confirm-body", products = products),
            confirm_label: tr!("app-demo-confirm"),
            then: Box::new(Command::LoadDemo {
                products,
                confirmed: true,
            }),
        });
    }

    fn pick_import_file(&mut self) {
        if self.test_mode {
            return;
        }
        if let Some(path) = rfd::FileDialog::new()
            .add_filter(tr!("app-csv-filter"), &["csv"])
            .set_title(tr!("app-import-title"))
            .pick_file()
        {
            self.start_import(path);
        }
    }

    fn pick_export_file(&mut self, content: ExportContent, format: ExportFormat) {
        if self.test_mode {
            return;
        }
        let today = self.today();
        let name = ExportJob::suggested_file_name(&content, format, today);
        if let Some(target) = rfd::FileDialog::new()
            .set_title(tr!("app-export-title"))
            .set_file_name(name)
            .add_filter(widgets::format_name(format), &[format.extension()])
            .save_file()
        {
            self.start_export(ExportJob {
                format,
                target,
                content,
                as_of: today,
                // For spreadsheets: Excel needs the mark to read UTF-8.
                csv_bom: true,
            });
        }
    }
}
