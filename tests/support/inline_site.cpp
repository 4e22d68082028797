#include "support/inline_site.hpp"

#include "source/content_source.hpp"
#include "util/strings.hpp"

namespace stilas::test {

std::map<std::string, std::string> parse_txtar(std::string_view text) {
    std::map<std::string, std::string> files;
    std::string* current = nullptr;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        size_t next = end == std::string_view::npos ? text.size() : end + 1;
        if (line.starts_with("-- ") && line.ends_with(" --") && line.size() > 6) {
            current = &files[std::string(util::trim(line.substr(3, line.size() - 6)))];
        } else if (current) {
            current->append(text.substr(pos, next - pos));
        }
        pos = next;
    }
    return files;
}

std::string InlineBuild::file(const std::string& path) const {
    auto it = sink.files().find(path);
    return it == sink.files().end() ? std::string() : it->second;
}

std::string themes_dir() { return std::string(STILAS_SOURCE_DIR) + "/themes"; }

std::unique_ptr<InlineBuild> build_inline(std::string_view txtar, site::BuildOptions options) {
    auto build = std::make_unique<InlineBuild>();
    auto source = source::make_memory_source(parse_txtar(txtar), "content/");
    if (options.themes_dir == "themes") options.themes_dir = themes_dir();
    build->result = site::build(*source, &build->sink, options, build->diagnostics);
    return build;
}

std::string minimal_site_config() {
    return "-- stilas.yaml --\n"
           "title: Testsiden\n"
           "base_url: https://test.example.no/\n"
           "language: nb\n"
           "theme: standard\n";
}

}  // namespace stilas::test
