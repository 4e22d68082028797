// CmarkArena: the memory cmark-gfm parses a body into. A parse makes about 500 small blocks (nodes,
// line and text buffers) and frees each of them with its tree soon after; taken from one arena
// and given back all at once, they cost a pointer bump each instead of a calloc and a free.
// Internal to markdown/; cmark_tree.cpp is its only user.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include <cmark-gfm.h>

namespace stilas::markdown {

class CmarkArena {
public:
    CmarkArena() = default;
    CmarkArena(const CmarkArena&) = delete;
    CmarkArena& operator=(const CmarkArena&) = delete;

    /// An arena for one tree: the calling thread's spare one when it has one, else a new one.
    static std::unique_ptr<CmarkArena> take();
    /// Gives `arena` back for the calling thread's next tree (emptied), or frees it.
    static void give_back(std::unique_ptr<CmarkArena> arena);

    /// The allocator to hand cmark-gfm: blocks come from the arena made active on the calling
    /// thread by an ActiveArena, and from the heap at other times; freeing an arena block does
    /// nothing (the arena is emptied as a whole). Blocks may be freed on any thread.
    static cmark_mem* allocator();

    /// Makes `arena` the calling thread's active arena for its lifetime.
    class Active {
    public:
        explicit Active(CmarkArena& arena);
        ~Active();
        Active(const Active&) = delete;
        Active& operator=(const Active&) = delete;

    private:
        CmarkArena* m_previous;
    };

    /// `size` zeroed bytes, 16-byte aligned.
    void* allocate(size_t size) {
        size = (size + 15) & ~size_t{15};
        if (size <= static_cast<size_t>(m_end - m_next)) {
            void* block = m_next;
            m_next += size;
            return block;
        }
        return allocate_in_next_chunk(size);
    }
    /// Forgets every block (zeroing what was used, so that allocate() stays calloc).
    void clear();

private:
    struct FreeBytes {
        void operator()(char* bytes) const;
    };
    struct Chunk {
        std::unique_ptr<char, FreeBytes> bytes;  ///< from calloc
        size_t size = 0;
        size_t used = 0;
    };
    void* allocate_in_next_chunk(size_t size);
    /// Makes chunk `index` the one allocations come from.
    void use_chunk(size_t index);

    std::vector<Chunk> m_chunks;
    size_t m_current = 0;      ///< the chunk allocations come from (its `used` is m_next's offset)
    char* m_next = nullptr;    ///< its first free byte
    char* m_end = nullptr;     ///< its end
};

}  // namespace stilas::markdown
