// hc_i18n carries only the compiled translations (:/i18n/huichang_<lang>.qm, see CMakeLists.txt).
// A static library needs one object file; this is it.
namespace hc::i18n {
int translationsLinkAnchor() {
    return 0;
}
}  // namespace hc::i18n
