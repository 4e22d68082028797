// Deterministic generator of benchmark knowledge bases: N pages over seven typed content types
// with references, taxonomy terms, body links with anchors, tables and lists, written both as a
// Stilas content folder and as an equivalent Hugo site; optionally a git history of M commits.
//
//   stilas_bench_generate --pages N --out DIR [--seed S] [--commits M]
//
// DIR/content: Stilas content (stilas.yaml, _typer/, pages). DIR/hugo: the same pages for Hugo
// with minimal layouts. DIR/repo: with --commits, a git repository whose history has M commits.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Rng {
    uint64_t state;
    uint64_t next() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

const std::vector<std::string> k_types{"verktoy", "metoder", "fokusomrader", "rapporter", "kommuner", "programmer",
                                       "samlinger"};
const std::vector<std::string> k_words{
    "kulturskole", "kommune",  "samskaping",  "medvirkning", "barn",      "unge",     "læring",   "dialog",
    "utvikling",   "tjeneste", "forankring",  "samarbeid",   "skole",     "barnehage", "bibliotek", "frivillighet",
    "kunst",       "musikk",   "dans",        "teater",      "erfaring",  "refleksjon", "mål",     "tiltak",
    "plan",        "ledelse",  "innbyggere",  "fellesskap",  "mestring",  "inkludering", "prosess", "gruppe",
    "samling",     "veileder", "nettverk",    "rapport",     "helhet",    "oppvekst", "og",       "i",
    "for",         "med",      "som",         "til",         "på",        "av",       "det",      "en"};
const std::vector<std::string> k_themes{"samskaping", "medvirkning", "forankring", "innbyggerinvolvering",
                                        "prosessledelse", "motemetodikk", "helhetlig-oppvekst", "baerekraft"};
const std::vector<std::string> k_phases{"identifisere-behov", "identifisere-muligheter", "sette-mal",
                                        "prove-ut-losninger-og-tiltak", "evaluere"};
const std::vector<std::string> k_headings{"Bakgrunn", "Slik gjør dere det", "Erfaringer", "Videre arbeid"};

std::string slug_of(size_t type, size_t index) { return k_types[type].substr(0, 4) + "-" + std::to_string(index); }

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::string sentence(Rng& rng, size_t words) {
    std::string s;
    for (size_t i = 0; i < words; ++i) {
        std::string w = k_words[rng.below(k_words.size())];
        if (i == 0) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
        s += (i ? " " : "") + w;
    }
    return s + ".";
}

struct Page {
    size_t type;
    size_t index;
    std::string slug;
};

// The site config and schemas: the same field kinds the bundled content uses.
void write_stilas_config(const fs::path& content) {
    std::string terms_themes, terms_phases;
    for (const auto& t : k_themes) terms_themes += "      " + t + ": {title: " + t + "}\n";
    for (const auto& t : k_phases) terms_phases += "      " + t + ": {title: " + t + "}\n";
    write(content / "stilas.yaml", "title: Benchmark\nbase_url: https://bench.example.no/\nlanguage: nb\n"
                                   "theme: standard\ntaxonomies:\n  temaer:\n    title: Temaer\n    terms:\n" +
                                       terms_themes + "  faser:\n    title: Faser\n    terms:\n" + terms_phases);
    for (size_t t = 0; t < k_types.size(); ++t) {
        std::string to = k_types[(t + 1) % k_types.size()], to2 = k_types[(t + 2) % k_types.size()];
        write(content / "_typer" / (k_types[t] + ".yaml"),
              "title: " + k_types[t] + "\nfields:\n"
              "  status: {kind: enum, values: [planlagt, pagar, avsluttet], required: true}\n"
              "  varighet: {kind: text}\n"
              "  roller: {kind: list}\n"
              "  relatert: {kind: refs, to: " + to + ", backlink: Relatert fra " + k_types[t] + "}\n"
              "  kilde: {kind: ref, to: " + to2 + ", backlink: Kilde for}\n"
              "  temaer: {kind: terms, taxonomy: temaer}\n"
              "  faser: {kind: terms, taxonomy: faser}\n");
    }
}

