//! Issue 13 "Speed": attaching a 12-megapixel JPEG never blocks a frame.
//! The window (headless, egui_kittest) is stepped frame by frame while a
//! 4000 × 3000 JPEG dropped on the intake form is read, checked, hashed
//! and thumbnailed on the photo thread; each frame's time is measured, idle
//! and while the photo is read, beside the time `Photo::read` itself takes
//! (what one frame would take if it ran on the UI thread). Then the claim is
//! filed with the photo (its bytes written in the claim's transaction, on
//! the filing thread): the frames meanwhile are measured too.
//!
//! `cargo bench --bench photo_frames`

use caredesk::catalog::Catalog;
use caredesk::desk::{
    ClaimInput, ClaimKind, Desk, Intake, IntakeAttachments, NewBasePlan, NewProduct,
};
use caredesk::media::photo::Photo;
use caredesk::rules::{Cause, Part, Region, SalesChannel, ServiceChannel, Term};
use caredesk::ui::command::{ClaimRequest, IntakeFiling};
use caredesk::ui::{CareDeskApp, Command, Panel};
use chrono::{Days, NaiveDate};
use egui_kittest::Harness;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn report(what: &str, mut frames: Vec<Duration>) {
    frames.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{what:<28} frames {:>5}  p50 {:>6.2} ms  p99 {:>6.2} ms  max {:>6.2} ms",
        frames.len(),
        ms(percentile(&frames, 0.5)),
        ms(percentile(&frames, 0.99)),
        ms(*frames.last().unwrap_or(&Duration::ZERO)),
    );
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let today = NaiveDate::from_ymd_opt(2026, 5, 2).expect("day");
    let catalog = Arc::new(Catalog::builtin().expect("catalog"));
    let desk =
        Desk::open_or_create_path(&dir.path().join("frames.sqlite3"), catalog).expect("open");
    let ana = desk
        .set_up_real("Ana", "246810")
        .expect("staff")
        .staff()
        .clone();
    let us = Region::parse_shape("US").expect("US");
    desk.register_product(
        ana.id,
        &NewProduct {
            serial: "1SSDH7R00A0001".into(),
            model: "DJI Mavic 3".into(),
            channel: SalesChannel::Official,
            region: us,
            base_plan: Some(NewBasePlan {
                term: Term::OneYear,
                region: us,
                starts: today - Days::new(100),
                ends: today + Days::new(265),
                replacements_total: 2,
                replacements_used: 0,
            }),
        },
    )
    .expect("product");

    // A 12-megapixel photo with detail (so it compresses like a real one).
    let img = image::RgbImage::from_fn(4000, 3000, |x, y| {
        let n = (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) >> 24;
        image::Rgb([
            (x / 16) as u8 ^ n as u8,
            (y / 12) as u8,
            ((x + y) / 28) as u8,
        ])
    });
    let path = dir.path().join("12mp.jpg");
    img.save(&path).expect("jpeg");
    let bytes = std::fs::read(&path).expect("read");
    println!(
        "photo: 4000 x 3000 JPEG, {:.1} MB",
        bytes.len() as f64 / 1e6
    );
    let t = Instant::now();
    let photo = Photo::read("12mp.jpg", bytes).expect("decodes");
    println!(
        "Photo::read on one thread: {:.0} ms (thumbnail {} bytes)",
        t.elapsed().as_secs_f64() * 1000.0,
        photo.thumbnail_png.len()
    );

    let mut app = CareDeskApp::new_for_test(desk, today);
    app.sign_in(ana.id, "246810").expect("sign in");
    app.push(Command::OpenProduct("1SSDH7R00A0001".into()));
    app.push(Command::ShowPanel(Panel::Intake));
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    h.run();

    // A frame: the pointer moves (as a person's would), the window redraws.
    let mut x = 0.0_f32;
    let mut frame = |h: &mut Harness<'_, CareDeskApp>| {
        x = (x + 7.0) % 1000.0;
        h.event(egui::Event::PointerMoved(egui::pos2(100.0 + x, 300.0)));
        let t = Instant::now();
        h.step();
        t.elapsed()
    };
    let idle: Vec<Duration> = (0..300).map(|_| frame(&mut h)).collect();
    report("idle", idle);

    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.clone())));
    let started = Instant::now();
    let mut during = Vec::new();
    loop {
        during.push(frame(&mut h));
        if !h.state().reading_photos() {
            break;
        }
    }
    let read_in = started.elapsed();
    for _ in 0..5 {
        frame(&mut h);
    }
    assert_eq!(h.state().panels.intake.photos.len(), 1, "the photo arrived");
    report("while the photo is read", during);
    println!(
        "photo ready on the form after {:.0} ms of frames",
        read_in.as_secs_f64() * 1000.0
    );
    file_with_the_photo(&mut h, today);
}

/// Files the claim with the photo on the form and times that frame: the
/// claim, the photo (bytes and thumbnail) and the audit in one transaction.
fn file_with_the_photo(h: &mut Harness<'_, CareDeskApp>, today: NaiveDate) {
    let photos = (h.state().panels.intake.photos.iter())
        .map(|p| Arc::clone(&p.photo))
        .collect();
    let input = ClaimInput {
        service_region: Region::parse_shape("US").expect("US"),
        channel: ServiceChannel::Online,
        cause: Cause::Collision,
        parts: std::collections::BTreeMap::from([(Part::Aircraft, 1)]),
        exclusions: vec![],
        submitted: today,
        shipped: None,
        accepts_transregional_fees: false,
        manufacturing_defect_before_plus: false,
        privacy_accepted: true,
    };
    let filing = IntakeFiling {
        request: ClaimRequest {
            serial: "1SSDH7R00A0001".into(),
            kind: ClaimKind::Replacement,
            input,
            on: today,
        },
        intake: Intake {
            description: "arm broken".into(),
            confirm_incomplete: true,
            ..Intake::default()
        },
        attached: IntakeAttachments {
            photos,
            signature: None,
        },
    };
    h.state_mut().push(Command::FileIntake(Box::new(filing)));
    let started = Instant::now();
    let mut frames = Vec::new();
    let mut x = 0.0_f32;
    loop {
        x = (x + 7.0) % 1000.0;
        h.event(egui::Event::PointerMoved(egui::pos2(100.0 + x, 300.0)));
        let t = Instant::now();
        h.step();
        frames.push(t.elapsed());
        if !h.state().reading_photos() && h.state().state.panel == Panel::Claims {
            break;
        }
    }
    let filed_in = started.elapsed();
    report("while it is filed (photo)", frames);
    println!(
        "claim filed with the photo after {:.0} ms of frames",
        filed_in.as_secs_f64() * 1000.0
    );
}
