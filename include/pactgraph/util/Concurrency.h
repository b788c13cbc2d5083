// Running independent tasks on both cores (or more), with results that do
// not depend on how many ran at once.
#pragma once

#include <cstddef>
#include <functional>

namespace pactgraph::util {

// The number of threads `jobs` asks for: `jobs` itself, or one per hardware
// thread when it is 0 (at least 1).
unsigned resolveJobs(unsigned jobs);

// Calls `task(i)` once for every i in [0, count), on up to `jobs` threads at
// once (resolveJobs; never more threads than tasks; the calling thread is one
// of them). Returns when every call has returned.
// Thread safety: calls run concurrently, so `task(i)` may only read what it
// shares with the other calls and write what belongs to index i alone (slot
// i of a vector sized beforehand, its own file); anything it must combine is
// combined by the caller afterwards, in index order, which keeps the result
// deterministic. When calls throw, every other call still runs, then the
// exception of the lowest failing index is rethrown. If no thread can be
// started, the calling thread does all the work.
void forEachIndex(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& task);

}  // namespace pactgraph::util
