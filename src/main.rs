fn main() {
    earthcode_platforms::ui::start();
}
