// Conformance cases the engine is known not to pass, each listed with its reason in a fixture
// file ("<the test file's line, without its comment><TAB># reason"). A conformance test fails
// when a case fails that is not listed, and also when a listed case starts passing, so the list
// always says exactly what falls short.
#pragma once

#include <fstream>
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

}  // namespace kiosk::text::testing