std::string front_matter(const Page& p, const std::vector<std::vector<Page>>& by_type, Rng& rng) {
    const auto& next = by_type[(p.type + 1) % k_types.size()];
    const auto& next2 = by_type[(p.type + 2) % k_types.size()];
    // Every third page is written the way editors often write: a folded summary over two lines
    // and a block list (yaml-cpp reads those; the flat shape takes Stilas's fast path).
    const bool folded = p.index % 3 == 1;
    const std::string summary = folded ? ">-\n  " + sentence(rng, 9) + "\n  " + sentence(rng, 9) : sentence(rng, 18);
    const std::string roles = folded ? "\n  - leder\n  - koordinator\n  - lærer" : " [leder, koordinator, lærer]";
    std::string fm = "---\ntitle: " + sentence(rng, 4) + "\nsummary: " + summary +
                     "\nstatus: " + std::string(p.index % 3 == 0 ? "planlagt" : "pagar") +
                     "\nvarighet: " + std::to_string(1 + rng.below(8)) + " timer\nroller:" + roles + "\n";
    fm += "relatert: [" + next[rng.below(next.size())].slug + ", " + next[rng.below(next.size())].slug + "]\n";
    fm += "kilde: " + next2[rng.below(next2.size())].slug + "\n";
    fm += "temaer: [" + k_themes[rng.below(k_themes.size())] + ", " + k_themes[(p.index + 3) % k_themes.size()] + "]\n";
    fm += "faser: [" + k_phases[p.index % k_phases.size()] + "]\n---\n";
    return fm;
}

// About 6.8 KB of Markdown: headings, paragraphs, a list, a table and a dozen links to other
// pages, some to headings (#anchors) that exist there.
std::string body(const Page& p, const std::vector<Page>& all, Rng& rng) {
    std::string b;
    for (size_t h = 0; h < k_headings.size(); ++h) {
        b += "\n## " + k_headings[h] + "\n\n";
        for (int para = 0; para < 2; ++para) {
            std::string text;
            for (int s = 0; s < 8; ++s) text += sentence(rng, 10) + " ";
            for (size_t l = 0; l < 1 + (h % 2); ++l) {
                const Page& t = all[rng.below(all.size())];
                std::string anchor = rng.below(2) ? "#" + std::string(h % 2 ? "erfaringer" : "bakgrunn") : "";
                text += "Se [" + t.slug + "](../" + k_types[t.type] + "/" + t.slug + ".md" + anchor + "). ";
            }
            b += text + "\n\n";
        }
        if (h == 1) {
            for (int i = 0; i < 6; ++i) b += "- " + sentence(rng, 6) + "\n";
            b += "\n| Tiltak | Ansvar | Tid | Status |\n|---|---|---|---|\n";
            for (int r = 0; r < 5; ++r)
                b += "| " + sentence(rng, 3) + " | " + k_words[rng.below(k_words.size())] + " | uke " +
                     std::to_string(1 + rng.below(52)) + " | **pågår** |\n";
        }
    }
    (void)p;
    return b;
}

// Hugo renders the same fields, references (GetPage), body links (a render hook with GetPage),
// section listings and taxonomy pages.
void write_hugo_site(const fs::path& hugo) {
    write(hugo / "hugo.yaml", "baseURL: https://bench.example.no/\nlanguageCode: nb\ntitle: Benchmark\n"
                              "disableKinds: [RSS]\ntaxonomies:\n  tema: temaer\n  fase: faser\n");
    write(hugo / "layouts/_default/baseof.html",
          "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
          "<body><a href=\"#main\">Til hovedinnhold</a><main id=\"main\">{{ block \"main\" . }}{{ end }}</main></body></html>\n");
    write(hugo / "layouts/_default/single.html",
          "{{ define \"main\" }}<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p><dl>"
          "<dt>Status</dt><dd>{{ .Params.status }}</dd><dt>Varighet</dt><dd>{{ .Params.varighet }}</dd>"
          "<dt>Roller</dt><dd><ul>{{ range .Params.roller }}<li>{{ . }}</li>{{ end }}</ul></dd>"
          "<dt>Relatert</dt><dd><ul>{{ range .Params.relatert }}{{ with site.GetPage . }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}{{ end }}</ul></dd>"
          "<dt>Kilde</dt><dd>{{ with site.GetPage .Params.kilde }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</dd>"
          "<dt>Temaer</dt><dd>{{ range .GetTerms \"temaer\" }}<a href=\"{{ .RelPermalink }}\">{{ .LinkTitle }}</a> {{ end }}</dd>"
          "</dl>{{ .Content }}{{ end }}\n");
    write(hugo / "layouts/_default/list.html",
          "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages.ByTitle }}<li><a href=\"{{ .RelPermalink }}\">"
          "{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}\n");
    write(hugo / "layouts/_default/_markup/render-link.html",
          "{{ $u := urls.Parse .Destination }}{{ if and (not $u.IsAbs) (strings.HasSuffix $u.Path \".md\") }}"
          "{{ with .Page.GetPage $u.Path }}<a href=\"{{ .RelPermalink }}{{ with $u.Fragment }}#{{ . }}{{ end }}\">"
          "{{ $.Text | safeHTML }}</a>{{ else }}{{ errorf \"broken link %s\" $u.Path }}{{ end }}"
          "{{ else }}<a href=\"{{ .Destination }}\">{{ .Text | safeHTML }}</a>{{ end }}");
}

