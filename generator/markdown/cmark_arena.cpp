#include "markdown/cmark_arena.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace stilas::markdown {
namespace {

// New chunks have this many bytes at least: a typical body's parse fits in one.
constexpr size_t k_chunk_size = 256 * 1024;
// A spare arena grown past this (by an unusually large body) is freed rather than kept.
constexpr size_t k_spare_limit = 4 * 1024 * 1024;

// In front of every block handed to cmark: its size (for realloc) and where it lives. 16 bytes,
// so blocks keep the 16-byte alignment calloc gives.
struct alignas(16) Header {
    size_t size;
    size_t on_heap;
};

// As cmark-gfm's own allocator does, running out of memory ends the process: its parser cannot
// unwind an exception or handle a null block.
void* checked(void* block) {
    if (block == nullptr) std::abort();
    return block;
}

thread_local CmarkArena* t_active = nullptr;
thread_local std::unique_ptr<CmarkArena> t_spare;

Header* header_of(void* block) { return static_cast<Header*>(block) - 1; }

void* arena_calloc(size_t count, size_t size) {
    size_t bytes = 0;
    if (__builtin_mul_overflow(count, size, &bytes) || bytes > SIZE_MAX / 2) std::abort();
    if (CmarkArena* arena = t_active) {
        auto* header = static_cast<Header*>(arena->allocate(sizeof(Header) + bytes));
        header->size = bytes;  // on_heap is 0 already: arena memory comes zeroed
        return header + 1;
    }
    auto* header = static_cast<Header*>(checked(std::calloc(1, sizeof(Header) + bytes)));
    header->size = bytes;
    header->on_heap = 1;
    return header + 1;
}

void* arena_realloc(void* block, size_t size) {
    if (block == nullptr) return arena_calloc(1, size);
    Header* header = header_of(block);
    if (header->on_heap && t_active == nullptr) {
        if (size > SIZE_MAX / 2) std::abort();
        auto* moved = static_cast<Header*>(checked(std::realloc(header, sizeof(Header) + size)));
        moved->size = size;
        return moved + 1;
    }
    void* copy = arena_calloc(1, size);
    std::memcpy(copy, block, std::min(header->size, size));
    if (header->on_heap) std::free(header);
    return copy;
}

void arena_free(void* block) {
    if (block == nullptr) return;
    Header* header = header_of(block);
    if (header->on_heap) std::free(header);
}

cmark_mem g_allocator{arena_calloc, arena_realloc, arena_free};

}  // namespace

std::unique_ptr<CmarkArena> CmarkArena::take() {
    if (t_spare) return std::move(t_spare);
    return std::make_unique<CmarkArena>();
}

void CmarkArena::give_back(std::unique_ptr<CmarkArena> arena) {
    if (!arena || t_spare) return;
    size_t total = 0;
    for (const Chunk& chunk : arena->m_chunks) total += chunk.size;
    if (total > k_spare_limit) return;
    arena->clear();
    t_spare = std::move(arena);
}

cmark_mem* CmarkArena::allocator() { return &g_allocator; }

void CmarkArena::FreeBytes::operator()(char* bytes) const { std::free(bytes); }

CmarkArena::Active::Active(CmarkArena& arena) : m_previous(t_active) { t_active = &arena; }

CmarkArena::Active::~Active() { t_active = m_previous; }

void CmarkArena::use_chunk(size_t index) {
    if (m_next != nullptr) m_chunks[m_current].used = static_cast<size_t>(m_next - m_chunks[m_current].bytes.get());
    m_current = index;
    Chunk& chunk = m_chunks[index];
    m_next = chunk.bytes.get() + chunk.used;
    m_end = chunk.bytes.get() + chunk.size;
}

void* CmarkArena::allocate_in_next_chunk(size_t size) {
    // Later chunks are empty (they were only reached after a clear()); one too small is skipped.
    size_t next = m_next == nullptr ? 0 : m_current + 1;
    while (next < m_chunks.size() && m_chunks[next].size < size) ++next;
    if (next == m_chunks.size()) {
        Chunk chunk;
        chunk.size = std::max(k_chunk_size, size);
        chunk.bytes.reset(static_cast<char*>(checked(std::calloc(1, chunk.size))));
        m_chunks.push_back(std::move(chunk));
    }
    use_chunk(next);
    return allocate(size);
}

void CmarkArena::clear() {
    if (m_next != nullptr) use_chunk(m_current);  // records the current chunk's use
    for (Chunk& chunk : m_chunks) {
        std::memset(chunk.bytes.get(), 0, chunk.used);
        chunk.used = 0;
    }
    m_current = 0;
    m_next = m_end = nullptr;
}

}  // namespace stilas::markdown
