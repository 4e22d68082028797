// MemorySource: files held in a map (tests and tools); nothing is read from disk.
#include "source/blob_id.hpp"
#include "source/content_source.hpp"

namespace stilas::source {
namespace {

class MemorySource : public ContentSource {
public:
    MemorySource(std::map<std::string, std::string> files, std::string display_prefix)
        : m_files(std::move(files)), m_display_prefix(std::move(display_prefix)) {}

    LoadResult load(diag::Diagnostics&) const override {
        LoadResult result;
        result.files.reserve(m_files.size());
        // std::map iterates in byte order, which is the order load() promises.
        for (const auto& [path, bytes] : m_files) {
            result.files.push_back(SourceFile{path, bytes, git_blob_id(bytes), 0, 0});
        }
        return result;
    }

    std::string display_prefix() const override { return m_display_prefix; }

    std::optional<std::string> reread(const SourceFile& file) const override {
        const auto it = m_files.find(file.path);
        if (it == m_files.end() || git_blob_id(it->second) != file.blob_id) return std::nullopt;
        return it->second;
    }

private:
    std::map<std::string, std::string> m_files;
    std::string m_display_prefix;
};

}  // namespace

std::unique_ptr<ContentSource> make_memory_source(std::map<std::string, std::string> files,
                                                  std::string display_prefix) {
    return std::make_unique<MemorySource>(std::move(files), std::move(display_prefix));
}

}  // namespace stilas::source
