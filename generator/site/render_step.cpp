// render_and_write: the render phase — the theme's pages, the feeds and the assets, written to the sink.
#include "site/render_step.hpp"

#include <algorithm>
#include <atomic>
#include <future>
#include <mutex>

#include "feeds/feeds.hpp"
#include "render/site_renderer.hpp"
#include "render/theme.hpp"

namespace stilas::site {

RenderStepResult render_and_write(const config::SiteConfig& config, Published& site,
                                  const std::vector<source::SourceFile>& files, const std::vector<std::string>& assets,
                                  const BuildOptions& options, unsigned threads, int64_t reference_time,
                                  output::OutputSink& sink, diag::Diagnostics& diagnostics) {
    RenderStepResult result;
    auto theme = render::Theme::load(options.themes_dir, config.theme, "themes", diagnostics);
    if (!theme) return result;

    std::atomic<size_t> written{0};
    std::mutex error_mutex;
    auto write = [&](const std::string& path, std::string_view bytes) {
        std::string error = sink.write(path, bytes);
        if (error.empty()) {
            ++written;
            return;
        }
        std::lock_guard lock(error_mutex);
        if (result.environment_error.empty()) result.environment_error = error;
    };
    // The feeds (sitemap, Atom, calendar) are made beside the pages: they read only the pages,
    // and take a fraction of the time.
    auto feed_files = std::async(std::launch::async, [&] { return feeds::build_feeds({config, site.pages, reference_time}); });
    // A page's body is freed once its file is written: the memory goes to the pages after it.
    render::RenderInput input{config, site.pages, site.bodies, site.graph, reference_time,
                              [&](size_t page) { site.bodies[page].release_html(); }};
    render::render_site(input, *theme, threads, write, diagnostics);
    for (const auto& file : feed_files.get()) write(file.path, file.bytes);
    for (const auto& file : files)
        if (std::binary_search(assets.begin(), assets.end(), file.path)) write(file.path, file.bytes);
    result.files = written;
    return result;
}

}  // namespace stilas::site