// A git history of `commits` commits over the content folder, written with git fast-import.
void write_git_history(const fs::path& out, const std::vector<Page>& pages, const std::vector<std::string>& texts,
                       size_t commits, Rng& rng) {
    fs::path repo = out / "repo";
    fs::create_directories(repo);
    std::string init = "git -C '" + repo.string() + "' init -q -b main";
    if (std::system(init.c_str()) != 0) return;
    std::string cmd = "git -C '" + repo.string() + "' fast-import --quiet";
    FILE* pipe = popen(cmd.c_str(), "w");
    if (!pipe) return;
    auto blob = [&](const std::string& path, const std::string& data) {
        std::fprintf(pipe, "M 644 inline %s\ndata %zu\n", path.c_str(), data.size());
        std::fwrite(data.data(), 1, data.size(), pipe);
        std::fputc('\n', pipe);
    };
    for (size_t c = 0; c < commits; ++c) {
        std::string msg = "commit " + std::to_string(c);
        std::fprintf(pipe, "commit refs/heads/main\ncommitter Bench <bench@example.no> %lld +0000\ndata %zu\n%s\n",
                     1700000000LL + static_cast<long long>(c) * 3600, msg.size(), msg.c_str());
        if (c == 0) {
            for (const auto& entry : fs::recursive_directory_iterator(out / "content")) {
                if (!entry.is_regular_file()) continue;
                std::ifstream in(entry.path(), std::ios::binary);
                std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
                blob("content/" + fs::relative(entry.path(), out / "content").string(), data);
            }
        } else {
            for (int k = 0; k < 3; ++k) {
                size_t i = rng.below(pages.size());
                blob("content/" + k_types[pages[i].type] + "/" + pages[i].slug + ".md",
                     texts[i] + "\nEndret i commit " + std::to_string(c) + ".\n");
            }
        }
    }
    pclose(pipe);
}

}  // namespace

int main(int argc, char** argv) {
    size_t pages_wanted = 0, commits = 0;
    uint64_t seed = 42;
    fs::path out;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--pages") pages_wanted = std::stoul(argv[i + 1]);
        else if (a == "--out") out = argv[i + 1];
        else if (a == "--seed") seed = std::stoull(argv[i + 1]);
        else if (a == "--commits") commits = std::stoul(argv[i + 1]);
    }
    if (pages_wanted < k_types.size() || out.empty()) {
        std::cerr << "usage: stilas_bench_generate --pages N (>= 7) --out DIR [--seed S] [--commits M]\n";
        return 2;
    }
    Rng rng{seed * 2654435761u + 1};
    std::vector<std::vector<Page>> by_type(k_types.size());
    std::vector<Page> all;
    for (size_t i = 0; i < pages_wanted; ++i) {
        size_t t = i % k_types.size();
        Page p{t, by_type[t].size(), slug_of(t, by_type[t].size())};
        by_type[t].push_back(p);
        all.push_back(p);
    }
    fs::remove_all(out);
    write_stilas_config(out / "content");
    write_hugo_site(out / "hugo");
    std::vector<std::string> texts;
    for (const auto& p : all) {
        std::string text = front_matter(p, by_type, rng) + body(p, all, rng);
        write(out / "content" / k_types[p.type] / (p.slug + ".md"), text);
        write(out / "hugo/content" / k_types[p.type] / (p.slug + ".md"), text);
        texts.push_back(std::move(text));
    }
    if (commits > 0) write_git_history(out, all, texts, commits, rng);
    std::cout << "generated " << all.size() << " pages in " << out << "\n";
    return 0;
}
