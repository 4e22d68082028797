// The floor under a build: how long cmark-gfm alone takes to parse and render every page body
// of a generated site (with the GFM extensions Stilas uses), and how long writing that HTML
// takes, one file per page in its own folder as a site has them. No front matter, no checks,
// no templates: a generator can only get close to this, not under it.
//
//   stilas_bench_cmark_limit --content DIR --out DIR
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// The text after the front matter (between the first two "---" lines), if any.
std::string body_of(const std::string& text) {
    if (text.rfind("---\n", 0) != 0) return text;
    const size_t end = text.find("\n---\n", 3);
    return end == std::string::npos ? text : text.substr(end + 5);
}

std::string render(const std::string& markdown) {
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_SOURCEPOS);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(parser, ext);
    cmark_parser_feed(parser, markdown.data(), markdown.size());
    cmark_node* root = cmark_parser_finish(parser);
    char* html = cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    std::string out(html);
    std::free(html);
    cmark_node_free(root);
    cmark_parser_free(parser);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::string content, out;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--content") content = argv[i + 1];
        else if (flag == "--out") out = argv[i + 1];
    }
    if (content.empty() || out.empty()) {
        std::cerr << "usage: stilas_bench_cmark_limit --content DIR --out DIR\n";
        return 2;
    }
    cmark_gfm_core_extensions_ensure_registered();
    std::vector<std::string> bodies;
    size_t bytes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(content)) {
        if (entry.path().extension() != ".md") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        bodies.push_back(body_of(buffer.str()));
        bytes += bodies.back().size();
    }
    const double cpu_start = cpu_seconds();
    std::vector<std::string> html;
    html.reserve(bodies.size());
    size_t html_bytes = 0;
    for (const std::string& body : bodies) {
        html.push_back(render(body));
        html_bytes += html.back().size();
    }
    const double cmark_cpu = cpu_seconds() - cpu_start;
    const auto write_start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < html.size(); ++i) {
        const fs::path folder = fs::path(out) / ("p" + std::to_string(i));
        fs::create_directories(folder);
        std::ofstream(folder / "index.html", std::ios::binary) << html[i];
    }
    const double write = std::chrono::duration<double>(std::chrono::steady_clock::now() - write_start).count();
    std::printf("cmark-gfm: %zu bodies, %.1f MB Markdown -> %.1f MB HTML: parse+render %.3f s CPU, writing %.3f s\n",
                bodies.size(), static_cast<double>(bytes) / 1e6, static_cast<double>(html_bytes) / 1e6, cmark_cpu, write);
    std::printf("limit %.3f %.3f\n", cmark_cpu, write);
    return 0;
}
