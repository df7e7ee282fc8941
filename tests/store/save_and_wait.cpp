// The subject of the durability test: saves one request, says "<code> saved" on stdout, then waits
// to be killed. The test kills it with SIGKILL the moment it reads the line, so whatever save_new
// had not put on disk before returning would be lost.
#include "store/records_store.h"

#include <unistd.h>

#include <cstdio>

int main(int argc, char** argv)
{
    using namespace kiosk::store;
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_save_and_wait DATA_DIR\n");
        return 2;
    }
    OpenedRecords opened = open_records(argv[1]);
    if (!opened.store) {
        std::fprintf(stderr, "%s\n", opened.problem.c_str());
        return 1;
    }
    AccessRequest request;
    request.name = "Saved just before the power went";
    request.needs.push_back({Need::Interpreter, "pa", NeedStatus::Requested, ""});
    request.entered_by = "kiosk";
    const auto saved = opened.store->save_new(request, "kiosk");
    if (!saved) {
        std::fprintf(stderr, "%s\n", saved.error().message.c_str());
        return 1;
    }
    std::printf("%s saved\n", saved->reference.c_str());
    std::fflush(stdout);
    for (;;) pause();
}
