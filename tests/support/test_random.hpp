// TestRandom: the one small deterministic generator the tests make their random inputs with
// (the same inputs on every run and every machine: a 64-bit LCG, its top 31 bits).
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>

namespace stilas::test {

struct TestRandom {
    uint64_t state;

    /// The next number, below 2^31.
    uint64_t next() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return state >> 33;
    }
    /// The next number below `n`.
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
    /// A piece of `pieces` (an array or a container) picked at random.
    template <class Pieces>
    const auto& pick(const Pieces& pieces) {
        return pieces[below(std::size(pieces))];
    }
    /// Pieces picked at random and appended until the text has at least `size` bytes.
    template <class Pieces>
    std::string text_of(const Pieces& pieces, size_t size) {
        std::string text;
        while (text.size() < size) text += pick(pieces);
        return text;
    }
};

}  // namespace stilas::test
