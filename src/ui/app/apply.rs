//! Carrying out commands: the only place the window calls the service layer
//! (`Desk`). Results go to the status line and, as `Outcome`s, to the panels.

use super::CareDeskApp;
use super::chrome::{FilePurpose, PinRequest, SaveDialog};
use crate::desk::{ClaimAction, ParcelInput, Role, SignedIn, StoreError};
use crate::report::ExportFormat;
use crate::report::job::{ExportContent, ExportJob};
use crate::rules::PlanKind;
use crate::tr;
use crate::ui::command::{
    ClaimQuery, ClaimRequest, Command, Confirmation, PinAction, PlusRequest, ReturnRequest,
    StaffAction,
};
use crate::ui::outcome::Outcome;
use crate::ui::view::{Message, RECENT_MAX};
use crate::ui::{Panel, widgets};

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
            Command::SetLanguage(lang) => self.set_language(lang),
            Command::Confirm(c) => self.dialogs.confirm = Some(c),
            Command::AskPin(action) => self.ask_pin(action),
            Command::RunWithPin => self.run_with_pin(),
            Command::PreviewPlus(request) => self.preview_plus(request),
            Command::BuyPlus(request, customer) => self.buy_plus(request, customer),
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
            Command::FileIntake(filing) => self.file_intake(*filing),
            Command::PickPhotos(target) => self.pick_photos(target),
            Command::LoadPhotos { target, files } => self.load_photos(target, files),
            Command::SignClaim { id, signature } => self.sign_claim(&id, &signature),
            Command::LoadSignature(id) => match self.desk.signature(&id) {
                Ok(signature) => self.deliver(Outcome::SignatureLoaded {
                    claim: id,
                    signature,
                }),
                Err(e) => self.fail(&tr!("app-what-signature", id = id.as_str()), e),
            },
            Command::PickPrint { claim, paper } => self.pick_print(claim, paper),
            Command::Print {
                claim,
                paper,
                target,
            } => self.print(&claim, paper, &target),
            Command::FindCustomers(q) => self.find_customers(q),
            Command::AddCustomer { fields, by } => self.add_customer(&fields, by),
            Command::OpenCustomer(id) => self.open_customer(id),
            Command::EditCustomer { id, fields } => self.edit_customer(id, &fields),
            Command::PickCustomerExport(id) => self.pick_customer_export(id),
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
            Command::Ssc(c) => self.apply_ssc(c),
            Command::SetStaff(id) => self.set_staff(id),
            Command::SignIn => self.sign_in_from_dialog(),
            Command::Lock => {
                self.lock();
                self.info(tr!("app-locked"));
            }
            Command::SetUpFirstSupervisor => self.set_up_first_supervisor(),
            Command::AddStaff { name, role, pin } => {
                self.ask_pin(PinAction::Staff(StaffAction::AddStaff { name, role, pin }));
            }
            Command::LoadFees => self.reload_fees(),
            Command::LoadDemo {
                products,
                confirmed,
            } => self.load_demo(products, confirmed),
            Command::PickImportFile => self.pick_import_file(),
            Command::ImportProducts(path) => self.start_import(path),
            Command::PickExportFile { content, format } => self.pick_export_file(content, format),
            Command::Export(job) => self.start_export(job),
            Command::UseFileHere => self.use_file_here(),
            Command::CancelJob => self.background.cancel(),
            Command::DismissMessage => self.message = None,
            Command::ShowClause(rule) => self.dialogs.clause = Some(rule),
            Command::PreviewReturn(request) => self.preview_return(request),
        }
    }

    /// The staff member every write is recorded under; says so when none is chosen.
    pub(super) fn actor(&mut self) -> Option<i64> {
        // Only a checked PIN sets `staff_id` (`CareDeskApp::sign_in`).
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
            other => Message::error(tr!("app-failed", what = what, error = other.message())),
        });
    }

    fn info(&mut self, text: String) {
        self.message = Some(Message::info(text));
    }

    /// Every text from the next frame on is in `lang` (or the system's
    /// language); the choice is kept with the window's state.
    fn set_language(&mut self, lang: Option<crate::i18n::Lang>) {
        use crate::i18n;
        self.state.lang = lang.map(|l| l.tag().to_owned());
        let shown = lang.unwrap_or_else(|| i18n::system().unwrap_or(i18n::Lang::EN));
        i18n::set_current(shown);
        self.info(tr!("settings-language-set", language = shown.name()));
    }

    fn show_panel(&mut self, panel: Panel) {
        self.state.panel = panel;
        for c in self.panels.get_mut(panel).shown() {
            self.apply(c);
        }
    }

    pub(super) fn remember(&mut self, serial: &str) {
        self.state.recent.retain(|s| s != serial);
        self.state.recent.insert(0, serial.to_owned());
        self.state.recent.truncate(RECENT_MAX);
    }

    fn search(&mut self, query: String) {
        match self.desk.search(&query, SEARCH_LIMIT) {
            Ok(hits) => {
                let found = self.find(&query);
                self.deliver(Outcome::SearchResults { query, hits, found });
                self.state.panel = Panel::Lookup;
            }
            Err(e) => self.fail(&tr!("app-what-search"), e),
        }
    }

    /// The one search (products, claims, customers) for 3+ characters.
    fn find(&self, query: &str) -> Option<crate::desk::SearchResults> {
        let q = query.trim();
        (q.chars().count() >= crate::desk::MIN_SEARCH_CHARS)
            .then(|| self.desk.find(q, SEARCH_LIMIT).ok())
            .flatten()
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
                self.scan_notice = None;
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
        let found = self.find(serial);
        // A customer's name, phone or email scanned or typed: one customer opens.
        if hits.is_empty()
            && let Some(f) = &found
            && f.products.is_empty()
            && f.claims.is_empty()
            && let [c] = f.customers.as_slice()
        {
            self.serial_input.clear();
            self.open_customer(c.id);
            return;
        }
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
        let nothing = hits.is_empty() && found.as_ref().is_none_or(|f| f.customers.is_empty());
        // Nothing opened: the product of the previous scan is put away, so
        // nothing can be done for the previous customer by mistake.
        self.product = None;
        self.scan_notice = Some(tr!("scanner-unknown", serial = serial));
        self.message = Some(Message::error(if nothing {
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
        self.deliver(Outcome::SearchResults { query, hits, found });
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
            .preview_plus_advised(&request.serial, request.purchase_region, request.on)
            .map_err(|e| e.to_string());
        self.deliver(Outcome::PlusPreview { request, result });
    }

    fn preview_return(&mut self, request: ReturnRequest) {
        let result = self
            .desk
            .preview_plus_return(&request.serial, request.product_returned, request.on)
            .map_err(|e| e.to_string());
        self.deliver(Outcome::ReturnPreview { request, result });
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
        let (result, field) = match self.desk.preview_claim(serial, *kind, input, *on) {
            Ok(p) => (Ok(p), None),
            Err(StoreError::OutOfBounds(b)) => (Err(b.to_string()), Some(b.field())),
            Err(e) => (Err(e.to_string()), None),
        };
        self.deliver(Outcome::ClaimPreview {
            request,
            result,
            field,
        });
    }

    fn file_claim(&mut self, r: ClaimRequest) {
        let Some(actor) = self.actor() else { return };
        match self
            .desk
            .file_claim(actor, &r.serial, r.kind, &r.input, r.on)
        {
            Ok(detail) => self.claim_filed(detail),
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
                self.focus_serial = true;
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

    /// Switching person: whoever was signed in is no longer; `id` is
    /// offered in the sign-in dialog, which asks for their PIN.
    fn set_staff(&mut self, id: i64) {
        self.lock();
        self.dialogs.sign_in.staff_id = Some(id);
    }

    fn sign_in_from_dialog(&mut self) {
        let Some(id) = self.dialogs.sign_in.staff_id else {
            return;
        };
        let pin = std::mem::take(&mut self.dialogs.sign_in.pin);
        match self.sign_in(id, &pin) {
            Ok(()) => {
                if let Some(name) = self.current_staff().map(|s| s.name.clone()) {
                    self.info(tr!("app-staff-working", name = name));
                }
            }
            Err(e @ (StoreError::NotAllowed(_) | StoreError::Locked { .. })) => {
                // Said in the dialog, which stays: there is no way round it.
                self.dialogs.sign_in.error = Some(refusal(e));
                self.reload_staff();
            }
            Err(e) => self.dialogs.sign_in.error = Some(e.to_string()),
        }
    }

    fn set_up_first_supervisor(&mut self) {
        let d = &mut self.dialogs.setup;
        if d.pin != d.pin_again {
            d.error = Some(tr!("setup-pins-differ"));
            d.pin_again.clear();
            return;
        }
        let (name, pin) = (d.name.trim().to_owned(), std::mem::take(&mut d.pin));
        d.pin_again.clear();
        match self.desk.set_up_real(&name, &pin) {
            Ok(who) => {
                self.dialogs.setup = Default::default();
                self.reload_staff();
                self.reload_database_facts();
                self.state.staff_id = Some(who.id());
                self.last_input = std::time::Instant::now();
                self.info(tr!("app-set-up-real", name = who.name()));
            }
            Err(e) => self.dialogs.setup.error = Some(e.to_string()),
        }
    }

    /// Opens the supervisor-PIN dialog for `action`: the signed-in person
    /// when they are a supervisor, else a supervisor chosen in the dialog.
    fn ask_pin(&mut self, action: PinAction) {
        let me = self.current_staff();
        let supervisor = match me {
            Some(s) if s.role == Role::Supervisor => Some(s.id),
            _ => {
                let mut sups = self.staff.iter().filter(|s| s.role == Role::Supervisor);
                match (sups.next(), sups.next()) {
                    (Some(only), None) => Some(only.id),
                    _ => None,
                }
            }
        };
        self.dialogs.pin = Some(PinRequest::new(action, supervisor));
    }

    fn run_with_pin(&mut self) {
        let Some(req) = self.dialogs.pin.take() else {
            return;
        };
        if self.current_staff().is_none() {
            self.message = Some(Message::error(tr!("app-choose-staff")));
            return;
        }
        let Some(sup) = req.supervisor else {
            // Enter before a supervisor was chosen: ask again.
            self.dialogs.pin = Some(PinRequest {
                error: Some(tr!("pin-choose-supervisor")),
                ..req
            });
            return;
        };
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
                    .set_fee(sup, &req.pin, model, *region, n, amount.clone());
                set.map(|()| {
                    self.reload_fees();
                    let amount = crate::ui::widgets::money(amount);
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
                self.desk.reopen_claim(sup, &req.pin, id, note).map(|d| {
                    let detail = Box::new(d);
                    self.deliver(Outcome::ClaimShown {
                        detail,
                        fresh: false,
                    });
                    self.deliver(Outcome::ClaimsChanged);
                    tr!("app-claim-reopened", id = id.as_str())
                })
            }
            PinAction::ForgetCustomer { id, .. } => self.forget_customer(sup, &req.pin, *id),
            PinAction::Staff(action) => self
                .desk
                .sign_in_supervisor(sup, &req.pin)
                .and_then(|by| self.staff_action(&by, action)),
        };
        match result {
            Ok(text) => self.info(text),
            Err(e @ (StoreError::NotAllowed(_) | StoreError::Locked { .. })) => {
                // Wrong PIN (or locked): said in the dialog, which stays.
                self.dialogs.pin = Some(PinRequest {
                    error: Some(tr!("app-pin-not-allowed", why = refusal(e))),
                    pin: String::new(),
                    ..req
                });
            }
            Err(e) => self.fail(&tr!("app-what-not-done"), e),
        }
    }

    /// A staff action, as supervisor `by` (signed in with their PIN).
    fn staff_action(&mut self, by: &SignedIn, action: &StaffAction) -> Result<String, StoreError> {
        let done = match action {
            // Not a change of staff: the settings' own reload.
            StaffAction::SetIdleLock(minutes) => {
                self.desk.set_idle_lock_minutes(by, *minutes)?;
                self.reload_database_facts();
                self.deliver(Outcome::IdleLockSet);
                return Ok(tr!("app-idle-lock-set", minutes = *minutes));
            }
            StaffAction::AddStaff { name, role, pin } => {
                let s = self.desk.add_staff(by, name, *role, pin)?;
                tr!(
                    "app-staff-added",
                    name = s.name.as_str(),
                    role = s.role.label()
                )
            }
            StaffAction::SetRole {
                staff_id,
                name,
                role,
            } => {
                self.desk.set_staff_role(by, *staff_id, *role)?;
                tr!("app-role-set", name = name.as_str(), role = role.label())
            }
            StaffAction::ResetPin {
                staff_id,
                name,
                pin,
            } => {
                self.desk.set_staff_pin(by, *staff_id, pin)?;
                tr!("app-pin-reset", name = name.as_str())
            }
        };
        self.reload_staff();
        self.deliver(Outcome::StaffChanged);
        Ok(done)
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
        if self.test_mode || !native_file_dialog() {
            self.dialogs.save = Some(SaveDialog::new(FilePurpose::Import, String::new(), None));
            return;
        }
        match rfd::FileDialog::new()
            .add_filter(tr!("app-csv-filter"), &["csv"])
            .set_title(tr!("app-import-title"))
            .pick_file()
        {
            Some(path) => self.start_import(path),
            None => {
                let why = Some(tr!("open-native-gave-nothing"));
                self.dialogs.save = Some(SaveDialog::new(FilePurpose::Import, String::new(), why));
            }
        }
    }

    fn pick_export_file(&mut self, content: ExportContent, format: ExportFormat) {
        let today = self.today();
        let name = ExportJob::suggested_file_name(&content, format, today);
        if self.test_mode || !native_file_dialog() {
            // No native dialog here (or tests): CareDesk's own, never nothing.
            let purpose = FilePurpose::Export { content, format };
            self.dialogs.save = Some(SaveDialog::new(purpose, name, None));
            return;
        }
        match rfd::FileDialog::new()
            .set_title(tr!("app-export-title"))
            .set_file_name(name.as_str())
            .add_filter(widgets::format_name(format), &[format.extension()])
            .save_file()
        {
            Some(target) => self.start_export(ExportJob {
                format,
                target,
                content,
                as_of: today,
                // For spreadsheets: Excel needs the mark to read UTF-8.
                csv_bom: true,
            }),
            // Cancelled, or the dialog could not be shown: said, and
            // CareDesk's own dialog offered.
            None => {
                let purpose = FilePurpose::Export { content, format };
                let why = Some(tr!("save-native-gave-nothing"));
                self.dialogs.save = Some(SaveDialog::new(purpose, name, why));
            }
        }
    }

    /// The file named in CareDesk's own file dialog. An export: the folder
    /// must exist, a file there is replaced only when ticked, and the writer
    /// itself refuses anything that is not a regular file. An import: the
    /// file must be there.
    fn use_file_here(&mut self) {
        let Some(d) = self.dialogs.save.as_mut() else {
            return;
        };
        let folder = std::path::PathBuf::from(d.folder.trim());
        let mut name = d.name.trim().to_owned();
        let error = if !folder.is_dir() {
            Some(tr!("save-no-folder", folder = d.folder.trim()))
        } else if name.is_empty() || name.contains(['/', '\\']) || name == "." || name == ".." {
            Some(tr!("save-bad-name"))
        } else {
            match &d.purpose {
                FilePurpose::Export { format, .. } => {
                    if std::path::Path::new(&name).extension().is_none() {
                        name = format!("{name}.{}", format.extension());
                    }
                    let exists = folder.join(&name).symlink_metadata().is_ok();
                    (exists && !d.replace).then(|| tr!("save-exists", name = name.as_str()))
                }
                FilePurpose::Import => (!folder.join(&name).is_file())
                    .then(|| tr!("open-no-file", name = name.as_str())),
            }
        };
        if let Some(e) = error {
            d.error = Some(e);
            return;
        }
        let Some(d) = self.dialogs.save.take() else {
            return;
        };
        let target = folder.join(name);
        match d.purpose {
            FilePurpose::Export { content, format } => {
                let as_of = self.today();
                self.start_export(ExportJob {
                    format,
                    target,
                    content,
                    as_of,
                    csv_bom: true,
                });
            }
            FilePurpose::Import => self.start_import(target),
        }
    }
}

impl SaveDialog {
    /// The dialog in the user's documents folder, `name` filled in.
    fn new(purpose: FilePurpose, name: String, error: Option<String>) -> Self {
        Self {
            purpose,
            folder: default_folder().display().to_string(),
            name,
            replace: false,
            error,
        }
    }
}

/// Why a PIN or a person was refused, in words (without "not allowed:"
/// twice).
fn refusal(e: StoreError) -> String {
    match e {
        StoreError::NotAllowed(why) => why,
        other => other.to_string(),
    }
}

/// Whether a native save dialog can be shown: rfd asks the XDG desktop
/// portal over the session bus; without a bus there is no dialog at all.
fn native_file_dialog() -> bool {
    if cfg!(not(target_os = "linux")) {
        return true;
    }
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty())
}

/// Where CareDesk's own save dialog starts: the user's documents folder,
/// else their home, else the current folder.
fn default_folder() -> std::path::PathBuf {
    directories::UserDirs::new()
        .and_then(|u| {
            u.document_dir()
                .filter(|d| d.is_dir())
                .map(std::path::Path::to_path_buf)
                .or_else(|| Some(u.home_dir().to_path_buf()))
        })
        .unwrap_or_else(|| std::path::PathBuf::from("."))
}
