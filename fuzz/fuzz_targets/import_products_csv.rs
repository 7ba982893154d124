//! `caredesk import products` on arbitrary CSV: all or nothing. A refused
//! file leaves the database exactly as it was, and nothing panics.
#![no_main]

use caredesk::catalog::Catalog;
use caredesk::desk::Desk as Store;
use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, LazyLock, Mutex};

struct Db {
    _dir: tempfile::TempDir,
    store: Store,
    actor: i64,
}

static DB: LazyLock<Mutex<Db>> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let catalog = Arc::new(Catalog::builtin().expect("built-in catalog"));
    let store = Store::open_path(&dir.path().join("fuzz.sqlite3"), catalog).expect("open store");
    let actor = store.add_staff(None, "Fuzz Technician", caredesk::desk::Role::Technician, None).expect("staff").id;
    Mutex::new(Db { _dir: dir, store, actor })
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut db = DB.lock().unwrap_or_else(|e| e.into_inner());
    let Db { store, actor, .. } = &mut *db;
    let before = store.count_products().expect("count");
    match store.import_products_csv(*actor, text, &|_| true) {
        Ok(n) => assert_eq!(store.count_products().expect("count"), before + n as u64),
        Err(_) => assert_eq!(store.count_products().expect("count"), before, "a refused import wrote rows"),
    }
});
