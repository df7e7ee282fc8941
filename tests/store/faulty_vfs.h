// A SQLite VFS that passes everything to the real one, except that the Nth write or sync from
// when it is armed fails with an I/O error: the seam for "what if the disk fails here" tests
// (after SQLite's own test_vfs.c). While a FaultyVfs exists it is the default VFS, so the
// store's connections use it without knowing.
#pragma once

#include <sqlite3.h>

namespace kiosk::store::records_testing {

enum class FaultyCall { Write, Sync };

class FaultyVfs {
public:
    FaultyVfs();
    FaultyVfs(const FaultyVfs&) = delete;
    FaultyVfs& operator=(const FaultyVfs&) = delete;
    ~FaultyVfs();  // every connection made through it must be closed first

    // The `nth` call of that kind from now on fails (and every later one, as a dead disk would,
    // until disarm()).
    void arm(FaultyCall call, int nth);
    void disarm();
    bool fired() const { return m_fired; }

    // For the VFS callbacks.
    sqlite3_vfs* real() const { return m_real; }
    bool should_fail(FaultyCall call);

private:
    sqlite3_vfs m_vfs{};
    sqlite3_vfs* m_real = nullptr;
    FaultyCall m_call = FaultyCall::Write;
    int m_countdown = 0;  // 0: disarmed
    bool m_fired = false;
};

}  // namespace kiosk::store::records_testing
