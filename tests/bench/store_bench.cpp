// The records store over a database of 100,000 requests. Targets: a durable save under 20 ms,
// finding a request by its code under 5 ms, a month's conferences under 50 ms. The database is
// built once (through save_new, so every row was saved as the kiosk saves) in the temporary
// folder and reused by later runs; each run's save benchmark adds a few hundred more.
#include "store/records_store.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace kiosk::store;
using namespace std::chrono_literals;

constexpr std::int64_t request_count = 100'000;
constexpr std::chrono::year_month_day first_conference{std::chrono::year{2025}, std::chrono::January, std::chrono::day{1}};

std::filesystem::path bench_dir() { return std::filesystem::temp_directory_path() / "kiosk-store-bench"; }

// Conferences spread over two years (about 140 a day), one to three needs each.
AccessRequest bench_request(std::int64_t i)
{
    AccessRequest request;
    request.language = kiosk::all_languages[static_cast<std::size_t>(i) % kiosk::all_languages.size()];
    request.name = "Parent " + std::to_string(i);
    request.phone = "07700 9" + std::to_string(10000 + i % 90000);
    request.conference_date = std::chrono::sys_days{first_conference} + std::chrono::days{i % 730};
    request.needs.push_back({Need::Interpreter, "bn", NeedStatus::Requested, ""});
    if (i % 2 == 0) request.needs.push_back({Need::Childcare, "", NeedStatus::Requested, ""});
    if (i % 3 == 0) request.needs.push_back({Need::ReportsInOwnLanguage, "", NeedStatus::Arranged, "sent"});
    request.entered_by = "kiosk";
    return request;
}

// Rows already there and a sample of their codes, read behind the store's back.
struct Existing {
    std::int64_t count = 0;
    std::vector<std::string> codes;
};

Existing existing_rows()
{
    Existing existing;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2((bench_dir() / records_file_name).c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* select = nullptr;
        sqlite3_prepare_v2(db, "SELECT count(*) FROM requests", -1, &select, nullptr);
        if (sqlite3_step(select) == SQLITE_ROW) existing.count = sqlite3_column_int64(select, 0);
        sqlite3_finalize(select);
        sqlite3_prepare_v2(db, "SELECT reference FROM requests ORDER BY random() LIMIT 1000", -1, &select, nullptr);
        while (sqlite3_step(select) == SQLITE_ROW)
            existing.codes.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(select, 0)));
        sqlite3_finalize(select);
    }
    sqlite3_close(db);
    return existing;
}

RecordsStore& store()
{
    static RecordsStore opened = [] {
        OpenedRecords records = open_records(bench_dir());
        if (!records.store) {
            std::fprintf(stderr, "store_bench: %s\n", records.problem.c_str());
            std::exit(1);
        }
        const std::int64_t have = existing_rows().count;
        if (have < request_count) std::fprintf(stderr, "store_bench: building %s (once)\n", bench_dir().c_str());
        for (std::int64_t i = have; i < request_count; ++i) {
            if (!records.store->save_new(bench_request(i), "kiosk")) {
                std::fprintf(stderr, "store_bench: could not build the database\n");
                std::exit(1);
            }
        }
        return std::move(*records.store);
    }();
    return opened;
}

void save_new(benchmark::State& state)
{
    RecordsStore& records = store();
    std::int64_t i = 0;
    for (auto _ : state) {
        auto saved = records.save_new(bench_request(i++), "kiosk");
        if (!saved) state.SkipWithError(saved.error().message.c_str());
        benchmark::DoNotOptimize(saved);
    }
}

void find_by_reference(benchmark::State& state)
{
    RecordsStore& records = store();
    const std::vector<std::string> codes = existing_rows().codes;
    std::size_t i = 0;
    for (auto _ : state) {
        auto found = records.find_by_reference(codes[i++ % codes.size()]);
        if (!found || !*found) state.SkipWithError("a code was not found");
        benchmark::DoNotOptimize(found);
    }
}

void list_a_month(benchmark::State& state)
{
    RecordsStore& records = store();
    const std::chrono::year_month_day from{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};
    const std::chrono::year_month_day to{std::chrono::year{2025}, std::chrono::June, std::chrono::day{30}};
    std::size_t listed = 0;
    for (auto _ : state) {
        auto month = records.list_by_conference_date(from, to);
        if (!month) state.SkipWithError(month.error().message.c_str());
        listed = month ? month->size() : 0;
        benchmark::DoNotOptimize(month);
    }
    state.counters["requests"] = static_cast<double>(listed);
}

void find_by_name(benchmark::State& state)
{
    RecordsStore& records = store();
    for (auto _ : state) {
        auto found = records.find_by_name("parent 4242");
        if (!found || found->empty()) state.SkipWithError("the name was not found");
        benchmark::DoNotOptimize(found);
    }
}

}  // namespace

BENCHMARK(save_new)->Unit(benchmark::kMillisecond);
BENCHMARK(find_by_reference)->Unit(benchmark::kMillisecond);
BENCHMARK(list_a_month)->Unit(benchmark::kMillisecond);
BENCHMARK(find_by_name)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
