// Conformance cases the engine is known not to pass, each listed with its reason in a fixture
// file ("<the test file's line, without its comment><TAB># reason"). A conformance test fails
// when a case fails that is not listed, and also when a listed case starts passing, so the list
// always says exactly what falls short.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <iostream>
#include <set>
#include <string>

namespace kiosk::text::testing {

inline std::string without_comment(const std::string& line)
{
    std::string data = line.substr(0, line.find('#'));
    while (!data.empty() && (data.back() == ' ' || data.back() == '\t')) data.pop_back();
    return data;
}

inline std::set<std::string> read_exceptions(const std::string& path)
{
    std::set<std::string> cases;
    std::ifstream file(path);
    for (std::string line; std::getline(file, line);) {
        if (line.empty() || line[0] == '#') continue;
        cases.insert(without_comment(line));
    }
    return cases;
}

// Runs `passes` over every data line of the conformance file `data_path`, prints the pass count
// and fails the current test for every unlisted failure and every listed case that passes.
inline void run_conformance(const std::string& data_path, const std::string& exceptions_path,
                            const std::function<bool(const std::string&)>& passes, std::size_t min_cases)
{
    std::ifstream file(data_path);
    ASSERT_TRUE(file) << "missing " << data_path << " (Debian package unicode-data)";
    const std::set<std::string> known = read_exceptions(exceptions_path);
    std::set<std::string> failed;
    std::size_t total = 0;
    for (std::string line; std::getline(file, line);) {
        if (line.empty() || line[0] == '#') continue;
        ++total;
        if (!passes(line)) failed.insert(without_comment(line));
    }
    std::cout << data_path << ": " << total - failed.size() << " of " << total << " cases pass, "
              << known.size() << " listed exceptions\n";
    EXPECT_GE(total, min_cases);
    for (const std::string& failure : failed) {
        if (!known.contains(failure)) ADD_FAILURE() << "fails and is not a listed exception: " << failure;
    }
    for (const std::string& exception : known) {
        if (!failed.contains(exception)) ADD_FAILURE() << "listed as a known failure but passes; remove it: " << exception;
    }
}

}  // namespace kiosk::text::testing
