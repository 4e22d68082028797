#include "markdown/prerendered.hpp"

#include <string>
#include <string_view>

namespace stilas::markdown {
namespace {

// The room a thread keeps between pages: far more than a page's HTML usually takes.
constexpr size_t k_room_kept = 1 << 20;

}  // namespace

PrerenderedHtml prerender(const ParsedBody& parsed, std::shared_ptr<const HtmlDictionary> dictionary) {
    // The thread's room, reused page after page: only the compressed copy is kept.
    thread_local std::string room;
    PrerenderedHtml out;
    // One gap per URL and per wikilink label (kept per page: no room to spare).
    size_t gaps = parsed.slots.size();
    for (const LinkSlot& slot : parsed.slots) gaps += slot.label != nullptr ? 1 : 0;
    out.splices.reserve(gaps);
    const size_t size = write_gapped_html(parsed, room, out.splices);
    out.html = CompressedText(std::string_view(room.data(), size), std::move(dictionary));
    if (room.size() > k_room_kept) std::string().swap(room);  // a rare huge page keeps no memory
    return out;
}

}  // namespace stilas::markdown
