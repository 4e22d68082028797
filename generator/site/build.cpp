#include "site/build.hpp"

#include <sys/resource.h>
#include <time.h>

#include <cstdlib>
#include <optional>
#include <memory>
#include <mutex>
#include <set>

#include "config/site_config.hpp"
#include "content/parse.hpp"
#include "links/link_graph.hpp"
#include "markdown/markdown.hpp"
#include "memory/memory.hpp"
#include "site/published.hpp"
#include "site/reference_time.hpp"
#include "site/render_step.hpp"
#include "site/search_step.hpp"
#include "util/parallel.hpp"
#include "util/paths.hpp"
#include "util/strings.hpp"

namespace stilas::site {

namespace {
double process_cpu_seconds() {
    timespec ts{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

long peak_rss_kb() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

class PhaseClock {
public:
    explicit PhaseClock(std::vector<PhaseTiming>& out)
        : m_out(out), m_start(std::chrono::steady_clock::now()), m_cpu_start(process_cpu_seconds()) {}
    void lap(const char* name) {
        const auto now = std::chrono::steady_clock::now();
        const double cpu = process_cpu_seconds();
        m_out.push_back({name, std::chrono::duration<double>(now - m_start).count(), cpu - m_cpu_start, peak_rss_kb()});
        m_start = now;
        m_cpu_start = cpu;
    }

private:
    std::vector<PhaseTiming>& m_out;
    std::chrono::steady_clock::time_point m_start;
    double m_cpu_start;
};

bool is_config_file(const std::string& path) {
    return path == config::k_site_config_file || path.rfind(std::string(config::k_types_folder) + "/", 0) == 0;
}

// Files published as they are: everything that is not a page, not configuration and not
// hidden or private (a name starting with '_' or '.').
bool is_asset(const std::string& path) {
    if (path.ends_with(".md") || is_config_file(path)) return false;
    for (std::string_view part : util::split(path, '/'))
        if (util::is_private_name(part)) return false;
    return true;
}

struct Parsed {
    std::vector<content::Document> pages;
    std::vector<markdown::Document> bodies;
};

// Pages whose HTML makes the dictionary for the rest (up to LZ4's 64 KB).
constexpr size_t k_dictionary_pages = 16;

// Each page's file text is freed once the page is parsed: only diagnostics need it again, and
// keep_sources() reads those files again.
Parsed parse_pages(std::vector<source::SourceFile>& files, const config::SiteConfig& config,
                   const std::string& prefix, unsigned threads, SearchIndexBuilder* search,
                   diag::Diagnostics& diagnostics) {
    std::vector<source::SourceFile*> page_files;
    for (auto& f : files)
        if (content::is_page_path(f.path)) page_files.push_back(&f);
    // The pages are parsed into their final vector and compacted in place: a second vector of
    // documents would hold every page twice at the end of the phase, the build's heap peak.
    // A page whose front matter or text could not be read has no body.
    std::vector<content::Document> pages(page_files.size());
    std::vector<std::optional<markdown::Document>> bodies(page_files.size());
    std::shared_ptr<const markdown::HtmlDictionary> dictionary;
    if (search) search->expect_pages(page_files.size());
    auto parse = [&](size_t i) {
        if (auto doc = content::parse_document(*page_files[i], config, prefix, diagnostics)) {
            pages[i] = std::move(*doc);
            bodies[i] = markdown::Document::parse(pages[i].body, pages[i].display_path, pages[i].body_first_line,
                                                  diagnostics, dictionary);
            if (search) search->add_page(i, pages[i], *bodies[i]);
            // The parsed body holds all later phases need; the Markdown and plain text (read, or
            // taken, by the search index above) would only take memory.
            std::string().swap(pages[i].body);
            bodies[i]->release_plain_text();
        }
        std::string().swap(page_files[i]->bytes);
    };
    // The first pages are parsed on their own, and their HTML is the dictionary the others' is
    // kept compressed against (markdown::HtmlDictionary: about a fifth less memory for it).
    const size_t first = std::min(page_files.size(), k_dictionary_pages);
    util::parallel_for(first, threads, parse);
    std::string sample;
    for (size_t i = 0; i < first; ++i)
        if (bodies[i]) sample += bodies[i]->render_html(nullptr);
    dictionary = markdown::make_html_dictionary(std::move(sample));
    util::parallel_for(page_files.size() - first, threads, [&](size_t k) { parse(first + k); });
    if (search) search->pages_added();
    Parsed out;
    out.bodies.reserve(pages.size());
    size_t kept = 0;
    for (size_t i = 0; i < pages.size(); ++i) {
        if (!bodies[i]) continue;
        if (kept != i) pages[kept] = std::move(pages[i]);
        out.bodies.push_back(std::move(*bodies[i]));
        ++kept;
    }
    pages.erase(pages.begin() + static_cast<std::ptrdiff_t>(kept), pages.end());
    out.pages = std::move(pages);
    return out;
}
}  // namespace

BuildResult build(const source::ContentSource& source, output::OutputSink* sink, const BuildOptions& options,
                  diag::Diagnostics& diagnostics) {
    BuildResult result;
    PhaseClock clock(result.timings);
    unsigned threads = util::thread_count(options.threads);
    auto abandon = [&] {
        if (sink) sink->abandon();
    };

    auto loaded = source.load(diagnostics);
    const std::string prefix = source.display_prefix();
    if (!loaded.error.empty()) {
        result.environment_error = loaded.error;
        abandon();
        return result;
    }
    clock.lap("load");
    size_t content_bytes = 0;
    for (const auto& f : loaded.files) content_bytes += f.bytes.size();
    memory::plan_for_content(content_bytes);

    auto config = config::load_site_config(loaded.files, prefix, diagnostics);
    // Only a build that writes a site needs its search index.
    std::unique_ptr<SearchIndexBuilder> search;
    if (sink && options.search) search = std::make_unique<SearchIndexBuilder>(config, options.cache_dir);
    Parsed parsed = parse_pages(loaded.files, config, prefix, threads, search.get(), diagnostics);
    std::vector<std::string> assets;
    for (const auto& f : loaded.files)
        if (is_asset(f.path)) assets.push_back(f.path);
    clock.lap("parse");

    // The graph keeps what rendering needs of the references, links and headings: each page's
    // references and links are freed as soon as they are resolved, its headings as soon as the
    // link phase has its own compact copy of their ids (for other pages' anchors).
    links::LinkInput link_input{config,
                                parsed.pages,
                                parsed.bodies,
                                assets,
                                options.drafts == Drafts::publish,
                                [&](size_t i) {
                                    parsed.bodies[i].release_links();
                                    std::vector<content::Reference>().swap(parsed.pages[i].references);
                                },
                                [&](size_t i) { parsed.bodies[i].release_headings(); }};
    links::LinkGraph graph = links::resolve_links(link_input, diagnostics, threads);
    memory::bulk_allocated();
    clock.lap("link");

    auto keep_sources = [&] {
        std::set<std::string> with_findings;
        for (const auto& d : diagnostics.sorted()) with_findings.insert(d.pos.path);
        for (auto& f : loaded.files) {
            if (content::is_page_path(f.path) && with_findings.contains(prefix + f.path))
                if (auto bytes = source.reread(f)) f.bytes = std::move(*bytes);
            result.sources.emplace_back(prefix + f.path, std::move(f.bytes));
        }
    };
    if (diagnostics.has_errors() || !sink) {
        abandon();
        keep_sources();
        return result;
    }

    Published site = select_published(std::move(parsed.pages), std::move(parsed.bodies), std::move(graph),
                                      options.drafts == Drafts::publish);
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    int64_t today = reference_time(epoch ? std::optional<std::string_view>(epoch) : std::nullopt, loaded.files,
                                   site.pages);
    RenderStepResult rendered = render_and_write(config, site, loaded.files, assets, options, threads, today, *sink,
                                                 diagnostics);
    clock.lap("render");
    // The pages are written: their HTML would only add to the search step's memory. (Making
    // the index beside rendering was tried: no faster on two cores, and 16-24 MB more at peak.)
    std::vector<markdown::Document>().swap(site.bodies);
    if (search && rendered.environment_error.empty() && !diagnostics.has_errors()) {
        const auto files = search->finish(site, threads);
        std::mutex error_mutex;
        util::parallel_for(files.size(), threads, [&](size_t i) {
            std::string error = sink->write(files[i].first, files[i].second);
            std::lock_guard lock(error_mutex);
            if (!error.empty() && rendered.environment_error.empty()) rendered.environment_error = std::move(error);
        });
        rendered.files += files.size();
        clock.lap("search");
    }
    result.pages = site.pages.size();
    result.files = rendered.files;
    if (!rendered.environment_error.empty() || diagnostics.has_errors()) {
        result.environment_error = rendered.environment_error;
        abandon();
        keep_sources();
        return result;
    }
    if (std::string error = sink->commit(); !error.empty()) {
        result.environment_error = error;
        abandon();
    }
    clock.lap("write");
    keep_sources();
    if (!options.free_model) {
        // Left to the process's end on purpose (BuildOptions::free_model), held by a static so
        // that leak checkers count it as reachable.
        struct Model {
            Published site;
            source::LoadResult loaded;
            std::unique_ptr<SearchIndexBuilder> search;
        };
        static auto* const left_to_exit = new std::vector<Model*>();  // never destroyed either
        left_to_exit->push_back(new Model{std::move(site), std::move(loaded), std::move(search)});
    }
    return result;
}

}  // namespace stilas::site
