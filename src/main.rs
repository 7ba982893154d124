fn main() {
    std::process::exit(caredesk::cli::main());
}
